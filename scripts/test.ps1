# Run the whole test suite on Windows (Qt offscreen). Extra arguments go to pytest.
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\_bootstrap.ps1"
Initialize-Venv "test,postgres"
$env:QT_QPA_PLATFORM = "offscreen"
& $Python -m pytest @args
exit $LASTEXITCODE
