# Build the Windows installer (see installer/README.md).
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Venv = Join-Path $Root ".venv-build"
if (-not (Test-Path $Venv)) { py -3 -m venv $Venv }
$Python = Join-Path $Venv "Scripts\python.exe"
& $Python -m pip install -q --upgrade pip
& $Python -m pip install -q . pyinstaller
& $Python -m PyInstaller --noconfirm installer\stationdesk.spec
$Exe = Join-Path $Root "dist\StationDesk\StationDesk.exe"
$Check = Join-Path $env:TEMP "stationdesk-build-check"
if (Test-Path $Check) { Remove-Item -Recurse -Force $Check }
& $Exe --data-dir $Check demo --people 50
& $Exe --data-dir $Check selftest
if ($LASTEXITCODE -ne 0) { throw "the frozen program failed its selftest" }
iscc installer\stationdesk.iss
