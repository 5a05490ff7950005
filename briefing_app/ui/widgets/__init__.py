"""Small widgets and helpers every view uses: layout, banner, text edits, theme, shortcuts."""
