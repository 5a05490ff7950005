"""Every command path of the CLI's parser (``[]``, ``["feeds"]``, ``["feeds", "add"]``, …)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from briefing_app.cli.main import build_parser


def every_command_path() -> list[list[str]]:
    def walk(parser: argparse.ArgumentParser, path: list[str]) -> Iterator[list[str]]:
        yield path
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk(sub, [*path, name])

    return list(walk(build_parser(), []))
