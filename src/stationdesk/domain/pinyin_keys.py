"""Search keys so 张三 is found by "zs" or "zhangsan" (pypinyin).

A surname may be read several ways (单 shan/dan, 曾 zeng/ceng), so the first character keeps up to
three readings; the other characters take pypinyin's usual reading, which keeps false matches rare.
"""

from __future__ import annotations

from itertools import product

_MAX_VARIANTS = 3


def pinyin_keys(name: str) -> tuple[str, str]:
    """Return ``(full, initials)``, each a space-separated list of variants, lower case.

    ``full`` holds e.g. "zhangsan", ``initials`` "zs"; with polyphonic characters both hold
    several variants ("shanli danli").
    """
    name = "".join((name or "").split())
    if not name:
        return "", ""
    # Imported here: pypinyin's phrase dictionary takes ~0.2 s to load, which start-up need not pay.
    from pypinyin import Style, pinyin

    readings = pinyin(name, style=Style.NORMAL, heteronym=True, errors=lambda chars: [c.lower() for c in chars])
    options = [
        [r.lower() for r in char_readings[:3]] if index == 0 else [char_readings[0].lower()]
        for index, char_readings in enumerate(readings)
    ]
    fulls: list[str] = []
    initials: list[str] = []
    for combo in product(*options):
        full = "".join(combo)
        ini = "".join(part[0] for part in combo if part)
        if full not in fulls:
            fulls.append(full)
        if ini not in initials:
            initials.append(ini)
        if len(fulls) >= _MAX_VARIANTS:
            break
    return " ".join(fulls), " ".join(initials)
