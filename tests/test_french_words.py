"""Words, numbers and typography of the French CLI and core messages (issue 17, session 8).

Each French text is checked with its English twin, which stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefing_app.util import i18n
from briefing_app.util.localeformat import babel_date_words


@pytest.fixture
def french() -> Iterator[None]:
    i18n.use_language("fr")
    yield
    i18n.use_language("en")


def test_french_hours_have_no_leading_zero() -> None:
    words = babel_date_words("fr")
    assert words.clock(3, 56) == "3 h 56"
    assert words.clock(0, 5) == "0 h 05"
    assert words.clock(13, 0) == "13 h 00"
