"""The command line: ``briefing-app [--data-dir DIR] COMMAND ...``.

With no command it starts the desktop app. Every command works offline on the
local store. Errors go to stderr as one line and a non-zero exit code:

====  ==========================================================
code  meaning
====  ==========================================================
0     success
1     unexpected internal error (details in the log file)
2     bad command line or option value
3     not found: no such session, feed, file or folder
4     bad input: a feed or file that cannot be read or is invalid
5     the local database cannot be used (too new, damaged, busy)
6     a download failed (network, server error, too large)
7     a conflict: an import would overwrite newer local work, or the
      feed is already followed
8     no display to open the window on (the commands need none)
130   interrupted (Ctrl+C)
====  ==========================================================
"""

# The module briefing_app.cli.main, which is callable: ``main(argv)`` runs its main()
# (the console script's entry point), ``main.build_parser`` is its parser.
from briefing_app.cli import main

__all__ = ["main"]
