# HwTasks preflight. The manifest's RootModule is the compiled bin/HwTasks.dll (a binary root module
# imports in a fraction of a script module's time and survives Import-Module -Force); this nested
# script module loads first and only turns "no valid module file was found" in an unbuilt checkout
# into the fix. A host may offer no cmdlets beyond the core ones (a runspace from
# InitialSessionState.CreateDefault2, as the help compiler uses), and ConstrainedLanguage refuses .NET
# method calls on System.IO: so the check is a .NET call in FullLanguage and Test-Path otherwise.

$dll = "$PSScriptRoot/bin/HwTasks.dll"
$built = if ($ExecutionContext.SessionState.LanguageMode -eq 'FullLanguage') { [System.IO.File]::Exists($dll) } else { Test-Path -LiteralPath $dll -PathType Leaf }
if (-not $built) {
    throw "HwTasks is not built: '$PSScriptRoot/bin/HwTasks.dll' is missing. Run 'dotnet build' (or ./build.ps1) in '$PSScriptRoot', then import the module again."
}
