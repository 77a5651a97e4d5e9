"""Pure rules of the field. Imports nothing else of the project but ``errors``."""
