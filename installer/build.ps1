# The one command for the real Windows build (see installer/README.md), from the repository root:
#   installer\build.ps1
# Makes .venv-build, freezes the program with PyInstaller (dist\StationDesk\), checks the frozen
# program with its selftest (Chinese and English, an older database upgraded), then compiles the
# NSIS installer with warnings as errors (dist\installer\StationDesk-Setup-<version>.exe).
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Venv = Join-Path $Root ".venv-build"
if (-not (Test-Path $Venv)) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked "creating .venv-build" { py -3 -m venv $Venv }
    } else {
        Invoke-Checked "creating .venv-build" { python -m venv $Venv }
    }
}
$Python = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked "pip upgrade" { & $Python -m pip install -q --upgrade pip }
Invoke-Checked "installing StationDesk and PyInstaller" { & $Python -m pip install -q ".[freeze]" }
Invoke-Checked "PyInstaller" { & $Python -m PyInstaller --noconfirm installer\stationdesk.spec }

# The console twin of StationDesk.exe prints the selftest; the windowed one has no stdout.
$Cli = Join-Path $Root "dist\StationDesk\stationdesk-cli.exe"
$Check = Join-Path $env:TEMP "stationdesk-build-check"
if (Test-Path $Check) { Remove-Item -Recurse -Force $Check }
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked "demo data for the check" { & $Cli --data-dir $Check demo --people 50 }
Invoke-Checked "frozen selftest" { & $Cli --data-dir $Check selftest --older-database tests\fixtures\station-0009.sqlite3 }
Invoke-Checked "frozen selftest in English" { & $Cli --data-dir $Check --lang en selftest }
Remove-Item Env:\QT_QPA_PLATFORM

$Version = (& $Python -c "import stationdesk; print(stationdesk.__version__)").Trim()
$Manifest = Join-Path $Root "build\installer\install-manifest.txt"
Invoke-Checked "uninstall manifest" { & $Python installer\payload_manifest.py dist\StationDesk $Manifest }
$Makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $Makensis) { $Makensis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
if (-not (Test-Path $Makensis)) { throw "makensis not found: install NSIS 3 (https://nsis.sourceforge.io or: choco install nsis)" }
New-Item -ItemType Directory -Force (Join-Path $Root "dist\installer") | Out-Null
$Setup = Join-Path $Root "dist\installer\StationDesk-Setup-$Version.exe"
Invoke-Checked "makensis" {
    & $Makensis -WX "-DVERSION=$Version" "-DPAYLOAD=$Root\dist\StationDesk" "-DMANIFEST=$Manifest" "-DOUTFILE=$Setup" installer\stationdesk.nsi
}
Write-Host "Setup file: $Setup"
