"""Use cases both fronts (CLI, GUI) share: import, agenda, reminders, startup, photos, self-test."""
