"""Write the uninstall manifest of a payload folder (the PyInstaller one-folder build) for
installer/stationdesk.nsi: every file, then every folder deepest first (ending in a backslash),
relative to the install folder, as UTF-16LE lines without a byte-order mark (NSIS FileReadUTF16LE).

The uninstaller deletes exactly these, and a folder only once it is empty, so files a person put
into the install folder stay; an upgrade deletes the older version's listed files first.

    python installer/payload_manifest.py dist/StationDesk build/installer/install-manifest.txt
"""

from __future__ import annotations

import sys
from pathlib import Path


def manifest_lines(payload: Path) -> list[str]:
    files, folders = [], []
    for path in sorted(payload.rglob("*")):
        relative = "\\".join(path.relative_to(payload).parts)
        if path.is_dir():
            folders.append(relative + "\\")
        else:
            files.append(relative)
    folders.sort(key=lambda name: (-name.count("\\"), name))  # children before their parents
    return files + folders


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    payload, target = Path(argv[0]), Path(argv[1])
    if not (payload / "StationDesk.exe").is_file():
        print(f"{payload} holds no StationDesk.exe: build the program first", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes("".join(line + "\r\n" for line in manifest_lines(payload)).encode("utf-16-le"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
