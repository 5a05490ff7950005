"""The command line's gettext catalogs, compiled from the Qt Linguist .ts files.

One source of truth: ``resources/i18n/briefing_app_<lang>.ts`` holds every translation,
the window's and the command line's. The window reads the ``.qm`` that
pyside6-lrelease makes of it; the command line never loads Qt, so this step writes the
``.ts``'s ``cli*`` and ``core*`` contexts (util/i18n.CATALOG_CONTEXTS) as a gettext
``.mo`` beside it, ``resources/i18n/briefing_app_cli_<lang>.mo``, which the stdlib's
gettext reads (each message's ``msgctxt`` is its Qt context, util/i18n.message_key).
Only finished translations go in; an unfinished one shows in English.

``python -m briefing_app.tools.i18n compile`` writes them (with the window's .qm);
``check`` fails (exit 1) when a ``.mo`` is missing or differs from what its ``.ts`` makes
now. The .mo files are committed, as the .qm are: the wheel and the bundle carry them.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from defusedxml import ElementTree

from briefing_app.util.i18n import CATALOG_CONTEXTS, catalog_name, message_key

ROOT = Path(__file__).resolve().parents[2]
I18N_DIR = ROOT / "resources" / "i18n"
#: The .mo's header dates: fixed, so the same .ts always makes the same bytes.
_FIXED_DATE = datetime(2020, 5, 11, tzinfo=UTC)


@dataclass(frozen=True)
class TsMessage:
    """One message of a .ts file."""

    context: str
    source: str
    comment: str | None
    translation: str
    finished: bool


def read_ts(path: Path) -> Iterator[TsMessage]:
    """The messages of the Qt Linguist file *path* (obsolete and vanished ones left out)."""
    root = ElementTree.parse(path).getroot()
    if root is None:  # pragma: no cover - an empty file
        return
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            kind = element.get("type") if element is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = element.findall("numerusform") if element is not None else []
            text = numerus[0].text if numerus else element.text if element is not None else ""
            yield TsMessage(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment"),
                translation=text or "",
                finished=kind is None,
            )


def language_of(ts_path: Path) -> str:
    """``briefing_app_fr.ts`` → ``fr``."""
    return ts_path.stem.rsplit("_", 1)[-1]


def compile_catalog(ts_path: Path) -> bytes:
    """The .mo bytes of *ts_path*'s command-line and core contexts (finished ones only)."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    language = language_of(ts_path)
    catalog = Catalog(
        locale=language,
        domain="briefing_app_cli",
        project="Briefing Companion",
        version="1",
        creation_date=_FIXED_DATE,
        revision_date=_FIXED_DATE,
        fuzzy=False,
    )
    for message in read_ts(ts_path):
        if not message.context.startswith(CATALOG_CONTEXTS):
            continue
        if not (message.finished and message.translation):
            continue
        catalog.add(
            message.source,
            message.translation,
            context=message_key(message.context, message.comment),
        )
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def catalog_files(folder: Path = I18N_DIR) -> list[tuple[Path, Path]]:
    """Each .ts of *folder* with the .mo it makes."""
    return [
        (ts, ts.with_name(catalog_name(language_of(ts))))
        for ts in sorted(folder.glob("briefing_app_*.ts"))
    ]


def build(folder: Path = I18N_DIR) -> list[Path]:
    """Write every .ts's .mo; return the files written (the ones that changed)."""
    written = []
    for ts, mo in catalog_files(folder):
        data = compile_catalog(ts)
        if not mo.exists() or mo.read_bytes() != data:
            mo.write_bytes(data)
            written.append(mo)
    return written


def stale(folder: Path = I18N_DIR) -> list[str]:
    """What is out of date: each .mo missing, or not what its .ts makes now."""
    problems = []
    for ts, mo in catalog_files(folder):
        if not mo.exists():
            problems.append(f"{mo.name} is missing (from {ts.name})")
        elif mo.read_bytes() != compile_catalog(ts):
            problems.append(f"{mo.name} is older than {ts.name}")
    return problems


def adopt(target: Path, source: Path) -> int:
    """Copy into *target* (a .ts) the finished translations of *source* it lacks; return how many.

    For merging branches that both translated: take one side's .ts, adopt the other's
    (``git show OTHER:resources/i18n/briefing_app_fr.ts > other.ts``), then run the i18n
    tool's ``update`` and ``compile``. A message is the same when its context, source text
    and comment are; a translation *target* has already finished is kept.
    """
    import xml.etree.ElementTree as XmlTree  # writing only; the files are read by defusedxml

    wanted = {
        (m.context, m.source, m.comment): m.translation
        for m in read_ts(source)
        if m.finished and m.translation
    }
    tree = ElementTree.parse(target)
    root = tree.getroot()
    adopted = 0
    for context in root.iter("context") if root is not None else ():
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") not in ("unfinished", None):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment"))
            text = wanted.get(key)
            if text is None or (element.get("type") is None and element.text):
                continue
            if message.get("numerus") == "yes":
                continue  # plural forms: adopt them in Linguist
            element.text = text
            element.attrib.pop("type", None)
            adopted += 1
    XmlTree.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)
    return adopted


def main(argv: list[str] | None = None) -> int:
    """``python -m briefing_app.tools.cli_catalog adopt TARGET.ts SOURCE.ts``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m briefing_app.tools.cli_catalog",
        description="Adopt into a .ts the finished translations another .ts has (a merge).",
    )
    parser.add_argument("action", choices=["adopt"])
    parser.add_argument("target", type=Path)
    parser.add_argument("source", type=Path)
    args = parser.parse_args(argv)
    count = adopt(args.target, args.source)
    print(f"adopted {count} translations into {args.target}; now run the i18n tool's update")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
