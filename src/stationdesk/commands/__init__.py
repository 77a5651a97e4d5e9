"""Subcommands of ``stationdesk``. Each module has ``register(subparsers)``; handlers take a
``CommandContext`` and return the exit code."""
