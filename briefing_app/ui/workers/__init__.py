"""Background work: tasks, search, sync, store watching, progress."""
