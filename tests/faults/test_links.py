"""Fault matrix, links: no link the app opens is anything but a web (or mail) address.

Every link a person can click goes through one rule (:mod:`briefing_app.util.links`,
opened by :func:`briefing_app.ui.widgets.links.open_link`): the session's Join button
and the links in its detail pane, presenter websites, case-study material links,
links in notes, and reminders' Join. The tests record what would be opened with
Qt's own seam, ``QDesktopServices.setUrlHandler``, for every scheme they try, so
nothing reaches a real browser. Most schemes were already refused before issue 13
(regression cases); hostless ``https:`` links, user-name tricks and control
characters were not, nor a bundle or ``attach`` carrying such a link.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from support.bundles import rebuild

from briefing_app.cli.main import main
from briefing_app.errors import BundleError, MaterialError
from briefing_app.feeds.model import Feed, Link, Presenter, Series, Session, SessionPresenter
from briefing_app.store import Store
from briefing_app.util.links import safe_link, shown_link
from briefing_app.workspace import Workspace, export_bundle, import_bundle

HOSTILE = {
    "javascript": "javascript:alert(1)",
    "javascript-mixed-case": "JaVaScRiPt:alert(1)",
    "javascript-control-prefix": "\x01javascript:alert(1)",
    "javascript-space-prefix": " \x00javascript:alert(1)",
    "javascript-tab-inside": "java\tscript:alert(1)",
    "javascript-newline-inside": "java\nscript:alert(1)",
    "vbscript": "vbscript:msgbox(1)",
    "data": "data:text/html,<script>alert(1)</script>",
    "file": "file:///etc/passwd",
    "file-mixed-case": "FiLe:///etc/passwd",
    "ftp": "ftp://files.example.org/a",
    "https-no-host": "https:",
    "https-no-slashes": "https:evil.example",
    "https-three-slashes": "https:///evil.example",
    "https-empty": "https://",
    "scheme-relative": "//evil.example/x",
    "user-name-trick": "https://bank.example@evil.example/login",
    "escape-in-path": "https://ok.example/\x1b[2J",
    "bidi-override": "\u202ehttps://ok.example/",
    "zero-width-space": "https://ok\u200b.example/",
    "bad-port": "https://ok.example:99999/",
    "custom-scheme": "steam://run/1",
    "mailto-no-address": "mailto:",
}
GOOD = {
    "https": "https://meet.example.org/room",
    "http": "http://example.org/",
    "upper-case": "HTTPS://EXAMPLE.ORG/",
    "padded": "  https://example.org/padded  ",
    "idn-punycode": "https://xn--mnchen-3ya.de/",
    "idn-unicode": "https://münchen.de/",
    "port": "https://example.org:8443/x",
    "query": "https://example.org/?a=1&b=%20",
}
SCHEMES = ["http", "https", "mailto", "javascript", "vbscript", "data", "file", "ftp", "steam", ""]


class _Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def opened(qapp: object) -> Iterator[list[str]]:
    """What would be opened: Qt's URL handler for every scheme tried (no real browser)."""
    recorder = _Recorder()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    try:
        yield recorder.opened
    finally:
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


# ---- the rule ------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", list(HOSTILE.values()), ids=list(HOSTILE))
def test_rule_refuses(url: str) -> None:
    assert safe_link(url) is None


@pytest.mark.parametrize("url", list(GOOD.values()), ids=list(GOOD))
def test_rule_takes_web_links(url: str) -> None:
    assert safe_link(url) == url.strip()


def test_rule_mail_links_only_where_allowed() -> None:
    assert safe_link("mailto:speaker@example.org") == "mailto:speaker@example.org"
    assert safe_link("mailto:speaker@example.org", mailto=False) is None


# ---- the window's one opener ------------------------------------------------------------------
def parsed_by_qt(url: str) -> str:
    """What Qt makes of *url* (an anchor's QUrl): ESC percent-encoded, ZWSP dropped by IDNA."""
    return QUrl(url).toString(QUrl.ComponentFormattingOption.FullyEncoded)


def only_safe_opened(opened: list[str]) -> bool:
    return all(safe_link(url) is not None for url in opened)


@pytest.mark.parametrize("url", list(HOSTILE.values()), ids=list(HOSTILE))
def test_open_link_refuses(opened: list[str], url: str) -> None:
    from briefing_app.ui.widgets.links import open_link

    assert open_link(url) is False  # the text as a feed gave it
    assert opened == []
    assert open_link(QUrl(url)) is (safe_link(parsed_by_qt(url)) is not None)  # as Qt parsed it
    assert only_safe_opened(opened)


@pytest.mark.parametrize("url", list(GOOD.values()), ids=list(GOOD))
def test_open_link_opens(opened: list[str], url: str) -> None:
    from briefing_app.ui.widgets.links import open_link

    assert open_link(url) is True
    assert len(opened) == 1
    assert QUrl(opened[0]) == QUrl(url.strip())


