#requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests, packages and demonstrates HwTasks.
.DESCRIPTION
    Build   : restore and build the solution (the module is then importable: Import-Module ./HwTasks.psd1).
    Test    : every test: 'dotnet test HwTasks.sln', the xunit suites and every Pester suite under
              tests/ and examples/, each run in a pwsh -NoProfile child process (pwsh and Pester come
              from the build's own restore; nothing needs installing); then MonoTest. The last line is
              the totals of every test assembly's and the Mono leg's summary line: "N passed, N failed".
    Package : build Release, lay out the two PowerShell Gallery-ready modules in out/HwTasks/<version>/ and
              out/HwTasks.Testing/<version>/ and import each by name in a fresh pwsh.
    Layout  : only the layout step of Package, from what is built now (any configuration), into
              -OutputPath: each module's manifest, assemblies, format file and help, LICENSE and
              CHANGELOG.md; HwTasks also gets docs/README.package.md as README.md (the README at the
              root is for contributors).
    MonoTest: (part of Test) the .NET Framework leg: builds tests/HwTasks.FrameworkTests (net472) and runs it on Mono
              against the module's bin/ (the netstandard2.0 builds Windows PowerShell 5.1 loads, through
              its resolver) and the emulator. Installs Debian's mono-runtime when it is missing (root and
              apt-get); without them it is skipped with a warning, except in CI (CI=true), where it fails.
    Clean   : remove build output.
    Demo    : start the emulator (HwTasks.Testing, in this pwsh 7.4+) and run examples/quickstart.ps1 against it.
.EXAMPLE
    ./build.ps1 -Task Test

    Builds and runs every test, ending with "N passed, N failed".
.EXAMPLE
    ./build.ps1 -Task Build, Test
.EXAMPLE
    ./build.ps1 -Task Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'MonoTest', 'Package', 'Layout', 'Clean', 'Demo')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    # Where Package and Layout write HwTasks/<version>/ and HwTasks.Testing/<version>/.
    [string] $OutputPath = (Join-Path $PSScriptRoot 'out')
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$solution = Join-Path $root 'HwTasks.sln'

