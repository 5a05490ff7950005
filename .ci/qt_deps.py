"""Find the system libraries Qt (PySide6) needs on Linux by asking the dynamic linker.

`bash .ci/qt-deps` runs this with the system's python3, before any venv exists, so it uses the
standard library only. It runs `ldd` over PySide6's platform plugins (xcb, and wayland where the
wheel has it) and the Qt libraries the app loads, maps every library the linker cannot find to
its Debian/Ubuntu package, and installs them all when run as root with apt-get; otherwise it
prints the exact `apt-get install` line. It also makes sure `fc-list` exists and finds a font, and
that `desktop-file-validate` (for the tests of the .desktop entry) is there.

Without apt-get (not Debian/Ubuntu) it names, in one line, only the Qt libraries the linker cannot
find, by soname: package names differ there. Without ldd it says in one line that it could not
check. Either way it exits 0 (1 with --check when something is missing or could not be checked),
so the README's `&&` chain goes on.

Where does PySide6 come from on a fresh machine, where the README's command has not made
`.venv` yet? From `.venv` when it has PySide6; else from this python3 when it has it; else the
wheel pip would install (the pin in pyproject.toml, pip's own configuration) is downloaded once
with `pip download --no-deps` and the plugins and Qt libraries are unpacked from it into a cache.

With nothing missing it does nothing and prints nothing.
"""

from __future__ import annotations

import argparse
import ctypes.util
import fnmatch
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Qt's libraries to check: QtCore, QtGui, QtWidgets and QtSvg the app imports; QtDBus and
# QtOpenGL the platform plugins load; QtNetwork as cheap insurance (any PySide6.QtNetwork
# import needs it).
QT_LIBS = ("Core", "Gui", "Widgets", "Svg", "Network", "DBus", "OpenGL")
# Plugins under Qt/plugins: the platform plugins and what they load themselves, and the SVG
# image and icon plugins (the app's icons are SVG).
PLUGIN_GLOBS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland*.so",
    "xcbglintegrations/*.so",
    "wayland-shell-integration/*.so",
    "wayland-decoration-client/*.so",
    "wayland-graphics-integration-client/*.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "imageformats/libqsvg.so",
    "iconengines/libqsvgicon.so",
)

# The fast path: sonames Qt's plugins and libraries link to, and their Debian/Ubuntu packages,
# where the package name does not follow from the soname by the naming convention
# (conventional_names) or where the convention is worth writing down. Candidates in order;
# the first one apt knows wins (Debian 13 and Ubuntu 24.04 renamed some to …t64).
KNOWN: dict[str, tuple[str, ...]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0",),
    "libxcb-icccm.so.4": ("libxcb-icccm4",),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1",),
    "libxcb-image.so.0": ("libxcb-image0",),
    "libxcb-render-util.so.0": ("libxcb-render-util0",),
    "libxcb-shape.so.0": ("libxcb-shape0",),
    "libxcb-xkb.so.1": ("libxcb-xkb1",),
    "libxcb-util.so.1": ("libxcb-util1",),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0",),
    "libxkbcommon.so.0": ("libxkbcommon0",),
    "libX11-xcb.so.1": ("libx11-xcb1",),
    "libX11.so.6": ("libx11-6",),
    "libEGL.so.1": ("libegl1",),
    "libGL.so.1": ("libgl1",),
    "libGLX.so.0": ("libglx0",),
    "libOpenGL.so.0": ("libopengl0",),
    "libGLdispatch.so.0": ("libglvnd0",),
    "libfontconfig.so.1": ("libfontconfig1",),
    "libfreetype.so.6": ("libfreetype6",),
    "libdbus-1.so.3": ("libdbus-1-3",),
    "libglib-2.0.so.0": ("libglib2.0-0", "libglib2.0-0t64"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "libglib2.0-0t64"),
    "libgobject-2.0.so.0": ("libglib2.0-0", "libglib2.0-0t64"),
    "libgio-2.0.so.0": ("libglib2.0-0", "libglib2.0-0t64"),
    "libwayland-client.so.0": ("libwayland-client0",),
    "libwayland-cursor.so.0": ("libwayland-cursor0",),
    "libwayland-egl.so.1": ("libwayland-egl1",),
    "libpng16.so.16": ("libpng16-16", "libpng16-16t64"),
    "libz.so.1": ("zlib1g",),
    "libbrotlidec.so.1": ("libbrotli1",),
    "libbrotlicommon.so.1": ("libbrotli1",),
    "libgssapi_krb5.so.2": ("libgssapi-krb5-2",),
    "libdrm.so.2": ("libdrm2",),
    "libgbm.so.1": ("libgbm1",),
    "libvulkan.so.1": ("libvulkan1",),
}
# glibc's own libraries, all in one package.
for _name in ("libc", "libm", "libpthread", "libdl", "librt", "libresolv", "libutil"):
    KNOWN[f"{_name}.so.6" if _name in ("libc", "libm") else f"{_name}.so.1"] = ("libc6",)
