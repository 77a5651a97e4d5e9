# Start StationDesk on Windows from nothing: makes .venv on first use, installs, starts the GUI.
#   scripts\run.ps1            your station
#   scripts\run.ps1 -Demo      a demo station with realistic data in its own data folder
param([switch]$Demo, [Parameter(ValueFromRemainingArguments = $true)] $Rest)
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\_bootstrap.ps1"
Initialize-Venv "test"
if ($Demo) {
    $demoDir = & $Python -c "from stationdesk.config import demo_data_folder; print(demo_data_folder().root)"
    if (-not (Test-Path (Join-Path $demoDir "stationdesk.sqlite3"))) {
        & $Stationdesk --data-dir $demoDir demo
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    Write-Host "scripts\run.ps1: the demo station: log in as admin (or clerk, social_worker, ...), password demo-password"
    & $Stationdesk --data-dir $demoDir @Rest
} else {
    & $Stationdesk @Rest
}
exit $LASTEXITCODE