function Invoke-Dotnet {
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

function Get-BuildProperty([string] $Name) {
    # Directory.Build.props holds the one version of every assembly, the manifest and the package, and the project's home.
    [xml] $props = Get-Content -Raw (Join-Path $root 'Directory.Build.props')
    return "$(($props.Project.PropertyGroup | Where-Object { $_.$Name -ne $null } | Select-Object -First 1).$Name)".Trim()
}

function Get-ModuleVersion { Get-BuildProperty 'Version' }

function Invoke-Build {
    Invoke-Dotnet build $solution -c $Configuration
}

# The totals over every test run of this invocation, printed as the last line: "N passed, N failed".
$script:TestTotals = $null

# Echoes a test run's output and adds up the summary line each test assembly (or other test leg)
# prints: "Passed!  - Failed:     0, Passed:   127, Skipped:     0, ..." ("Failed!  - ..." when
# some failed).
function Measure-TestOutput {
    param([Parameter(ValueFromPipeline)] $Line)
    process {
        $text = "$Line"
        Write-Host $text
        if ($text -match ' - Failed: +(\d+), Passed: +(\d+), Skipped') {
            $script:TestTotals.Failed += [int] $Matches[1]
            $script:TestTotals.Passed += [int] $Matches[2]
        }
    }
}

function Invoke-Test {
    # tests/HwTasks.Pester.Tests runs the Pester suites in pwsh child processes, one xunit test per It.
    if (-not $script:TestTotals) { $script:TestTotals = [pscustomobject]@{ Passed = 0; Failed = 0 } }
    & dotnet test $solution -c $Configuration 2>&1 | Measure-TestOutput
    if ($LASTEXITCODE -ne 0) {
        # A build or test host that failed outside any counted test still counts as a failure.
        if ($script:TestTotals.Failed -eq 0) { $script:TestTotals.Failed = 1 }
        throw "dotnet test failed with exit code $LASTEXITCODE."
    }
    Invoke-MonoTest
}

function Invoke-MonoTest {
    if (-not (Install-Mono)) { return }
    $project = Join-Path $root 'tests/HwTasks.FrameworkTests'
    Invoke-Dotnet build (Join-Path $project 'HwTasks.FrameworkTests.csproj') -c $Configuration '-v:q'
    $output = Join-Path $project "bin/$Configuration/net472"
    Copy-Item (Get-MonoNetStandardFacade) $output
    $emulator = Join-Path $root "src/HwTasks.Emulator/bin/$Configuration/net8.0/HwTasks.Emulator.dll"
    # Prints a line per case and dotnet test's form of summary line, which the totals count.
    if (-not $script:TestTotals) { $script:TestTotals = [pscustomobject]@{ Passed = 0; Failed = 0 } }
    & mono (Join-Path $output 'HwTasks.FrameworkTests.exe') (Join-Path $root 'bin') $emulator 2>&1 | Measure-TestOutput
    if ($LASTEXITCODE -ne 0) { throw "The .NET Framework leg on Mono failed (exit code $LASTEXITCODE)." }
}

# Debian's Mono runtime and its System.Net.Http: what the leg runs on. $true when mono is there.
function Install-Mono {
    if (Get-Command mono -ErrorAction SilentlyContinue) { return $true }
    if (-not $IsLinux) {
        # Windows has the real .NET Framework (the Desktop suite runs there under powershell.exe).
        Write-Host 'MonoTest: not on Linux, so the Mono leg is not run.'
        return $false
    }
    $canInstall = (Get-Command apt-get -ErrorAction SilentlyContinue) -and ((& id -u) -eq '0')
    if (-not $canInstall) {
        $reason = 'mono is not installed, and installing it needs apt-get as root (apt-get install mono-runtime libmono-system-net-http4.0-cil)'
        if ($env:CI -eq 'true') { throw "MonoTest: $reason." }
        Write-Warning "MonoTest skipped: $reason."
        return $false
    }
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get update -qq
    & apt-get install -y -qq --no-install-recommends mono-runtime libmono-system-net-http4.0-cil
    if ($LASTEXITCODE -ne 0 -or -not (Get-Command mono -ErrorAction SilentlyContinue)) { throw 'MonoTest: apt-get could not install mono-runtime.' }
    return $true
}

# Mono's netstandard.dll facade, which .NET Framework 4.7.2 has in the box: Debian ships it only in
# mono-devel (with 146 packages of compilers and libraries), so it is taken from that package's archive
# once and kept in obj/.
function Get-MonoNetStandardFacade {
    $cache = Join-Path $root 'obj/mono/netstandard.dll'
    if (Test-Path $cache) { return $cache }
    $work = Join-Path $root 'obj/mono/deb'
    New-Item -ItemType Directory -Force -Path $work | Out-Null
    Push-Location $work
    try {
        & apt-get download -qq mono-devel
        if ($LASTEXITCODE -ne 0) { throw 'MonoTest: apt-get download mono-devel failed (run apt-get update first).' }
        $deb = Get-ChildItem -Filter 'mono-devel_*.deb' | Select-Object -First 1
        & dpkg-deb -x $deb.FullName extracted
        Copy-Item 'extracted/usr/lib/mono/4.5/Facades/netstandard.dll' $cache
    }
    finally {
        Pop-Location
        Remove-Item $work -Recurse -Force
    }
    return $cache
}

function Invoke-Package {
    $script:Configuration = 'Release'
    Invoke-Build
    $targets = Invoke-Layout
    $version = Get-ModuleVersion
    # Test-ModuleManifest looks HwTasks.Testing's RequiredModules up on the module path.
    $env:PSModulePath = $OutputPath + [System.IO.Path]::PathSeparator + $env:PSModulePath
    foreach ($target in $targets) {
        $name = Split-Path -Leaf (Split-Path -Parent $target)
        $manifest = Test-ModuleManifest (Join-Path $target "$name.psd1")
        if ($manifest.Version.ToString() -ne $version) { throw "$name.psd1 says $($manifest.Version) but Directory.Build.props says $version." }
        Test-PackagedModule (Join-Path $OutputPath $name) $manifest.ExportedCmdlets.Count
        Write-Host "Packaged $name $version in $target"
    }
}

# What a user installs, one folder per module: its manifest, assemblies, format file and help, the
# license and changelog; HwTasks also the user's README (docs/README.package.md) in place of the
# contributor README of the repository root. HwTasks.Testing's bin/ holds only its own assembly and
# the emulator's: HwTasks.Core comes with HwTasks, which it requires.
function Invoke-Layout {
    $testing = Join-Path $root 'src/HwTasks.Testing'
    foreach ($built in (Join-Path $root 'bin/HwTasks.dll'), (Join-Path $testing 'bin/HwTasks.Testing.dll')) {
        if (-not (Test-Path $built)) { throw "$built is missing: build the solution first (./build.ps1)." }
    }
    $hwTasks = New-ModuleLayout 'HwTasks' $root 'HwTasks' @('HwTasks.types.ps1xml', 'HwTasks.format.ps1xml')
    Copy-Item (Join-Path $root 'docs/README.package.md') (Join-Path $hwTasks 'README.md')
    Copy-Item (Join-Path $root 'bin') (Join-Path $hwTasks 'bin') -Recurse
    $testingTarget = New-ModuleLayout 'HwTasks.Testing' $testing 'HwTasks.Testing' @('HwTasks.Testing.format.ps1xml')
    # Only the staged assemblies: bin/ of the project also holds MSBuild's own output folders.
    New-Item -ItemType Directory -Path (Join-Path $testingTarget 'bin') | Out-Null
    Copy-Item (Join-Path $testing 'bin/*.dll') (Join-Path $testingTarget 'bin')
    return $hwTasks, $testingTarget
}

# out/<name>/<version>/ afresh, with the module's manifest and files from its folder, its help,
# LICENSE and CHANGELOG.md.
function New-ModuleLayout([string] $name, [string] $source, [string] $manifest, [string[]] $files) {
    $target = Join-Path $OutputPath "$name/$(Get-ModuleVersion)"
    if (Test-Path $target) { Remove-Item $target -Recurse -Force }
    New-Item -ItemType Directory -Path $target | Out-Null
    Write-PackageManifest (Join-Path $source "$manifest.psd1") (Join-Path $target "$manifest.psd1") "$manifest.psm1" (Get-BuildProperty 'ProjectHome')
    foreach ($file in $files) { Copy-Item (Join-Path $source $file) $target }
    foreach ($file in 'LICENSE', 'CHANGELOG.md') { Copy-Item (Join-Path $root $file) $target }
    Copy-Item (Join-Path $source 'en-US') (Join-Path $target 'en-US') -Recurse
    return $target
}

# The checkout's manifest loads a nested preflight script module that turns an unbuilt checkout's
# "no valid module file" into the fix. A package is always built, and a script module costs every
# import the engine's script-module machinery (80-100 ms of a fresh pwsh's first import, against
# ~25 ms for the binary module itself): the package's manifest leaves it out, and the psm1 stays home.
# The project's home, once it has one (ProjectHome in Directory.Build.props), gives the package its
# ProjectUri and LicenseUri; without one the manifest publishes no address.
function Write-PackageManifest([string] $from, [string] $to, [string] $preflight, [string] $projectHome) {
    $line = "    NestedModules        = @('$preflight')"
    $text = [System.IO.File]::ReadAllText($from)
    if (-not $text.Contains($line)) { throw "$from no longer has the line `"$line`" that packaging leaves out: update Write-PackageManifest." }
    $text = $text.Replace($line + [Environment]::NewLine, '').Replace($line + "`n", '')
    if ($projectHome) {
        $uri = $projectHome.TrimEnd('/').Replace("'", "''")
        $text = $text -replace '(?m)^(\s*)PSData = @\{\r?\n', "`$0`$1    ProjectUri   = '$uri'`n`$1    LicenseUri   = '$uri/blob/main/LICENSE'`n"
    }
    [System.IO.File]::WriteAllText($to, $text)
}

# Imports the package by name from a PSModulePath folder in a fresh pwsh, as an installed copy is.
function Test-PackagedModule([string] $moduleFolder, [int] $expectedCommands) {
    $pwsh = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    $modules = (Split-Path -Parent $moduleFolder).Replace("'", "''")
    $name = Split-Path -Leaf $moduleFolder
    $command = "`$env:PSModulePath = '$modules' + [System.IO.Path]::PathSeparator + `$env:PSModulePath; Import-Module $name -ErrorAction Stop; (Get-Command -Module $name).Count"
    $arguments = @('-NoProfile', '-NonInteractive', '-Command', $command)
    if ([System.IO.Path]::GetFileNameWithoutExtension($pwsh) -eq 'dotnet') {
        # The pwsh global tool runs as 'dotnet pwsh.dll'.
        $arguments = @([Environment]::GetCommandLineArgs()[0]) + $arguments
    }
    $count = & $pwsh @arguments
    if ($LASTEXITCODE -ne 0 -or "$count".Trim() -ne "$expectedCommands") {
        throw "The packaged module did not import by name in a fresh pwsh (commands: '$count', expected $expectedCommands)."
    }
}

function Invoke-Clean {
    Invoke-Dotnet clean $solution
    foreach ($path in 'out', 'bin', 'en-US', 'src/HwTasks.Testing/bin', 'src/HwTasks.Testing/en-US') {
        $full = Join-Path $root $path
        if (Test-Path $full) { Remove-Item $full -Recurse -Force }
    }
}

function Invoke-Demo {
    # The emulator runs as every test runs it: HwTasks.Testing's Start-HwCloudEmulator, in this process.
    if ($PSVersionTable.PSVersion -lt [version]'7.4') {
        throw "The Demo task needs PowerShell 7.4 or later (HwTasks.Testing hosts the emulator on its .NET runtime); this is $($PSVersionTable.PSVersion). Run it with pwsh: pwsh ./build.ps1 -Task Demo"
    }
    Invoke-Build
    Import-Module (Join-Path $root 'HwTasks.psd1') -Force
    Import-Module (Join-Path $root 'src/HwTasks.Testing/HwTasks.Testing.psd1') -Force
    $emulator = Start-HwCloudEmulator
    try {
        & (Join-Path $root 'examples/quickstart.ps1') -EndpointUrl $emulator.Url.GetLeftPart([System.UriPartial]::Authority)
    }
    finally {
        Stop-HwCloudEmulator -Emulator $emulator
    }
}

try {
    foreach ($step in $Task) {
        Write-Host "== $step"
        switch ($step) {
            'Build' { Invoke-Build }
            'Test' { Invoke-Test }
            'MonoTest' { Invoke-MonoTest }
            'Package' { Invoke-Package }
            'Layout' { Invoke-Layout | ForEach-Object { Write-Host "Laid out $_" } }
            'Clean' { Invoke-Clean }
            'Demo' { Invoke-Demo }
        }
    }
}
catch {
    # A task that failed after the tests ran is a failure the totals must show.
    if ($script:TestTotals -and $script:TestTotals.Failed -eq 0) { $script:TestTotals.Failed = 1 }
    throw
}
finally {
    if ($script:TestTotals) { Write-Host "$($script:TestTotals.Passed) passed, $($script:TestTotals.Failed) failed" }
}
