# Shared by scripts/test and scripts/run: make .venv and install StationDesk into it, and, when
# run as root on Debian, the system packages Qt, the CJK font and the PDF checks need.
# Sourced, not run. Set STATIONDESK_SKIP_APT=1 to leave system packages alone.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

DEBIAN_PACKAGES=(
  libegl1 libgl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libnss3 libasound2
  fonts-wqy-microhei fontconfig poppler-utils xvfb xauth
)

ensure_debian_packages() {
  local extra=("$@")
  [ "${STATIONDESK_SKIP_APT:-0}" = "1" ] && return 0
  command -v apt-get >/dev/null 2>&1 || return 0
  [ "$(id -u)" = "0" ] || { echo "scripts: not root, skipping Debian packages (${DEBIAN_PACKAGES[*]} ${extra[*]})"; return 0; }
  local wanted=("${DEBIAN_PACKAGES[@]}" "${extra[@]}") missing=()
  python3 -m venv --help >/dev/null 2>&1 || wanted+=(python3-venv)
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "scripts: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_venv() {
  local extras="$1"
  if [ ! -x "$PY" ]; then
    echo "scripts: creating $VENV"
    python3 -m venv "$VENV"
    "$PY" -m pip install -q --upgrade pip
  fi
  local stamp="$VENV/.stationdesk-installed"
  local wanted
  wanted="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)-$extras"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "scripts: installing StationDesk and its Python packages into .venv"
    "$PY" -m pip install -q -e "$ROOT[$extras]"
    echo "$wanted" > "$stamp"
  fi
}

ensure_chinese_locale() {
  # the installer test runs Wine in zh_CN.UTF-8 to see the Simplified Chinese installer (root only)
  [ "${STATIONDESK_SKIP_APT:-0}" = "1" ] && return 0
  [ "$(id -u)" = "0" ] && command -v localedef >/dev/null 2>&1 || return 0
  locale -a 2>/dev/null | grep -qix "zh_CN.utf8" || localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 2>/dev/null || true
}

build_translations() {
  # .qm files are committed; rebuild them when a .ts is newer (needs pyside6-lrelease from PySide6).
  local lrelease="$VENV/bin/pyside6-lrelease"
  [ -x "$lrelease" ] || return 0
  for ts in "$ROOT"/src/stationdesk/resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    local qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$lrelease" -silent "$ts" -qm "$qm" || echo "scripts: could not build $qm"
    fi
  done
}
