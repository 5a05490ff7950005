"""The pre-read pack: keeping session materials offline, against real servers and a real store."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support.file_server import FileServer, Hosted

from briefing_app.feeds.model import Feed
from briefing_app.store import Store
from briefing_app.sync import SyncOutcome, SyncReport
from briefing_app.sync.materials import MaterialDownloader, material_policy
from briefing_app.usecases import prereads
from briefing_app.usecases.prereads import Target
from briefing_app.workspace import Workspace

PDF = b"%PDF-1.4 housing pre-read " * 4000
SLIDES = b"slides " * 3000


@pytest.fixture
def store(tmp_path: Path, sample_feed: Feed):
    with Store(tmp_path / "data" / "briefing.db") as opened:
        opened.import_feed("file:///sample.json", sample_feed)
        yield opened


class Listing:
    """What the feed lists per session (the test changes it as a feed would)."""

    def __init__(self) -> None:
        self.by_session: dict[int, list[Target]] = {}

    def add(self, store: Store, session_id: int, url: str, title: str, **more) -> Target:
        target = Target(session_id, store.session(session_id).title, url, title, "pre-read", **more)
        self.by_session.setdefault(session_id, []).append(target)
        return target

    def __call__(self, store: Store, session_id: int) -> list[Target]:
        return list(self.by_session.get(session_id, []))


def fetcher(store: Store) -> MaterialDownloader:
    return MaterialDownloader(
        prereads.partial_dir(store), material_policy(total_timeout=5.0, read_timeout=2.0)
    )


def session_ids(store: Store) -> list[int]:
    return [s.id for s in store.sessions(include_removed=False)][:3]


def blobs(store: Store) -> set[str]:
    return prereads.material_store(store).stored_hashes()


def keep(store: Store, listing: Listing, session_id: int) -> prereads.DownloadReport:
    targets = prereads.session_targets(store, session_id, materials_of=listing)
    plan = prereads.measure(targets, fetcher(store))
    return prereads.download(store, plan, fetcher(store))


def test_two_sessions_same_content_one_file(store: Store, file_server: FileServer):
    one, two, _ = session_ids(store)
    listing = Listing()
    listing.add(store, one, file_server.host("/a/housing.pdf", Hosted(PDF)), "Housing")
    listing.add(store, two, file_server.host("/b/housing-copy.pdf", Hosted(PDF)), "Housing (copy)")
    assert keep(store, listing, one).summary().startswith("1 downloaded")
    keep(store, listing, two)
    sha = hashlib.sha256(PDF).hexdigest()
    assert blobs(store) == {sha}
    rows = store.kept_materials()
    assert [(k.session_id, k.sha256, k.size) for k in rows] == [
        (one, sha, len(PDF)),
        (two, sha, len(PDF)),
    ]
    path = prereads.material_store(store).existing_path(sha)
    assert path.read_bytes() == PDF
    assert not list(prereads.partial_dir(store).iterdir())


def test_the_total_before_starting(store: Store, file_server: FileServer):
    one, two, _ = session_ids(store)
    listing = Listing()
    listing.add(store, one, file_server.host("/known", Hosted(PDF)), "A")
    listing.add(store, one, file_server.host("/hidden", Hosted(SLIDES, hide_length=True)), "B")
    listing.add(store, two, "https://example.invalid/x", "C", size=1000)  # the feed says
    targets = [*listing(store, one), *listing(store, two)]
    plan = prereads.measure(targets, fetcher(store))
    assert plan.files == 3 and plan.unknown == 1
    assert plan.known_bytes == len(PDF) + 1000
    assert plan.describe() == "3 files, 105 kB + 1 of unknown size"


def test_keep_again_is_a_304_and_new_content_is_a_change(store: Store, file_server: FileServer):
    one, *_ = session_ids(store)
    listing = Listing()
    hosted = Hosted(PDF)
    url = file_server.host("/brief.pdf", hosted)
    listing.add(store, one, url, "Brief")
    keep(store, listing, one)
    again = keep(store, listing, one)
    assert [f.outcome for f in again.files] == ["not-modified"]
    assert hosted.gets[-1]["If-None-Match"] == hosted.etag
    feed_id = store.session(one).feed_id
    before = store.latest_run_id(feed_id)
    new = PDF + b" revised"
    file_server.host("/brief.pdf", Hosted(new))  # a new ETag on the next download
    third = keep(store, listing, one)
    assert third.files[0].outcome == "downloaded" and third.files[0].changed
    assert blobs(store) == {hashlib.sha256(new).hexdigest()}  # the old copy was let go
    run, changes = store.latest_changes(feed_id) or ({}, [])
    assert run["id"] != before and run["outcome"] == "changed"
    assert [(c.kind, c.session_id, c.detail["material"]) for c in changes] == [
        ("material", one, "Brief")
    ]


def test_one_failure_does_not_stop_the_others(store: Store, file_server: FileServer):
    one, *_ = session_ids(store)
    listing = Listing()
    listing.add(store, one, file_server.host("/missing-nowhere", Hosted(b"x")) + "-404", "Gone")
    listing.add(store, one, "javascript:alert(1)", "Hostile")
    listing.add(store, one, file_server.host("/ok", Hosted(SLIDES)), "Slides")
    report = keep(store, listing, one)
    assert [f.outcome for f in report.files] == ["failed", "failed", "downloaded"]
    assert "HTTP 404" in report.failed[0].error and "Gone" in report.failed[0].error
    assert "only http and https" in report.failed[1].error
    errors = {k.title: k.last_error for k in store.kept_materials([one])}
    assert "HTTP 404" in errors["Gone"] and errors["Slides"] == ""
    assert report.summary() == "1 downloaded (21.0 kB), 2 failed"


def test_letting_go_never_deletes_a_file_still_used(
    store: Store, file_server: FileServer, tmp_path: Path
):
    one, two, _ = session_ids(store)
    listing = Listing()
    url = file_server.host("/shared.pdf", Hosted(PDF))
    listing.add(store, one, url, "Shared")
    listing.add(store, two, url, "Shared")
    keep(store, listing, one)
    keep(store, listing, two)
    sha = hashlib.sha256(PDF).hexdigest()
    assert prereads.unkeep(store, one) == 0  # session two still keeps it
    assert blobs(store) == {sha}
    # A case study attaches the same content: it stays when the last session lets go.
    source = tmp_path / "attached.pdf"
    source.write_bytes(PDF)
    workspace = Workspace(store, prereads.material_store(store))
    case = workspace.create("Shared study")
    workspace.attach_file(case.id, source)
    assert prereads.unkeep(store, two) == 0
    assert blobs(store) == {sha}
    assert store.kept_materials() == []
    # The workspace's own clean-up never takes a kept copy either.
    keep(store, listing, two)
    workspace.detach(workspace.get(case.id).materials[0].id)
    assert blobs(store) == {sha}
    assert prereads.unkeep(store, two) == 1
    assert blobs(store) == set()


def test_prune_lets_go_of_what_the_feed_no_longer_lists(store: Store, file_server: FileServer):
    one, *_ = session_ids(store)
    listing = Listing()
    listing.add(store, one, file_server.host("/old.pdf", Hosted(PDF)), "Old")
    keep(store, listing, one)
    listing.by_session[one] = []
    assert prereads.prune(store, materials_of=listing) == 1
    assert store.kept_materials() == [] and blobs(store) == set()


def _applied(store: Store, session_id: int) -> SyncReport:
    feed_id = store.session(session_id).feed_id
    return SyncReport((SyncOutcome(feed_id, "Sample", "applied"),))


def test_a_sync_that_changes_a_kept_material_fetches_it(store: Store, file_server: FileServer):
    one, *_ = session_ids(store)
    listing = Listing()
    listing.add(store, one, file_server.host("/v1.pdf", Hosted(PDF)), "Agenda brief", size=len(PDF))
    keep(store, listing, one)
    feed_id = store.session(one).feed_id
    run_before = store.latest_run_id(feed_id)
    # The feed now points elsewhere (same title and kind): the kept copy follows.
    new = b"version two " * 500
    listing.by_session[one] = []
    listing.add(store, one, file_server.host("/v2.pdf", Hosted(new)), "Agenda brief", size=len(new))
    done = prereads.refresh_after_sync(
        store, _applied(store, one), fetcher(store), materials_of=listing
    )
    assert done.moved == 1 and [f.outcome for f in done.report.files] == ["downloaded"]
    [kept] = store.kept_materials([one])
    assert kept.url.endswith("/v2.pdf") and kept.sha256 == hashlib.sha256(new).hexdigest()
    assert blobs(store) == {kept.sha256}
    run, changes = store.latest_changes(feed_id) or ({}, [])
    assert run["id"] == run_before  # joined the sync's own run
    assert [c.kind for c in changes][-1] == "material"
    # Nothing changed in the feed: nothing is fetched.
    hits = len(file_server.files["/v2.pdf"].gets)
    again = prereads.refresh_after_sync(
        store, _applied(store, one), fetcher(store), materials_of=listing
    )
    assert again.report.files == [] and len(file_server.files["/v2.pdf"].gets) == hits


def test_a_sync_with_a_new_checksum_fetches_the_file_whole(store: Store, file_server: FileServer):
    one, *_ = session_ids(store)
    listing = Listing()
    hosted = Hosted(PDF)
    url = file_server.host("/same-url.pdf", hosted)
    listing.add(store, one, url, "Brief", sha256=hashlib.sha256(PDF).hexdigest())
    keep(store, listing, one)
    new = PDF.replace(b"housing", b"HOUSING")
    file_server.host("/same-url.pdf", Hosted(new, etag=hosted.etag))  # a server that lies
    listing.by_session[one] = []
    listing.add(store, one, url, "Brief", sha256=hashlib.sha256(new).hexdigest())
    done = prereads.refresh_after_sync(
        store, _applied(store, one), fetcher(store), materials_of=listing
    )
    assert [f.outcome for f in done.report.files] == ["downloaded"]
    assert "If-None-Match" not in file_server.files["/same-url.pdf"].gets[-1]
    assert store.kept_materials([one])[0].sha256 == hashlib.sha256(new).hexdigest()


def test_a_full_disk_mid_download_keeps_the_other_files(tmp_path: Path, file_server: FileServer):
    """RLIMIT_FSIZE in a child process: a write past it fails (EFBIG) as a full disk does."""
    small = file_server.host("/small.pdf", Hosted(SLIDES))
    big = file_server.host("/big.pdf", Hosted(b"z" * 2_000_000))
    root = Path(__file__).parent.parent
    script = textwrap.dedent(
        f"""
        import json, resource, signal, sys
        sys.path.insert(0, {str(root / "tests")!r})
        from pathlib import Path
        from briefing_app.store import Store
        from briefing_app.usecases import prereads
        from briefing_app.usecases.startup import load_sample_feed
        from briefing_app.sync.materials import MaterialDownloader, material_policy
        store = Store(Path({str(tmp_path / "child" / "briefing.db")!r}))
        store.import_feed("file:///sample.json", load_sample_feed())
        sid = store.sessions()[0].id
        listing = lambda s, i: [prereads.Target(sid, "S", {small!r}, "Small"),
                                prereads.Target(sid, "S", {big!r}, "Big")]
        fetch = MaterialDownloader(prereads.partial_dir(store), material_policy())
        plan = prereads.measure(listing(store, sid), fetch)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        # The import's write-ahead log, written back first: the limit is for the download.
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        limit = 1_000_000 + Path(store.path).stat().st_size
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        report = prereads.download(store, plan, fetch)
        print(json.dumps([[f.outcome, f.error] for f in report.files]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    (small_outcome, _), (big_outcome, big_error) = json.loads(done.stdout.splitlines()[-1])
    assert small_outcome == "downloaded"
    assert big_outcome == "failed" and "disk is full" in big_error and "Big" in big_error
    with Store(tmp_path / "child" / "briefing.db") as child:
        assert prereads.material_store(child).stored_hashes() == {
            hashlib.sha256(SLIDES).hexdigest()
        }
        assert list(prereads.partial_dir(child).iterdir()) == []


def test_the_sample_pre_read_is_kept_with_no_network(data_dir: Path):
    from briefing_app.usecases.materials import shipped_prereads
    from briefing_app.usecases.startup import open_store

    with open_store(data_dir) as opened:
        assert opened.kept_materials() == [] and blobs(opened) == set()  # the user's folder
        shipped = set(shipped_prereads())
        sessions = [
            sid
            for sid, found in opened.materials_by_session().items()
            if any(m.checksum in shipped for m in found)
        ]
        assert sessions
        for session_id in sessions:
            opened.set_favourite(session_id)
        # Keeping the agenda's pre-read asks no server (its address is not reachable from
        # here): the feed's checksum names the file the app ships; it is adopted as the copy.
        no_network = MaterialDownloader(
            prereads.partial_dir(opened), material_policy(total_timeout=0.5)
        )
        targets = [t for t in prereads.agenda_targets(opened) if t.sha256 in shipped]
        report = prereads.download(opened, prereads.measure(targets, no_network), no_network)
        assert {f.outcome for f in report.files} == {"not-modified"}
        kept = opened.kept_materials()
        assert {k.session_id for k in kept} == set(sessions)
        assert {k.sha256 for k in kept} == shipped == blobs(opened)
        # Nothing takes it away while a session keeps it.
        assert prereads.collect(opened, prereads.material_store(opened)) == 0
        assert blobs(opened) == shipped


def test_one_head_request_per_address_not_per_session(store: Store, file_server: FileServer):
    """Three favourites list the same file of unknown size: the total asks the server once
    (it asked once per session), and a file the feed gives the size of not at all."""
    one, two, three = session_ids(store)
    listing = Listing()
    hidden = Hosted(SLIDES, hide_length=True)
    shared = file_server.host("/shared-deck", hidden)
    sized = Hosted(PDF)
    given = file_server.host("/sized.pdf", sized)
    for session_id in (one, two, three):
        listing.add(store, session_id, shared, "Deck")
        store.set_favourite(session_id)
    listing.add(store, two, given, "Sized")  # the feed says its size for one session only
    listing.add(store, three, given, "Sized", size=len(PDF))
    plan = prereads.measure(prereads.agenda_targets(store, materials_of=listing), fetcher(store))
    assert hidden.heads == 1
    assert sized.heads == 0
    assert plan.files == 2 and plan.unknown == 1 and plan.known_bytes == len(PDF)


def test_a_kept_copy_is_asked_for_conditionally_not_probed(store: Store, file_server: FileServer):
    """Measuring again what is kept: no HEAD; the size is the copy's, and the download is
    one conditional GET answered 304."""
    one, two, _ = session_ids(store)
    listing = Listing()
    hosted = Hosted(SLIDES, hide_length=True)
    url = file_server.host("/kept-deck", hosted)
    listing.add(store, one, url, "Deck")
    listing.add(store, two, url, "Deck")
    keep(store, listing, one)
    keep(store, listing, two)
    heads, gets = hosted.heads, len(hosted.gets)
    assert heads == 2  # one per measure above, whichever session
    targets = [*listing(store, one), *listing(store, two)]
    plan = prereads.measure(targets, fetcher(store), store=store)
    assert hosted.heads == heads  # the copy's size: no request
    assert plan.sizes == {url: len(SLIDES)} and plan.unknown == 0
    report = prereads.download(store, plan, fetcher(store))
    assert [f.outcome for f in report.files] == ["not-modified"]
    assert len(hosted.gets) == gets + 1 and hosted.gets[-1]["If-None-Match"] == hosted.etag
