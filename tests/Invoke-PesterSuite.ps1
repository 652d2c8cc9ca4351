#requires -Version 7.4
<#
.SYNOPSIS
    Runs (or only discovers) Pester suites of this repository and writes their results as JSON.
.DESCRIPTION
    The Pester suites are the module's behavioural specification. `dotnet test HwTasks.sln` runs them
    through tests/HwTasks.Pester.Tests, which starts this script in a `pwsh -NoProfile` child process
    and reports each It as one test. Run it yourself for a quick loop:

        dotnet tool run pwsh -NoProfile -File tests/Invoke-PesterSuite.ps1 -Path tests/Cdm.Tests.ps1

    Pester comes from the NuGet package the build restores (tests/HwTasks.Pester.Tests downloads it);
    nothing is installed into the user's module path.
.PARAMETER Path
    Suites to run (a suite of your own too: HwTasks and HwTasks.Testing import by name in it); all tests/*.Tests.ps1 and examples/*.Tests.ps1 (recursively) by default. One argument may list several,
    separated by the platform's path separator (pwsh -File passes each argument as one string).
.PARAMETER PesterModule
    Pester.psd1 to import; by default the version the build restored into the NuGet package folder.
.PARAMETER ResultFile
    Where to write the results as JSON (one entry per test and per failed block).
.PARAMETER DiscoverOnly
    List the tests without running them (Pester's discovery phase; no BeforeAll runs).
#>
[CmdletBinding()]
param(
    [string[]] $Path,
    [string] $PesterModule,
    [string] $ResultFile,
    [switch] $DiscoverOnly
)

$ErrorActionPreference = 'Stop'
$PesterVersion = '5.9.1'

$root = Split-Path -Parent $PSScriptRoot
$Path = @($Path | ForEach-Object { $_ -split [regex]::Escape([System.IO.Path]::PathSeparator) } | Where-Object { $_ })
if (-not $Path) {
    $Path = Get-ChildItem -Path $PSScriptRoot, (Join-Path $root 'examples') -Recurse -Filter '*.Tests.ps1' |
        Where-Object FullName -NotMatch '[\\/](bin|obj)[\\/]' | Sort-Object FullName | ForEach-Object FullName
}

# Any suite outside tests/ (the examples', a user's own, docs/TESTING.md's) is written as a user
# writes it, importing HwTasks and HwTasks.Testing by name; the suites under tests/ import the
# checkout's manifests by path and keep a module path without HwTasks (auto-loading is theirs to
# test). For the others, a folder of links named after the modules, to the checkout's manifests,
# goes first on the module path, which child processes (pwsh -File) inherit.
$suites = $PSScriptRoot + [System.IO.Path]::DirectorySeparatorChar
if ($Path | Where-Object { -not [System.IO.Path]::GetFullPath($_).StartsWith($suites) }) {
    $modules = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-modules-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $modules | Out-Null
    # A junction needs no privilege on Windows; elsewhere a symbolic link is the folder link there is.
    $linkType = if ($IsWindows) { 'Junction' } else { 'SymbolicLink' }
    New-Item -ItemType $linkType -Path (Join-Path $modules 'HwTasks') -Target $root | Out-Null
    New-Item -ItemType $linkType -Path (Join-Path $modules 'HwTasks.Testing') -Target (Join-Path $root 'src/HwTasks.Testing') | Out-Null
    $env:PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
}
if (-not $PesterModule) {
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $PesterModule = Join-Path $packages "pester/$PesterVersion/tools/Pester.psd1"
}
if (-not (Test-Path $PesterModule)) {
    throw "Pester $PesterVersion is not restored at '$PesterModule'. Run 'dotnet build HwTasks.sln' first (it downloads Pester through NuGet)."
}
Import-Module $PesterModule -RequiredVersion $PesterVersion -Force

$config = New-PesterConfiguration
$config.Run.Path = $Path
$config.Run.PassThru = $true
$config.Run.SkipRun = [bool] $DiscoverOnly
$config.Output.Verbosity = if ($DiscoverOnly) { 'None' } else { 'Detailed' }
$result = Invoke-Pester -Configuration $config

# Discovery leaves the <templates> of -ForEach names unexpanded (Pester expands a name as its block
# or test runs), so a name is expanded here as Pester does it, from the data of its -ForEach item
# and of its blocks': the names discovery lists are then the names the run reports.
function Expand-PesterName([string] $Name, [object[]] $Data) {
    if ($Name -notlike '*<*') { return $Name }
    $expression = '"' + ($Name -replace '\$', '`$' -replace '"', '`"' -replace '(?<!`)<([^>^`]+)>', '$$($$$1)') + '"'
    & {
        foreach ($____item in $args[0]) {
            if ($____item -is [System.Collections.IDictionary]) { foreach ($____key in $____item.Keys) { Set-Variable -Name $____key -Value $____item[$____key] } }
            if ($null -ne $____item) { $_ = $____item }
        }
        & ([scriptblock]::Create($args[1]))
    } $Data $expression
}

function Get-TestPath($test) {
    if (-not $DiscoverOnly) { return $test.ExpandedPath }
    $blocks = @(for ($block = $test.Block; -not $block.IsRoot; $block = $block.Parent) { $block })
    [array]::Reverse($blocks)
    $names = for ($i = 0; $i -lt $blocks.Count; $i++) { Expand-PesterName $blocks[$i].Name @($blocks[0..$i].Data) }
    @($names) + (Expand-PesterName $test.Name (@($blocks.Data) + @($test.Data))) -join '.'
}

function Get-ErrorText($errors) {
    @($errors | ForEach-Object {
            $text = "$($_.Exception.Message)"
            if ($_.ScriptStackTrace) { $text += [Environment]::NewLine + $_.ScriptStackTrace }
            $text
        }) -join ([Environment]::NewLine * 2)
}

$report = [ordered]@{
    tests  = @($result.Tests | ForEach-Object {
            [ordered]@{
                file    = $_.ScriptBlock.File
                name    = Get-TestPath $_
                result  = "$($_.Result)"
                message = Get-ErrorText $_.ErrorRecord
            }
        })
    # A file that failed discovery, or a block whose BeforeAll or AfterAll failed: its tests may
    # not have run at all.
    blocks = @(
        @($result.FailedContainers | ForEach-Object { [ordered]@{ file = "$($_.Item)"; name = '(suite)'; message = Get-ErrorText $_.ErrorRecord } }) +
        @($result.FailedBlocks | ForEach-Object { [ordered]@{ file = $_.ScriptBlock.File; name = $_.ExpandedPath; message = Get-ErrorText $_.ErrorRecord } }) |
            ForEach-Object { $_.result = 'Failed'; $_ })
}
if ($modules) {
    # The links only: Remove-Item on a link to a folder would otherwise empty the folder it points to.
    Get-ChildItem $modules | ForEach-Object { $_.Delete() }
    Remove-Item $modules
}
if ($ResultFile) {
    $report | ConvertTo-Json -Depth 5 | Set-Content -Path $ResultFile -Encoding utf8NoBOM
}
if (-not $DiscoverOnly -and ($result.FailedCount -gt 0 -or $report.blocks.Count -gt 0)) { exit 1 }
