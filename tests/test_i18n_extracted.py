"""Every literal translation call in the package is in the French ``.ts`` (review 8, item 1).

``pyside6-lupdate`` does not extract a call it cannot read as one: ``translate(...)``
inside an f-string's braces, for one. Such a string is never in the ``.ts``, so
``tools.i18n check`` cannot notice it and it ships in English. This reads every
module under ``briefing_app/`` with :mod:`ast` (f-strings included) and names each
``tr()``/``translate()``/``QCoreApplication.translate()``/``util.i18n.translate()`` call
whose context and source are literals but whose ``(context, source)`` is not in
``resources/i18n/briefing_app_fr.ts``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import briefing_app
from tests.support.i18n_walk import ts_pairs

PACKAGE = Path(briefing_app.__file__).parent
TS_FILE = PACKAGE.parent / "resources" / "i18n" / "briefing_app_fr.ts"
#: The names a translation call is made by: ``translate`` (Qt's or util.i18n's, or an
#: alias of either) takes (context, source); ``tr`` takes (source) in its class's context.
TRANSLATE_NAMES = frozenset({"translate"})
TR_NAMES = frozenset({"tr"})


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


class _Calls(ast.NodeVisitor):
    """(line, context, source) of each literal translation call, f-strings included."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[int, str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _called_name(node.func)
        if name in TRANSLATE_NAMES and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and source is not None:
                self.found.append((node.lineno, context, source))
        elif name in TR_NAMES and node.args and self.classes:
            source = _literal(node.args[0])
            if source is not None and isinstance(node.func, ast.Attribute):
                self.found.append((node.lineno, self.classes[-1], source))
        self.generic_visit(node)


def _calls() -> Iterator[tuple[str, int, str, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        visitor = _Calls()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        rel = path.relative_to(PACKAGE.parent).as_posix()
        for line, context, source in visitor.found:
            yield rel, line, context, source


def test_the_walk_sees_calls_inside_f_strings() -> None:
    code = (
        "class Box:\n"
        "    def f(self):\n"
        "        return f\"<h2>{translate('Ctx', 'Inside')}</h2> {self.tr('Also')}\"\n"
    )
    visitor = _Calls()
    visitor.visit(ast.parse(code))
    assert [(c, s) for _, c, s in visitor.found] == [("Ctx", "Inside"), ("Box", "Also")]


def test_every_literal_translation_call_is_in_the_ts_file() -> None:
    known = ts_pairs(TS_FILE)  # the .ts holds no vanished entries (-no-obsolete)
    calls = list(_calls())
    assert len(calls) > 1000  # the walk reads the package, not an empty tree
    missing = [
        f"{path}:{line}: ({context!r}, {source!r})"
        for path, line, context, source in calls
        if (context, source) not in known
    ]
    assert not missing, (
        "translation calls pyside6-lupdate did not extract (inside an f-string? "
        "run tools.i18n update):\n" + "\n".join(missing)
    )
