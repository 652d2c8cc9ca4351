# HwTasks.Testing preflight. The manifest's RootModule is the compiled bin/HwTasks.Testing.dll; this
# nested script module loads first and only turns "no valid module file was found" in an unbuilt
# checkout into the fix.

if (-not [System.IO.File]::Exists([System.IO.Path]::Combine($PSScriptRoot, 'bin', 'HwTasks.Testing.dll'))) {
    throw "HwTasks.Testing is not built: '$PSScriptRoot/bin/HwTasks.Testing.dll' is missing. Run 'dotnet build' (or ./build.ps1) in the repository, then import the module again."
}
