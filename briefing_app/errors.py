"""Expected failures, each with a message a person understands.

Everything the user can cause or the environment can break (a bad feed, a
database from a newer version, a missing file) raises a subclass of
:class:`BriefingError`. Front ends show ``str(error)`` and never a traceback;
any other exception is a bug and goes to the crash handler.
"""

from __future__ import annotations

from briefing_app.util.i18n import QT_TRANSLATE_NOOP, Figure, counted


class BriefingError(Exception):
    """Base of every error the user should see as a plain message."""

    #: Exit code the command line uses for this kind of error.
    exit_code = 1


class FeedError(BriefingError):
    """A feed could not be read: malformed, invalid, or of an unknown format.

    Attributes:
        source: Where the feed came from (a path or URL), for the message.
        path: JSON path (``$.sessions[3].start``) or other location of the bad
            field, when known.
    """

    exit_code = 4

    def __init__(self, reason: str, *, source: str | None = None, path: str | None = None) -> None:
        self.reason = reason
        self.source = source
        self.path = path
        super().__init__(self._compose())

    def _compose(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}: "
        if self.path:
            where += f"at {self.path}: "
        return f"{where}{self.reason}"

    def with_source(self, source: str) -> FeedError:
        """Return the same error naming *source* (parsers do not know where bytes came from)."""
        return type(self)(self.reason, source=source, path=self.path)


class MissingTimezoneError(FeedError):
    """A feed gives local times but names no time zone, and none could be inferred.

    The desktop app answers it by asking for the zone (then tries again with
    it); the command line shows the message with the ``--timezone`` hint.

    Attributes:
        why: What is missing, without the advice on what to do ("the feed gives
            local times but names no time zone (no <time_zone_name> ...)").
        candidates: Zones the feed's place could mean, likeliest first (a city
            with namesakes in several zones), for the picker to offer first.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        path: str | None = None,
        why: str = "",
        candidates: tuple[str, ...] = (),
    ) -> None:
        self.why = why or reason
        self.candidates = candidates
        super().__init__(reason, source=source, path=path)

    def with_source(self, source: str) -> MissingTimezoneError:
        return type(self)(
            self.reason, source=source, path=self.path, why=self.why, candidates=self.candidates
        )


class SyncError(BriefingError):
    """A feed could not be fetched: network down, server error, too large, refused scheme.

    Attributes:
        source: The feed's address, for the message.
        retryable: True when trying again later may work (network, 5xx, 429).
        feed: The feed's name (its title), when known, named before its address.
    """

    exit_code = 6

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        retryable: bool = False,
        feed: str | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.retryable = retryable
        self.feed = feed
        where = source or ""
        if feed and feed != source:
            where = f"{feed} ({source})" if source else feed
        super().__init__(f"{where}: {reason}" if where else reason)

    def for_feed(self, name: str) -> SyncError:
        """The same error naming the feed it happened to ("FOSDEM 2026 (https://…): …")."""
        return type(self)(self.reason, source=self.source, retryable=self.retryable, feed=name)


class BadAddressError(SyncError):
    """A feed address that cannot be one (``http://[::1``, a port out of range, a space in
    it, an unknown scheme): bad input, exit code 2, said in the app's words."""

    exit_code = 2


class FeedSyncBugError(BriefingError):
    """An unexpected error (a bug) stopped one feed's sync; the other feeds went on.

    Logged with its traceback; the message names the feed and the exception.
    Exit code 1, the README's internal error.
    """

    exit_code = 1

    def __init__(self, feed: str, error: BaseException) -> None:
        self.feed = feed
        self.error = error
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "{feed}: internal error while syncing this feed ({kind}: {error}); "
                "details are in the log file",
            ).format(feed=feed, kind=type(error).__name__, error=error)
        )


class FeedFileNotFoundError(SyncError):
    """A feed that is a local file names a file that does not exist (not found, exit 3)."""

    exit_code = 3


class StoreError(BriefingError):
    """The local database cannot be used (corrupt, locked, unwritable)."""

    exit_code = 5


class ConstraintError(StoreError):
    """A write would break one of the database's rules (a UUID already used, a missing row)."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer version of the app."""


class DatabaseBusyError(StoreError):
    """Another program holds the database's write lock longer than this one would wait.

    Nothing was written; trying again later works. A caller that must not wait
    (the window's thread) opens its store with a short ``busy_timeout`` and
    queues the write for later when this comes.
    """


class DiskFullError(StoreError):
    """The disk (or the database's size limit) is full; nothing was written.

    Attributes:
        path: The file that could not grow.
        needed: About how many bytes the operation needed (0 when unknown).
        free: Bytes free on that disk when it failed.
    """

    def __init__(self, path: str, *, needed: int, free: int) -> None:
        self.path = path
        self.needed = needed
        self.free = free
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "the disk is full: {path}; the operation needed about {needed} MB "
                "(free: {free} MB). Free some space and try again; nothing was changed",
            ).format(path=path, needed=_mb(needed), free=_mb(free))
        )


