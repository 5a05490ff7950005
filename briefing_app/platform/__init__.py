"""Platform: paths, logging, bundled resources, atomic files, desktop entry, display."""
