"""French wording from the review of the French window (items 16, 17, 22): the sync
interval's label reads with "Seulement sur demande", « Rejoindre » in guillemets, the
attendance hours without "suivies" (a suivi is a follow-up), filters "Toutes les dates"."""

from __future__ import annotations

from briefing_app.tools import cli_catalog

TS_FILE = cli_catalog.I18N_DIR / "briefing_app_fr.ts"


def _french() -> dict[tuple[str, str], str]:
    return {(m.context, m.source): m.translation for m in cli_catalog.read_ts(TS_FILE)}


def test_the_review_s_french_wording() -> None:
    french = _french()
    assert french["SettingsDialog", "Sync &every"] == "&Fréquence de synchronisation"
    join = french[
        "AttendanceDialog",
        "Join records each time you join; mark a session to say you attended or not. "
        "Hours are each session's scheduled length.",
    ]
    assert join.startswith("«\u00a0Rejoindre\u00a0» note")
    hours = french["AttendanceDialog", "&Hours per series (sessions attended)"]
    assert "suivi" not in hours and "assisté" in hours
    filters = {
        ("DateRangeFilter", "Any date"): "Toutes les dates",
        ("FilterBar", "Any kind"): "Tous les types",
        ("FilterBar", "Any track"): "Tous les volets",
        ("FilterBar", "Any organization"): "Toutes les organisations",
    }
    for key, text in filters.items():
        assert french[key] == text, key
    anys = [french[k] for k in french if k[1].startswith("Any ") and len(k[1].split()) == 2]
    assert len(anys) >= 8
    assert [t for t in anys if not t.startswith(("Tous les ", "Toutes les "))] == []
