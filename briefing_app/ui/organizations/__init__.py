"""The Organizations tab: partners, members and sponsors the feeds name."""
