"""platform/filelock: one holder at a time, across processes too; never stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from briefing_app.platform.filelock import try_lock

HOLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from briefing_app.platform.filelock import try_lock\n"
    "lock = try_lock(Path(sys.argv[1]))\n"
    "print('held' if lock else 'refused', flush=True)\n"
    "sys.stdin.readline()\n"  # holds until told; a kill ends it holding
)


def test_one_holder_at_a_time_in_a_process(tmp_path: Path) -> None:
    path = tmp_path / "a.lock"
    first = try_lock(path)
    assert first is not None
    assert try_lock(path) is None  # a second open of the same file is refused
    first.release()
    assert not path.exists()  # its file goes with it
    with try_lock(path) as again:
        assert again is not None


def test_another_process_holding_it_refuses_and_its_death_frees_it(tmp_path: Path) -> None:
    path = tmp_path / "b.lock"
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            assert try_lock(path) is None
        finally:
            holder.kill()  # dies holding it: no release ran
            holder.wait(timeout=10)
    lock = try_lock(path)
    assert lock is not None
    lock.release()
