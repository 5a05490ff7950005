"""``briefing-app --self-test``: from source here; CI runs it on the frozen bundle too."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.usecases import selftest


def test_self_test_passes_from_source_and_keeps_out_of_the_users_folders(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_APP_", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line.split(":")[0] for line in result.stdout.splitlines() if line.startswith("ok ")]
    assert steps == [f"ok {name}" for name, _step in selftest.STEPS]
    assert "FAILED" not in result.stdout
    # The sample has five sessions, listed under four day headings: sessions are counted.
    assert "ok window: offscreen, 5 sessions listed" in result.stdout.splitlines()
    assert "self-test passed" in result.stdout.splitlines()[-1]
    # Store, logs and window settings lived in the temp folder, now removed.
    assert not [p for p in home.rglob("*") if "briefing" in p.name.lower()]
    assert not list((tmp_path / "tmp").iterdir())


def test_self_test_takes_no_command(capsys) -> None:
    from briefing_app.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--self-test", "sessions"], setup_logs=False)
    assert exit_info.value.code == 2
    assert "take no command" in capsys.readouterr().err


@pytest.fixture
def quiet_run(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    """Run steps in-process without reconfiguring the test session's logging."""
    monkeypatch.setattr("briefing_app.platform.logging_setup.setup_logging", lambda **_kw: None)
    monkeypatch.setattr(selftest, "_close_log_files", lambda: None)
    monkeypatch.setenv("BRIEFING_APP_DATA_DIR", str(data_dir))  # restored after the test


def _boom(_ctx: selftest._Context) -> str:
    raise ValueError("the flux capacitor is missing")


@pytest.mark.usefixtures("quiet_run")
def test_a_failing_step_is_named_and_the_run_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        selftest,
        "STEPS",
        [("version", selftest.step_version), ("boom", _boom), ("sample", selftest.step_sample)],
    )
    out = io.StringIO()
    assert selftest.run(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok version: ")
    assert lines[1].startswith("FAILED boom: ValueError: the flux capacitor is missing (at ")
    # A step that needs what an earlier one failed to make says so, and does not crash the run.
    assert lines[2] == "FAILED sample: skipped: no store (the 'store' step failed)"
    assert lines[3].startswith("self-test FAILED (boom, sample)")


@pytest.mark.usefixtures("quiet_run")
def test_core_steps_pass_in_process() -> None:
    core = ["version", "resources", "french", "tzdata", "gazetteer", "tls", "store", "sample"]
    core += ["search"]
    core += ["export-ics", "import-ics"]
    out = io.StringIO()
    steps = [(name, step) for name, step in selftest.STEPS if name in core]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(selftest, "STEPS", steps)
        assert selftest.run(out) == 0, out.getvalue()
    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok {name}" for name in core]


def test_tzdata_step_uses_only_the_tzdata_package(monkeypatch: pytest.MonkeyPatch) -> None:
    import zoneinfo

    calls: list[object] = []
    real_reset = zoneinfo.reset_tzpath

    def reset(to: object = None) -> None:
        calls.append(to)
        real_reset(to=to)  # type: ignore[arg-type]

    monkeypatch.setattr(zoneinfo, "reset_tzpath", reset)
    assert "America/Toronto" in selftest.step_tzdata(selftest._Context(Path()))
    assert calls == [[], None]  # no system zone folders during the check, restored after