class DatabaseDamagedError(StoreError):
    """The database file is damaged (or is not a database at all); it is left untouched.

    Attributes:
        path: The damaged file.
    """

    def __init__(
        self, path: str, detail: str, *, problems: int | None = None, advice: str | None = None
    ) -> None:
        self.path = path
        self.detail = detail  # SQLite's own words (for the log; the message says less)
        #: What a person is shown of it: "SQLite: 3 problems found".
        self.summary = summary = damage_summary(detail, problems)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "the database {path} is damaged or not a database ({summary}); "
                "it was left untouched. {advice}",
            ).format(
                path=path,
                summary=summary,
                advice=advice
                or QT_TRANSLATE_NOOP(
                    "core",
                    "`briefing-app db recover` copies what can be read into a new database "
                    "(keeping the damaged file aside), `briefing-app db backups` lists the "
                    "automatic backups and `briefing-app db restore NUMBER` goes back to one",
                ).message(),
            )
        )


def damage_summary(detail: str, problems: int | None = None) -> str:
    """SQLite's finding in a few words: ``SQLite: 3 problems found``, or its short error."""
    if problems is not None:
        return counted(
            problems,
            QT_TRANSLATE_NOOP("core", "SQLite: {n} problem found"),
            QT_TRANSLATE_NOOP("core", "SQLite: {n} problems found"),
        )
    if detail and len(detail) <= 60 and "\n" not in detail and "***" not in detail:
        return f"SQLite: {detail}"
    return QT_TRANSLATE_NOOP("core", "SQLite found damage").message()


class BackupRefusedError(StoreError):
    """The file given to ``db restore`` is not a usable Briefing Companion backup; nothing moved."""


def _mb(size: int) -> Figure:
    """Megabytes for a message: one decimal under 10 MB, whole above (1,5 in French)."""
    value = size / 1e6
    return Figure(value, ".1f" if value < 10 else ".0f")


class UsageError(BriefingError):
    """A command-line value that makes no sense (exit code 2, like argparse's own)."""

    exit_code = 2


class NotFoundError(BriefingError):
    """A session, presenter or feed the user named does not exist."""

    exit_code = 3


class MaterialError(BriefingError):
    """A file cannot be attached: too large, not a regular file, unreadable (bad input)."""

    exit_code = 4


class MaterialMissingError(NotFoundError):
    """A material's stored file vanished from the materials folder."""


class BundleError(BriefingError):
    """A case-study bundle cannot be imported or written; nothing was changed.

    Attributes:
        source: The bundle file, for the message.
    """

    exit_code = 4

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class FollowupFileError(BriefingError):
    """A follow-ups file (.ics VTODOs) cannot be imported; nothing was changed.

    Attributes:
        source: The file, for the message.
        item: Which item ("VTODO #3 (UID 'x', "Send slides")"), when one is at fault.
    """

    exit_code = 4

    def __init__(self, reason: str, *, source: str | None = None, item: str | None = None) -> None:
        self.reason = reason
        self.source = source
        self.item = item
        where = f"{source}: " if source else ""
        if item:
            where += f"{item}: "
        super().__init__(f"{where}{reason}")


class MyDataError(BriefingError):
    """A "my data" file cannot be imported (damaged, edited, from a newer app); nothing changed.

    Attributes:
        source: The file, for the message.
        path: The JSON path of the bad field (``$.questions[2].state``), when known.
    """

    exit_code = 4

    def __init__(self, reason: str, *, source: str | None = None, path: str | None = None) -> None:
        self.reason = reason
        self.source = source
        self.path = path
        where = f"{source}: " if source else ""
        if path:
            where += f"at {path}: "
        super().__init__(f"{where}{reason}")


class ConflictError(BriefingError):
    """Local work is newer than what would replace it; the user has to choose."""

    exit_code = 7


class AlreadyFollowingError(ConflictError):
    """``feeds add`` of a feed already followed: the store has it as *feed_id*.

    Attributes:
        feed_id: The feed already following that address.
    """

    def __init__(self, url: str, feed_id: int, name: str) -> None:
        self.url = url
        self.feed_id = feed_id
        super().__init__(
            QT_TRANSLATE_NOOP("core", "already following {url}: it is feed {id} ({name})").format(
                url=url, id=feed_id, name=name
            )
        )


class NoDisplayError(BriefingError):
    """The window cannot open: no display to show it on (an SSH session, a server).

    The command-line commands work without one.
    """

    exit_code = 8


class ReadOnlyError(UsageError):
    """Something that belongs to a feed and cannot be changed or deleted here."""


class OperationCancelledError(BriefingError):
    """The user cancelled a long operation (attaching, exporting); nothing was changed."""

    exit_code = 130
