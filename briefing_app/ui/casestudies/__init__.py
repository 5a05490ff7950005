"""The Case studies tab: the view, its form, materials, notes and models."""
