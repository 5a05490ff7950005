"""`.ci/qt-deps`: what the dynamic linker says Qt's plugins and libraries need, and the
Debian packages that provide it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="ldd and Debian packages: Linux")


def _load_qt_deps() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_deps", ROOT / ".ci" / "qt_deps.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


qt_deps = _load_qt_deps()


@pytest.fixture(scope="module")
def pyside_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


def test_the_installed_plugins_and_qt_libraries_find_every_library(pyside_dir: Path) -> None:
    files = qt_deps.check_files(pyside_dir)
    names = {path.name for path in files}
    assert {"libqxcb.so", "libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6"} <= names
    assert "libQt6Network.so.6" in names
    if (pyside_dir / "Qt" / "plugins" / "platforms" / "libqwayland.so").exists():
        assert "libqwayland.so" in names
    missing, versions = qt_deps.missing_libraries(files)
    report = {name: [path.name for path in needers] for name, needers in missing.items()}
    assert not missing, f"missing system libraries (run `bash .ci/qt-deps` as root): {report}"
    assert not versions


def test_ldd_output_of_a_plugin_without_its_qt_libraries(pyside_dir: Path, tmp_path: Path) -> None:
    """Real ldd output with libraries missing: the xcb plugin copied away from Qt's lib/."""
    plugin = tmp_path / "libqxcb.so"
    shutil.copy(pyside_dir / "Qt" / "plugins" / "platforms" / "libqxcb.so", plugin)
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    missing, versions = qt_deps.parse_ldd(output)
    assert {"libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libQt6Core.so.6"} <= missing
    assert not any(name.startswith(("libc.so", "linux-vdso")) for name in missing)
    assert versions == set()
    # Debian's own Qt 6 packages follow the convention the fallback applies.
    assert qt_deps.package_candidates("libQt6XcbQpa.so.6")[0] == "libqt6xcbqpa6"
    assert qt_deps.package_candidates("libQt6Gui.so.6")[0] == "libqt6gui6"


def test_a_missing_library_is_named_with_the_apt_get_line(pyside_dir: Path, tmp_path: Path) -> None:
    """A PySide6 folder whose xcb plugin cannot find Qt's own libraries: --check exits 1 and
    names them, with the packages to install."""
    platforms = tmp_path / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    shutil.copy(pyside_dir / "Qt" / "plugins" / "platforms" / "libqxcb.so", platforms)
    result = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "qt_deps.py"), "--check", "--pyside-dir",
         str(tmp_path / "PySide6")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Qt cannot find these system libraries:" in result.stderr
    assert "libQt6XcbQpa.so.6" in result.stderr
    if shutil.which("apt-get"):
        assert "apt-get install -y " in result.stderr


def test_soname_to_package_by_convention_and_by_table() -> None:
    candidates = qt_deps.package_candidates
    assert candidates("libxcb-cursor.so.0")[0] == "libxcb-cursor0"
    assert candidates("libxcb-render-util.so.0")[0] == "libxcb-render-util0"
    assert candidates("libxkbcommon-x11.so.0")[0] == "libxkbcommon-x11-0"
    assert candidates("libX11-xcb.so.1")[0] == "libx11-xcb1"
    assert candidates("libgssapi_krb5.so.2")[0] == "libgssapi-krb5-2"
    assert candidates("libpng16.so.16")[:2] == ["libpng16-16", "libpng16-16t64"]
    assert candidates("libglib-2.0.so.0") == ["libglib2.0-0", "libglib2.0-0t64"]
    assert candidates("libGLdispatch.so.0")[0] == "libglvnd0"
    # Not in the table: the convention, and its t64 variant.
    assert qt_deps.conventional_names("libfoo-bar.so.3.1.4") == ["libfoo-bar3", "libfoo-bar3t64"]
    assert qt_deps.conventional_names("libfoo2.so.5") == ["libfoo2-5", "libfoo2-5t64"]
    assert qt_deps.conventional_names("not-a-library") == []


def test_choose_packages_takes_what_apt_can_install_and_names_the_rest() -> None:
    sonames = ["libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-cursor.so.0", "libnope.so.1"]
    packages, unmapped = qt_deps.choose_packages(sonames, {"libglib2.0-0t64", "libxcb-cursor0"})
    assert packages == ["libglib2.0-0t64", "libxcb-cursor0"]
    assert unmapped == ["libnope.so.1"]
    # apt's lists unknown: the most likely name.
    assert qt_deps.choose_packages(["libnope.so.1"], None) == (["libnope1"], [])


def _owning_package(path: str) -> str | None:
    for candidate in {path, os.path.realpath(path)}:
        aliases = {candidate}
        if candidate.startswith("/usr/lib/"):
            aliases.add(candidate.removeprefix("/usr"))
        elif candidate.startswith("/lib/"):
            aliases.add("/usr" + candidate)
        for alias in aliases:
            result = subprocess.run(["dpkg", "-S", alias], capture_output=True, text=True)
            if result.returncode == 0:
                return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg (Debian/Ubuntu)")
