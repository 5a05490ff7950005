"""sync_all downloads ahead; a download older than another program's sync is never applied."""

from __future__ import annotations

from pathlib import Path

from briefing_app.store import Store
from briefing_app.sync import Fetcher, subscribe, sync_all, sync_feed

DATA = Path(__file__).resolve().parents[1] / "data"


def _retitled(source: bytes, title: str) -> bytes:
    """The conference's title (the first <title>) with *title* after it."""
    return source.replace(b"</title>", f" {title}</title>".encode(), 1)


def test_a_download_older_than_another_programs_sync_is_not_applied(tmp_path: Path) -> None:
    fosdem = DATA.joinpath("fosdem-2026.xml").read_bytes()
    a, b = tmp_path / "a.xml", tmp_path / "b.xml"
    a.write_bytes(_retitled(fosdem, "A-old"))
    b.write_bytes(_retitled(fosdem, "B-old"))
    db = tmp_path / "s.db"
    fetcher = Fetcher()
    try:
        with Store(db) as store:
            id_a, _ = subscribe(store, str(a), fetcher)
            id_b, _ = subscribe(store, str(b), fetcher)
            a.write_bytes(_retitled(fosdem, "A-new"))
            b.write_bytes(_retitled(fosdem, "B-mid"))  # what this sync downloads ahead
            other_synced: list[str] = []

            def progress(stage: str, feed_id: int, name: str) -> None:
                if stage == "applying" and feed_id == id_a and not other_synced:
                    # Another program syncs B while this one applies A: it gets B-new.
                    b.write_bytes(_retitled(fosdem, "B-new"))
                    with Store(db) as other:
                        other_synced.append(sync_feed(other, id_b, fetcher).status)

            report = sync_all(store, fetcher, progress=progress)
            assert other_synced == ["applied"]
            assert not report.errors
            # Ours of B is the older download (or, if it started late, the same bytes):
            # either way B keeps the other program's newer version.
            assert store.feed(id_a).name.endswith("A-new")
            assert store.feed(id_b).name.endswith("B-new"), store.feed(id_b).name
    finally:
        fetcher.close()
