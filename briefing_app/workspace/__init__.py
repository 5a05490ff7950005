"""The presenter workspace (Qt-free): case studies, notes with history, materials, bundles."""

from briefing_app.workspace.bundle import (
    BUNDLE_SCHEMA_VERSION,
    BundleConflictError,
    export_bundle,
    import_bundle,
    read_bundle,
)
from briefing_app.workspace.casestudies import Workspace, unified_diff
from briefing_app.workspace.materials import (
    MAX_MATERIAL_BYTES,
    MaterialStore,
    StoredFile,
)
from briefing_app.workspace.records import (
    EDITABLE_FIELDS,
    CaseStudy,
    ExportResult,
    ImportResult,
    Material,
    NoteRevision,
)

__all__ = [
    "BUNDLE_SCHEMA_VERSION",
    "EDITABLE_FIELDS",
    "MAX_MATERIAL_BYTES",
    "BundleConflictError",
    "CaseStudy",
    "ExportResult",
    "ImportResult",
    "Material",
    "MaterialStore",
    "NoteRevision",
    "StoredFile",
    "Workspace",
    "export_bundle",
    "import_bundle",
    "read_bundle",
    "unified_diff",
]