def test_the_mapping_names_the_package_dpkg_says_owns_each_library(pyside_dir: Path) -> None:
    """For every system library ldd finds for Qt here, the package dpkg says it comes from is
    among the mapping's candidates: the fallback would find what a fresh system lacks."""
    resolved: dict[str, str] = {}
    for path in qt_deps.check_files(pyside_dir):
        output = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        for line in output.splitlines():
            parts = line.split()
            system = len(parts) >= 3 and parts[1] == "=>" and parts[2].startswith("/")
            if system and not parts[2].startswith(str(pyside_dir)):
                resolved[parts[0]] = parts[2]
    assert "libxcb-cursor.so.0" in resolved
    wrong = {}
    checked = 0
    for soname, path in sorted(resolved.items()):
        package = _owning_package(path)
        if package is None:  # not from a package (a local build, another Python)
            continue
        checked += 1
        if package not in qt_deps.package_candidates(soname):
            wrong[soname] = (package, qt_deps.package_candidates(soname))
    assert checked >= 20
    assert not wrong, f"soname -> (dpkg's package, our candidates): {wrong}"


def test_a_second_run_prints_nothing() -> None:
    """The test command ran `bash .ci/qt-deps` first; run it again: nothing missing, so it
    does nothing and prints nothing. (--check first, so a gap fails here instead of installing.)"""
    check = subprocess.run(
        ["bash", str(ROOT / ".ci" / "qt-deps"), "--check"], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr
    again = subprocess.run(["bash", str(ROOT / ".ci" / "qt-deps")], capture_output=True, text=True)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")


def _path_with(tmp_path: Path, tools: dict[str, str]) -> dict[str, str]:
    """An environment whose PATH holds only `tools` (name -> shell script body): what a
    system without apt-get, or without ldd, looks like to qt-deps."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in tools.items():
        (bin_dir / name).write_text(body)
        (bin_dir / name).chmod(0o755)
    return {**os.environ, "PATH": str(bin_dir)}


def _run_qt_deps(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "qt_deps.py"), *args],
        capture_output=True,
        text=True,
        env=env,
    )


# The real ldd, reached from a PATH that has nothing else (no apt-get, no fc-list, no
# desktop-file-validate).
REAL_LDD = f'#!/bin/sh\nPATH=/usr/bin:/bin exec {shutil.which("ldd")} "$@"\n'


def test_without_apt_get_nothing_missing_prints_nothing(pyside_dir: Path, tmp_path: Path) -> None:
    """Fedora, Arch: no apt-get, and no fc-list or desktop-file-validate on this PATH either;
    Qt's libraries are all there, so a run prints nothing (no Debian package line)."""
    env = _path_with(tmp_path, {"ldd": REAL_LDD})
    for args in ((), ("--check",)):
        result = _run_qt_deps(env, "--pyside-dir", str(pyside_dir), *args)
        assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_without_apt_get_one_line_names_the_missing_qt_libraries(
    pyside_dir: Path, tmp_path: Path
) -> None:
    platforms = tmp_path / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    shutil.copy(pyside_dir / "Qt" / "plugins" / "platforms" / "libqxcb.so", platforms)
    env = _path_with(tmp_path, {"ldd": REAL_LDD})
    args = ("--pyside-dir", str(tmp_path / "PySide6"))
    result = _run_qt_deps(env, *args)
    assert (result.returncode, result.stdout) == (0, "")
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Qt cannot find these system libraries: ")
    assert "libQt6XcbQpa.so.6" in lines[0] and "libQt6Core.so.6" in lines[0]
    for debian in ("apt-get", "desktop-file-utils", "fontconfig", "fonts-dejavu", "libqt6"):
        assert debian not in result.stderr
    assert _run_qt_deps(env, *args, "--check").returncode == 1


def test_without_ldd_one_line_says_it_could_not_check(pyside_dir: Path, tmp_path: Path) -> None:
    """No ldd on PATH: the README's `&&` chain goes on (exit 0), with one line saying why
    nothing was checked."""
    env = _path_with(tmp_path, {})
    result = _run_qt_deps(env, "--pyside-dir", str(pyside_dir))
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr.startswith("qt-deps: could not check which system libraries Qt needs")
    assert len(result.stderr.splitlines()) == 1
    assert _run_qt_deps(env, "--pyside-dir", str(pyside_dir), "--check").returncode == 1


def test_an_ldd_that_cannot_run_is_reported_in_one_line(pyside_dir: Path, tmp_path: Path) -> None:
    """An ldd on PATH that cannot be executed (its interpreter is missing): no traceback."""
    env = _path_with(tmp_path, {"ldd": "#!/nonexistent/interpreter\n"})
    result = _run_qt_deps(env, "--pyside-dir", str(pyside_dir))
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr.startswith("qt-deps: could not check which system libraries Qt needs")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
