"""Who is shown by which name: a child by the alias set for them (privacy of minors), everyone else
by their name. Screens, printouts and the conflict lists all follow this one rule."""

from __future__ import annotations


def shown_name(name: str | None, alias: str | None, is_child: bool | None) -> str:
    return (alias if is_child and alias else name) or ""
