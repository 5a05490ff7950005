"""The translations' tool chain: ``python -m briefing_app.tools.i18n {update,compile,check}``.

* ``update`` runs ``pyside6-lupdate`` over the package and writes
  ``resources/i18n/briefing_app_<lang>.ts`` for every language but the source one: new strings
  are added, strings gone from the code are dropped (``-no-obsolete``), translations already
  made are kept. No source locations are written (``-locations none``), so editing code moves
  nothing in the file: it changes only when a string does.
* ``compile`` runs ``pyside6-lrelease`` on each ``.ts`` to ``briefing_app_<lang>.qm`` beside
  it, and writes the command line's gettext catalog ``briefing_app_cli_<lang>.mo`` from the
  same ``.ts`` (its ``cli*`` and ``core*`` contexts, tools/cli_catalog). The ``.qm`` and
  ``.mo`` files are committed: the wheel (package data) and the bundle (build.spec ships
  resources/) carry them, with no Qt tool needed to build either.
* ``check`` exits 1, naming what is stale, when a ``.ts`` no longer matches the code (run
  ``update``) or a ``.qm`` or ``.mo`` no longer matches its ``.ts`` (run ``compile``);
  ``.ci/run`` runs it.

Each step is one function over a :class:`Tree` (the checkout, or a copy of it in a test):
a new step (the CLI's gettext catalogs, say) is a function added to :data:`STEPS`, and its
staleness a function added to :data:`CHECKS`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree

from briefing_app.util.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES

#: The checkout this module runs from (the tools run from a checkout, never a wheel).
ROOT = Path(__file__).resolve().parents[2]

#: The languages translated into: every supported one but the source language.
TRANSLATED = tuple(lang for lang in SUPPORTED_LANGUAGES if lang != SOURCE_LANGUAGE)

#: The .ts files' target language, per language: Canadian conventions for French.
TARGET_LOCALES = {"fr": "fr_CA"}

CATALOG = "briefing_app"

#: How the steps are run, as the problems found tell it.
TOOL = "python -m briefing_app.tools.i18n"


@dataclass(frozen=True)
class Tree:
    """Where the sources and the translations are: the checkout, or a copy of it."""

    root: Path = ROOT

    @property
    def package(self) -> Path:
        return self.root / "briefing_app"

    @property
    def i18n(self) -> Path:
        return self.root / "resources" / "i18n"

    def ts(self, lang: str) -> Path:
        return self.i18n / f"{CATALOG}_{lang}.ts"

    def qm(self, lang: str) -> Path:
        return self.i18n / f"{CATALOG}_{lang}.qm"


class ToolError(Exception):
    """A Qt tool is missing or failed."""


def qt_tool(name: str) -> str:
    """The path of Qt's *name* (``lupdate``, ``lrelease``): PySide6's own, else on PATH."""
    import PySide6  # the package only: its folder holds the tools

    suffix = ".exe" if sys.platform.startswith("win") else ""
    bundled = Path(PySide6.__file__).parent / f"{name}{suffix}"
    if bundled.is_file():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise ToolError(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def _run(command: list[str]) -> None:
    # Qt's own tools, found in PySide6's folder, on paths this module builds.
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise ToolError(f"{Path(command[0]).name} failed:\n{result.stdout}{result.stderr}")


def lupdate(tree: Tree, ts: Path, lang: str) -> None:
    """Extract the package's strings into *ts* (merged with what it holds)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    _run(
        [
            qt_tool("lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            TARGET_LOCALES.get(lang, lang),
            str(tree.package),
            "-ts",
            str(ts),
        ]
    )
    _drop_extracted_comments(ts)


#: A comment lupdate took from the code: lupdate reads Python's ``#:`` comments (this
#: code's attribute docs) as notes for translators, gathered up to the next string.
_EXTRACOMMENT = re.compile(rb"\n[ \t]*<extracomment>.*?</extracomment>", re.DOTALL)


def _drop_extracted_comments(ts: Path) -> None:
    """Drop the ``<extracomment>`` lupdate wrote: rewording a code comment must not make the
    .ts stale. A string that needs a word for the translator says it in tr()'s
    disambiguation (its second argument), which lupdate keeps as ``<comment>``."""
    data = ts.read_bytes()
    kept = _EXTRACOMMENT.sub(b"", data)
    if kept != data:
        ts.write_bytes(kept)


#: A message lupdate wrote without plural forms whose source counts (``%n``).
_PLAIN_COUNT = re.compile(
    rb"<message>(\s*<source>[^<]*%n[^<]*</source>(?:\s*<comment>[^<]*</comment>)?"
    rb"\s*)<translation>([^<]+)</translation>"
)


def _counts_as_numerus(data: bytes) -> bytes:
    """Plain ``%n`` messages as plural messages whose every form is their translation.

    lupdate reads ``QCoreApplication.translate``'s count as no count (its Python reader
    ignores ``n``), so those messages are plain; but Qt looks a counted text up by its
    plural form, and finds no second form (French "2 séances" came out English). The
    code picks singular or plural source itself: each form is the one translation.
    """
    return _PLAIN_COUNT.sub(
        rb'<message numerus="yes">\1<translation><numerusform>\2</numerusform>'
        rb"<numerusform>\2</numerusform></translation>",
        data,
    )


