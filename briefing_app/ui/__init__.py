"""ui."""

# PySide6 reads the source of every module imported after it (does it use PySide's
# __feature__ switches?). The core modules the window needs before its first paint load
# first, so the window's start skips that for them (10-20 ms).
from briefing_app.usecases import drafts, session_facts, settings, startup  # noqa: F401
from briefing_app.util import language, links, multilingual  # noqa: F401
