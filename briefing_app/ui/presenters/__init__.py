"""The Presenters tab."""
