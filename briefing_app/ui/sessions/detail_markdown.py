"""Compose the Markdown shown in the session detail pane (Qt only for its words)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from briefing_app.store import SessionDetail
from briefing_app.ui.widgets.core_words import core_word, status_word
from briefing_app.ui.widgets.locale_text import range_text as format_range
from briefing_app.usecases.session_facts import FORMAT_LABELS, session_facts
from briefing_app.util.timeutil import local_zone_name

#: Internal link schemes: ``presenter:12`` opens a presenter's page, ``case-study:3`` a case study.
PRESENTER_SCHEME = "presenter"
CASE_STUDY_SCHEME = "case-study"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~])")


def md_escape(text: str) -> str:
    """Escape *text* so Markdown shows it literally (titles, names)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def session_markdown(
    detail: SessionDetail, *, user_zone: str | None = None, sample_label: str | None = None
) -> str:
    """Markdown for the detail pane: facts first, then the feed's own Markdown.

    *sample_label* ("Sample series from 2020") marks a session of the bundled sample.
    """
    s = detail.session
    parts: list[str] = []
    title = md_escape(s.title)
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
        parts.append(f"*{md_escape(s.subtitle)}*")
    when = QCoreApplication.translate("SessionDetail", "**When:** {0} ({1})").format(
        md_escape(format_range(s.start, s.end, s.timezone)), s.timezone
    )
    zone = user_zone or local_zone_name()
    if zone and zone != s.timezone:
        local = format_range(s.start, s.end, zone)
        if local != format_range(s.start, s.end, s.timezone):
            # "UTC (UTC)" says nothing twice; "CEST (Europe/Berlin)" says where.
            named = "" if local.endswith(f" {zone}") else f" ({zone})"
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
            md_escape(core_word(fact.value) if fact.value in formats else fact.value),
        )
        for fact in session_facts(detail, sample_label=sample_label)
    ]
    if s.favourite:
        fact_lines.append(QCoreApplication.translate("SessionDetail", "★ **In your favourites**"))
    parts.append("  \n".join(fact_lines))
    if detail.presenters:
        lines = [QCoreApplication.translate("SessionDetail", "### Presenters")]
        for p in detail.presenters:
            about = ", ".join(x for x in (p.title, p.organization) if x)
            name = f"[{md_escape(p.name)}]({PRESENTER_SCHEME}:{p.id})"
            lines.append(f"- **{name}** ({p.role})" + (f", {md_escape(about)}" if about else ""))
        parts.append("\n".join(lines))
    if s.summary:
        parts.append(s.summary)  # Markdown, as feeds convert abstracts
    if detail.description:
        parts.append(detail.description)
    if detail.case_studies:
        lines = [QCoreApplication.translate("SessionDetail", "### Case studies")]
        for c in detail.case_studies:
            org = f" ({md_escape(c.organization)})" if c.organization else ""
            lines.append(f"- **[{md_escape(c.title)}]({CASE_STUDY_SCHEME}:{c.id})**{org}")
        parts.append("\n".join(lines))
    if detail.note:
        parts.append(
            QCoreApplication.translate("SessionDetail", "### My notes") + "\n\n" + detail.note
        )
    return "\n\n".join(parts) + "\n"
