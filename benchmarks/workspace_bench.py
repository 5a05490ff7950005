"""Presenter workspace: attach a 100 MB file, export and import a 50-material bundle.

    python benchmarks/workspace_bench.py [--size-mb 100] [--materials 50] [--material-kb 1000]
                                         [--runs 5]

Each figure is the median of --runs runs beside a floor measured in the same run:

* attach: ``Workspace.attach_file`` (one chunked pass that hashes and copies,
  a progress report and a cancel check per 1 MiB chunk, rename into place, the
  database row) against ``shutil.copyfile`` (the kernel's copy) followed by
  ``hashlib.sha256`` over the same file in 1 MiB chunks. Also printed: the
  longest gap between two progress reports, which is how long a GUI worker
  takes to notice a cancel.
* export: ``export_bundle`` (reading the case study, the manifest, every file
  checked against its SHA-256 while zipped) against plain ``zipfile`` writing
  the same manifest and files with the same compression choices, no checks.
* import: ``import_bundle`` (every member checked, extracted to staging,
  hashed, moved into the materials folder, rows in one transaction) into a
  fresh store, against ``ZipFile.extractall`` of the same bundle.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefing_app.store import Store
from briefing_app.workspace import Workspace, export_bundle, import_bundle
from briefing_app.workspace.bundle import compression_for, manifest_for

CHUNK = 1024 * 1024


def timed(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def report(label: str, ours: list[float], floor: list[float], floor_label: str, extra: str) -> None:
    o, f = statistics.median(ours), statistics.median(floor)
    print(f"{label}: ours {o:.3f} s, floor ({floor_label}) {f:.3f} s; ratio {o / f:.2f}x{extra}")


def bench_attach(root: Path, size_mb: int, runs: int) -> None:
    source = root / "big-deck.pdf"
    with source.open("wb") as out:
        for _ in range(size_mb):
            out.write(os.urandom(CHUNK))
    store = Store(root / "attach" / "briefing.db")
    ws = Workspace(store)
    case = ws.create("Bench")
    copy = root / "floor-copy.bin"

    def floor() -> None:
        shutil.copyfile(source, copy)
        digest = hashlib.sha256()
        with source.open("rb") as reader:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
        digest.hexdigest()

    gaps: list[float] = []
    reports = 0

    def ours() -> None:
        nonlocal reports
        last = time.perf_counter()

        def progress(_done: int, _total: int) -> None:
            nonlocal last, reports
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
            reports += 1

        material = ws.attach_file(case.id, source, progress=progress, cancel=lambda: False)
        ws.detach(material.id)  # the file goes too: every run stores it afresh

    floor()  # warm the page cache for both
    ours_times, floor_times = [], []
    for _ in range(runs):
        floor_times.append(timed(floor))
        copy.unlink()
        ours_times.append(timed(ours))
    store.close()
    o = statistics.median(ours_times)
    report(
        f"attach a {size_mb} MB file",
        ours_times,
        floor_times,
        "shutil.copyfile + sha256",
        f" ({size_mb / o:.0f} MB/s; {reports // runs} progress reports per attach, "
        f"longest gap {max(gaps) * 1000:.1f} ms)",
    )


def bench_bundle(root: Path, materials: int, material_kb: int, runs: int) -> None:
    store = Store(root / "bundle" / "briefing.db")
    ws = Workspace(store)
    case = ws.create("Bench bundle", summary="Fifty materials")
    sources = root / "sources"
    sources.mkdir()
    for n in range(materials):
        if n % 2:  # slides and images: incompressible, stored as they are
            path = sources / f"slides-{n:02d}.pdf"
            path.write_bytes(b"%PDF-1.7\n" + os.urandom(material_kb * 1024))
        else:  # spreadsheets as CSV: compressible, deflated
            path = sources / f"figures-{n:02d}.csv"
            rows = (f"{n},{i},{i * 37 % 1000},{i % 7}\n" for i in range(material_kb * 1024 // 16))
            path.write_text("year,row,value,group\n" + "".join(rows))
        ws.attach_file(case.id, path)
    for n in range(20):
        ws.save_note(case.id, f"# Notes\n\nRevision {n}\n" + "Talking point.\n" * n)
    total_mb = sum(m.size or 0 for m in ws.get(case.id).materials) / 1e6
    payload = ws.payload(case.id)
    files = [(ws.materials.existing_path(m.sha256 or ""), m) for m in payload.materials if m.sha256]
    manifest = json.dumps(manifest_for(payload), indent=2).encode()
    target = root / "bundle.zip"
    floor_zip = root / "floor.zip"

    def floor_export() -> None:
        with zipfile.ZipFile(floor_zip, "w") as archive:
            archive.writestr("manifest.json", manifest, zipfile.ZIP_DEFLATED)
            for path, material in files:
                archive.write(path, f"materials/{material.sha256}", compression_for(material))

    def our_export() -> None:
        export_bundle(ws, case.id, target)

    ours_times, floor_times = [], []
    for _ in range(runs):
        floor_times.append(timed(floor_export))
        ours_times.append(timed(our_export))
    report(
        f"export a bundle of {materials} materials ({total_mb:.0f} MB)",
        ours_times,
        floor_times,
        "zipfile, same files and compression",
        f" ({target.stat().st_size / 1e6:.0f} MB zip)",
    )

    ours_times, floor_times = [], []
    for run in range(runs):
        unpacked = root / f"floor-unpacked-{run}"
        with zipfile.ZipFile(target) as archive:
            floor_times.append(timed(lambda a=archive, u=unpacked: a.extractall(u)))
        fresh = Store(root / f"import-{run}" / "briefing.db")
        fresh_ws = Workspace(fresh)
        ours_times.append(timed(lambda w=fresh_ws: import_bundle(w, target)))
        fresh.close()
    report(
        "import that bundle into a fresh store",
        ours_times,
        floor_times,
        "ZipFile.extractall",
        "",
    )
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--materials", type=int, default=50)
    parser.add_argument("--material-kb", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="bench-workspace-"))
    try:
        bench_attach(root, args.size_mb, args.runs)
        bench_bundle(root, args.materials, args.material_kb, args.runs)
    finally:
        for path in root.rglob("*"):
            if path.is_file():
                path.chmod(0o600)  # stored materials are read-only
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
