"""Fault matrix, terminal output: nothing the command line prints for a person steers a terminal.

Hostile text (ESC sequences that retitle, clear and recolour, BEL, CR, NUL, C1 CSI,
bidi overrides, newlines in one-line fields) is put into a real store: straight
through the Store API (as a store from older syncs may already hold it), through
the real parsers (an .ics SUMMARY, a c3voc title, a briefing feed), as the user's
own notes and case studies, and as a server's HTTP reason phrase. Every command is
run through ``main()``; its output may hold no control character but newline and
tab, and a listing stays one line per session. ``--json`` stays exact JSON.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing_app.cli.main import main
from briefing_app.feeds.model import (
    CaseStudy,
    Feed,
    Presenter,
    Series,
    Session,
    SessionPresenter,
)
from briefing_app.store import Store
from briefing_app.usecases.startup import open_store
from briefing_app.util.textutil import one_line, terminal_text
from briefing_app.workspace import Workspace

#: What a terminal would obey: retitle, clear the screen, turn red, beep, return to column 0.
ATTACK = "Innocent\x1b]0;PWNED\x07\x1b[2J\x1b[31mRed"
HOSTILE = f"{ATTACK}\r\nSecond\x00line\u202eevil\x9b1m\x08\x7f"
#: Bytes no person's output may hold (C0 but newline and tab, DEL, C1, bidi overrides).
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def assert_clean(text: str) -> None:
    found = FORBIDDEN.findall(text)
    assert not found, f"control characters reached the terminal: {found!r}"


def hostile_feed(title_suffix: str = "") -> Feed:
    start = datetime(2031, 5, 1, 14, tzinfo=UTC)
    sessions = tuple(
        Session(
            id=f"s{n}",
            title=f"{HOSTILE} {n}{title_suffix}",
            start=start + timedelta(hours=n),
            end=start + timedelta(hours=n, minutes=45),
            timezone="Europe/Berlin",
            subtitle=HOSTILE,
            summary=f"First paragraph {HOSTILE}\n\nSecond paragraph",
            description=HOSTILE,
            kind=f"talk\x1b[5m{n}",
            track=HOSTILE,
            location=HOSTILE,
            join_url="https://example.org/join\x1b[2J",
            presenters=(SessionPresenter("p1"),),
            case_study_ids=("c1",),
        )
        for n in range(3)
    )
    return Feed(
        format="briefing",
        series=Series(id="hostile", title=f"Series {HOSTILE}", timezone="Europe/Berlin"),
        sessions=sessions,
        presenters=(Presenter(id="p1", name=f"Eve {HOSTILE}", title=HOSTILE, bio=HOSTILE),),
        case_studies=(CaseStudy(id="c1", title=f"Case {HOSTILE}", summary=HOSTILE),),
    )


@pytest.fixture
def hostile_store(data_dir: Path) -> Iterator[Store]:
    """The user's store with a hostile feed in it, put there through the Store API."""
    with open_store(data_dir) as store:
        store.import_feed("https://evil.example/feed\x1b[2J.json", hostile_feed())
        yield store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def hostile_ids(store: Store) -> list[int]:
    ids = [s.id for s in store.sessions() if s.title.startswith("Innocent")]
    assert len(ids) == 3
    return ids


# ---- the rule itself ---------------------------------------------------------------------------
def test_rule_makes_controls_visible_and_keeps_lines_in_multi_line_text() -> None:
    shown = terminal_text(HOSTILE)
    assert shown == "Innocent␛]0;PWNED␇␛[2J␛[31mRed\nSecond␀lineevil�1m␈␡"
    assert_clean(shown)


def test_rule_one_line_turns_line_breaks_into_spaces() -> None:
    for brk in ("\n", "\r\n", "\r", "\v", "\f", "\x85", "\u2028", "\u2029", "\x1c"):
        assert one_line(f"a{brk}b") == "a b", repr(brk)
    assert one_line("a\tb") == "a b"


def test_rule_keeps_ordinary_text() -> None:
    text = "Café — naïve 東京 😀 ‏RTL‎ tab\there"
    assert terminal_text(text) == text


def test_rule_lone_surrogate_is_replaced_not_an_encode_error() -> None:
    assert terminal_text("a\ud800b") == "a\ufffdb"


