"""Malformed feed addresses: one clear message in the app's words, exit 2, nothing stored.

Every address a person can mistype (an unclosed IPv6 bracket, a port out of range or not a
number, no host, a space, an unknown scheme) is refused by `feeds add`, `import` and
`sync` alike, in English and in French (« » quotes), never with the URL parser's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.cli_language import ENGLISH, FRENCH, run_cli, set_locale
from test_cli_i18n import english_afterwards  # noqa: F401 - its fixture

from briefing_app.store import Store

#: (address, what the English message says after "is not a valid address: ")
CASES = [
    ("http://[::1", "the host in brackets [ ] is not a valid IPv6 address"),
    ("http://[zz]/x.xml", "the host in brackets [ ] is not a valid IPv6 address"),
    ("http://h:99999/", "the port 99999 is out of range (1 to 65535)"),
    ("http://127.0.0.1:0/x.xml", "the port 0 is out of range (1 to 65535)"),
    ("http://h:abc/x.xml", "the port 'abc' is not a number"),
    ("http:///x.xml", "it has no host name"),
    ("http://:80/x.xml", "it has no host name"),
    ("http://a..b/x.xml", "the host name 'a..b' is not valid"),
    ("https://exa%20mple/x.xml", "the host name 'exa%20mple' is not valid"),
    (
        "http://exa mple.org/x.xml",
        "it contains a space or a control character (write a space as %20)",
    ),
]
FRENCH_WHY = {
    "http://[::1": "l’hôte entre crochets [ ] n’est pas une adresse IPv6 valide",
    "http://h:99999/": "le port 99999 est hors limites (de 1 à 65535)",
    "http://h:abc/x.xml": "le port «\u00a0abc\u00a0» n’est pas un nombre",
    "http:///x.xml": "elle n’a pas de nom d’hôte",
    "http://a..b/x.xml": "le nom d’hôte «\u00a0a..b\u00a0» n’est pas valide",
}
#: Words of urllib3, requests or urlsplit that must never reach the user.
LIBRARY_WORDS = ("Failed to parse", "Invalid IPv6 URL", "LocationParseError", "internal error")


def _dump(data_dir: Path) -> object:
    with Store(data_dir / "briefing.db") as store:
        return store.dump()


@pytest.mark.parametrize(("address", "why"), CASES, ids=[c[0] for c in CASES])
def test_feeds_add_refuses_a_malformed_address_in_its_own_words(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    address: str,
    why: str,
) -> None:
    set_locale(monkeypatch, ENGLISH)
    data = str(tmp_path / "data")
    assert run_cli(capsys, "--data-dir", data, "feeds", "list")[0] == 0
    before = _dump(tmp_path / "data")
    for argv in (("feeds", "add", address), ("feeds", "add", "--no-sync", address)):
        code, out, err = run_cli(capsys, "--data-dir", data, *argv)
        assert code == 2, err
        assert out == ""
        assert err.strip() == f"briefing-app: error: {address!r} is not a valid address: {why}"
        assert not any(word in err for word in LIBRARY_WORDS)
    code, _, err = run_cli(capsys, "--data-dir", data, "import", address)
    assert code == 2 and f"{address!r} is not a valid address: {why}" in err
    assert _dump(tmp_path / "data") == before


@pytest.mark.parametrize("address", list(FRENCH_WHY))
def test_the_refusal_is_french_with_french_quotes(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    address: str,
) -> None:
    set_locale(monkeypatch, FRENCH)
    code, out, err = run_cli(capsys, "--data-dir", str(tmp_path), "feeds", "add", address)
    assert code == 2 and out == ""
    assert err.strip() == (
        f"briefing-app\u00a0: erreur\u00a0: «\u00a0{address}\u00a0» n’est pas une adresse "
        f"valide\u00a0: {FRENCH_WHY[address]}"
    )


def test_an_unknown_scheme_is_bad_input_not_a_failed_download(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    set_locale(monkeypatch, ENGLISH)
    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path), "feeds", "add", "htp:x")
    assert code == 2 and "the htp: scheme is not supported" in err


def test_import_of_an_address_says_to_follow_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    set_locale(monkeypatch, ENGLISH)
    address = "http://127.0.0.1:1/feed.json"
    code, out, err = run_cli(capsys, "--data-dir", str(tmp_path), "import", address)
    assert code == 2 and out == ""
    assert err.strip() == (
        f"briefing-app: error: {address!r} is an address, not a file: "
        "follow it with `briefing-app feeds add ADDRESS`"
    )
    set_locale(monkeypatch, FRENCH)
    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path), "import", address)
    assert code == 2 and f"«\u00a0{address}\u00a0» est une adresse, pas un fichier" in err


def test_sync_of_a_stored_malformed_address_names_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A store from before the check may hold such an address: sync says what is wrong."""
    set_locale(monkeypatch, ENGLISH)
    data = tmp_path / "data"
    assert run_cli(capsys, "--data-dir", str(data), "feeds", "list")[0] == 0
    with Store(data / "briefing.db") as store:
        feed_id = store.add_feed("http://h:99999/x.xml", title="Old feed")
    code, _, err = run_cli(capsys, "--data-dir", str(data), "sync", str(feed_id))
    assert code == 2, err
    assert "'http://h:99999/x.xml' is not a valid address: the port 99999 is out of range" in err
    assert not any(word in err for word in LIBRARY_WORDS)


@settings(max_examples=300, deadline=None)
@given(
    scheme=st.sampled_from(["http://", "https://", "HTTP://", "http:/", "http:"]),
    rest=st.text(alphabet=st.sampled_from(list("[]:@/?#%. -_aZ09é\t")), max_size=24),
)
def test_any_typed_address_is_followed_or_refused_in_the_app_s_words(
    scheme: str, rest: str
) -> None:
    """Never an exception of the URL parser: an address is normalised, or refused with a
    message of our own (a BriefingError the window and the CLI know how to show)."""
    from briefing_app.errors import SyncError
    from briefing_app.sync.http import normalize_location

    try:
        url = normalize_location(scheme + rest)
    except SyncError as exc:
        assert not any(word in str(exc) for word in LIBRARY_WORDS)
        return
    assert url.startswith(("http://", "https://", "file:"))
    if not url.startswith("file:"):  # what we let through, requests and urllib3 take too
        import requests
        import urllib3

        requests.Request("GET", url).prepare()
        urllib3.util.parse_url(url)
