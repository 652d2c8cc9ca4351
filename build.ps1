#requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests, packages and demonstrates HwTasks.
.DESCRIPTION
    Build   : restore and build the solution (the module is then importable: Import-Module ./HwTasks.psd1).
    Test    : run the xunit suites with 'dotnet test HwTasks.sln' and, where Pester 5 is installed, the Pester suites under tests/.
    Package : lay out a PowerShell Gallery-ready module in out/HwTasks/<version>/.
    Clean   : remove build output.
    Demo    : start the emulator and run examples/quickstart.ps1 against it.
.EXAMPLE
    ./build.ps1 -Task Build, Test
.EXAMPLE
    ./build.ps1 -Task Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'Clean', 'Demo')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$solution = Join-Path $root 'HwTasks.sln'

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

function Get-ModuleVersion {
    # Directory.Build.props holds the one version of every assembly, the manifest and the package.
    [xml] $props = Get-Content -Raw (Join-Path $root 'Directory.Build.props')
    return ($props.Project.PropertyGroup | Where-Object { $_.Version } | Select-Object -First 1).Version
}

function Invoke-Build {
    Invoke-Dotnet build $solution -c $Configuration
}

function Invoke-Test {
    Invoke-Dotnet test $solution -c $Configuration
    $pester = Get-Module -ListAvailable Pester | Where-Object { $_.Version.Major -ge 5 } | Sort-Object Version -Descending | Select-Object -First 1
    if ($pester) {
        Import-Module $pester -Force
        $config = New-PesterConfiguration
        $config.Run.Path = Join-Path $root 'tests'
        $config.Run.Exit = $false
        $config.Run.PassThru = $true
        $config.Output.Verbosity = 'Detailed'
        $result = Invoke-Pester -Configuration $config
        if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
    }
    else {
        Write-Warning 'Pester 5 is not installed; only the xunit suites ran. Install-Module Pester -MinimumVersion 5.0 to run tests/*.Tests.ps1 as well.'
    }
}

function Invoke-Package {
    $script:Configuration = 'Release'
    Invoke-Build
    $version = Get-ModuleVersion
    $target = Join-Path $root "out/HwTasks/$version"
    if (Test-Path $target) { Remove-Item $target -Recurse -Force }
    New-Item -ItemType Directory -Path $target | Out-Null
    Copy-Item (Join-Path $root 'HwTasks.psd1'), (Join-Path $root 'HwTasks.psm1'), (Join-Path $root 'HwTasks.format.ps1xml'), (Join-Path $root 'README.md') $target
    Copy-Item (Join-Path $root 'src/HwTasks/bin/Module/bin') (Join-Path $target 'bin') -Recurse
    $manifest = Test-ModuleManifest (Join-Path $target 'HwTasks.psd1')
    if ($manifest.Version.ToString() -ne $version) { throw "HwTasks.psd1 says $($manifest.Version) but Directory.Build.props says $version." }
    Write-Host "Packaged HwTasks $version in $target"
}

function Invoke-Clean {
    Invoke-Dotnet clean $solution
    foreach ($path in 'out', 'src/HwTasks/bin/Module') {
        $full = Join-Path $root $path
        if (Test-Path $full) { Remove-Item $full -Recurse -Force }
    }
}

function Invoke-Demo {
    Invoke-Build
    # The emulator picks a free loopback port and prints it on its one stdout line.
    $info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in (Join-Path $root "src/HwTasks.Emulator/bin/$Configuration/net10.0/HwTasks.Emulator.dll"), '--urls', 'http://127.0.0.1:0') {
        $info.ArgumentList.Add($argument)
    }
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $emulator = [System.Diagnostics.Process]::Start($info)
    try {
        $line = $emulator.StandardOutput.ReadLine()
        if ($line -notmatch '^HwTasks\.Emulator listening on (?<url>\S+)$') { throw "The emulator did not start: $line" }
        Import-Module (Join-Path $root 'HwTasks.psd1') -Force
        & (Join-Path $root 'examples/quickstart.ps1') -EndpointUrl $Matches.url
    }
    finally {
        if (-not $emulator.HasExited) { $emulator.Kill($true) }
    }
}

foreach ($step in $Task) {
    Write-Host "== $step"
    switch ($step) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Package' { Invoke-Package }
        'Clean' { Invoke-Clean }
        'Demo' { Invoke-Demo }
    }
}
