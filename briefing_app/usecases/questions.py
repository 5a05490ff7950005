"""The user's questions for a session's Q&A, as both fronts (and the briefing pack) use them.

The store keeps them (:meth:`Store.add_question` and its siblings); this module adds
what is not SQL: moving a question one step, and the unasked questions as plain text
for a meeting's Q&A box.

The plain text: the unasked (draft) questions in their order, numbered ``1.``,
``2.``, ... from 1, one per line, no markup. A question typed on several lines
becomes one line (its line breaks and runs of blanks become one space), because
a Q&A box sends on Enter and a pasted line break would split or send the question
early. Asked and answered questions are left out. No line break after the last.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.util.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.store import QuestionRecord, Store

logger = logging.getLogger(__name__)

#: How a question's state is named to a person (the CLI; the window translates its own).
STATE_LABELS: Final[dict[str, str]] = {
    "draft": QT_TRANSLATE_NOOP("core", "not asked"),
    "asked": QT_TRANSLATE_NOOP("core", "asked"),
    "answered": QT_TRANSLATE_NOOP("core", "answered"),
}


def one_line(text: str) -> str:
    """*text* on one line: every run of blanks and line breaks becomes one space."""
    return " ".join(text.split())


def unasked_text(questions: Iterable[QuestionRecord]) -> str:
    """The unasked questions, numbered, one per line, ready to paste (see the module doc)."""
    unasked = [q for q in questions if q.unasked]
    return "\n".join(f"{n}. {one_line(q.text)}" for n, q in enumerate(unasked, start=1))


def move_by(store: Store, question_id: int, steps: int) -> QuestionRecord:
    """Move a question *steps* places (negative: up), stopping at the first or last place.

    Raises:
        NotFoundError: no such question.
    """
    question = store.question(question_id)
    count = len(store.questions(question.session_id))
    target = min(max(question.position + steps, 1), count)
    if target == question.position:
        return question
    return store.move_question(question_id, target)


def move_up(store: Store, question_id: int) -> QuestionRecord:
    """Move a question one place up (nothing at the top)."""
    return move_by(store, question_id, -1)


def move_down(store: Store, question_id: int) -> QuestionRecord:
    """Move a question one place down (nothing at the bottom)."""
    return move_by(store, question_id, 1)


def pending_add(text: str) -> dict[str, Any]:
    """A question to add, as a draft keeps it while the store is busy."""
    return {"op": "add", "text": text}


def pending_edit(
    question_id: int, text: str | None, state: str | None, answer: str | None
) -> dict[str, Any]:
    """An edit of a question, as a draft keeps it while the store is busy."""
    return {"op": "edit", "id": question_id, "text": text, "state": state, "answer": answer}


def replay_pending(store: Store, session_id: int, pending: Iterable[Any]) -> int:
    """Store the questions a draft kept (an earlier run closed while the store was busy).

    Each entry is :func:`pending_add` or :func:`pending_edit`, in the order typed; an
    edit of a question deleted meanwhile, or an entry that is not one of those, is
    skipped (and logged). All in one transaction. Returns how many were stored.

    Raises:
        NotFoundError: the session is gone. DatabaseBusyError: try again later.
    """
    stored = 0
    with store.transaction():
        for entry in pending:
            if not isinstance(entry, dict):
                logger.warning("Skipping an unreadable question draft entry: %r", entry)
                continue
            try:
                if entry.get("op") == "add" and isinstance(entry.get("text"), str):
                    store.add_question(session_id, entry["text"])
                elif entry.get("op") == "edit" and isinstance(entry.get("id"), int):
                    if store.question(entry["id"]).session_id != session_id:
                        raise NotFoundError(
                            QT_TRANSLATE_NOOP(
                                "core", "no question {id} on session {session_id}"
                            ).format(id=entry["id"], session_id=session_id)
                        )
                    store.edit_question(
                        entry["id"],
                        _text_or_none(entry.get("text")),
                        state=_text_or_none(entry.get("state")),
                        answer=_text_or_none(entry.get("answer")),
                    )
                else:
                    logger.warning("Skipping an unreadable question draft entry: %r", entry)
                    continue
            except UsageError as exc:  # text the store refuses (also when typed)
                logger.warning("Skipping a drafted question the store refuses: %s", exc)
                continue
            except NotFoundError:
                if entry.get("op") == "add":
                    raise  # the session is gone
                logger.info("Skipping a drafted edit of question %s: it is gone", entry["id"])
                continue
            stored += 1
    return stored


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
