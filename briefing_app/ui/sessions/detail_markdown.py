"""Compose the Markdown shown in the session detail pane (Qt only for its words)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from briefing_app.store import SessionDetail
from briefing_app.ui.widgets.core_words import core_word, status_word
from briefing_app.ui.widgets.locale_text import range_text as format_range
from briefing_app.ui.widgets.locale_text import zone_place_text
from briefing_app.usecases.session_facts import FORMAT_LABELS, session_facts
from briefing_app.util.multilingual import badge
from briefing_app.util.presenter_roles import person_in_role
from briefing_app.util.timeutil import local_zone_name

#: Internal link schemes: ``presenter:12`` opens a presenter's page, ``case-study:3`` a case study.
PRESENTER_SCHEME = "presenter"
CASE_STUDY_SCHEME = "case-study"
#: ``language:en`` marks a text shown in English because the user's language is missing.
LANGUAGE_SCHEME = "language"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~])")


def md_escape(text: str) -> str:
    """Escape *text* so Markdown shows it literally (titles, names)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def language_badge(tag: str) -> str:
    """The mark of a text shown in the language *tag*: a small ``EN`` (a link the pane
    explains in a tooltip), its words in the legend under the session."""
    return f"[`{badge(tag)}`]({LANGUAGE_SCHEME}:{tag})"


#: Markdown that opens a block (a list, a heading, a quote, a table, code): a badge before
#: it goes on a line of its own, or the block would not be one.
_BLOCK_START = re.compile(r"\s*(?:[-*+]\s|\d+[.)]\s|#|>|\||```|~~~|    )")


def _badged(text: str, tag: str | None) -> str:
    """Markdown *text* with the badge of *tag* (when any) in front of its first line."""
    if not tag:
        return text
    if _BLOCK_START.match(text):
        return f"{language_badge(tag)}\n\n{text}"
    return f"{language_badge(tag)} {text}"


def session_markdown(
    detail: SessionDetail,
    *,
    user_zone: str | None = None,
    sample_label: str | None = None,
    languages: Sequence[str] = (),
    explain: Callable[[str], str] | None = None,
) -> str:
    """Markdown for the detail pane: facts first, then the feed's own Markdown.

    *sample_label* ("Sample series from 2020") marks a session of the bundled sample.
    *languages*: the order to pick the feed's texts in (the user's language first); a
    text shown in another language gets a badge, and *explain* (a tag -> "Not available
    in French; shown in English") says what each badge means under the session.
    """
    if languages:
        detail = detail.in_language(languages)
    marks = detail.fallbacks

    def badge(key: str) -> str:
        tag = marks.get(key)
        return f" {language_badge(tag)}" if tag else ""

    s = detail.session
    parts: list[str] = []
    title = md_escape(s.title) + badge("title")
    if s.removed:
        title = QCoreApplication.translate(
            "SessionDetail", "~~{0}~~ (removed from the feed)"
        ).format(title)
    elif s.status == "cancelled":
        title = QCoreApplication.translate("SessionDetail", "~~{0}~~ (cancelled)").format(title)
    elif s.status != "scheduled":
        title = f"{title} ({status_word(s.status).lower()})"
    parts.append(f"## {title}")
    if s.subtitle:
        parts.append(f"*{md_escape(s.subtitle)}*{badge('subtitle')}")
    when = QCoreApplication.translate("SessionDetail", "**When:** {0} ({1})").format(
        md_escape(format_range(s.start, s.end, s.timezone)), zone_place_text(s.timezone)
    )
    zone = user_zone or local_zone_name()
    if zone and zone != s.timezone:
        local = format_range(s.start, s.end, zone)
        if local != format_range(s.start, s.end, s.timezone):
            # "UTC (UTC)" says nothing twice; "CEST (Europe/Berlin)" says where.
            place = zone_place_text(zone)
            named = "" if local.endswith(f" {place}") else f" ({place})"
            when += "  \n" + QCoreApplication.translate(
                "SessionDetail", "**Your time:** {0}{1}"
            ).format(md_escape(local), named)
    parts.append(when)
    formats = set(FORMAT_LABELS.values())
    # A fact's label and value ("Track: City priorities"): French puts a space before ":".
    fact_lines = [
        QCoreApplication.translate("SessionDetail", "**{0}:** <{1}>").format(
            core_word(fact.label), fact.value
        )
        if fact.link
        else QCoreApplication.translate("SessionDetail", "**{0}:** {1}").format(
            core_word(fact.label),
            md_escape(core_word(fact.value) if fact.value in formats else fact.value)
            + badge(fact.key),  # the series or the track in another language: marked
        )
        for fact in session_facts(
            detail,
            sample_label=sample_label,
            languages=languages or (),
            translator=QCoreApplication.translate,
        )
    ]
    if s.favourite:
        fact_lines.append(QCoreApplication.translate("SessionDetail", "★ **In your favourites**"))
    parts.append("  \n".join(fact_lines))
    if detail.presenters:
        lines = [QCoreApplication.translate("SessionDetail", "### Presenters")]
        for p in detail.presenters:
            about = ", ".join(x for x in (p.title, p.organization) if x)
            name = f"[{md_escape(p.name)}]({PRESENTER_SCHEME}:{p.id})"
            # "Josie Scioli (presenter)", "Présentation : Josie Scioli" (util/presenter_roles)
            person = person_in_role(f"**{name}**", p.role, QCoreApplication.translate)
            lines.append(
                f"- {person}"
                + (f", {md_escape(about)}" if about else "")
                + badge(f"presenter:{p.id}")
            )
        parts.append("\n".join(lines))
    if s.summary:
        parts.append(_badged(s.summary, marks.get("summary")))  # Markdown, as feeds convert
    if detail.description:
        parts.append(_badged(detail.description, marks.get("description")))
    if detail.case_studies:
        lines = [QCoreApplication.translate("SessionDetail", "### Case studies")]
        for c in detail.case_studies:
            org = f" ({md_escape(c.organization)})" if c.organization else ""
            lines.append(
                f"- **[{md_escape(c.title)}]({CASE_STUDY_SCHEME}:{c.id})**{org}"
                + badge(f"case_study:{c.id}")
            )
        parts.append("\n".join(lines))
    if detail.note:
        parts.append(
            QCoreApplication.translate("SessionDetail", "### My notes") + "\n\n" + detail.note
        )
    if marks and explain is not None:
        # Every badge in words, once per language: what a screen reader reads too.
        shown = dict.fromkeys(marks.values())
        parts.append(
            "  \n".join(f"{language_badge(tag)} *{md_escape(explain(tag))}*" for tag in shown)
        )
    return "\n\n".join(parts) + "\n"
