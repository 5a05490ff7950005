"""Download defaults the settings read: apart from :mod:`.http`, so that reading or
showing a setting does not import ``requests`` (about 50 ms of every such command)."""

#: Seconds a whole download may take, retries included, unless the user sets another.
DEFAULT_TOTAL_TIMEOUT = 60.0

MIB = 1024 * 1024
#: Bytes a feed may have unless the user sets another limit (the max-feed-size setting).
DEFAULT_MAX_BYTES = 50 * MIB
#: Bytes one downloaded material may have unless the user sets another limit
#: (the materials-max-size setting); the same as a file attached to a case study.
DEFAULT_MATERIAL_MAX_BYTES = 256 * MIB
#: Seconds one material's download may take, retries included (a big file on a slow line).
DEFAULT_MATERIAL_TIMEOUT = 600.0
