"""The Sessions tab: list and model, detail panel, date filter, note history, first run."""
