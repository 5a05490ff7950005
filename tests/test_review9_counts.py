"""Review 9, item 4: counts in French without plurals ("1 inchangés", "0 ajoutés").

One rule on both fronts, the command line's ``mydata`` form: each count its own part,
"ajouts : 2" (no plural, no gender to agree), and a noun after a count picks its form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.cli import main
from briefing_app.store import KindCounts
from briefing_app.usecases.mydata import kind_line
from briefing_app.util.i18n import localized, use_language

NBSP = "\u00a0"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), setup_logs=False)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_my_data_line_has_a_part_per_count() -> None:
    line = kind_line("followups", KindCounts(unchanged=1))
    assert str(line) == "follow-ups: 0 added, 0 updated, 1 unchanged, 0 conflicts, 0 orphaned"
    use_language("fr")
    try:
        french = localized(line)
    finally:
        use_language("en")
    assert french == (
        f"suivis{NBSP}: ajouts{NBSP}: 0, mises à jour{NBSP}: 0, inchangés{NBSP}: 1, "
        f"conflit{NBSP}: 0, orphelins{NBSP}: 0"
    )


def test_a_follow_ups_import_says_its_counts_the_same_way(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "followups", "add", "Write minutes")
    ics = tmp_path / "f.ics"
    assert run(capsys, "followups", "export", "-o", str(ics))[0] == 0
    code, out, _ = run(capsys, "followups", "import", str(ics))
    assert (code, out) == (0, f"{ics}: 0 added, 0 updated, 1 unchanged.\n")
    assert run(capsys, "settings", "language", "fr")[0] == 0
    try:
        code, out, _ = run(capsys, "followups", "import", str(ics))
    finally:
        use_language("en")
    assert (code, out) == (
        0,
        f"{ics}{NBSP}: ajouts{NBSP}: 0, mises à jour{NBSP}: 0, inchangés{NBSP}: 1.\n",
    )