# ---- where the links come from ------------------------------------------------------------------
def _feed(join_url: str, website: str) -> Feed:
    now = datetime.now(UTC).replace(microsecond=0)
    return Feed(
        format="briefing",
        series=Series(id="links", title="Links", timezone="UTC"),
        sessions=(
            Session(
                id="live",
                title="Live now",
                start=now - timedelta(minutes=5),
                end=now + timedelta(hours=1),
                timezone="UTC",
                join_url=join_url,
                registration_url=join_url,
                presenters=(SessionPresenter("p"),),
            ),
        ),
        presenters=(Presenter(id="p", name="Pat", links=(Link(url=website, title="site"),)),),
    )


@pytest.mark.parametrize("url", [*HOSTILE.values(), GOOD["https"]], ids=[*HOSTILE, "good-https"])
def test_join_button_and_detail_links(qtbot, opened: list[str], store: Store, url: str) -> None:
    """Join and the links in the detail pane, for a link put in the store as a feed gave it."""
    from briefing_app.ui.sessions.detail_panel import SessionDetailPanel

    store.import_feed("https://feed.example/links.json", _feed(url, url))
    session = store.sessions()[0]
    panel = SessionDetailPanel(store)
    qtbot.addWidget(panel)
    panel.show_session(session.id)
    panel.join()
    assert len(opened) == (safe_link(url) is not None)
    panel._link_clicked(QUrl(url))  # an anchor in the pane: Qt has parsed it
    assert only_safe_opened(opened)


@pytest.mark.parametrize("url", [*HOSTILE.values(), GOOD["https"]], ids=[*HOSTILE, "good-https"])
def test_presenter_website(qtbot, opened: list[str], store: Store, url: str) -> None:
    from briefing_app.ui.presenters.view import PresentersView

    store.import_feed("https://feed.example/links.json", _feed(GOOD["https"], url))
    allowed = safe_link(parsed_by_qt(url), mailto=False) is not None
    assert PresentersView.open_link(QUrl(url)) is allowed
    assert len(opened) == allowed and only_safe_opened(opened)


def test_presenter_website_refuses_mail_links(opened: list[str]) -> None:
    from briefing_app.ui.presenters.view import PresentersView

    assert PresentersView.open_link(QUrl("mailto:pat@example.org")) is False
    assert opened == []


@pytest.mark.parametrize("url", [*HOSTILE.values(), GOOD["https"]], ids=[*HOSTILE, "good-https"])
def test_reminder_join(opened: list[str], url: str) -> None:
    from briefing_app.ui.reminder_alerts import can_join, open_join_link
    from briefing_app.usecases.reminders import Reminder

    now = datetime.now(UTC)
    reminder = Reminder(1, "Live", now, now + timedelta(hours=1), url, now, 10)
    allowed = safe_link(url, mailto=False) is not None
    assert can_join(reminder) is allowed
    assert open_join_link(reminder) is allowed
    assert len(opened) == int(allowed)


@pytest.mark.parametrize("url", list(HOSTILE.values()), ids=list(HOSTILE))
def test_notes_preview_link(qtbot, opened: list[str], url: str) -> None:
    from briefing_app.ui.casestudies.notes import MarkdownPreview

    preview = MarkdownPreview()
    qtbot.addWidget(preview)
    preview.anchorClicked.emit(QUrl(url))
    assert len(opened) == (safe_link(parsed_by_qt(url)) is not None)
    assert only_safe_opened(opened)


@pytest.mark.parametrize("url", list(HOSTILE.values()), ids=list(HOSTILE))
def test_material_link_stored_earlier_is_not_opened(
    qtbot, opened: list[str], sample_store: Store, url: str
) -> None:
    """A link row already in the store (an older version took it): the Open action refuses it."""
    from briefing_app.ui.casestudies.materials import MaterialsPane
    from briefing_app.ui.workers.progress_task import ProgressStrip
    from briefing_app.ui.workers.tasks import TaskRunner

    workspace = Workspace(sample_store)
    case = workspace.create("Mine")
    material_id = sample_store.add_case_study_material(
        case.id,
        uuid="00000000-0000-4000-8000-000000000001",
        kind="link",
        name="evil",
        media_type="",
        size=None,
        sha256=None,
        url=url,
        added_at="2026-01-01T00:00:00Z",
    )
    pane = MaterialsPane(workspace, TaskRunner(), ProgressStrip())
    qtbot.addWidget(pane)
    failures: list[str] = []
    pane.failed.connect(failures.append)
    pane.open_material(workspace.material(material_id))
    assert opened == []
    assert failures and "only web and mail links open" in failures[0]


@pytest.mark.parametrize("url", list(HOSTILE.values()), ids=list(HOSTILE))
def test_attach_link_refuses(sample_store: Store, url: str) -> None:
    workspace = Workspace(sample_store)
    case = workspace.create("Mine")
    before = sample_store.dump()
    with pytest.raises(MaterialError, match="is not a web link"):
        workspace.attach_link(case.id, url)
    assert sample_store.dump() == before


