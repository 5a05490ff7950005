"""Issue 13, cause 5 in the window: a feed's HTML is never rendered, and a link never hides its
address; cause 2 in the window: one bad feed's sync does not stop the others'."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from support.feed_server import FeedServer, Reply
from support.hostile import HOSTILE_HTML, PHISH, apply_to_store, json_bytes, sample_doc

from briefing_app.feeds import parse_feed
from briefing_app.feeds.model import Feed
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, subscribe
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.sessions.detail_markdown import CASE_STUDY_SCHEME, PRESENTER_SCHEME
from briefing_app.ui.sessions.detail_panel import SessionDetailPanel

KICKOFF = "kickoff-2020-04-15"  # the sample session with case studies


def _anchors(document: QTextDocument) -> list[tuple[str, str]]:
    """(href, the text it is on) of every anchor in the document."""
    found: list[tuple[str, str]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                found.append((fragment.charFormat().anchorHref(), fragment.text()))
            it += 1
        block = block.next()
    return found


def _assert_shown_safely(panel: SessionDetailPanel) -> str:
    """No link hides its address, and everything after the summary is rendered."""
    text = panel.browser.toPlainText()
    for href, label in _anchors(panel.browser.document()):
        if href.startswith((f"{PRESENTER_SCHEME}:", f"{CASE_STUDY_SCHEME}:")):
            continue
        assert label == href, (href, label)  # a click opens exactly what is shown
    assert "Join the briefing here" in text
    assert "https://evil.example/phish" in text
    assert "The series opens online." in text  # the description, after the summary
    assert "Case studies" in text and "Lixar" in text
    assert "My own note after the HTML" in text
    return text


def _show_kickoff(qtbot, store: Store, feed: Feed) -> str:
    """Store *feed*, note on its kick-off, show that in a detail pane; its text, checked."""
    apply_to_store(store, feed)
    session = store.find_session(KICKOFF)
    store.set_note(session.id, "My own note after the HTML")
    panel = SessionDetailPanel(store)
    qtbot.addWidget(panel)
    panel.show_session(session.id)
    return _assert_shown_safely(panel)


def test_html_in_a_feed_summary_shows_as_text_and_the_rest_renders(qtbot, store: Store) -> None:
    doc = sample_doc()
    doc["sessions"][0]["summary"] = HOSTILE_HTML
    text = _show_kickoff(qtbot, store, parse_feed(json_bytes(doc)))
    assert "alert(" not in text and "<script" not in text


def test_html_already_in_the_store_is_not_rendered(qtbot, store: Store) -> None:
    """Text stored before the parse rule existed: the pane shows the markup as text."""
    feed = parse_feed(json_bytes(sample_doc()))
    # (Without the sample's English and French maps, which would be shown instead.)
    raw = replace(feed.sessions[0], summary=f"Before {PHISH} <b>bold <i>after", translations=())
    text = _show_kickoff(qtbot, store, replace(feed, sessions=(raw, *feed.sessions[1:])))
    assert "<b>bold <i>after" in text  # the markup is visible, not interpreted


@pytest.mark.parametrize(
    ("href", "opened", "words"),
    [
        ("https://example.org/x", True, ""),
        ("mailto:team@example.org", True, ""),
        ("javascript:alert(1)", False, "“javascript:” link"),
        ("file:///etc/passwd", False, "“file:” link"),
        ("smb://host/share", False, "“smb:” link"),
        ("https:no-host", False, "names no web site"),
    ],
)
def test_clicking_a_link_opens_only_web_and_mail_and_says_why_not(
    qtbot, sample_store: Store, monkeypatch: pytest.MonkeyPatch, href: str, opened: bool, words: str
) -> None:
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.show()
    window.show_past.setChecked(True)
    window.select_session(sample_store.find_session(KICKOFF).id)
    seen: list[str] = []
    # The system browser cannot run here; record what would be opened.
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: seen.append(url.toString()) or True
    )
    window.detail_panel.browser.anchorClicked.emit(QUrl(href))
    assert bool(seen) == opened
    if not opened:
        assert window.messages.isVisibleTo(window)
        assert window.messages.kind == "error"
        assert words in window.messages.text() and "Not opened" in window.messages.text()


def test_the_windows_sync_goes_on_after_a_bad_feed_and_says_which(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher
) -> None:
    odd_doc = sample_doc("odd")
    broken = feed_server.serve("/broken.json", Reply(body=json_bytes(sample_doc("broken"))))
    odd = feed_server.serve("/odd.json", Reply(body=json_bytes(odd_doc)))
    subscribe(sample_store, broken, fetcher)
    odd_id, _ = subscribe(sample_store, odd, fetcher)
    feed_server.serve("/broken.json", Reply(body=b"{"))
    odd_doc["sessions"][0]["title"] = "Caf\ud800"
    feed_server.serve("/odd.json", Reply(body=json_bytes(odd_doc)))
    window = MainWindow(sample_store)
    qtbot.addWidget(window)
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(attempts=1))
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000) as blocker:
        window.syncer.sync()
    report = blocker.args[0]
    assert [fid for fid, _n, _e in report.errors] == [2]
    assert any(o.feed_id == odd_id and o.status == "applied" for o in report.outcomes)
    assert f"{broken}: invalid JSON" in window.messages.text()
    assert any(s.title == "Caf\ufffd" for s in sample_store.sessions(feed_id=odd_id))
