"""python -m briefing_app.tools.i18n: update, compile and check the translations (issue 17).

Each test works on a copy of the package and of resources/i18n in a temp folder.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from briefing_app.tools import i18n

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tree(tmp_path: Path) -> i18n.Tree:
    """A copy of the checkout's package and translations."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "briefing_app", tmp_path / "briefing_app", ignore=ignore)
    shutil.copytree(ROOT / "resources" / "i18n", tmp_path / "resources" / "i18n")
    return i18n.Tree(tmp_path)


def _add_code(tree: i18n.Tree, text: str) -> None:
    (tree.package / "ui" / "zz_new_view.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class NewView(QWidget):\n"
        "    def __init__(self) -> None:\n"
        "        super().__init__()\n"
        f"        self.setWindowTitle(self.tr({text!r}))\n",
        encoding="utf-8",
    )


def test_the_checkout_s_translations_are_the_tool_s(tree: i18n.Tree) -> None:
    assert i18n.check(tree) == []
    ts = tree.ts("fr").read_bytes()
    assert i18n.update(tree) == [tree.ts("fr")]
    assert tree.ts("fr").read_bytes() == ts  # update is idempotent
    assert b"<location" not in ts and b"<extracomment" not in ts  # nothing that churns


def test_check_names_a_string_missing_from_the_ts_and_update_adds_it(
    tree: i18n.Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_code(tree, "A brand new window")
    assert i18n.main(["check", "--root", str(tree.root)]) == 1
    said = capsys.readouterr().err
    assert "briefing_app_fr.ts is stale against the code" in said
    assert "NewView: 'A brand new window'" in said
    assert "tools.i18n update" in said

    i18n.update(tree)
    ts = tree.ts("fr").read_text("utf-8")
    assert "<source>A brand new window</source>" in ts
    assert "<translation>&amp;Fichier</translation>" in ts  # translations made are kept
    assert i18n.check(tree) == []  # an untranslated string changes no .qm


def test_a_string_gone_from_the_code_leaves_the_ts(tree: i18n.Tree) -> None:
    _add_code(tree, "Short-lived")
    i18n.update(tree)
    (tree.package / "ui" / "zz_new_view.py").unlink()
    problems = i18n.check(tree)
    assert len(problems) == 1
    assert "no longer in the code" in problems[0] and "Short-lived" in problems[0]
    i18n.update(tree)
    assert "Short-lived" not in tree.ts("fr").read_text("utf-8")  # no obsolete entries


def test_editing_code_around_the_strings_changes_nothing(tree: i18n.Tree) -> None:
    window = tree.package / "ui" / "main_window.py"
    window.write_text(
        "#: A comment lupdate would give the translator.\n\n\n"
        + window.read_text("utf-8").replace("\n", "\n\n", 20),
        encoding="utf-8",
    )
    assert i18n.check(tree) == []


def test_check_names_a_stale_or_missing_qm(
    tree: i18n.Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    ts = tree.ts("fr")
    ts.write_text(
        ts.read_text("utf-8").replace(
            "<translation>Paramètres</translation>", "<translation>Réglages</translation>"
        ),
        encoding="utf-8",
    )
    assert i18n.main(["check", "--root", str(tree.root)]) == 1
    said = capsys.readouterr().err
    assert "briefing_app_fr.qm is stale against briefing_app_fr.ts" in said
    assert "tools.i18n compile" in said
    assert i18n.main(["compile", "--root", str(tree.root)]) == 0
    assert i18n.check(tree) == []
    tree.qm("fr").unlink()
    assert i18n.check(tree) == [
        "briefing_app_fr.qm is missing: run `python -m briefing_app.tools.i18n compile`"
    ]


def test_the_qm_loads_and_translates(tree: i18n.Tree, qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tree.qm("fr")))
    assert translator.translate("MainWindow", "&File") == "&Fichier"
    assert translator.language() == "fr_CA"


# ---- build.spec: what the bundle keeps of Qt's translations, and of ours -------------


def _spec_names(*names: str, **given: object) -> dict[str, object]:
    """The assignments and functions *names* of build.spec, run on their own (with *given*)."""
    tree = ast.parse((ROOT / "build.spec").read_text("utf-8"))
    wanted = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name in names)
        or (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)
        )
    ]
    namespace: dict[str, object] = {"Path": Path, **given}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "build.spec", "exec"), namespace)
    return namespace


def test_the_bundle_keeps_qtbase_fr_and_no_other_qt_translation() -> None:
    spec = _spec_names("QT_DROPPED", "QT_TRANSLATIONS_KEPT", "_dropped")
    dropped = spec["_dropped"]
    assert callable(dropped)
    qt = "PySide6/Qt/translations/"
    assert not dropped(qt + "qtbase_fr.qm")
    for name in ("qtbase_de.qm", "qt_fr.qm", "qtdeclarative_fr.qm", "qtbase_en.qm"):
        assert dropped(qt + name), name
    assert dropped("PySide6\\Qt\\translations\\qtbase_ja.qm")  # Windows paths too
    from briefing_app.ui.language import QT_CATALOGS
    from briefing_app.util.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES

    assert set(spec["QT_TRANSLATIONS_KEPT"]) == {
        f"{catalog}_{lang}.qm"
        for catalog in QT_CATALOGS
        for lang in SUPPORTED_LANGUAGES
        if lang != SOURCE_LANGUAGE
    }


def test_the_bundle_ships_the_qm_and_not_its_source() -> None:
    spec = _spec_names("SOURCES_ONLY", "resource_datas", RESOURCES=ROOT / "resources")
    resource_datas = spec["resource_datas"]
    assert callable(resource_datas)
    shipped = {
        Path(source).relative_to(ROOT / "resources").as_posix() for source, _ in resource_datas()
    }
    assert "i18n/briefing_app_fr.qm" in shipped
    assert not [name for name in shipped if name.endswith(".ts")]
    assert ("i18n/briefing_app_fr.qm" in shipped) and (
        ROOT / "resources/i18n/briefing_app_fr.ts"
    ).is_file()
