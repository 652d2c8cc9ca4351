# HwTasks root module. Loads the compiled cmdlets and nothing else: no network, no scanning.
# Uses only .NET and core cmdlets so it imports the same in any host.

$binCandidates = @(
    [System.IO.Path]::Combine($PSScriptRoot, 'bin'),                                # packaged module
    [System.IO.Path]::Combine($PSScriptRoot, 'src', 'HwTasks', 'bin', 'Module', 'bin') # a built checkout
)
$binDirectory = $null
foreach ($candidate in $binCandidates) {
    if ([System.IO.File]::Exists([System.IO.Path]::Combine($candidate, 'HwTasks.dll'))) {
        $binDirectory = $candidate
        break
    }
}
if (-not $binDirectory) {
    throw "HwTasks is not built. Run 'dotnet build' (or ./build.ps1) in '$PSScriptRoot', then import the module again."
}

$cmdletAssembly = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($binDirectory, 'HwTasks.dll'))
# HwTasks.Core and its dependencies load privately from bin/dependencies, so other modules'
# copies of Microsoft.Extensions.* or System.Text.Json never clash with ours.
[HwTasks.Loading.DependencyLoader]::Register(
    [System.IO.Path]::Combine($binDirectory, 'dependencies'),
    $PSVersionTable.PSVersion.ToString())

# Argument completers are attributes on the cmdlets ([ArgumentCompleter]); nothing to register here.
Import-Module -Assembly $cmdletAssembly -Force
# The manifest's CmdletsToExport is the one list of what the module offers.
Export-ModuleMember -Cmdlet *
