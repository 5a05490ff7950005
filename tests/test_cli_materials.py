"""``materials list``: every session's materials or one session's, as lines or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing_app.cli.main import main
from briefing_app.usecases.startup import open_store

PRE_READ_URL = (
    "https://briefings.example.org/reimagine-toronto/pre-reads/procurement-innovation.html"
)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def test_list_every_session(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "materials", "list")
    assert code == 0 and err == ""
    blocks = out.strip().split("\n\n")
    assert len(blocks) == 4  # the four sample sessions with materials, in time order
    assert blocks[0].splitlines()[0].endswith("Re-Imagine the City of Toronto: Virtual Kick-off")
    assert "slides" in blocks[0] and "3.5 MB" in blocks[0] and "recording" in blocks[0]
    pre_read = next(line for line in blocks[2].splitlines() if "pre-read" in line)
    assert "kept offline" in pre_read and PRE_READ_URL in pre_read


def test_list_one_session_as_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _cli(
        capsys, "materials", "list", "--session", "procurement-wg-2020-05-11", "--json"
    )
    assert code == 0
    found = json.loads(out)
    assert [(m["kind"], m["kept_offline"], m["opens"]) for m in found] == [
        ("pre-read", True, True),
        ("link", False, True),
    ]
    first = found[0]
    assert first["url"] == PRE_READ_URL and first["size"] == 2528 and first["language"] == "en"
    assert first["session_title"] == "Procurement Improvement & Innovation Working Group"
    assert len(first["checksum"]) == 64 and found[1]["checksum"] is None
    with open_store(data_dir) as store:
        assert store.material(first["id"]).url == PRE_READ_URL


def test_all_as_json_and_ids_are_stable(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = _cli(capsys, "materials", "list", "--json")
    first = json.loads(out)
    assert len(first) == 9 and len({m["id"] for m in first}) == 9
    assert _cli(capsys, "sync")[0] == 0
    _code, out, _err = _cli(capsys, "materials", "list", "--json")
    assert json.loads(out) == first


def test_a_session_without_materials_or_unknown(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _cli(capsys, "materials", "list", "--session", "fall-winter-planning-2020-07")
    assert (code, out) == (0, "") and "no materials" in err
    code, out, _err = _cli(
        capsys, "materials", "list", "--session", "fall-winter-planning-2020-07", "--json"
    )
    assert (code, json.loads(out)) == (0, [])
    code, _out, err = _cli(capsys, "materials", "list", "--session", "99")
    assert code == 3 and "no session" in err


def test_materials_needs_an_action(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["materials"], setup_logs=False)
    assert info.value.code == 2 and "ACTION" in capsys.readouterr().err


def test_hostile_text_is_printed_safely(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    xml = (Path(__file__).parent / "data" / "debconf23.xml").read_text()
    hostile = (
        '<attachments><attachment href="javascript:alert(1)">Slides \u202eevil</attachment>'
        "</attachments>"
    )
    path = tmp_path / "debconf.xml"
    path.write_text(xml.replace("</event>", hostile + "</event>", 1))
    assert _cli(capsys, "import", str(path))[0] == 0
    code, out, _err = _cli(capsys, "materials", "list")
    assert code == 0 and "javascript:alert(1)" in out
    assert "\u202e" not in out and "Slides" in out


def test_show_lists_the_materials(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _cli(capsys, "show", "procurement-wg-2020-05-11")
    assert code == 0
    shown = "Materials:\n  pre-read · Pre-read: Procurement Improvement & Innovation (kept offline)"
    assert shown in out
    code, out, _err = _cli(capsys, "show", "procurement-wg-2020-05-11", "--json")
    materials = json.loads(out)["materials"]
    found = [(m["kind"], m["kept_offline"]) for m in materials]
    assert found == [("pre-read", True), ("link", False)]
