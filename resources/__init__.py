"""Data files shipped with Briefing Companion (installed as ``briefing_app.resources``)."""
