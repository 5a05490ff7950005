"""Running a child process without root's power to ignore file modes."""

from __future__ import annotations

import os
import shutil


def as_plain_user() -> list[str]:
    """A command prefix: as root, drop every capability (uid 0 stays, file modes then apply).

    Empty when not root (file modes apply already). As root without ``setpriv``
    (util-linux) the caller cannot make a file unreadable: it fails, loudly.
    """
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            raise RuntimeError("running as root without setpriv: cannot drop root's file access")
        return [setpriv, "--bounding-set=-all", "--inh-caps=-all"]
    return []
