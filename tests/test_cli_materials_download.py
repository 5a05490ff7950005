"""``briefing-app materials download (--session ID|--agenda)`` against a real local server."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from support.bounded import cli
from support.file_server import FileServer, Hosted

from briefing_app.feeds.model import Feed, Material, MaterialKind
from briefing_app.store import BUILTIN_SAMPLE_URL
from briefing_app.usecases import prereads
from briefing_app.usecases.startup import open_store

READ = b"<html>read this first</html>" * 200


def _serve(data_dir: Path, sample_feed: Feed, file_server: FileServer, *extra: Material) -> int:
    """The sample with session 0's materials replaced; that session's number."""
    good = Material(
        MaterialKind.PRE_READ, "Read first", file_server.host("/read.html", Hosted(READ))
    )
    sessions = list(sample_feed.sessions)
    sessions[0] = dataclasses.replace(sessions[0], materials=(good, *extra))
    with open_store(data_dir) as store:
        store.import_feed(
            BUILTIN_SAMPLE_URL, dataclasses.replace(sample_feed, sessions=tuple(sessions))
        )
        return store.find_session(sample_feed.sessions[0].id).id


def test_download_one_session(capsys, data_dir: Path, sample_feed: Feed, file_server: FileServer):
    session = _serve(data_dir, sample_feed, file_server)
    code, out, err = cli(capsys, "materials", "download", "--session", str(session))
    assert code == 0, err
    assert f"session {session}: 1 file, 5.6 kB" in err and "[1/1] Read first" in err
    assert out.splitlines() == ["kept: Read first (5.6 kB)", "1 downloaded (5.6 kB)"]
    code, out, err = cli(capsys, "materials", "download", "--session", str(session))
    assert (code, out.splitlines()[-1]) == (0, "1 up to date")
    code, out, _ = cli(capsys, "materials", "list", "--session", str(session))
    assert "Read first (kept offline)" in out
    code, out, _ = cli(capsys, "materials", "list", "--session", str(session), "--json")
    assert json.loads(out)[0]["kept_offline"] is True


def test_a_failed_file_is_exit_6_and_the_others_are_kept(
    capsys, data_dir: Path, sample_feed: Feed, file_server: FileServer
):
    hostile = Material(MaterialKind.OTHER, "Hostile", "javascript:alert(1)")
    page = Material(MaterialKind.LINK, "A web page", "https://example.invalid/never-fetched")
    missing = Material(MaterialKind.SLIDES, "Deck", file_server.host("/x", Hosted(b"x")) + "y")
    session = _serve(data_dir, sample_feed, file_server, hostile, missing, page)
    code, out, err = cli(capsys, "materials", "download", "--session", str(session), "--json")
    assert code == 6
    result = json.loads(out)
    assert [f["outcome"] for f in result["files"]] == ["downloaded", "failed", "failed"]
    errors = [line for line in err.splitlines() if line.startswith("briefing-app: error:")]
    assert len(errors) == 2
    assert "Hostile: a javascript: address is not downloaded" in errors[0]
    assert "Deck (http" in errors[1] and "HTTP 404" in errors[1]
    with open_store(data_dir) as store:
        assert prereads.material_store(store).stored_hashes()  # the good one is kept


def test_download_the_agenda(capsys, data_dir: Path, sample_feed: Feed, file_server: FileServer):
    session = _serve(data_dir, sample_feed, file_server)
    with open_store(data_dir) as store:
        for favourite in store.sessions(favourites_only=True):
            store.set_favourite(favourite.id, False)
    code, out, err = cli(capsys, "materials", "download", "--agenda")
    assert (code, out) == (0, "") and "no materials to download for your agenda" in err
    cli(capsys, "favourite", str(session))
    code, out, err = cli(capsys, "materials", "download", "--agenda")
    assert code == 0, err
    assert "your agenda: 1 file" in err and out.splitlines()[-1].startswith("1 downloaded")


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["materials", "download"], 2),
        (["materials", "download", "--agenda", "--session", "1"], 2),
        (["materials", "download", "--session", "99999"], 3),
    ],
)
def test_bad_arguments(capsys, data_dir: Path, argv: list[str], code: int):
    assert cli(capsys, *argv)[0] == code


def test_new_content_is_in_changes(
    capsys, data_dir: Path, sample_feed: Feed, file_server: FileServer
):
    session = _serve(data_dir, sample_feed, file_server)
    assert cli(capsys, "materials", "download", "--session", str(session))[0] == 0
    file_server.host("/read.html", Hosted(READ + b"<p>revised</p>"))
    code, out, _ = cli(capsys, "materials", "download", "--session", str(session))
    assert code == 0 and "kept: Read first (5.6 kB) (new content)" in out
    code, out, _ = cli(capsys, "changes")
    assert "Kept material updated: " in out and "(Read first)" in out


def test_a_sync_that_changes_a_kept_material_fetches_it(capsys, feed_server, file_server):
    """End to end: follow a feed, keep a session's pre-read, the feed changes it, sync."""
    import hashlib

    from support.feed_server import Reply
    from support.remote_sample import sample_with_brief

    doc, first = sample_with_brief(file_server.host("/brief-v1.html", Hosted(READ)), len(READ))
    feed_url = feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    assert cli(capsys, "feeds", "add", feed_url)[0] == 0
    session = f"2/{first['id']}"
    code, out, err = cli(capsys, "materials", "download", "--session", session)
    assert code == 0, err
    new = READ.replace(b"first", b"FIRST")
    first["materials"][0] |= {
        "url": file_server.host("/brief-v2.html", Hosted(new)),
        "checksum": "sha256:" + hashlib.sha256(new).hexdigest(),
    }
    feed_server.serve("/f.json", Reply(body=json.dumps(doc).encode()))
    code, out, err = cli(capsys, "sync", "2")
    assert code == 0, err
    assert "kept materials: 1 downloaded (5.6 kB)" in out
    code, out, _ = cli(capsys, "changes", "2")
    assert "Kept material updated: " in out and "(Brief)" in out
    code, out, _ = cli(capsys, "materials", "list", "--session", session, "--json")
    [listed] = json.loads(out)
    assert listed["kept_offline"] and listed["url"].endswith("/brief-v2.html")
