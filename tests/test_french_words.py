"""Words, numbers and typography of the French CLI and core messages (issue 17, session 8).

Each French text is checked with its English twin, which stays as it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from support.feed_server import FeedServer, Reply

from briefing_app.errors import FeedError, SyncError
from briefing_app.feeds.frab_xml.tree import _load as parse_tree
from briefing_app.feeds.messages import decode_json
from briefing_app.feeds.model import PresenterRole
from briefing_app.store import Store
from briefing_app.sync import Fetcher, FetchPolicy
from briefing_app.usecases.share import session_text, sessions_text
from briefing_app.util import i18n
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Size, error_message
from briefing_app.util.localeformat import babel_date_words
from briefing_app.util.session_kinds import kind_text, shown_kind

if TYPE_CHECKING:
    from briefing_app.store import SessionRecord

RESOURCES = Path(__file__).parents[1] / "resources"


@pytest.fixture
def french() -> Iterator[None]:
    """The core speaks French (opening a store does not switch it back: not the CLI's way)."""
    following = i18n.follows_language_setting()
    i18n.follow_language_setting(False)
    i18n.use_language("fr")
    yield
    i18n.use_language("en")
    i18n.follow_language_setting(following)


def test_french_hours_have_no_leading_zero() -> None:
    words = babel_date_words("fr")
    assert words.clock(3, 56) == "3 h 56"
    assert words.clock(0, 5) == "0 h 05"
    assert words.clock(13, 0) == "13 h 00"


SESSION = "setting-the-stage-2020-05-11"


def test_share_text_in_french(french: None, sample_store: Store) -> None:
    """Labels translated, the day and times Babel's: "lundi 11 mai 2020, 13 h 00 – 14 h 30"."""
    from briefing_app.usecases.settings import set_language

    set_language(sample_store, "fr")
    stage = sample_store.find_session(SESSION).id
    text = sessions_text(sample_store, [stage], reader_zone="Europe/Berlin")
    assert text.splitlines()[0] == "Mise en contexte"  # the feed's French title
    assert text.splitlines()[1:] == [
        "Quand\u00a0: lundi 11 mai 2020, 13 h 00 – 14 h 30 HAE",
        "À votre heure\u00a0: lundi 11 mai 2020, 19 h 00 – 20 h 30 UTC+2 (Berlin)",
        "Série\u00a0: Réimaginer la Ville de Toronto",  # the series too (was English)
        "Rejoindre\u00a0: https://meet.example.org/reimagine-toronto/setting-the-stage",
    ]
    assert "When" not in text and "Join:" not in text


def test_share_text_in_english_is_as_before(sample_store: Store) -> None:
    stage = sample_store.find_session(SESSION).id
    text = sessions_text(sample_store, [stage], reader_zone="Europe/Berlin")
    assert text == (
        "Setting the Stage\n"
        "When: Mon 11 May 2020 13:00–14:30 EDT\n"
        "Your time: Mon 11 May 2020 19:00–20:30 CEST (Europe/Berlin)\n"
        "Series: Re-Imagine the City of Toronto\n"
        "Join: https://meet.example.org/reimagine-toronto/setting-the-stage\n"
    )


@dataclass
class _Session:
    """What session_text reads of a SessionRecord."""

    title: str
    is_cancelled: bool
    start: datetime
    end: datetime
    timezone: str
    series_title: str = ""
    location: str = ""
    join_url: str = ""


def test_a_cancelled_session_across_a_dst_change_in_french(french: None) -> None:
    night = _Session(
        "Nuit",
        True,
        datetime(2020, 11, 1, 5, 0, tzinfo=UTC),  # 1 h 00 HAE (EDT)
        datetime(2020, 11, 1, 6, 30, tzinfo=UTC),  # 1 h 30 HNE (EST)
        "America/Toronto",
    )
    text = session_text(cast("SessionRecord", night), reader_zone="America/Toronto")
    assert text.splitlines() == [
        "Nuit (annulée)",
        "Quand\u00a0: dimanche 1 novembre 2020, 1 h 00 HAE – 1 h 30 HNE",
    ]
    i18n.use_language("en")
    english = session_text(cast("SessionRecord", night), reader_zone="America/Toronto")
    assert english.splitlines() == ["Nuit (cancelled)", "When: Sun 01 Nov 2020 01:00 EDT–01:30 EST"]


def test_a_quoted_value_reads_french_quotes(french: None) -> None:
    """{text!r} in a core message: « 9999 » in French, '9999' in English, escapes kept."""
    message = QT_TRANSLATE_NOOP("core", "no session with id {text!r}").format(text="9999")
    assert str(message) == "no session with id '9999'"
    assert message.translated() == "aucune séance avec l’identifiant «\u00a09999\u00a0»"
    odd = QT_TRANSLATE_NOOP("core", "no session with id {text!r}").format(text="it's\n")
    assert odd.translated().endswith("«\u00a0it's\\n\u00a0»")
    i18n.use_language("en")
    assert message.translated() == "no session with id '9999'"


def test_the_cli_quotes_in_french_too(french: None) -> None:
    from briefing_app.cli.arguments import positive_int as _positive_int

    with pytest.raises(Exception, match="«\u00a0abc\u00a0» n’est pas un nombre entier"):
        _positive_int("abc")
    i18n.use_language("en")
    with pytest.raises(Exception, match="'abc' is not a whole number"):
        _positive_int("abc")


def test_numbers_and_sizes_in_core_messages_are_french(french: None) -> None:
    wait = QT_TRANSLATE_NOOP("core", "could not connect within {connect_timeout:g} s").format(
        connect_timeout=1.5
    )
    assert str(wait) == "could not connect within 1.5 s"
    assert "1,5 s" in wait.translated()
    cut = QT_TRANSLATE_NOOP("core", "the download was cut off after {done:,} of {total:,} bytes")
    shown = cut.format(done=12345, total=1234567).translated()
    assert "12\u00a0345" in shown and "1\u00a0234\u00a0567" in shown and "12,345" not in shown
    big = QT_TRANSLATE_NOOP("core", "more than {human_size}").format(human_size=Size(1_800_000))
    assert str(big) == "more than 1.8 MB"
    assert big.translated() == "plus de 1,8\u00a0Mo"


def test_a_materials_size_limit_error_keeps_english_and_says_french(french: None) -> None:
    english = QT_TRANSLATE_NOOP("core", "more than {human_size}").format(human_size=Size(512))
    assert str(english) == "more than 512 bytes"
    assert english.translated() == "plus de 512\u00a0octets"  # the window's word (one rule)


def test_json_reasons_are_french_with_their_position(french: None) -> None:
    with pytest.raises(FeedError) as caught:
        decode_json(b'{"series": ')
    assert str(caught.value).startswith("invalid JSON at line 1 column 12: Expecting value")
    said = error_message(caught.value)
    assert said.startswith("JSON non valide à la ligne 1, colonne 12"), said
    assert ": valeur attendue (le fichier finit trop tôt" in said.replace("\u00a0", " "), said
    with pytest.raises(FeedError) as caught:
        decode_json(b'{"a": 1} x')
    assert "données en trop" in error_message(caught.value)
    assert "colonne 10" in error_message(caught.value)


def test_xml_reasons_are_french_with_their_position(french: None) -> None:
    with pytest.raises(FeedError) as caught:
        parse_tree(b"<schedule><day></schedule>")
    assert "mismatched tag" in str(caught.value)
    said = error_message(caught.value)
    assert "ligne 1" in said and "balise de fermeture qui ne correspond pas" in said, said
    assert "mismatched" not in said


# ---- session kinds ---------------------------------------------------------------------
def test_common_kinds_read_french_and_others_stay_as_given(french: None) -> None:
    assert kind_text("talk") == "présentation"
    assert kind_text("Workshop") == "Atelier"  # the feed's capital kept
    assert kind_text("lightning_talk") == "présentation éclair"  # frab's key
    assert kind_text("Lightning Talk") == "Présentation éclair"  # pretalx's words
    assert kind_text("keynote") == "conférence d’honneur"
    assert kind_text("Hackathon") == "Hackathon"  # not listed: as the feed gives it
    i18n.use_language("en")
    assert kind_text("lightning_talk") == "lightning_talk"  # English: exactly as given


def test_the_sample_gives_kinds_in_both_languages_and_filters_on_the_stored_one(
    sample_store: Store,
) -> None:
    from briefing_app.store import SessionQuery

    panel = sample_store.find_session("procurement-expert-discussion-2020-06-23")
    assert panel.kind == "panel"  # the stored, filtered-on text: the map's default
    assert shown_kind(panel.kind, panel.translations, ("fr", "en")) == "table ronde"
    assert shown_kind(panel.kind, panel.translations, ("en", "fr")) == "panel"
    found = sample_store.session_index(SessionQuery(kind="panel"))
    assert [entry.id for entry in found] == [panel.id]


def test_a_version_4_kind_map_parses_and_version_3_feeds_still_do() -> None:
    from briefing_app.feeds import parse_feed

    document = json.loads((RESOURCES / "sample-feed.json").read_text("utf-8"))
    feed = parse_feed(json.dumps(document).encode())
    group = next(s for s in feed.sessions if s.kind == "working group")
    assert {(t.language, t.text) for t in group.translations if t.field == "kind"} == {
        ("en", "working group"),
        ("fr", "groupe de travail"),
    }
    old = dict(document, version=3)
    old["sessions"] = [dict(s, kind="panel") for s in document["sessions"]]
    assert {s.kind for s in parse_feed(json.dumps(old).encode()).sessions} == {"panel"}
    bad = dict(document)
    bad["sessions"] = [dict(document["sessions"][0], kind={"english": "panel"})]
    with pytest.raises(FeedError, match="kind"):
        parse_feed(json.dumps(bad).encode())


# ---- the CLI's lists: words, not keys; --json unchanged -------------------------------
def _cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str, *argv: str
) -> str:
    from briefing_app.cli import main

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    i18n.use_language("en")
    i18n.follow_language_setting(False)
    assert code == 0, err
    return out


