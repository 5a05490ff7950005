"""A run of one command builds only its sub-parser: what argparse says must not change.

``main`` builds ``build_parser(only=COMMAND)`` when the command is plain to see; these
tests hold every command's (and every action's) ``--help``, its errors and what it
parses to the whole parser's.
"""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from briefing_app.cli.main import _COMMANDS, _command_of, build_parser, main


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _every_command_path() -> list[list[str]]:
    paths = []
    for name, sub in _subcommands(build_parser()).items():
        paths.append([name])
        paths += [[name, action] for action in _subcommands(sub)]
    return paths


def _answer(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parser.parse_args(argv))
        except SystemExit as exc:
            result = ("exit", exc.code)
    return result, out.getvalue(), err.getvalue()


def test_every_command_is_in_the_whole_parser() -> None:
    assert set(_subcommands(build_parser())) == set(_COMMANDS)
    assert len(_every_command_path()) > len(_COMMANDS)  # the actions of feeds, db ... too


@pytest.mark.parametrize("path", _every_command_path(), ids=" ".join)
def test_help_is_the_same_with_only_the_command_built(path: list[str]) -> None:
    whole = _answer(build_parser(), [*path, "--help"])
    alone = _answer(build_parser(only=path[0]), [*path, "--help"])
    assert whole == alone
    assert whole[0] == ("exit", 0) and "usage: briefing-app " + " ".join(path) in whole[1]


ARGVS = [
    ["sessions"],
    ["sessions", "--limit", "0"],
    ["sessions", "--limit", "x", "--json"],
    ["sessions", "--upcoming", "--favourites", "--feed", "2", "--tz", "UTC", "--search", "q"],
    ["sessions", "extra"],
    ["sessions", "--bogus"],
    ["--data-dir", "/tmp/x", "-v", "sessions", "--json"],
    ["--data-dir=/tmp/x", "show", "4"],
    ["show"],
    ["feeds"],
    ["feeds", "bogus"],
    ["feeds", "list", "--json"],
    ["feeds", "remove", "x"],
    ["export-ics"],
    ["export-ics", "--agenda", "--all"],
    ["export-ics", "--session", "1", "2", "--alarm", "5"],
    ["case-studies", "list", "--search", "x"],
    ["case-studies", "import", "f.zip", "--overwrite", "--keep-both"],
    ["db", "restore", "1"],
    ["db"],
    ["settings", "bogus"],
    ["settings", "theme", "dark"],
    ["note", "3", "text", "--clear"],
    ["--self-test", "sessions"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_parse_and_errors_are_the_same_with_only_the_command_built(argv: list[str]) -> None:
    only = _command_of(argv)
    assert only == next(word for word in argv if word in _COMMANDS)
    assert _answer(build_parser(), argv) == _answer(build_parser(only=only), argv)


@pytest.mark.parametrize(
    "argv",
    [["-h", "sessions"], ["--data", "x", "sessions"], ["bogus"], [], ["--version", "sessions"]],
)
def test_anything_else_gets_the_whole_parser(argv: list[str]) -> None:
    assert _command_of(argv) is None


def test_main_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"], setup_logs=False)
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert all(f"    {name} " in out for name in _COMMANDS)


WINDOW_ARGVS = [
    [],
    ["-v"],
    ["--data-dir", "/tmp/x"],
    ["--data-dir=/tmp/x", "--verbose"],
    ["--self-test"],
]


@pytest.mark.parametrize("argv", WINDOW_ARGVS, ids=lambda argv: " ".join(argv) or "nothing")
def test_the_window_start_builds_no_sub_parser_and_parses_the_same(argv: list[str]) -> None:
    from briefing_app.cli.main import _opens_window

    assert _opens_window(argv)
    assert _subcommands(build_parser(only="")) == {}
    assert _answer(build_parser(), argv) == _answer(build_parser(only=""), argv)


@pytest.mark.parametrize("argv", [["--data-dir"], ["sessions"], ["-h"], ["bogus"], ["x.ics"]])
def test_anything_but_global_options_is_no_window_start(argv: list[str]) -> None:
    from briefing_app.cli.main import _opens_window

    assert not _opens_window(argv)


PROGRAM_HELP_ARGVS = [
    ["--help"],
    ["-h"],
    ["-v", "--help"],
    ["--data-dir", "/tmp/x", "-h"],
    ["--data-dir=/tmp/x", "--verbose", "--help"],
]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("argv", PROGRAM_HELP_ARGVS, ids=" ".join)
def test_the_program_help_builds_no_arguments_and_says_the_same(
    argv: list[str], language: str
) -> None:
    """The program's --help (HELP_ONLY): every command's line, none of their arguments;
    the same text as the whole parser's, in either language."""
    from briefing_app.cli.main import HELP_ONLY, _asks_program_help
    from briefing_app.util.i18n import use_language

    assert _asks_program_help(argv)
    use_language(language)
    try:
        light = build_parser(only=HELP_ONLY)
        commands = _subcommands(light)
        assert list(commands) == list(_subcommands(build_parser()))
        assert all(len(sub._actions) == 1 for sub in commands.values())  # -h alone
        whole = _answer(build_parser(), argv)
        assert whole == _answer(light, argv)
        assert whole[0] == ("exit", 0) and "case-studies" in whole[1]
    finally:
        use_language("en")


@pytest.mark.parametrize(
    "argv", [["sessions", "--help"], ["--help", "sessions"], ["-h", "-v"], ["--data-dir"], []]
)
def test_anything_else_is_no_program_help(argv: list[str]) -> None:
    from briefing_app.cli.main import _asks_program_help

    assert not _asks_program_help(argv)
