"""The sample feed's French follows the app's typography (review item 20): the typographic
apostrophe ’ (as the window's and the CLI's words), U+00A0 before ':'."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes


def _french_texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fr" and isinstance(value, str):
                yield value
            else:
                yield from _french_texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _french_texts(value)


def test_the_sample_feed_s_french_uses_the_typographic_apostrophe_and_no_break_spaces() -> None:
    texts = list(_french_texts(json.loads(read_resource_bytes(SAMPLE_FEED))))
    assert len(texts) > 50
    assert sum("’" in text for text in texts) > 20
    assert [text for text in texts if "'" in text] == []
    assert [text for text in texts if " :" in text] == []
