"""A real second writer: a ``briefing-app`` command in a child process on a data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_command(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``briefing-app ARGS`` on *data_dir* in its own process; it must succeed."""
    env = dict(os.environ, BRIEFING_APP_DATA_DIR=str(data_dir))
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done
