"""``python -m briefing_app``: the same entry point as ``briefing-app``."""

from briefing_app.cli.main import main

raise SystemExit(main())
