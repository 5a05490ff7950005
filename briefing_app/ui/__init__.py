"""ui."""

# PySide6 reads the source of every module imported after it (does it use PySide's
# __feature__ switches?). The core modules the window needs before its first paint load
# first, so the window's start skips that for them (10-20 ms).
# Bound under private names: a public one would hide a submodule of ui of the same name
# (`from briefing_app.ui import language` gave util.language, not ui.language).
from briefing_app.usecases import drafts as _drafts  # noqa: F401
from briefing_app.usecases import session_facts as _session_facts  # noqa: F401
from briefing_app.usecases import settings as _settings  # noqa: F401
from briefing_app.usecases import startup as _startup  # noqa: F401
from briefing_app.util import language as _language  # noqa: F401
from briefing_app.util import links as _links  # noqa: F401
from briefing_app.util import multilingual as _multilingual  # noqa: F401
