# HwTasks preflight. The manifest's RootModule is the compiled bin/HwTasks.dll (a binary root module
# imports in a fraction of a script module's time and survives Import-Module -Force); this nested
# script module loads first and only turns "no valid module file was found" in an unbuilt checkout
# into the fix. It uses only cmdlets, no .NET method calls, so it also runs under ConstrainedLanguage
# (where a method call on System.IO.File is refused), in every host and edition.

if (-not (Test-Path -LiteralPath (Join-Path (Join-Path $PSScriptRoot 'bin') 'HwTasks.dll') -PathType Leaf)) {
    throw "HwTasks is not built: '$PSScriptRoot/bin/HwTasks.dll' is missing. Run 'dotnet build' (or ./build.ps1) in '$PSScriptRoot', then import the module again."
}