KNOWN["libresolv.so.2"] = ("libc6",)
KNOWN["libpthread.so.0"] = ("libc6",)
KNOWN["libdl.so.2"] = ("libc6",)

LDD_MISSING = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
LDD_VERSION = re.compile(r"version `([^']+)' not found \(required by ([^)]+)\)")


def conventional_names(soname: str) -> list[str]:
    """Debian's library package naming convention: libfoo.so.N -> libfooN, libfoo2.so.N ->
    libfoo2-N (a hyphen when the name ends in a digit); lower case, `_` as `-`; a `-X.Y` version
    in the name loses its hyphen (libglib-2.0 -> libglib2.0-0). Also the `t64` variants."""
    match = re.fullmatch(r"lib(.+?)\.so\.(\d+)(?:\.[\d.]+)?", soname)
    if not match:
        return []
    stem, major = match.group(1).lower().replace("_", "-"), match.group(2)
    stem = re.sub(r"-(\d+\.\d+)$", r"\1", stem)
    name = f"lib{stem}-{major}" if stem[-1].isdigit() else f"lib{stem}{major}"
    return [name, f"{name}t64"]


def package_candidates(soname: str) -> list[str]:
    """Packages that may provide `soname`, most likely first."""
    names = list(KNOWN.get(soname, ()))
    for name in conventional_names(soname):
        if name not in names:
            names.append(name)
    return names


def parse_ldd(output: str) -> tuple[set[str], set[str]]:
    """The sonames ldd could not find, and the symbol versions it could not find."""
    missing = {m.group(1) for line in output.splitlines() if (m := LDD_MISSING.match(line))}
    versions = {f"{m.group(1)} (for {m.group(2)})" for m in LDD_VERSION.finditer(output)}
    return missing, versions


def check_files(pyside_dir: Path) -> list[Path]:
    """The Qt libraries and plugins of this PySide6 to ask the dynamic linker about."""
    qt = pyside_dir / "Qt"
    files = [qt / "lib" / f"libQt6{name}.so.6" for name in QT_LIBS]
    files = [path for path in files if path.exists()]
    for pattern in PLUGIN_GLOBS:
        files.extend(sorted((qt / "plugins").glob(pattern)))
    return files


