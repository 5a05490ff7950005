"""``briefing-app questions``: your questions for a session's Q&A (list, add, edit, mark, ...).

Loaded when the command runs (``cli/main.py``'s ``_COMMANDS``); its parser is in
``cli/main.py``. A question is named by its number (``questions list`` shows it), a
session as everywhere (its number, or the feed's id for it).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from briefing_app.cli.arguments import read_stdin_text
from briefing_app.cli.output import EXIT_OK, PROG, print_json, shown_title, tell, write_line
from briefing_app.errors import UsageError
from briefing_app.usecases.questions import STATE_LABELS, one_line, unasked_text
from briefing_app.usecases.startup import open_store
from briefing_app.util.i18n import localized, translate

if TYPE_CHECKING:
    from briefing_app.store import QuestionRecord, SessionRecord, Store


def question_json(question: QuestionRecord) -> dict[str, Any]:
    """A question as ``questions list --json`` and ``show --json`` print it."""
    return {
        "id": question.id,
        "session_id": question.session_id,
        "position": question.position,
        "text": question.text,
        "state": question.state,
        "answer": question.answer,
        "created": question.created_at.isoformat(),
        "updated": question.updated_at.isoformat(),
    }


def cmd_questions(args: argparse.Namespace, out: TextIO) -> int:
    action = args.questions_command
    for name in ("text", "answer"):  # read before the store opens: nothing waits on a pipe
        if getattr(args, name, None) == "-":
            setattr(args, name, read_stdin_text())
    with open_store(args.data_dir) as store:
        if action == "list":
            return _list(store, args, out)
        if action == "copy":
            text = unasked_text(store.questions(store.find_session(args.session).id))
            if not text:
                tell(translate("cli", "No unasked questions on that session."))
            else:
                out.write(text + "\n")
            return EXIT_OK
        if action == "add":
            session = store.find_session(args.session)
            question = store.add_question(session.id, args.text, position=args.position)
            write_line(
                out,
                translate(
                    "cli", "Added question {id} to #{session} {title} (number {position})."
                ).format(
                    id=question.id,
                    session=session.id,
                    title=shown_title(store, session),
                    position=question.position,
                ),
            )
        elif action == "edit":
            if args.text is None and args.answer is None:
                raise UsageError(translate("cli", "give the new text, --answer TEXT, or both"))
            question = store.edit_question(args.question, args.text, answer=args.answer)
            write_line(out, translate("cli", "Question {id} saved.").format(id=question.id))
        elif action == "mark":
            question = store.mark_question(args.question, args.state, answer=args.answer)
            write_line(
                out,
                translate("cli", "Question {id} marked {state}.").format(
                    id=question.id, state=localized(STATE_LABELS[question.state])
                ),
            )
        elif action == "move":
            question = store.move_question(args.question, args.position)
            write_line(
                out,
                translate("cli", "Question {id} is now number {position}.").format(
                    id=question.id, position=question.position
                ),
            )
        else:  # remove
            question = store.delete_question(args.question)
            write_line(
                out,
                translate("cli", "Question {id} removed: {text}").format(
                    id=question.id, text=question.text
                ),
            )
    return EXIT_OK


def _list(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    session = None if args.session is None else store.find_session(args.session)
    questions = store.questions(None if session is None else session.id)
    if args.state is not None:
        questions = [q for q in questions if q.state == args.state]
    if args.json:
        print_json([question_json(q) for q in questions], out)
        return EXIT_OK
    if not questions:
        if session is None:
            text = translate("cli", "No questions. Add one: {prog} questions add --session ID TEXT")
        else:
            text = translate(
                "cli",
                "No questions on #{id} {title}. Add one: {prog} questions add --session ID TEXT",
            )
        title = shown_title(store, session) if session is not None else None
        tell(text.format(prog=PROG, id=session and session.id, title=title))
        return EXIT_OK
    sessions: dict[int, SessionRecord] = {}
    if session is not None:
        sessions[session.id] = session
    else:
        sessions = {
            r.id: r for r in store.sessions_by_ids(sorted({q.session_id for q in questions}))
        }
    width = max(len(str(q.id)) for q in questions)
    shown: int | None = None
    for question in questions:
        if question.session_id != shown:
            shown = question.session_id
            record = sessions[shown]
            removed = translate("cli", " (removed from its feed)") if record.removed else ""
            write_line(out, f"#{record.id} {shown_title(store, record)}{removed}")
        state = f"[{localized(STATE_LABELS[question.state])}]"
        write_line(
            out,
            f"  {question.id:>{width}}  {question.position}. {state:<11} {one_line(question.text)}",
        )
        if question.answer:
            answer = translate("cli", "answer: {text}").format(text=one_line(question.answer))
            write_line(out, f"  {'':>{width}}     {answer}")
    return EXIT_OK
