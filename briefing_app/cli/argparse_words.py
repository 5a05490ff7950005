"""argparse's own words, marked for the translation file (context ``cli-argparse``).

argparse asks gettext for these (util/i18n routes them to the CLI's catalog); they are
listed here only so that pyside6-lupdate puts them in the .ts. Nothing imports this
module at run time. The texts are exactly argparse's (Python 3.11 to 3.13).
"""

from __future__ import annotations

from briefing_app.util.i18n import QT_TRANSLATE_NOOP

WORDS = (
    QT_TRANSLATE_NOOP("cli-argparse", "usage: "),
    QT_TRANSLATE_NOOP("cli-argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("cli-argparse", "options"),
    QT_TRANSLATE_NOOP("cli-argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli-argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("cli-argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli-argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli-argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("cli-argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("cli-argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli-argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("cli-argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("cli-argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("cli-argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("cli-argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("cli-argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("cli-argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("cli-argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("cli-argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("cli-argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli-argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("cli-argparse", "can't open '%(filename)s': %(error)s"),
)
