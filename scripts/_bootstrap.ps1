# Shared by run.ps1 and test.ps1: make .venv and install StationDesk into it (dot-sourced).
$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root ".venv"
$Python = Join-Path $Venv "Scripts\python.exe"
$Stationdesk = Join-Path $Venv "Scripts\stationdesk.exe"

function Initialize-Venv([string]$Extras) {
    if (-not (Test-Path $Python)) {
        Write-Host "scripts: creating $Venv"
        $launcher = Get-Command py -ErrorAction SilentlyContinue
        if ($launcher) { & py -3 -m venv $Venv } else { & python -m venv $Venv }
        if ($LASTEXITCODE -ne 0) { throw "Python 3.11 or newer is needed (https://www.python.org/downloads/windows/)" }
        & $Python -m pip install -q --upgrade pip
    }
    $stamp = Join-Path $Venv ".stationdesk-installed"
    $hash = (Get-FileHash (Join-Path $Root "pyproject.toml") -Algorithm SHA256).Hash.Substring(0, 16).ToLower()
    $wanted = "$hash-$Extras"
    if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $wanted) {
        Write-Host "scripts: installing StationDesk and its Python packages into .venv"
        & $Python -m pip install -q -e "$Root[$Extras]"
        if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
        Set-Content -Path $stamp -Value $wanted
    }
}