def missing_libraries(files: Iterable[Path]) -> tuple[dict[str, list[Path]], set[str]]:
    """Each soname the dynamic linker cannot find, with the files that need it; and the
    symbol versions it cannot find (a system older than the wheel: no package fixes that)."""
    missing: dict[str, list[Path]] = {}
    versions: set[str] = set()
    for path in files:
        result = subprocess.run(
            ["ldd", str(path)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        )
        names, bad_versions = parse_ldd(result.stdout + result.stderr)
        for name in names:
            missing.setdefault(name, []).append(path)
        versions |= bad_versions
    return missing, versions


# --- where PySide6 is --------------------------------------------------------------------


def _pyside_dir_of(python: str) -> Path | None:
    """PySide6's folder in `python`'s environment, found without importing it (importing
    would load Qt, which may be what is broken)."""
    code = (
        "import importlib.util as u; s = u.find_spec('PySide6'); "
        "print(s.submodule_search_locations[0] if s and s.submodule_search_locations else '')"
    )
    try:
        result = subprocess.run(
            [python, "-c", code], capture_output=True, text=True, check=False, timeout=60
        )
    except OSError:
        return None
    path = result.stdout.strip()
    return Path(path) if result.returncode == 0 and path and (Path(path) / "Qt").is_dir() else None


def pyside_requirement(pyproject: Path) -> str:
    """The PySide6 requirement of the project, as pip would install it."""
    text = pyproject.read_text(encoding="utf-8")
    match = re.search(r"""["'](PySide6[A-Za-z_-]*\s*[^"']*)["']""", text)
    return match.group(1).replace(" ", "") if match else "PySide6-Essentials"


def _cache_home() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "briefing-app" / "qt-deps"


def _pip_command(work: Path) -> list[str]:
    """A pip to download with: this python3's, else one in a throwaway venv (a fresh Debian
    has python3-venv but no python3-pip)."""
    probe = subprocess.run(
        [sys.executable, "-m", "pip", "--version"], capture_output=True, check=False
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "pip"]
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    return [str(venv / "bin" / "python"), "-m", "pip"]


def downloaded_pyside(requirement: str) -> Path:
    """The plugins and Qt libraries of the wheel pip would install for `requirement`,
    unpacked (once) into the user's cache."""
    key = f"{requirement} {platform.machine()} {sys.version_info[:2]}"
    target = _cache_home() / hashlib.sha256(key.encode()).hexdigest()[:16]
    if (target / "PySide6" / "Qt").is_dir():
        return target / "PySide6"
    print(
        f"qt-deps: fetching {requirement} to see which system libraries Qt needs", file=sys.stderr
    )
    with tempfile.TemporaryDirectory(prefix="qt-deps-") as tmp:
        work = Path(tmp)
        pip = _pip_command(work)
        subprocess.run(
            [
                *pip,
                "download",
                "--quiet",
                "--no-deps",
                "--only-binary=:all:",
                "--dest",
                str(work / "wheel"),
                requirement,
            ],
            check=True,
        )
        wheel = next((work / "wheel").glob("*.whl"))
        staging = Path(tempfile.mkdtemp(prefix=".unpack-", dir=_mkdir(target.parent)))
        unpack_for_check(wheel, staging)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    return target / "PySide6"


def unpack_for_check(wheel: Path, target: Path) -> None:
    """Unpack from a PySide6 wheel the files check_files names, and the Qt libraries they
    need from the wheel itself (found by asking ldd until it names none of them)."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        libs = {n.rsplit("/", 1)[-1]: n for n in names if n.startswith("PySide6/Qt/lib/")}
        plugins = [n for n in names if n.startswith("PySide6/Qt/plugins/")]
        wanted = {libs[f"libQt6{name}.so.6"] for name in QT_LIBS if f"libQt6{name}.so.6" in libs}
        for pattern in PLUGIN_GLOBS:
            wanted |= set(fnmatch.filter(plugins, f"PySide6/Qt/plugins/{pattern}"))
        done: set[str] = set()
        while wanted - done:
            archive.extractall(target, sorted(wanted - done))
            done |= wanted
            missing, _ = missing_libraries(check_files(target / "PySide6"))
            wanted |= {libs[soname] for soname in missing if soname in libs}


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def find_pyside(repo: Path) -> Path:
    """PySide6 as the app will load it: the venv's, this python's, or the wheel pip would
    install."""
    for python in (repo / ".venv" / "bin" / "python", Path(sys.executable)):
        if python.exists() and (found := _pyside_dir_of(str(python))):
            return found
    return downloaded_pyside(pyside_requirement(repo / "pyproject.toml"))


# --- packages ------------------------------------------------------------------------------


def apt_candidates(packages: Sequence[str]) -> set[str]:
    """Which of `packages` apt can install (has a candidate version for)."""
    if not packages or not shutil.which("apt-cache"):
        return set()
    result = subprocess.run(
        ["apt-cache", "policy", *packages],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},
    )
    known: set[str] = set()
    current = ""
    for line in result.stdout.splitlines():
        if line and not line[0].isspace() and line.endswith(":"):
            current = line[:-1].split(":")[0]
        elif line.strip().startswith("Candidate:") and line.split()[-1] != "(none)":
            known.add(current)
    return known


def choose_packages(
    sonames: Iterable[str], installable: set[str] | None
) -> tuple[list[str], list[str]]:
    """The package for each soname, and the sonames no package was found for. With
    `installable` None (apt's lists unknown) the most likely name is taken."""
    packages: list[str] = []
    unmapped: list[str] = []
    for soname in sorted(sonames):
        candidates = package_candidates(soname)
        if installable is None:
            chosen = candidates[0] if candidates else None
        else:
            chosen = next((c for c in candidates if c in installable), None)
        if chosen is None:
            unmapped.append(soname)
        elif chosen not in packages:
            packages.append(chosen)
    return packages, unmapped


def _fonts_and_tools() -> list[str]:
    wanted: list[str] = []
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        wanted += ["fontconfig", "fonts-dejavu-core"]
    else:
        fonts = subprocess.run([fc_list], capture_output=True, text=True, check=False).stdout
        if not fonts.strip():
            wanted.append("fonts-dejavu-core")
    # Not for Qt: the tests check the .desktop entry with desktop-file-validate.
    if shutil.which("desktop-file-validate") is None:
        wanted.append("desktop-file-utils")
    # Not for Qt either: the briefing pack's PDF is read back with pdftotext, and the
    # follow-ups' VTODOs are read by libical (one of the three independent parsers).
    if shutil.which("pdftotext") is None:
        wanted.append("poppler-utils")
    if ctypes.util.find_library("ical") is None:
        wanted.append("libical3")
    return wanted


def _report_without_apt(missing: dict[str, list[Path]], versions: set[str], *, check: bool) -> int:
    """Not Debian/Ubuntu (no apt-get): package names would be guesses, so name only the Qt
    libraries the dynamic linker cannot find, by soname, in one line; nothing when none are
    missing. (Fonts and the tests' desktop-file-validate are left to the system's own tools.)"""
    if versions:
        print(
            "qt-deps: this system is older than the PySide6 wheel; no package fixes that: "
            + ", ".join(sorted(versions)),
            file=sys.stderr,
        )
    if missing:
        print(
            "Qt cannot find these system libraries: "
            + " ".join(sorted(missing))
            + " (install the packages that provide them)",
            file=sys.stderr,
        )
    return 1 if check and (missing or versions) else 0


def _apt(*args: str) -> int:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    quiet = subprocess.DEVNULL if args[0] == "install" else None
    return subprocess.run(["apt-get", *args], env=env, stdout=quiet, check=False).returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="install nothing; exit 1 naming what is missing"
    )
    parser.add_argument("--pyside-dir", type=Path, help="check this PySide6 folder")
    args = parser.parse_args(argv)
    if platform.system() != "Linux":
        return 0

    # Without ldd (a system without glibc's tools) nothing can be checked: say so, and let the
    # README's command go on.
    cannot_check = "qt-deps: could not check which system libraries Qt needs"
    if shutil.which("ldd") is None:
        print(f"{cannot_check}: no ldd here", file=sys.stderr)
        return 1 if args.check else 0
    try:
        pyside = args.pyside_dir or find_pyside(ROOT)
    except (OSError, subprocess.CalledProcessError, StopIteration, zipfile.BadZipFile) as error:
        # pip will fail the same way in the next step of the README's command, and say why.
        print(f"qt-deps: could not fetch PySide6 to check its libraries: {error}", file=sys.stderr)
        return 1 if args.check else 0
    try:
        missing, versions = missing_libraries(check_files(pyside))
    except OSError as error:
        print(f"{cannot_check}: ldd: {error}", file=sys.stderr)
        return 1 if args.check else 0
    if shutil.which("apt-get") is None:
        return _report_without_apt(missing, versions, check=args.check)
    extra = _fonts_and_tools()
    if not missing and not extra and not versions:
        return 0
    if versions:
        print(
            "qt-deps: this system is older than the PySide6 wheel; no package fixes that: "
            + ", ".join(sorted(versions)),
            file=sys.stderr,
        )
    if not missing and not extra:
        return 1 if args.check else 0

    install = shutil.which("apt-get") is not None and os.geteuid() == 0 and not args.check
    if install and missing and _apt("update", "-qq") != 0:
        print("qt-deps: apt-get update failed", file=sys.stderr)
        return 1
    # What apt can install decides between candidates; with apt's lists empty (a fresh
    # container, not root) the most likely name is taken.
    installable = apt_candidates([c for name in missing for c in package_candidates(name)])
    packages, unmapped = choose_packages(missing, installable or None)
    packages += [p for p in extra if p not in packages]
    if unmapped:
        needs = (f"{name} (needed by {missing[name][0].name})" for name in unmapped)
        print("qt-deps: no package found for: " + ", ".join(needs), file=sys.stderr)

    if not install:
        if missing:
            print(
                "Qt cannot find these system libraries: " + " ".join(sorted(missing)),
                file=sys.stderr,
            )
        if packages:
            line = "apt-get install -y " + " ".join(packages)
            print(f"Install them with:\n  sudo {line}", file=sys.stderr)
        return 1 if args.check else 0

    if packages:
        print("Installing system packages for Qt: " + " ".join(packages), flush=True)
        if not missing and _apt("update", "-qq") != 0:
            print("qt-deps: apt-get update failed", file=sys.stderr)
            return 1
        if _apt("install", "-y", "-qq", *packages) != 0:
            print("qt-deps: apt-get install failed: " + " ".join(packages), file=sys.stderr)
            return 1
    still, _ = missing_libraries(check_files(pyside))
    if still:
        print(
            "qt-deps: still missing after the install: " + " ".join(sorted(still)), file=sys.stderr
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
