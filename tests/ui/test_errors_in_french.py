"""The window shows the core's errors in the user's language (issue 17): a sync's failures
in the banner (a refused connection, malformed JSON from a real 127.0.0.1 server), a bad
VTODO file imported from the Follow-ups tab; in English every text is as it was
(``str(error)`` in the same sentence). One rule for both fronts: the window's text of an
error is the command line's (``util/i18n.error_message``)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.calendar.followups import import_followups_file
from briefing_app.cli.output import error_text as cli_error_text
from briefing_app.errors import (
    BriefingError,
    FeedError,
    FollowupFileError,
    MyDataError,
    NotFoundError,
    SyncError,
)
from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy, SyncReport, subscribe
from briefing_app.ui import language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets.error_text import error_text
from briefing_app.usecases import settings
from briefing_app.util import i18n
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, error_message

pytestmark = pytest.mark.usefixtures("qapp")


def _doc() -> bytes:
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"] = "remote"
    return json.dumps(doc).encode()


def _window(qtbot, store: Store, lang: str) -> MainWindow:
    settings.set_language(store, lang)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.language.language == lang
    return window


def _sync(qtbot, window: MainWindow, feed_id: int) -> BriefingError:
    window.syncer.fetcher_factory = lambda: Fetcher(FetchPolicy(read_timeout=2, attempts=1))
    with qtbot.waitSignal(window.syncer.finished, timeout=10_000) as blocker:
        window.syncer.sync([feed_id])
    report = blocker.args[0]
    assert isinstance(report, SyncReport) and len(report.errors) == 1
    error = report.errors[0][2]
    assert isinstance(error, BriefingError)
    return error


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_malformed_json_from_a_feed_shows_in_the_windows_language(
    qtbot, sample_store: Store, feed_server: FeedServer, fetcher: Fetcher, lang: str
) -> None:
    url = feed_server.serve("/f.json", Reply(body=_doc()))
    feed_id, _ = subscribe(sample_store, url, fetcher)
    window = _window(qtbot, sample_store, lang)
    feed_server.serve("/f.json", Reply(body=b'{"series": '))
    error = _sync(qtbot, window, feed_id)
    assert isinstance(error, FeedError)
    english = f"{url}: invalid JSON at line 1 column 12: Expecting value"
    assert str(error).startswith(english)  # the log's text stays English
    shown = window.messages.text()
    if lang == "en":  # byte for byte what the window said before
        assert shown == "Sync failed:\n" + str(error)
    else:
        assert shown.startswith(
            f"La synchronisation a échoué\u00a0:\n{url}\u00a0: "
            "JSON non valide à la ligne 1, colonne 12"
        )
        assert "invalid JSON" not in shown and "file ends too early" not in shown


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_refused_connection_shows_in_the_windows_language(
    qtbot, sample_store: Store, fetcher: Fetcher, lang: str
) -> None:
    server = FeedServer()  # its own: closed after the subscription, its port then refuses
    server.thread.start()
    url = server.serve("/f.json", Reply(body=_doc()))
    try:
        feed_id, _ = subscribe(sample_store, url, fetcher)
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
    window = _window(qtbot, sample_store, lang)
    before = sample_store.dump()
    error = _sync(qtbot, window, feed_id)
    assert isinstance(error, SyncError) and error.retryable
    shown = window.messages.text()
    if lang == "en":
        assert shown == "Sync failed:\n" + str(error)
        assert shown.endswith("cannot connect: connection refused")
    else:
        assert shown.startswith("La synchronisation a échoué\u00a0:\n")
        assert shown == "La synchronisation a échoué\u00a0:\n" + error_text(error)
        assert "connexion impossible" in shown and shown.endswith("connexion refusée"), shown
        assert "cannot connect" not in shown and "connection refused" not in shown
        assert url in shown, shown  # the feed is still named
    assert sample_store.dump() == before


def _bad_vtodo(tmp_path: Path) -> Path:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        b"BEGIN:VTODO\r\nUID:a@example.org\r\nSUMMARY:Send slides\r\n"
        b"STATUS:LATER\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    )
    return bad


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bad_vtodo_import_from_the_follow_ups_tab_shows_in_the_windows_language(
    qtbot, sample_store: Store, tmp_path: Path, lang: str
) -> None:
    bad = _bad_vtodo(tmp_path)
    with pytest.raises(FollowupFileError) as raised:  # what the core says, in English
        import_followups_file(sample_store, bad)
    window = _window(qtbot, sample_store, lang)
    before = sample_store.followups()
    window.followups.import_from(bad)
    qtbot.waitUntil(lambda: window.messages.text() != "", timeout=10_000)
    shown = window.messages.text()
    assert "unknown STATUS 'LATER'" in str(raised.value)
    if lang == "en":
        assert shown == str(raised.value)
    else:
        assert shown == error_text(raised.value) != str(raised.value)
        assert str(bad) in shown and "LATER" in shown
        assert "unknown STATUS" not in shown, shown
    assert sample_store.followups() == before
    assert window.followups.import_button.isEnabled()


def _errors() -> list[BaseException | str]:
    reason = QT_TRANSLATE_NOOP("core", "no session number {number}").format(number=4)
    return [
        NotFoundError(QT_TRANSLATE_NOOP("core", "no feed with id {id}").format(id=7)),
        FeedError(reason, source="x.json", path="$.sessions[0]"),
        MyDataError(reason, source="mine.json", path="$.notes[2]"),
        SyncError(reason, source="http://127.0.0.1:1/f.json", feed="Remote"),
        FollowupFileError(reason, source="a.ics", item="VTODO #1"),
        reason,
        "plain English from elsewhere",
        OSError(2, "No such file or directory"),
    ]


def test_the_window_and_the_command_line_say_an_error_the_same_way() -> None:
    errors = _errors()
    english = [error_text(e) for e in errors]
    assert english == [str(e) for e in errors]  # English: the text as raised
    language.apply_language("fr")
    i18n.use_language("fr")
    try:
        window = [error_text(e) for e in errors]
        assert window == [cli_error_text(e) for e in errors]  # .qm and .mo, one rule
    finally:
        i18n.use_language("en")
    assert window[0] == "aucun fil avec le numéro 7"
    assert window[1] == "x.json\u00a0: à $.sessions[0]\u00a0: aucune séance numéro 4"
    assert window[3].endswith("aucune séance numéro 4") and "Remote" in window[3]
    assert window[5] == "aucune séance numéro 4"
    assert window[6:] == [str(e) for e in errors[6:]]  # nothing marked: as it is


def test_error_message_takes_any_lookup_of_the_ts() -> None:
    reason = QT_TRANSLATE_NOOP("core", "no session number {number}").format(number=4)
    error = FeedError(reason, source="x.json", path="$.a")

    def bracket(context: str, text: str) -> str:
        return f"[{text}]" if context in ("core", "cli") else text

    assert error_message(error, bracket) == "[x.json: ]at $.a: [no session number 4]"
    located = "[x.json: ][at $.a: ][no session number 4]"
    assert error_message(error, bracket, located=True) == located
    assert error_message(error) == str(error)  # English, the default catalog


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pre_read_that_cannot_download_says_why_in_the_windows_language(
    qtbot, sample_store: Store, lang: str
) -> None:
    from support.bad_server import refused_port
    from support.windows import close_windows

    from briefing_app.feeds.model import Material, MaterialKind
    from briefing_app.store import BUILTIN_SAMPLE_URL
    from briefing_app.usecases.startup import load_sample_feed

    url = f"http://127.0.0.1:{refused_port()}/deck.pdf"
    feed = load_sample_feed()
    sessions = list(feed.sessions)
    deck = Material(MaterialKind.SLIDES, "Deck", url)
    sessions[0] = dataclasses.replace(sessions[0], materials=(deck,))
    sample_store.import_feed(
        BUILTIN_SAMPLE_URL, dataclasses.replace(feed, sessions=tuple(sessions))
    )
    session = sample_store.find_session(feed.sessions[0].id).id
    for favourite in sample_store.sessions(favourites_only=True):
        sample_store.set_favourite(favourite.id, False)
    sample_store.set_favourite(session)
    window = _window(qtbot, sample_store, lang)
    try:
        window.prereads_action.trigger()
        dialog = window._prereads_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.state == "ready", timeout=10_000)
        dialog.download_button.click()
        qtbot.waitUntil(lambda: dialog.state == "done", timeout=10_000)
        [failure] = dialog.failures.stringList()
        [result] = dialog.report.failed
        assert "): cannot connect: connection refused (3 attempts" in result.error  # JSON, logs
        if lang == "en":
            assert failure == str(result.error)
        else:
            assert failure.startswith(f"Deck ({url}): connexion impossible"), failure
            assert "connexion refusée (3 essais" in failure, failure
            assert "cannot connect" not in failure and "attempts" not in failure
    finally:
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
        window.watcher.stop()
        window._follow_pending = False
        close_windows()


def test_no_view_puts_an_errors_english_text_in_front_of_the_user() -> None:
    """The window shows an error through ``error_text``, never ``str(error)`` or the error
    itself in a sentence (logs and the crash report's details keep the English)."""
    import re

    import briefing_app.ui

    root = Path(briefing_app.ui.__file__).parent
    raw = re.compile(
        r"\.format\((?:[\w.]+, )?(?:exc|error)\)"  # a sentence around the error itself
        r"|[^_]str\((?:exc|error)\)"  # its English text
        r"|f\"[^\"]*\{(?:exc|error)\}"  # an f-string of it
    )
    offending = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in sorted(root.rglob("*.py"))
        if path.name not in ("crash.py", "error_text.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if raw.search(line) and not re.search(r"logger\.|raise |super\(\).__init__", line)
    ]
    assert offending == []


def test_a_failed_import_says_why_in_french_and_leaves_the_status_bar(
    qtbot, sample_store: Store, tmp_path: Path
) -> None:
    """Review item 11: "Impossible d'importer : PATH : …" (U+00A0 before both colons), and
    the status bar no longer says "Importation de bad.json…" once the import has failed."""
    window = _window(qtbot, sample_store, "fr")
    try:
        path = tmp_path / "bad.json"
        path.write_text('{"hello": 1}', encoding="utf-8")
        window.import_file(path)
        assert window.statusBar().currentMessage() == "Importation de bad.json…"
        qtbot.waitUntil(lambda: window.messages.kind == "error", timeout=10_000)
        shown = window.messages.text()
        assert f"Impossible d’importer\u00a0: {path}\u00a0: " in shown, shown
        assert " :" not in shown
        assert window.statusBar().currentMessage() == ""
    finally:  # the next test's window speaks English again
        language.reset()  # the window's words, the core's and the feeds' texts
