#requires -Version 5.1
<#
.SYNOPSIS
    Runs Pester suites in whichever PowerShell starts it: the Windows workflow runs tests/Desktop.Tests.ps1
    with it under powershell.exe 5.1 (Invoke-PesterSuite.ps1 needs 7.4 for HwTasks.Testing's emulator).
    Pester comes from the NuGet package the build restored; the exit code is the number of failures.
#>
param(
    [Parameter(Mandatory)] [string[]] $Path,
    [string] $PesterVersion = '5.9.1'
)
$ErrorActionPreference = 'Stop'
$packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
$pester = Join-Path $packages "pester/$PesterVersion/tools/Pester.psd1"
if (-not (Test-Path $pester)) { throw "$pester is missing: run 'dotnet build HwTasks.sln' first (its restore downloads Pester $PesterVersion)." }
Import-Module $pester -Force
$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration
exit $result.FailedCount
