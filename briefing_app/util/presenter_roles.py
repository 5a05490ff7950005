"""A presenter's role with their name, in words right for everyone (issue 17).

A feed gives each presenter of a session a role (``presenter``, ``moderator``,
``panelist``, ``host``: ``feeds.model.PresenterRole``) and never a gender. English
writes the role after the name, ``Josie Scioli (presenter)``. French nouns of agent
have a gender (présentateur, présentatrice), so a role noun after a name would be
wrong for half the people; Canadian French writes such labels epicene, as the Office
québécois de la langue française recommends (« rédaction épicène »: a collective or
function noun, « la présidence », « l'animation », or an epicene noun, « un ou une
panéliste »), as a label before the name: ``Présentation : Josie Scioli``,
``Modération : …``, ``Panéliste : …``, ``Animation : …``. So the whole phrase is one
message per role (:data:`ROLE_PHRASES`), which each language orders its own way; the
window's detail pane, ``briefing-app show`` and the briefing pack say it alike.
"""

from __future__ import annotations

from typing import Final

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Marked, Translator, localized

#: A person and their role, by the feed's role key: ``{name}`` is the person's name.
ROLE_PHRASES: Final[dict[str, Marked]] = {
    "presenter": QT_TRANSLATE_NOOP("core", "{name} (presenter)"),
    "moderator": QT_TRANSLATE_NOOP("core", "{name} (moderator)"),
    "panelist": QT_TRANSLATE_NOOP("core", "{name} (panelist)"),
    "host": QT_TRANSLATE_NOOP("core", "{name} (host)"),
}


def person_in_role(name: str, role: str, translator: Translator | None = None) -> str:
    """*name* with *role* in the current language: ``Josie Scioli (presenter)``,
    ``Présentation : Josie Scioli``; *name* alone when there is no role.

    *name* is put in as given (already marked up by the caller: Markdown, HTML).
    *translator*: as :func:`~briefing_app.util.i18n.localized` (the window and the
    pack pass ``QCoreApplication.translate``; the CLI's catalog by default). A role
    the feed format does not know (none is stored) is written after the name as given.
    """
    if not role:
        return name
    phrase = ROLE_PHRASES.get(role)
    if phrase is None:
        return f"{name} ({role})"
    return localized(phrase.format(name=name), translator)
