"""The Changes tab."""
