"""``hidden list|add|remove|clear``, and ``agenda``/``sessions`` leaving hidden ones out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.orgs import orgs_feed

from briefing_app.cli import main
from briefing_app.usecases.startup import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def talks(data_dir: Path) -> dict[str, int]:
    with open_store(data_dir) as store:
        store.import_feed("file:///orgs.json", orgs_feed())
        return {s.title: s.id for s in store.sessions() if s.title.startswith("Talk ")}


def _titles(out: str) -> list[str]:
    return [t for line in out.splitlines() for t in [f"Talk {n}" for n in range(6)] if t in line]


def test_hide_list_show_again_and_clear(capsys, data_dir: Path, talks: dict[str, int]) -> None:
    code, out, err = run(capsys, "hidden", "list")
    assert (code, out) == (0, "") and "Nothing is hidden" in err
    code, out, err = run(capsys, "hidden", "add", "track", "Data")
    assert (code, out) == (0, "Hid the track “Data”.\n")
    assert "1 hidden" in err and "warning" not in err
    code, out, err = run(capsys, "hidden", "add", "room", "Room B")
    assert code == 0 and "2 hidden" in err
    code, out, err = run(capsys, "hidden", "add", "room", "Room B")  # twice: said, not an error
    assert code == 0 and "was hidden already" in err
    code, out, _ = run(capsys, "hidden", "list")
    assert out.splitlines() == ["track  Data", "room   Room B"]
    code, out, _ = run(capsys, "hidden", "list", "--json")
    assert json.loads(out) == {"tracks": ["Data"], "rooms": ["Room B"]}
    with open_store(data_dir) as store:  # the window reads the same names
        assert store.hidden_names().tracks == ("Data",)
    code, out, _ = run(capsys, "hidden", "remove", "track", "Data")
    assert (code, out) == (0, "Showing the track “Data” again.\n")
    code, out, err = run(capsys, "hidden", "remove", "track", "Data")
    assert code == 0 and "was not hidden" in err
    code, _out, err = run(capsys, "hidden", "clear")
    assert code == 0 and "(1 was hidden)" in err
    code, out, _ = run(capsys, "hidden", "list", "--json")
    assert json.loads(out) == {"tracks": [], "rooms": []}


def test_a_name_no_session_has_is_hidden_with_a_warning(capsys, talks: dict[str, int]) -> None:
    code, _out, err = run(capsys, "hidden", "add", "track", "Sponsors")
    assert code == 0 and "warning: no session is in a track named “Sponsors”" in err


def test_bad_arguments_exit_2(capsys, talks: dict[str, int]) -> None:
    with pytest.raises(SystemExit) as usage:
        run(capsys, "hidden", "add", "speaker", "Ana")
    assert usage.value.code == 2 and "invalid choice" in capsys.readouterr().err
    code, _out, err = run(capsys, "hidden", "add", "track", "  ")
    assert code == 2 and "no track named" in err


def test_agenda_leaves_out_hidden_favourites_unless_all(
    capsys, data_dir: Path, talks: dict[str, int]
) -> None:
    for title in ("Talk 0", "Talk 2", "Talk 3"):
        run(capsys, "favourite", str(talks[title]))
    run(capsys, "hidden", "add", "track", "Data")  # Talk 0 and Talk 1
    run(capsys, "hidden", "add", "room", "Room B")  # Talk 1, 3, 5
    code, out, err = run(capsys, "agenda")
    assert code == 0 and _titles(out) == ["Talk 2"]
    assert "2 favourites in tracks or rooms you hid left out: `briefing-app agenda --all`" in err
    code, out, _ = run(capsys, "agenda", "--json")
    assert [s["title"] for s in json.loads(out)["sessions"]] == ["Talk 2"]
    code, out, err = run(capsys, "agenda", "--all")
    assert code == 0 and _titles(out) == ["Talk 0", "Talk 2", "Talk 3"] and "left out" not in err
    # sessions --search honours them too.
    code, out, _ = run(capsys, "sessions", "--search", "Talk")
    assert "Talk 0" not in _titles(out) and "Talk 2" in _titles(out)
    code, out, _ = run(capsys, "sessions", "--search", "Talk", "--all")
    assert "Talk 0" in _titles(out)
