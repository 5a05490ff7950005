"""Dialogs: settings, export, zone picker."""