@pytest.mark.parametrize(
    "url",
    [HOSTILE[k] for k in ("javascript", "javascript-mixed-case", "https-no-host", "file", "data")],
    ids=["javascript", "javascript-mixed-case", "https-no-host", "file", "data"],
)
def test_bundle_carrying_a_hostile_link(sample_store: Store, tmp_path: Path, url: str) -> None:
    workspace = Workspace(sample_store)
    case = workspace.create("Shared")
    workspace.attach_link(case.id, "https://example.org/recording", name="Recording")
    good = tmp_path / "good.zip"
    export_bundle(workspace, case.id, good)
    workspace.delete(case.id)

    def poison(doc: dict[str, object]) -> None:
        materials = doc["materials"]
        assert isinstance(materials, list)
        materials[0]["url"] = url

    bad = rebuild(good, tmp_path / "bad.zip", manifest=poison)
    assert url.encode() in zipfile.ZipFile(bad).read("manifest.json") or "\\u" in json.dumps(url)
    before = sample_store.dump()
    with pytest.raises(BundleError, match="is not one the app opens"):
        import_bundle(workspace, bad)
    assert sample_store.dump() == before


def test_ics_url_and_conference_links(qtbot, opened: list[str], tmp_path: Path) -> None:
    """An invite whose URL and CONFERENCE say javascript: imports, and Join opens nothing."""
    from briefing_app.ui.sessions.detail_panel import SessionDetailPanel
    from briefing_app.usecases.startup import open_store

    start = datetime.now(UTC) - timedelta(minutes=5)
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//evil//EN\r\nBEGIN:VEVENT\r\n"
        "UID:evil-link@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{start + timedelta(hours=1):%Y%m%dT%H%M%SZ}\r\n"
        "SUMMARY:Evil links\r\nURL:javascript:alert(1)\r\n"
        "CONFERENCE;VALUE=URI:JaVaScRiPt:alert(2)\r\n"
        "DESCRIPTION:Join at https:evil.example or file:///etc/passwd\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    path = tmp_path / "evil.ics"
    path.write_text(ics, encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(path)], setup_logs=False) == 0
    with open_store(data) as store:
        session = next(s for s in store.sessions() if s.title == "Evil links")
        panel = SessionDetailPanel(store)
        qtbot.addWidget(panel)
        panel.show_session(session.id)
        panel.join()
        detail = store.session_detail(session.id)
        for url in (detail.session.join_url, detail.url, *(link.url for link in detail.links)):
            if url:
                panel._link_clicked(QUrl(url))
    assert opened == []


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:x",
        "data:text/plain,x",
        "ftp://x.example/f",
    ],
    ids=["javascript", "javascript-mixed-case", "vbscript", "data", "ftp"],
)
def test_feeds_add_refuses_other_schemes(capsys: pytest.CaptureFixture[str], url: str) -> None:
    """The command line follows http(s) addresses and local files only."""
    code = main(["feeds", "add", url], setup_logs=False)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "scheme is not supported" in err


def test_cli_attach_of_a_script_link_is_not_a_link(
    capsys: pytest.CaptureFixture[str], sample_store: Store
) -> None:
    """``case-studies attach ID javascript:...`` is read as a file name, which is not there."""
    case = Workspace(sample_store).create("Mine")
    before = sample_store.dump()
    code = main(["case-studies", "attach", str(case.id), "javascript:alert(1)"], setup_logs=False)
    assert code == 3, capsys.readouterr().err
    assert sample_store.dump() == before


# ---- how a link is shown: homographs -----------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://аpple.com/join", "https://xn--pple-43d.com/join"),  # Cyrillic а among Latin
        ("https://ex.раypal.com:8443/a?b#c", "https://ex.xn--ypal-43d9g.com:8443/a?b#c"),
        ("https://münchen.de/", "https://münchen.de/"),  # one script: shown as it is
        ("https://東京.jp/", "https://東京.jp/"),
        ("https://日本語とlatin.jp/", "https://日本語とlatin.jp/"),  # CJK names mix with Latin
        ("https://xn--pple-43d.com/", "https://xn--pple-43d.com/"),
    ],
    ids=["cyrillic-a", "cyrillic-with-port", "german", "japanese", "japanese-latin", "punycode"],
)
def test_homograph_shown_in_ascii(url: str, shown: str) -> None:
    assert shown_link(url) == shown


def test_homograph_join_link_in_show_and_the_detail_pane(
    capsys: pytest.CaptureFixture[str], sample_store: Store
) -> None:
    from briefing_app.ui.sessions.detail_markdown import session_markdown

    sample_store.import_feed(
        "https://feed.example/links.json", _feed("https://аpple.com/join", GOOD["https"])
    )
    session = next(s for s in sample_store.sessions() if s.title == "Live now")
    assert main(["show", str(session.id)], setup_logs=False) == 0
    out = capsys.readouterr().out
    assert "https://xn--pple-43d.com/join" in out and "аpple" not in out
    text = session_markdown(sample_store.session_detail(session.id), user_zone="UTC")
    assert "xn--pple-43d.com" in text and "аpple" not in text
