# Run the whole test suite on Windows (Qt offscreen). Extra arguments go to pytest.
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\_bootstrap.ps1"
Initialize-Venv "test,postgres"
$Ruff = Join-Path (Split-Path $Python) "ruff.exe"
& $Ruff format --check --quiet $Root; if ($LASTEXITCODE -ne 0) { Write-Host "scripts/test: run ruff format ."; exit 1 }
& $Ruff check --quiet $Root; if ($LASTEXITCODE -ne 0) { exit 1 }
$env:QT_QPA_PLATFORM = "offscreen"
& $Python -m pytest @args
exit $LASTEXITCODE
