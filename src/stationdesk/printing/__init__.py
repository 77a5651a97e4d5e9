"""Printouts (reportlab): the shared font finder and page template, and one module per document."""
