"""Find a Chinese TrueType font on this machine and register it with reportlab (embedded as a subset).

Windows: Microsoft YaHei, SimHei, SimSun from the Windows font folder. Linux: a TrueType CJK font
through fontconfig (WenQuanYi and the like; reportlab cannot embed CFF-outline fonts such as Noto
CJK .otf). Last resort: reportlab's built-in STSong-Light, which is not embedded and needs the
reader to have an Asian font pack.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

FONT_NAME = "StationDeskCJK"
FALLBACK_FONT = "STSong-Light"

_WINDOWS_CANDIDATES = (("msyh.ttc", 0), ("msyh.ttf", 0), ("simhei.ttf", 0), ("simsun.ttc", 0))
_LINUX_KNOWN = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)


@dataclass(frozen=True)
class PrintFont:
    name: str  # the name to use in reportlab styles
    path: str | None  # None for the built-in CID fallback
    embedded: bool


def _candidates() -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    override = os.environ.get("STATIONDESK_FONT")
    if override:
        found.append((override, 0))
    windir = os.environ.get("WINDIR")
    if windir:
        found += [(str(Path(windir) / "Fonts" / name), index) for name, index in _WINDOWS_CANDIDATES]
    found += [(path, 0) for path in _LINUX_KNOWN]
    if shutil.which("fc-list"):
        try:
            listing = subprocess.run(
                ["fc-list", ":lang=zh", "file", "fontformat"], capture_output=True, text=True, timeout=10, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        for line in sorted(listing.splitlines()):
            path, _, kind = line.partition(":")
            if "TrueType" in kind and path.lower().endswith((".ttf", ".ttc")):
                found.append((path.strip(), 0))
    return found


@lru_cache(maxsize=1)
def print_font() -> PrintFont:
    """The registered Chinese font (found once per process)."""
    for path, index in _candidates():
        if not Path(path).is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, path, subfontIndex=index))
        except (TTFError, OSError) as error:
            log.info("font %s not usable: %s", path, error)
            continue
        log.info("printing with font %s", path)
        return PrintFont(FONT_NAME, path, embedded=True)
    log.warning("no TrueType CJK font found; falling back to %s (not embedded)", FALLBACK_FONT)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return PrintFont(FALLBACK_FONT, None, embedded=False)
