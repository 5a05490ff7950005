"""``briefing-app settings [NAME [VALUE]]``: the settings File › Settings shows, from a terminal."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from briefing_app.cli.arguments import Tokens, token_text
from briefing_app.cli.output import EXIT_OK, colon, error_text, print_json
from briefing_app.errors import UsageError
from briefing_app.usecases import settings
from briefing_app.util.i18n import (
    QT_TRANSLATE_NOOP,
    Message,
    fill,
    localized,
    message_of,
    translate,
)

if TYPE_CHECKING:
    from briefing_app.store import Store


class _Setting(NamedTuple):  # not a dataclass: main imports this module, and dataclasses ~6 ms
    """One setting as the command line names, shows and parses it."""

    help: str
    read: Callable[[Store], Any]
    write: Callable[[Store, Any], None]
    parse: Callable[[str], Any]


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UsageError(
            fill(translate("cli", "{text!r} is not a whole number"), {"text": text})
        ) from None


SETTINGS: dict[str, _Setting] = {
    "download-timeout": _Setting(
        QT_TRANSLATE_NOOP(
            "cli-help",
            "seconds a download may take in all before it is stopped as stalled "
            "({low}-{high}; default {default})",
        ).format(
            low=settings.DOWNLOAD_TIMEOUT_MIN,
            high=settings.DOWNLOAD_TIMEOUT_MAX,
            default=settings.DOWNLOAD_TIMEOUT_DEFAULT,
        ),
        settings.download_timeout_seconds,
        settings.set_download_timeout_seconds,
        _whole,
    ),
    "max-feed-size": _Setting(
        QT_TRANSLATE_NOOP(
            "cli-help",
            "the largest feed a download may bring, in MiB ({low}-{high}; default {default})",
        ).format(
            low=settings.MAX_FEED_SIZE_MIN,
            high=settings.MAX_FEED_SIZE_MAX,
            default=settings.MAX_FEED_SIZE_DEFAULT,
        ),
        settings.max_feed_size_mib,
        settings.set_max_feed_size_mib,
        _whole,
    ),
    "materials-max-size": _Setting(
        QT_TRANSLATE_NOOP(
            "cli-help",
            "the largest material Keep offline downloads, in MiB ({low}-{high}; default {default})",
        ).format(
            low=settings.MATERIALS_MAX_SIZE_MIN,
            high=settings.MATERIALS_MAX_SIZE_MAX,
            default=settings.MATERIALS_MAX_SIZE_DEFAULT,
        ),
        settings.materials_max_size_mib,
        settings.set_materials_max_size_mib,
        _whole,
    ),
    "sync-interval": _Setting(
        QT_TRANSLATE_NOOP(
            "cli-help", "minutes between background syncs in the window (0: only when asked)"
        ).message(),
        settings.sync_interval_minutes,
        settings.set_sync_interval_minutes,
        _whole,
    ),
    "reminder": _Setting(
        QT_TRANSLATE_NOOP(
            "cli-help", "minutes before a favourite starts that its reminder comes (0: none)"
        ).message(),
        lambda store: settings.reminder_minutes(store) or 0,
        lambda store, value: settings.set_reminder_minutes(store, value or None),
        _whole,
    ),
    "time-display": _Setting(
        QT_TRANSLATE_NOOP("cli-help", "which times the lists show ({choices})").format(
            choices=Tokens(settings.TIME_DISPLAYS)
        ),
        settings.time_display,
        settings.set_time_display,
        str,
    ),
    "theme": _Setting(
        QT_TRANSLATE_NOOP("cli-help", "the window's palette ({choices})").format(
            choices=Tokens(settings.THEMES)
        ),
        settings.theme,
        settings.set_theme,
        str,
    ),
    "language": _Setting(
        QT_TRANSLATE_NOOP("cli-help", "the language of the window and the CLI ({choices})").format(
            choices=Tokens(settings.LANGUAGES)
        ),
        settings.language,
        settings.set_language,
        str,
    ),
}


def add_settings_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "settings",
        help=translate("cli-help", "show the settings, or set one"),
        description=translate(
            "cli-help", "Show every setting (no NAME), one (NAME), or set one (NAME VALUE)."
        )
        + "".join(f" {colon(name)} {localized(s.help)}." for name, s in SETTINGS.items()),
    )
    parser.add_argument(
        "name", nargs="?", metavar=translate("cli-metavar", "NAME"), choices=list(SETTINGS)
    )
    parser.add_argument("value", nargs="?", metavar=translate("cli-metavar", "VALUE"))
    parser.add_argument("--json", action="store_true", help=translate("cli-help", "print JSON"))


def cmd_settings(args: argparse.Namespace, out: TextIO) -> int:
    from briefing_app.usecases.startup import open_store  # the store: not for the parser

    with open_store(args.data_dir) as store:
        if args.value is not None:
            setting = SETTINGS[args.name]
            try:
                setting.write(store, setting.parse(args.value))
            except settings.SettingError as exc:
                # "download_timeout_seconds: expected ..." names the stored key: name ours.
                raise UsageError(_named(exc, f"settings {args.name}")) from exc
            except UsageError as exc:
                raise UsageError(f"{colon(f'settings {args.name}')} {error_text(exc)}") from exc
        names = [args.name] if args.name else list(SETTINGS)
        values = {name: SETTINGS[name].read(store) for name in names}
    if args.json:
        print_json(values, out)
    else:
        for name, value in values.items():
            # a word one types (theme dark) with its meaning in the user's language
            out.write(f"{name} {token_text(value) if isinstance(value, str) else value}\n")
    return EXIT_OK


def _named(error: settings.SettingError, name: str) -> Message | str:
    """*error*'s message naming the setting as typed (``settings sync-interval``), still
    marked so that it is shown in the user's language."""
    message = message_of(error)
    if isinstance(message, Message) and "key" in message.fields:
        return Message(message.context, message.template, {**message.fields, "key": name})
    return f"{colon(name)} {error_text(error)}"
