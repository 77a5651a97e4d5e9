"""Reusable widgets that are parts of pages (panels, bars)."""
