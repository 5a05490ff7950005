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

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from briefing_app.store import QuestionRecord, Store

#: How a question's state is named to a person (the CLI; the window translates its own).
STATE_LABELS: Final[dict[str, str]] = {
    "draft": "not asked",
    "asked": "asked",
    "answered": "answered",
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
