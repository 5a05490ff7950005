"""Small Qt-free helpers: times and text."""
