"""Export: an .ics of every session, in-process, its peak memory, and the whole command.

    python benchmarks/bench_export.py [--sizes 1k,10k,100k] [--runs 5]

Per size in ``ctx.sizes`` (a store holding the synthetic feed):

* **in-process export**: reading the sessions from the store, composing every
  event (descriptions, alarms, zones) and writing the .ics to a file, as
  ``export-ics --all`` does. Target (issue 14): ≤ 2 s at 10k. Floor, same
  run, interleaved: the *same bytes* written with plain string formatting from
  property values computed before the clock starts (a fixed property order,
  f-strings, the same escaping and folding, no type dispatch); the run checks
  that both give identical bytes.
* **CPU time** of that in-process export (and of the floor): the growth table's
  fair figure. Wall time on this shared machine follows the load (10k at load
  0.3, 100k at load 6.6 gave ×28.9 wall for ×11 CPU).
* **peak memory** of a process that only exports (opens the store, streams the
  sessions into the file as ``export-ics`` does): its maximum resident set.
  Target: ≤ 150 MB at 10k. Floor: the same process reading the sessions but
  writing nothing.
* **whole `export-ics --all -o FILE` process**, start to exit. No target of
  its own in the issue; floor: the in-process export of the same run (the
  difference is start-up and imports).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import harness
from harness import Context, Measure, Target, interleaved, median, process_seconds

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
ALARM = 15

#: What the export-only process runs: argv = database, output file, "export" or "read".
#: Its peak is VmHWM (this program's own high-water mark): ru_maxrss would also count the
#: parent's memory, which Linux carries across fork and exec into the child's figure.
_PROCESS = """
import sys
from pathlib import Path
from briefing_app.calendar.export import calendar_chunks
from briefing_app.platform.fileutil import write_chunks_atomically
from briefing_app.store import Store
with Store(Path(sys.argv[1])) as store, store.export_snapshot():
    outline = store.export_outline()
    sessions = store.iter_export_sessions()
    if sys.argv[3] == "export":
        chunks = calendar_chunks(sessions, name="Bench", alarm_minutes=15, outline=outline)
        write_chunks_atomically(Path(sys.argv[2]), chunks)
    else:
        for _ in sessions: pass
