"""A tooltip's text is shown as the text it is: escaped as html.escape(quote=False) escapes."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from briefing_app.ui.widgets.tooltips import plain_tooltip


@given(st.text())
def test_plain_tooltip_escapes_as_the_html_module_does(text: str) -> None:
    expected = f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
    assert plain_tooltip(text) == (expected if text else text)
    assert plain_tooltip("a < b & c > d") == (
        "<p style='white-space:pre-wrap'>a &lt; b &amp; c &gt; d</p>"
    )
