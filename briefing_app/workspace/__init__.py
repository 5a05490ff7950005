"""The presenter workspace (Qt-free): case studies, notes with history, materials, bundles.

The exports load on first use (:mod:`briefing_app.util.lazy`): a command that never
touches a bundle does not import the bundle code (zip, JSON schema checks).
"""

from typing import TYPE_CHECKING

from briefing_app.util.lazy import lazy_exports

if TYPE_CHECKING:
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
        CaseStudySummary,
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
    "CaseStudySummary",
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

__getattr__ = lazy_exports(
    __name__,
    {
        **dict.fromkeys(
            [
                "BUNDLE_SCHEMA_VERSION",
                "BundleConflictError",
                "export_bundle",
                "import_bundle",
                "read_bundle",
            ],
            "bundle",
        ),
        **dict.fromkeys(["Workspace", "unified_diff"], "casestudies"),
        **dict.fromkeys(["MAX_MATERIAL_BYTES", "MaterialStore", "StoredFile"], "materials"),
        **dict.fromkeys(
            [
                "EDITABLE_FIELDS",
                "CaseStudy",
                "CaseStudySummary",
                "ExportResult",
                "ImportResult",
                "Material",
                "NoteRevision",
            ],
            "records",
        ),
    },
)
