"""The user's questions for a session's Q&A: add, edit, order, mark, delete (issue 15).

Local-only data like notes and favourites: keyed by the session's row id, which a
sync keeps for the session's whole life (a changed session is updated in place;
one that left its feed is kept and marked removed), so a sync never touches them.
Only unsubscribing from the feed (``remove_feed``) deletes them, with the notes.

A session's questions are numbered 1, 2, ... by ``position``; every write keeps
the numbers dense, so position *n* is the *n*-th question shown.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Literal, cast

from briefing_app.errors import NotFoundError, UsageError
from briefing_app.store.sessions import SessionsMixin
from briefing_app.util.i18n import QT_TRANSLATE_NOOP, counted
from briefing_app.util.timeutil import from_utc_text, to_utc_text, utc_now

QuestionState = Literal["draft", "asked", "answered"]

#: The states a question goes through, in order.
QUESTION_STATES: Final[tuple[QuestionState, ...]] = ("draft", "asked", "answered")

#: The longest question (or answer note) stored, in characters.
MAX_QUESTION_CHARS: Final = 5000


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    """One of the user's questions for a session.

    Attributes:
        position: Its number among the session's questions (1 is the first).
        text: The question, as typed (surrounding blanks trimmed, line breaks kept).
        state: ``draft`` (not asked yet), ``asked`` or ``answered``.
        answer: The user's note of the answer ("" when none).
    """

    id: int
    session_id: int
    position: int
    text: str
    state: QuestionState
    answer: str
    created_at: datetime
    updated_at: datetime

    @property
    def unasked(self) -> bool:
        return self.state == "draft"


_COLUMNS = "id, session_id, position, text, state, answer, created_at, updated_at"


def clean_question_text(text: str, *, what: str = QT_TRANSLATE_NOOP("core", "question")) -> str:
    """*text* with Windows/Mac line ends made ``\\n`` and surrounding blanks trimmed.

    Raises:
        UsageError: nothing but blanks (for a question), a NUL or other control
            character, or longer than :data:`MAX_QUESTION_CHARS`.
    """
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if what == "question" and not cleaned:
        raise UsageError(QT_TRANSLATE_NOOP("core", "a question needs some text").message())
    if any(ord(c) < 32 and c not in "\n\t" for c in cleaned) or "\x7f" in cleaned:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "the {what} holds a control character; type plain text"
            ).format(what=what)
        )
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core",
                "the {what} is {count:,} characters long; at most {max_question_chars:,} are kept",
            ).format(what=what, count=len(cleaned), max_question_chars=MAX_QUESTION_CHARS)
        )
    return cleaned


def check_state(state: str) -> QuestionState:
    """*state* if it is one of :data:`QUESTION_STATES` (raises :class:`UsageError`)."""
    if state not in QUESTION_STATES:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "core", "unknown question state {state!r}; use one of: {question_states}"
            ).format(state=state, question_states=", ".join(QUESTION_STATES))
        )
    return state


class QuestionsMixin(SessionsMixin):
    """The user's questions per session."""

    def questions(self, session_id: int | None = None) -> list[QuestionRecord]:
        """The questions of *session_id* in order; without it, every session's (by session time).

        Raises:
            NotFoundError: there is no session *session_id*.
        """
        if session_id is None:
            return [
                _question(row)
                for row in self._rows(
                    "SELECT q.id, q.session_id, q.position, q.text, q.state, q.answer, "
                    "q.created_at, q.updated_at FROM session_questions q "
                    "JOIN sessions s ON s.id = q.session_id "
                    "ORDER BY s.start_utc, s.id, q.position, q.id"
                )
            ]
        self.session(session_id)
        return self._session_questions(session_id)

    def question(self, question_id: int) -> QuestionRecord:
        """The question with id *question_id* (raises :class:`NotFoundError`)."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM session_questions WHERE id = ?", [question_id])
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("core", "no question number {value}").format(value=question_id)
            )
        return _question(rows[0])

    def sessions_with_questions(self) -> set[int]:
        """The ids of the sessions that have at least one question."""
        return {
            int(row[0])
            for row in self.db.execute("SELECT DISTINCT session_id FROM session_questions")
        }

    def add_question(
        self,
        session_id: int,
        text: str,
        *,
        position: int | None = None,
        state: str = "draft",
        answer: str = "",
    ) -> QuestionRecord:
        """Add a question to *session_id*, last or at *position* (1 is first); return it.

        A *position* past the end adds it last.

        Raises:
            NotFoundError: no such session.
            UsageError: empty or unusable text, an unknown state, a position below 1.
        """
        text = clean_question_text(text)
        answer = clean_question_text(answer, what=QT_TRANSLATE_NOOP("core", "answer note"))
        checked = check_state(state)
        if position is not None and position < 1:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "core", "a question's position starts at 1 (not {position})"
                ).format(position=position)
            )
        self.session(session_id)
        stamp = to_utc_text(utc_now())
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO session_questions "
                "(session_id, position, text, state, answer, created_at, updated_at) "
                "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM session_questions "
                "WHERE session_id = ?), ?, ?, ?, ?, ?)",
                [session_id, session_id, text, checked, answer, stamp, stamp],
            )
            question_id = int(cast(int, cursor.lastrowid))  # an INSERT sets it
            if position is not None:
                self._place(session_id, question_id, position)
        return self.question(question_id)

    def edit_question(
        self,
        question_id: int,
        text: str | None = None,
        *,
        answer: str | None = None,
        state: str | None = None,
    ) -> QuestionRecord:
        """Change a question's text, answer note and/or state (one write); return it as stored.

        What is not given stays as it is.

        Raises:
            NotFoundError: no such question.
            UsageError: empty or unusable text, an unknown state.
        """
        current = self.question(question_id)
        new_text = current.text if text is None else clean_question_text(text)
        new_answer = (
            current.answer
            if answer is None
            else clean_question_text(answer, what=QT_TRANSLATE_NOOP("core", "answer note"))
        )
        new_state = current.state if state is None else check_state(state)
        if (new_text, new_answer, new_state) == (current.text, current.answer, current.state):
            return current
        with self.transaction():
            self.db.execute(
                "UPDATE session_questions SET text = ?, answer = ?, state = ?, updated_at = ? "
                "WHERE id = ?",
                [new_text, new_answer, new_state, to_utc_text(utc_now()), question_id],
            )
        return self.question(question_id)

    def mark_question(
        self, question_id: int, state: str, *, answer: str | None = None
    ) -> QuestionRecord:
        """Set a question's state (draft, asked, answered), and its answer note if given.

        Raises:
            NotFoundError: no such question.
            UsageError: an unknown state or an unusable answer note.
        """
        check_state(state)
        return self.edit_question(question_id, answer=answer, state=state)

    def move_question(self, question_id: int, position: int) -> QuestionRecord:
        """Move a question to *position* among its session's (1 is first); return it.

        Raises:
            NotFoundError: no such question.
            UsageError: *position* is not between 1 and the number of questions.
        """
        current = self.question(question_id)
        count = len(self._session_questions(current.session_id))
        if not 1 <= position <= count:
            raise UsageError(
                counted(
                    count,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "position {position} is out of range: session {session_id} has {n} "
                        "question (1 to {n})",
                    ),
                    QT_TRANSLATE_NOOP(
                        "core",
                        "position {position} is out of range: session {session_id} has {n} "
                        "questions (1 to {n})",
                    ),
                    position=position,
                    session_id=current.session_id,
                )
            )
        if position == current.position:
            return current
        with self.transaction():
            self._place(current.session_id, question_id, position)
            self.db.execute(
                "UPDATE session_questions SET updated_at = ? WHERE id = ?",
                [to_utc_text(utc_now()), question_id],
            )
        return self.question(question_id)

    def delete_question(self, question_id: int) -> QuestionRecord:
        """Delete a question; return it as it was (for :meth:`restore_question`).

        Raises:
            NotFoundError: no such question.
        """
        current = self.question(question_id)
        with self.transaction():
            self.db.execute("DELETE FROM session_questions WHERE id = ?", [question_id])
            self._renumber(
                current.session_id, [q.id for q in self._session_questions(current.session_id)]
            )
        return current

    def restore_question(self, record: QuestionRecord) -> QuestionRecord:
        """Put a deleted question back where it was (undo), with its times; return it.

        It keeps its id unless another question took it meanwhile.

        Raises:
            NotFoundError: its session is gone.
        """
        self.session(record.session_id)
        with self.transaction():
            taken = self.db.execute(
                "SELECT 1 FROM session_questions WHERE id = ?", [record.id]
            ).fetchone()
            cursor = self.db.execute(
                "INSERT INTO session_questions "
                "(id, session_id, position, text, state, answer, created_at, updated_at) "
                "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM session_questions "
                "WHERE session_id = ?), ?, ?, ?, ?, ?)",
                [
                    None if taken else record.id,
                    record.session_id,
                    record.session_id,
                    record.text,
                    record.state,
                    record.answer,
                    to_utc_text(record.created_at),
                    to_utc_text(record.updated_at),
                ],
            )
            question_id = int(cast(int, cursor.lastrowid))  # an INSERT sets it
            self._place(record.session_id, question_id, record.position)
        return self.question(question_id)

    # ---- inside -------------------------------------------------------------------
    def _session_questions(self, session_id: int) -> list[QuestionRecord]:
        return [
            _question(row)
            for row in self._rows(
                f"SELECT {_COLUMNS} FROM session_questions WHERE session_id = ? "
                "ORDER BY position, id",
                [session_id],
            )
        ]

    def _place(self, session_id: int, question_id: int, position: int) -> None:
        """Put *question_id* at *position* (clamped to the ends) and renumber the others."""
        order = [q.id for q in self._session_questions(session_id) if q.id != question_id]
        index = min(max(position, 1), len(order) + 1) - 1
        order.insert(index, question_id)
        self._renumber(session_id, order)

    def _renumber(self, session_id: int, order: list[int]) -> None:
        """Number the questions of *session_id* 1, 2, ... in *order* (writes only the changed)."""
        now = {
            int(row[0]): int(row[1])
            for row in self.db.execute(
                "SELECT id, position FROM session_questions WHERE session_id = ?", [session_id]
            )
        }
        changed = [
            (number, question_id)
            for number, question_id in enumerate(order, start=1)
            if now.get(question_id) != number
        ]
        if changed:
            self.db.conn.executemany(
                "UPDATE session_questions SET position = ? WHERE id = ?", changed
            )


def _question(row: sqlite3.Row) -> QuestionRecord:
    return QuestionRecord(
        id=int(row["id"]),
        session_id=int(row["session_id"]),
        position=int(row["position"]),
        text=str(row["text"]),
        state=check_state(str(row["state"])),
        answer=str(row["answer"]),
        created_at=from_utc_text(row["created_at"]),
        updated_at=from_utc_text(row["updated_at"]),
    )