status = Path("/proc/self/status").read_text()
print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
"""


def collect(ctx: Context) -> list[Measure]:
    measures: list[Measure] = []
    for size in ctx.sizes:
        measures += _one_size(ctx, size)
    return measures


def _one_size(ctx: Context, size: int) -> list[Measure]:
    from briefing_app.calendar.export import calendar_bytes, calendar_chunks
    from briefing_app.platform.fileutil import write_chunks_atomically
    from briefing_app.store import Store

    data_dir = ctx.data_dir(size)
    database = data_dir / "briefing.db"
    out_dir = Path(tempfile.mkdtemp(prefix="ics-", dir=ctx.scratch))
    ours_file, floor_file = out_dir / "ours.ics", out_dir / "floor.ics"
    store = Store(database)
    try:
        plain = _plain_writer(store.export_sessions())
        expected = calendar_bytes(
            store.export_sessions(), name="Bench", alarm_minutes=ALARM, now=NOW
        )
        if plain(NOW) != expected:
            raise AssertionError("the plain-formatting floor does not give the export's bytes")

        cpu: dict[str, list[float]] = {"ours": [], "floor": []}

        def ours() -> float:
            # As export-ics does it: the sessions stream from the store into the file.
            started, cpu_started = time.perf_counter(), time.process_time()
            with store.export_snapshot():
                outline = store.export_outline()
                chunks = calendar_chunks(
                    store.iter_export_sessions(), name="Bench", alarm_minutes=ALARM, outline=outline
                )
                write_chunks_atomically(ours_file, chunks)
            cpu["ours"].append(time.process_time() - cpu_started)
            return time.perf_counter() - started

        def floor() -> float:
            started, cpu_started = time.perf_counter(), time.process_time()
            with floor_file.open("wb") as out:
                out.write(plain(NOW))
            cpu["floor"].append(time.process_time() - cpu_started)
            return time.perf_counter() - started

        ours_s, floor_s = interleaved(ctx.runs, ours, floor)
        # On a shared machine the wall clock includes waiting for a core: say the CPU time too.
        cpu_note = (
            f"CPU {median(cpu['ours']):.2f} s vs floor {median(cpu['floor']):.2f} s; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
    finally:
        store.close()

    memory_runs = max(1, min(ctx.runs, 3))
    export_mb, read_mb = interleaved(
        memory_runs,
        lambda: _peak_mb(ctx, database, out_dir / "mem.ics", "export"),
        lambda: _peak_mb(ctx, database, out_dir / "mem.ics", "read"),
    )
    command = [
        ctx.python,
        "-m",
        "briefing_app",
        "export-ics",
        "--all",
        "-o",
        str(out_dir / "p.ics"),
    ]
    env = ctx.env(data_dir)
    process_s = median([process_seconds(command, env) for _ in range(max(1, ctx.runs))])

    at_10k = size == 10_000
    return [
        Measure(
            "export",
            ".ics export, in-process (store to file)",
            ours_s,
            "s",
            floor=floor_s,
            floor_name="plain string formatting, same bytes",
            target=Target.at_most(2) if at_10k else None,
            size=size,
            note=cpu_note,
        ),
        Measure(
            "export",
            ".ics export, in-process, CPU time",
            median(cpu["ours"]),
            "s",
            floor=median(cpu["floor"]),
            floor_name="plain string formatting, CPU time",
            size=size,
            note="CPU time: what the growth table should compare (wall time follows the load)",
        ),
        Measure(
            "export",
            ".ics export, peak memory of an export-only process",
            export_mb,
            "MB",
            floor=read_mb,
            floor_name="same process, reading only",
            target=Target.at_most(150) if at_10k else None,
            size=size,
        ),
        Measure(
            "export",
            "export-ics --all, whole process",
            process_s,
            "s",
            floor=ours_s,
            floor_name="in-process export",
            size=size,
        ),
    ]


def _peak_mb(ctx: Context, database: Path, output: Path, mode: str) -> float:
    done = subprocess.run(
        [ctx.python, "-c", _PROCESS, str(database), str(output), mode],
        env=ctx.env(database.parent),
        check=True,
        capture_output=True,
        text=True,
        timeout=900,
    )
    return int(done.stdout.split()[-1]) / 1024  # VmHWM: kB


# ---- the floor: the same bytes by plain string formatting ---------------------------------
def _plain_writer(sessions: list[Any]) -> Callable[[datetime], bytes]:
    """Every value computed now; the returned function only formats them (the timed part)."""
    from briefing_app.calendar.export import ZonePlan, _calendar_shell, event_properties

    zones = ZonePlan(sessions)
    head = _calendar_shell(len(sessions), "Bench", zones).to_ical()[: -len(b"END:VCALENDAR\r\n")]
    prepared = []
    for session in sessions:
        properties, minutes = event_properties(session, zones, now=NOW, alarm_minutes=ALARM)
        values = {name: (value, params) for name, value, params in properties}
        prepared.append((values, minutes, session.title))

    def write(now: datetime) -> bytes:
        parts = [head]
        for values, minutes, title in prepared:
            parts.append(_plain_event(values, minutes, title, now))
        parts.append(b"END:VCALENDAR\r\n")
        return b"".join(parts)

    return write


def _esc(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _dt(value: datetime) -> str:
    if value.utcoffset() == timedelta(0) and getattr(value.tzinfo, "key", "UTC") == "UTC":
        return f":{value:%Y%m%dT%H%M%S}Z"
    return f";TZID={getattr(value.tzinfo, 'key', '')}:{value:%Y%m%dT%H%M%S}"


def _fold(line: str) -> bytes:
    data = line.encode()
    if len(data) < 75:
        return data
    parts, start = [], 0
    while len(data) - start > 74:
        end = start + 74
        while data[end] & 0xC0 == 0x80:
            end -= 1
        if data[end - 1] in b"\\^":
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def _plain_event(values: dict[str, Any], minutes: int | None, title: str, now: datetime) -> bytes:
    def text(name: str) -> list[str]:
        return [f"{name.upper()}:{_esc(values[name][0])}"] if name in values else []

    organizer = values["organizer"][0]
    cn = organizer.params["CN"]
    cn = f'"{cn}"' if any(c in cn for c in " ',;:") else cn
    lines = [
        "BEGIN:VEVENT",
        *text("summary"),
        "DTSTART" + _dt(values["dtstart"][0]),
        "DTEND" + _dt(values["dtend"][0]),
        f"DTSTAMP:{now:%Y%m%dT%H%M%S}Z",
        *text("uid"),
        f"SEQUENCE:{values['sequence'][0]}",
    ]
    if "categories" in values:
        lines.append("CATEGORIES:" + ",".join(_esc(c) for c in values["categories"][0]))
    if "conference" in values:
        lines.append(f"CONFERENCE;FEATURE=VIDEO;LABEL=Join;VALUE=URI:{values['conference'][0]}")
    lines.append(f"CREATED:{values['created'][0]:%Y%m%dT%H%M%S}Z")
    lines += text("description")
    lines.append(f"LAST-MODIFIED:{values['last-modified'][0]:%Y%m%dT%H%M%S}Z")
    lines += text("location")
    lines.append(f"ORGANIZER;CN={cn}:{organizer}")
    lines += text("status") + text("transp")
    if "url" in values:
        lines.append(f"URL:{values['url'][0]}")
    if minutes is not None:
        duration = _duration(minutes)
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_esc(title)}"]
        lines += [f"TRIGGER:{duration}", "END:VALARM"]
    lines.append("END:VEVENT")
    return b"".join(_fold(line) + b"\r\n" for line in lines)


def _duration(minutes: int) -> str:
    if minutes == 0:
        return "PT0S"
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    text = "-P" + (f"{days}D" if days else "")
    if hours or mins:
        text += "T" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins else "")
    return text


def _collect_with_notes(ctx: Context) -> list[Measure]:
    """:func:`collect`, saying each measure's note too (the table has no column for it)."""
    measures = collect(ctx)
    for m in measures:
        if m.note:
            print(f"{m.name} @ {m.size:,}: {m.note}", file=sys.stderr)
    return measures


if __name__ == "__main__":
    raise SystemExit(harness.main_for(_collect_with_notes))
