"""Case-study bundles for tests: a rich case study, a bundle rebuilt with changes, digests."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing_app.workspace import Workspace


def tree(root: Path) -> dict[str, str]:
    """Every path under *root* with a digest of its content (folders too)."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "/"
        for p in sorted(root.rglob("*"))
    }


def make_rich_case(ws: Workspace, tmp_path: Path) -> int:
    """A local case study with everything: fields, links, notes with history, files and a link."""
    store = ws.store
    sessions = store.sessions()
    case = ws.create(
        "Permit portal",
        organization="City of Toronto",
        summary="Building permits **online**",
        challenge="Paper forms",
        approach="A pilot",
        outcome="Faster approvals",
        tags=["permits", "digital"],
        session_ids=[sessions[0].id, sessions[3].id],
        presenter_ids=[store.presenters()[0].id],
    )
    for text in ("# Talk\n", "# Talk\n\n- intro\n", "# Talk\n\n- intro\n- demo\n"):
        ws.save_note(case.id, text)
    for name, data in (
        ("slides.pdf", b"%PDF-1.7 " + os.urandom(200_000)),
        ("figures.csv", b"year,permits\n" + b"2020,100\n" * 5000),
        ("photo.png", os.urandom(50_000)),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        ws.attach_file(case.id, path)
    ws.attach_link(case.id, "https://example.org/recording", name="Recording")
    return case.id


def rebuild(
    source: Path,
    target: Path,
    *,
    manifest: Callable[[dict[str, Any]], Any] | None = None,
    members: Callable[[dict[str, bytes]], dict[str, bytes]] | None = None,
    raw_manifest: bytes | None = None,
    extra: list[tuple[zipfile.ZipInfo, bytes]] | None = None,
) -> Path:
    """A copy of the good bundle *source* with its manifest or members changed.

    *manifest* edits the document in place; returning ``...`` leaves the manifest out.
    """
    with zipfile.ZipFile(source) as archive:
        document = json.loads(archive.read("manifest.json"))
        files = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
    if manifest is not None and manifest(document) is ...:
        document = ...
    if members is not None:
        files = members(files)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        if raw_manifest is not None:
            archive.writestr("manifest.json", raw_manifest)
        elif document is not ...:
            archive.writestr("manifest.json", json.dumps(document))
        for name, data in files.items():
            archive.writestr(name, data)
        for info, data in extra or []:
            archive.writestr(info, data)
    return target


def member_info(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info


#: Member names that would write outside the materials folder, with the refusal's words.
ESCAPING_NAMES = [
    ("../evil.txt", "climbs out of its folder"),
    ("materials/../../evil.txt", "climbs out of its folder"),
    ("/etc/cron.d/evil", "is an absolute path"),
    ("C:/Windows/evil.dll", "is an absolute path"),
    ("materials\\..\\..\\evil.txt", "uses backslashes"),
]
