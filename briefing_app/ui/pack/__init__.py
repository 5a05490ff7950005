"""The briefing pack: laid out and painted with Qt (PDF, print), the export dialog."""
