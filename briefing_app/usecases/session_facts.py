"""Which facts a session shows, and what they are called: one list for both fronts.

``briefing-app show`` prints them as ``Label:   value`` lines; the detail pane
renders them as Markdown. Only the rendering differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Translator
from briefing_app.util.links import shown_link
from briefing_app.util.session_kinds import shown_kind

if TYPE_CHECKING:  # the list's modules import the labels: the records load when first read
    from briefing_app.store import SessionDetail

#: How each attendance format is named to people (marked: a front end shows them translated,
#: util/i18n.localized or QCoreApplication.translate with the context "core").
FORMAT_LABELS = {
    "virtual": QT_TRANSLATE_NOOP("core", "Virtual"),
    "in-person": QT_TRANSLATE_NOOP("core", "In person"),
    "hybrid": QT_TRANSLATE_NOOP("core", "Hybrid"),
}


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: ``label`` ("Format"), ``value`` ("In person"); ``link`` when the value is a URL."""

    label: str
    value: str
    link: bool = False
    #: Its key in ``SessionDetail.fallbacks`` when the feed may give it in several
    #: languages (``series``, ``track``): a front end marks a fallback after the value.
    key: str = ""


def format_label(value: str) -> str:
    """``in-person`` → ``In person``; a format the app does not know is shown as given."""
    return FORMAT_LABELS.get(value, value)


def session_facts(
    detail: SessionDetail,
    *,
    sample_label: str | None = None,
    languages: Sequence[str] = (),
    translator: Translator | None = None,
) -> list[Fact]:
    """The facts of a session worth showing, in order; empty ones are left out.

    *sample_label* ("Sample series from 2020") marks a session of the bundled sample.
    The kind is in the user's language (*languages*: the order to pick the feed's texts
    in; *translator*: the front end's, for the common kinds, util/session_kinds).
    """
    s = detail.session
    kind = shown_kind(s.kind, s.translations, languages, translator)
    series = f"{s.series_title} ({sample_label})" if sample_label else s.series_title
    facts = [
        Fact(QT_TRANSLATE_NOOP("core", "Series"), series, key="series"),
        Fact(QT_TRANSLATE_NOOP("core", "Kind"), kind[:1].upper() + kind[1:]),
        Fact(QT_TRANSLATE_NOOP("core", "Track"), s.track, key="track"),
        Fact(QT_TRANSLATE_NOOP("core", "Format"), format_label(s.format)),
        Fact(QT_TRANSLATE_NOOP("core", "Location"), s.location),
        Fact(QT_TRANSLATE_NOOP("core", "Join"), shown_link(s.join_url), link=True),
        Fact(QT_TRANSLATE_NOOP("core", "Register"), shown_link(detail.registration_url), link=True),
        Fact(QT_TRANSLATE_NOOP("core", "Tags"), ", ".join(s.tags)),
        Fact(QT_TRANSLATE_NOOP("core", "Sponsors"), ", ".join(o.name for o in detail.sponsors)),
    ]
    return [fact for fact in facts if fact.value]
