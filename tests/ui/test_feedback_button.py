"""The Feedback button: shown once the session has ended, web links only (issue 16)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from briefing_app.feeds.model import Feed
from briefing_app.store import Store
from briefing_app.ui.sessions.detail_panel import SessionDetailPanel


def _with_feedback(store: Store, feed: Feed, url: str) -> int:
    sessions = tuple(
        dataclasses.replace(s, feedback_url=url) if s.id == "setting-the-stage-2020-05-11" else s
        for s in feed.sessions
    )
    store.import_feed("file:///s.json", dataclasses.replace(feed, sessions=sessions))
    return store.find_session("setting-the-stage-2020-05-11").id


def test_feedback_appears_once_the_session_has_ended(
    qtbot, store: Store, sample_feed: Feed, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = _with_feedback(store, sample_feed, "https://forms.example.org/stage")
    record = store.session(stage)
    now = [record.end - timedelta(minutes=1)]
    panel = SessionDetailPanel(store, clock=lambda: now[0])
    qtbot.addWidget(panel)
    panel.show()
    panel.show_session(stage)
    assert not panel.feedback_button.isVisible()  # still running
    now[0] = record.end
    panel._update_join()  # the pane's 30-second tick
    assert panel.feedback_button.isVisible()
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    qtbot.mouseClick(panel.feedback_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://forms.example.org/stage"]
    kickoff = store.find_session("kickoff-2020-04-15").id
    panel.show_session(kickoff)  # no feedback link in the feed
    assert not panel.feedback_button.isVisible()


def test_a_mail_link_is_not_offered_as_feedback(
    qtbot, store: Store, sample_feed: Feed, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = _with_feedback(store, sample_feed, "mailto:someone@example.org")
    panel = SessionDetailPanel(store)  # the sample's sessions ended in 2020
    qtbot.addWidget(panel)
    panel.show()
    panel.show_session(stage)
    assert not panel.feedback_button.isVisible()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert not panel.give_feedback() and opened == []
