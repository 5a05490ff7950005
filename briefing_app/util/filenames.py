"""File names Windows cannot use: its device names, with any extension."""

from __future__ import annotations

#: Names Windows keeps for devices, whatever the extension ("CON.pdf" opens the console).
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}
)


def is_device_name(name: str) -> bool:
    """True when Windows reads *name* as a device: its part before the first dot, blanks
    at its end dropped, is one of :data:`WINDOWS_RESERVED` in any case."""
    return name.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_RESERVED


def not_a_device(name: str) -> str:
    """*name*, with ``_`` after its first part when Windows would read it as a device
    ("CON.pdf" → "CON_.pdf"); any other name as it is."""
    if not is_device_name(name):
        return name
    stem, dot, rest = name.partition(".")
    return f"{stem.rstrip(' ')}_{dot}{rest}"