def lrelease(ts: Path, qm: Path) -> None:
    """Compile *ts* to *qm*; unfinished translations (guesses) stay out; a plain ``%n``
    message is found for any count (:func:`_counts_as_numerus`)."""
    with tempfile.TemporaryDirectory() as scratch:
        counted = Path(scratch) / ts.name
        counted.write_bytes(_counts_as_numerus(ts.read_bytes()))
        _run([qt_tool("lrelease"), "-silent", "-nounfinished", str(counted), "-qm", str(qm)])


# ---- the steps ---------------------------------------------------------------------


def update(tree: Tree) -> list[Path]:
    """Bring every .ts up to date with the code; return the files written."""
    for lang in TRANSLATED:
        lupdate(tree, tree.ts(lang), lang)
    return [tree.ts(lang) for lang in TRANSLATED]


def compile_qm(tree: Tree) -> list[Path]:
    """Compile every .ts to its .qm; return the files written."""
    for lang in TRANSLATED:
        lrelease(tree.ts(lang), tree.qm(lang))
    return [tree.qm(lang) for lang in TRANSLATED]


# ---- what check looks at: each returns the problems it found ------------------------


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in *ts*."""
    root = ElementTree.parse(ts).getroot()
    if root is None:
        return set()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _describe(messages: set[tuple[str, str]], limit: int = 10) -> str:
    shown = [f"    {context}: {source!r}" for context, source in sorted(messages)[:limit]]
    if len(messages) > limit:
        shown.append(f"    … and {len(messages) - limit} more")
    return "\n".join(shown)


def stale_ts(tree: Tree) -> list[str]:
    """A .ts that ``update`` would change: what the code added or dropped."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for lang in TRANSLATED:
            ts = tree.ts(lang)
            if not ts.is_file():
                problems.append(f"{ts} is missing: run `{TOOL} update`")
                continue
            fresh = Path(scratch) / ts.name
            shutil.copyfile(ts, fresh)
            lupdate(tree, fresh, lang)
            if fresh.read_bytes() == ts.read_bytes():
                continue
            added = _messages(fresh) - _messages(ts)
            dropped = _messages(ts) - _messages(fresh)
            text = f"{ts.name} is stale against the code: run `{TOOL} update`"
            if added:
                text += f"\n  strings in the code, not in {ts.name}:\n{_describe(added)}"
            if dropped:
                text += f"\n  strings in {ts.name}, no longer in the code:\n{_describe(dropped)}"
            problems.append(text)
    return problems


def stale_qm(tree: Tree) -> list[str]:
    """A .qm missing, or not what ``compile`` makes of its .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for lang in TRANSLATED:
            ts, qm = tree.ts(lang), tree.qm(lang)
            if not ts.is_file():
                continue  # said by stale_ts
            fresh = Path(scratch) / qm.name
            lrelease(ts, fresh)
            if not qm.is_file():
                problems.append(f"{qm.name} is missing: run `{TOOL} compile`")
            elif fresh.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is stale against {ts.name}: run `{TOOL} compile`")
    return problems


def compile_all(tree: Tree) -> list[Path]:
    """``compile``: every .ts to its .qm (the window) and its gettext .mo (the command line,
    which never loads Qt: tools/cli_catalog, the .ts's ``cli*`` and ``core*`` contexts)."""
    from briefing_app.tools import cli_catalog

    return compile_qm(tree) + cli_catalog.build(tree.i18n)


def stale_mo(tree: Tree) -> list[str]:
    """A command-line catalog (.mo) missing, or not what ``compile`` makes of its .ts."""
    from briefing_app.tools import cli_catalog

    return [f"{problem}: run `{TOOL} compile`" for problem in cli_catalog.stale(tree.i18n)]


#: The steps, by the name given on the command line.
STEPS: dict[str, Callable[[Tree], list[Path]]] = {"update": update, "compile": compile_all}

#: What ``check`` runs, in order: each returns the problems it found.
CHECKS: list[Callable[[Tree], list[str]]] = [stale_ts, stale_qm, stale_mo]


def check(tree: Tree) -> list[str]:
    """Every problem every check finds (none: the translations are up to date)."""
    return [problem for found in CHECKS for problem in found(tree)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=TOOL,
        description="Extract, compile and check the app's translations (Qt .ts/.qm).",
    )
    parser.add_argument("step", choices=[*STEPS, "check"])
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout to work on (default: this one)"
    )
    args = parser.parse_args(argv)
    tree = Tree(args.root.resolve())
    try:
        if args.step == "check":
            problems = check(tree)
            for problem in problems:
                print(f"i18n: {problem}", file=sys.stderr)
            if problems:
                return 1
            print("i18n: the translations are up to date")
            return 0
        for path in STEPS[args.step](tree):
            print(f"wrote {path.relative_to(tree.root)}")
    except ToolError as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
