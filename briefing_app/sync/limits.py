"""Download defaults the settings read: apart from :mod:`.http`, so that reading or
showing a setting does not import ``requests`` (about 50 ms of every such command)."""

#: Seconds a whole download may take, retries included, unless the user sets another.
DEFAULT_TOTAL_TIMEOUT = 60.0
