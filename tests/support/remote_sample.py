"""The sample feed as another series, its first session listing one pre-read ("Brief")."""

from __future__ import annotations

import json
from typing import Any

from briefing_app.platform.resources_util import SAMPLE_FEED, read_resource_bytes


def sample_with_brief(url: str, size: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The feed document (series "remote", "Remote briefings") and its first session, whose
    one material is the pre-read "Brief" at *url* of *size* bytes (change it to move it)."""
    doc = json.loads(read_resource_bytes(SAMPLE_FEED))
    doc["series"]["id"], doc["series"]["title"] = "remote", "Remote briefings"
    first = doc["sessions"][0]
    first["materials"] = [{"kind": "pre-read", "title": "Brief", "url": url, "size": size}]
    return doc, first