# ---- every command, over a store that holds hostile text ---------------------------------------
@pytest.mark.parametrize(
    "argv",
    [
        ["sessions"],
        ["sessions", "--search", "Innocent"],
        ["sessions", "--search", "Eve"],
        ["presenters"],
        ["presenters", "--search", "Eve"],
        ["feeds", "list"],
        ["changes"],
        ["case-studies", "list"],
        ["agenda"],
    ],
    ids=lambda argv: "-".join(argv),
)
def test_listing_commands_print_no_controls_and_one_line_each(
    hostile_store: Store, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    for session_id in hostile_ids(hostile_store):
        hostile_store.set_favourite(session_id, True)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    assert_clean(out + err)
    assert "␛]0;PWNED␇" in out  # made visible, not dropped: the person sees what was tried


def test_sessions_listing_is_one_line_per_session(
    hostile_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "sessions")
    assert code == 0
    assert len(out.splitlines()) == len(hostile_store.sessions())
    hostile = [line for line in out.splitlines() if "Innocent" in line]
    assert len(hostile) == 3
    assert all("Red Second␀line" in line for line in hostile)


@pytest.mark.parametrize("ref", ["s0", "s2"])
def test_show_keeps_paragraphs_and_drops_controls(
    hostile_store: Store, capsys: pytest.CaptureFixture[str], ref: str
) -> None:
    code, out, err = run(capsys, "show", ref)
    assert code == 0, err
    assert_clean(out)
    lines = out.splitlines()
    assert lines[0].startswith("Innocent␛]0;PWNED␇␛[2J␛[31mRed Second␀line")  # title: one line
    assert "First paragraph Innocent" in out and "\n\nSecond paragraph" in out


def test_show_of_a_hostile_note_and_case_study(
    hostile_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = hostile_ids(hostile_store)[0]
    hostile_store.set_note(session_id, f"my note {HOSTILE}")
    workspace = Workspace(hostile_store)
    case = workspace.create(f"Mine {HOSTILE}", organization=HOSTILE, summary=HOSTILE)
    workspace.save_note(case.id, f"notes {HOSTILE}")
    workspace.attach_link(case.id, "https://example.org/x", name=f"link {HOSTILE}")
    for argv in (
        ["show", str(session_id)],
        ["note", str(session_id)],
        ["case-studies", "show", str(case.id)],
        ["case-studies", "note", str(case.id)],
        ["case-studies", "note", str(case.id), "--history"],
        ["case-studies", "list", "--search", "Mine"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        assert_clean(out + err)


def test_changes_after_a_hostile_update(
    hostile_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_id = hostile_store.feeds()[-1].id
    hostile_store.apply_feed(feed_id, hostile_feed(title_suffix=f" moved\x1b[8m{HOSTILE}"))
    code, out, err = run(capsys, "changes", str(feed_id))
    assert code == 0, err
    assert_clean(out + err)
    assert len(out.splitlines()) == 4  # the feed's line, and one line per retitled session


def test_messages_naming_a_hostile_title(
    hostile_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    session_id = str(hostile_ids(hostile_store)[0])
    for argv in (
        ["favourite", session_id],
        ["favourite", session_id, "--remove"],
        ["note", session_id, "hello"],
        ["note", session_id, "--clear"],
        ["note", session_id],  # "No note on <title>." on stderr
        ["note", session_id, "--history"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        assert_clean(out + err)
        assert len((out + err).splitlines()) >= 1


def test_error_naming_a_hostile_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "evil\x1b]0;PWNED\x07\nname.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "import", str(bad))
    assert code == 4
    assert_clean(out + err)
    assert len(err.splitlines()) == 1  # an error is one line, even naming a file with a newline
    assert "evil␛]0;PWNED␇ name.json" in err


def test_error_with_a_hostile_session_reference(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "show", "nope\x1b[2J\nsecond")
    assert code == 3
    assert_clean(err)
    assert len(err.splitlines()) == 1


# ---- a server's words on stderr ---------------------------------------------------------------
class _HostileReason(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(403, f"Forbidden{ATTACK}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def hostile_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _HostileReason)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.json"
    finally:
        server.shutdown()
        server.server_close()


def test_server_reason_phrase_on_stderr(
    hostile_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "feeds", "add", hostile_server)
    assert code == 6
    assert "HTTP 403 Forbidden" in err
    assert_clean(out + err)
    assert "Forbidden" + terminal_text(ATTACK) in err


def test_server_reason_phrase_in_sync_errors(
    hostile_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "feeds", "add", hostile_server, "--no-sync")[0] == 0
    code, out, err = run(capsys, "sync")
    assert code == 6
    assert_clean(out + err)
    assert "ForbiddenInnocent␛]0;PWNED␇" in err


def test_verbose_log_lines_on_stderr(hostile_server: str, data_dir: Path) -> None:
    """``-v`` logs to the terminal too, quoting the server: the same rule holds there."""
    done = subprocess.run(
        [sys.executable, "-m", "briefing_app", "-v", "feeds", "add", hostile_server],
        capture_output=True,
        timeout=60,
        check=False,
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 6, err
    assert "DEBUG:" in err or "INFO:" in err  # the log lines are there
    assert_clean(err)
    assert "ForbiddenInnocent␛]0;PWNED␇" in err


# ---- through the real parsers -------------------------------------------------------------------
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//evil//EN\r\nBEGIN:VEVENT\r\n"
    "UID:evil-1@example.org\r\nDTSTAMP:20310101T000000Z\r\n"
    "DTSTART:20310501T140000Z\r\nDTEND:20310501T150000Z\r\n"
    "SUMMARY:Innocent\x1b]0;PWNED\x07\x1b[2J\x1b[31mRed\\nSecond line\r\n"
    "DESCRIPTION:Body\x1b[2J\\nmore\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
C3VOC = {
    "schedule": {
        "version": "1",
        "conference": {
            "acronym": "evil",
            "title": "Evil\u001b]0;PWNED\u0007conf",
            "start": "2031-05-01",
            "end": "2031-05-01",
            "daysCount": 1,
            "timeslot_duration": "00:15",
            "time_zone_name": "Europe/Berlin",
            "days": [
                {
                    "index": 1,
                    "date": "2031-05-01",
                    "day_start": "2031-05-01T06:00:00+02:00",
                    "day_end": "2031-05-02T03:00:00+02:00",
                    "rooms": {
                        "Hall\u001b[2J": [
                            {
                                "guid": "0d0f7a3c-3f2c-4c56-9d1c-1a2b3c4d5e6f",
                                "id": 1,
                                "date": "2031-05-01T14:00:00+02:00",
                                "start": "14:00",
                                "duration": "00:45",
                                "room": "Hall\u001b[2J",
                                "slug": "evil-1",
                                "title": "Innocent\u001b]0;PWNED\u0007\u001b[2J\nSecond line",
                                "subtitle": "",
                                "track": "Evil\u009b31m",
                                "type": "Talk",
                                "language": "en",
                                "abstract": "Body\u001b[2J",
                                "description": "",
                                "persons": [{"public_name": "Eve\u001b[5m"}],
                                "links": [],
                            }
                        ]
                    },
                }
            ],
        },
    }
}


def _briefing_feed() -> dict[str, object]:
    return {
        "format": "briefing-feed",
        "version": 1,
        "series": {"id": "evil", "title": "Evil\u001b]0;PWNED\u0007", "timezone": "UTC"},
        "sessions": [
            {
                "id": "evil-1",
                "title": "Innocent\u001b]0;PWNED\u0007\u001b[2J\nSecond line",
                "start": "2031-05-01T14:00:00Z",
                "end": "2031-05-01T15:00:00Z",
                "summary": "Body\u001b[2J",
            }
        ],
    }


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("evil.ics", ICS.encode("utf-8")),
        ("evil-c3voc.json", json.dumps(C3VOC).encode("utf-8")),
        ("evil-briefing.json", json.dumps(_briefing_feed()).encode("utf-8")),
    ],
    ids=["ics-summary", "c3voc-title", "briefing-title"],
)
def test_hostile_titles_from_real_feed_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "import", str(path))
    assert code == 0, err
    assert_clean(out + err)
    code, out, err = run(capsys, "sessions", "--search", "Innocent")
    assert code == 0, err
    assert_clean(out + err)
    assert len(out.splitlines()) == 1  # the title's newline did not break the listing
    session = out.split()[0]
    code, out, err = run(capsys, "show", session)
    assert code == 0, err
    assert_clean(out + err)
    assert "Innocent" in out.splitlines()[0]


# ---- JSON stays JSON ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv",
    [["sessions", "--json"], ["presenters", "--json"], ["case-studies", "list", "--json"]],
    ids=lambda argv: "-".join(argv),
)
def test_json_output_escapes_controls_and_keeps_the_data_exact(
    hostile_store: Store, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code, out, _err = run(capsys, *argv)
    assert code == 0
    assert not re.search("[\x00-\x1f]", out.replace("\n", ""))  # json escapes C0 as \\u001b
    assert "\\u001b]0;PWNED\\u0007" in out
    json.loads(out)


def test_json_of_a_session_round_trips_its_title_exactly(
    hostile_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "show", "s1", "--json")
    assert code == 0
    assert json.loads(out)["title"] == f"{HOSTILE} 1"  # exact: JSON is for programs
    # ensure_ascii stays False: non-ASCII text (U+202E too) is written as itself, not \\u202e
    assert "\u202e" in out and "\\u202e" not in out


def test_every_write_of_the_command_line_goes_through_the_rule() -> None:
    """No command prints around the rule: print(), sys.stdout and sys.stderr only in output.py."""
    import ast

    cli = Path(__file__).resolve().parents[2] / "briefing_app" / "cli"
    offenders = []
    for module in sorted(cli.glob("*.py")):
        if module.name == "output.py":
            continue
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                offenders.append(f"{module.name}:{node.lineno} print()")
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("stdout", "stderr")
                and getattr(node.value, "id", None) == "sys"
                and not (module.name == "main.py" and node.attr == "stdout")  # handed over wrapped
            ):
                offenders.append(f"{module.name}:{node.lineno} sys.{node.attr}")
    assert not offenders
    main_source = (cli / "main.py").read_text(encoding="utf-8")
    assert "human_output(sys.stdout)" in main_source
