"""Database: SQLAlchemy models, the engine with its SQLite settings, migrations and backups."""