FR, EN = "fr_CA.UTF-8", "C.UTF-8"


@pytest.mark.usefixtures("data_dir")
def test_cli_lists_print_words_not_keys(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    french = _cli(capsys, monkeypatch, FR, "sessions")
    assert "(séance d’information; virtuelle" in french
    assert "(groupe de travail; virtuelle" in french and "working group" not in french
    assert "(briefing; virtual" in _cli(capsys, monkeypatch, EN, "sessions")
    materials = _cli(capsys, monkeypatch, FR, "materials", "list")
    assert " diapositives " in materials and " slides " not in materials
    assert " lien " in materials and " link " not in materials
    english = _cli(capsys, monkeypatch, EN, "materials", "list")
    assert "     1 slides    " in english  # the English column as before (9 wide)
    _cli(capsys, monkeypatch, EN, "hidden", "add", "track", "Procurement")
    assert (
        _cli(capsys, monkeypatch, FR, "hidden", "list") == "volet  Approvisionnement\n"
    )  # the French name (s9)
    assert _cli(capsys, monkeypatch, EN, "hidden", "list") == "track  Procurement\n"
    for argv in (
        ("sessions", "--json"),
        ("materials", "list", "--json"),
        ("hidden", "list", "--json"),
    ):
        assert _cli(capsys, monkeypatch, FR, *argv) == _cli(capsys, monkeypatch, EN, *argv)


@pytest.mark.usefixtures("data_dir")
def test_attendance_words_are_not_follow_up_words(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """'suivi' is a follow-up only: attendance reads présence / absence."""
    marked = _cli(capsys, monkeypatch, FR, "attendance", "mark", "1", "attended")
    listed = _cli(capsys, monkeypatch, FR, "attendance", "list")
    assert "présence" in marked and "[présence, marquée]" in listed  # the window's words
    _cli(capsys, monkeypatch, FR, "attendance", "mark", "2", "not-attended")
    listed = _cli(capsys, monkeypatch, FR, "attendance", "list")
    assert "[absence, marquée]" in listed
    assert "suivi" not in marked + listed
    assert "attended" in _cli(capsys, monkeypatch, EN, "attendance", "list")


# ---- presenter roles: epicene in French (util/presenter_roles) --------------------------
ROLE_LABELS = {
    "presenter": "Présentation",
    "moderator": "Modération",
    "panelist": "Panéliste",
    "host": "Animation",
}


def test_presenter_roles_read_after_the_name_in_english() -> None:
    from briefing_app.util.presenter_roles import ROLE_PHRASES, person_in_role

    assert set(ROLE_PHRASES) == {role.value for role in PresenterRole}  # every feed role
    for role in ROLE_LABELS:
        assert person_in_role("Josie Scioli", role) == f"Josie Scioli ({role})"
    assert person_in_role("Josie Scioli", "") == "Josie Scioli"
    assert person_in_role("Josie Scioli", "speaker") == "Josie Scioli (speaker)"


@pytest.mark.usefixtures("french")
def test_presenter_roles_are_epicene_labels_before_the_name_in_french() -> None:
    """The feed gives no gender: "Josie Scioli (présentateur)" was wrong for a woman. A
    function noun (or an epicene one) as a label is right for everyone (OQLF)."""
    from briefing_app.util.presenter_roles import person_in_role

    for role, label in ROLE_LABELS.items():
        assert person_in_role("Josie Scioli", role) == f"{label}\u00a0: Josie Scioli"
    # Markup the caller put around the name stays where it is.
    assert person_in_role("**[Josie](presenter:1)**", "host") == (
        "Animation\u00a0: **[Josie](presenter:1)**"
    )
    gendered = (
        "présentateur",
        "présentatrice",
        "modérateur",
        "modératrice",
        "animateur",
        "animatrice",
        "hôte",
    )
    for role in ROLE_LABELS:
        assert not any(word in person_in_role("X", role).lower() for word in gendered)


def test_a_failed_download_writes_its_waits_and_time_the_languages_way(
    french: None, feed_server: FeedServer
) -> None:
    """ "3 essais en 1.5 s; en attendant 0.5 et 1 s": the numbers were written into the
    message before its language was known."""
    url = feed_server.serve("/down.json", Reply(status=500, body=b"oops"))
    fetcher = Fetcher(FetchPolicy(read_timeout=5, attempts=3, backoff=0.5, sleep=lambda _s: None))
    with pytest.raises(SyncError) as caught:
        fetcher.fetch(url)
    english = str(caught.value)
    assert "waiting 0.5 and 1 s between them" in english
    assert re.search(r"3 attempts over \d+\.\d+ s", english)
    french_text = error_message(caught.value)
    assert "0,5 et 1\u00a0s" in french_text or "0,5 et 1 s" in french_text, french_text
    assert re.search(r"3 essais en \d+,\d+", french_text), french_text
    assert "0.5" not in french_text


def test_a_stored_time_in_a_message_reads_as_stored_in_english_and_in_words_in_french(
    french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`mydata import` said "exporté le 2026-12-07T13:49:49Z" in French (the window
    formatted it): a stored time given to a core message is written once the language is
    known (util/i18n.Moment)."""
    from briefing_app.util.i18n import Moment

    monkeypatch.setenv("TZ", "America/Toronto")
    message = QT_TRANSLATE_NOOP("core", "{kinds}; exported {when} by version {version}").format(
        kinds="1 favourite", when=Moment("2026-12-07T13:49:49Z"), version="0.1.0"
    )
    assert str(message) == "1 favourite; exported 2026-12-07T13:49:49Z by version 0.1.0"
    shown = message.translated()
    assert "lundi 7 décembre 2026 8 h 49 HNE" in shown, shown
    assert "2026-12-07T" not in shown
