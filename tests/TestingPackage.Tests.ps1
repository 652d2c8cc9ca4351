# HwTasks.Testing as a user gets it: published with HwTasks to a PSResource repository, installed
# from it, and used from a Pester test in a pwsh that has only the .NET runtime (no SDK, no ASP.NET
# Core, no dotnet on PATH).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:root = Get-RepositoryRoot
    $script:version = (Import-PowerShellDataFile (Join-Path $script:root 'HwTasks.psd1')).ModuleVersion
    $script:work = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-testing-package-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $script:work | Out-Null
    $script:layout = Join-Path $script:work 'layout'
    & (Join-Path $script:root 'build.ps1') -Task Layout -OutputPath $script:layout *> $null
    $script:package = Join-Path $script:layout "HwTasks.Testing/$($script:version)"

    # Publishes both modules to a repository in a folder and saves HwTasks.Testing (which brings
    # HwTasks) into another, in a pwsh of its own whose PSResourceGet settings live in the work
    # folder, so the user's repository list is never touched.
    function Install-FromLocalRepository {
        # .NET reports no LocalApplicationData (and PSResourceGet would write beside the current
        # directory) unless the folder exists.
        $data = (New-Item -ItemType Directory -Path (Join-Path $script:work 'data')).FullName
        $saved = @{ XDG_DATA_HOME = $env:XDG_DATA_HOME; LOCALAPPDATA = $env:LOCALAPPDATA }
        $env:XDG_DATA_HOME = $data
        $env:LOCALAPPDATA = $data
        try {
            Invoke-FreshPwsh -Script @'
param($layout, $repository, $installed, $version)
$ErrorActionPreference = 'Stop'
# Publish-PSResource checks HwTasks.Testing's RequiredModules on the module path.
$env:PSModulePath = $layout + [System.IO.Path]::PathSeparator + $env:PSModulePath
New-Item -ItemType Directory -Path $repository, $installed | Out-Null
Register-PSResourceRepository -Name HwTasksLocal -Uri $repository -Trusted
Publish-PSResource -Path (Join-Path $layout "HwTasks/$version") -Repository HwTasksLocal
Publish-PSResource -Path (Join-Path $layout "HwTasks.Testing/$version") -Repository HwTasksLocal
Get-ChildItem $repository | ForEach-Object Name | Sort-Object
Save-PSResource -Name HwTasks.Testing -Repository HwTasksLocal -Path $installed -TrustRepository
Get-ChildItem $installed -Directory | ForEach-Object Name | Sort-Object
'@ -ArgumentList $script:layout, (Join-Path $script:work 'repository'), (Join-Path $script:work 'modules'), $script:version
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
    }

    # A .NET root with the runtime alone: the host, hostfxr and Microsoft.NETCore.App of the one
    # this pwsh runs on (linked, not copied), but no sdk/ and no Microsoft.AspNetCore.App.
    function New-RuntimeOnlyDotnet {
        $runtime = [System.Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()
        $dotnetRoot = (Resolve-Path (Join-Path $runtime '../../..')).Path
        $target = Join-Path $script:work 'dotnet'
        New-Item -ItemType Directory -Path (Join-Path $target 'shared') | Out-Null
        $muxer = if ($IsWindows) { 'dotnet.exe' } else { 'dotnet' }
        Copy-Item (Join-Path $dotnetRoot $muxer) (Join-Path $target $muxer)
        $link = if ($IsWindows) { 'Junction' } else { 'SymbolicLink' }
        New-Item -ItemType $link -Path (Join-Path $target 'host') -Target (Join-Path $dotnetRoot 'host') | Out-Null
        New-Item -ItemType $link -Path (Join-Path $target 'shared/Microsoft.NETCore.App') -Target (Join-Path $dotnetRoot 'shared/Microsoft.NETCore.App') | Out-Null
        Join-Path $target $muxer
    }

    # Runs a script as a user with an installed pwsh would: PATH without any folder holding dotnet,
    # no DOTNET_ROOT, and (for the pwsh tool, which is 'dotnet pwsh.dll') the runtime-only root.
    function Invoke-PwshWithoutSdk([string] $Script, [object[]] $ArgumentList) {
        $file = Join-Path $script:work ('script-' + [guid]::NewGuid().ToString('N') + '.ps1')
        Set-Content -Path $file -Value $Script -Encoding utf8NoBOM
        $exe = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
        $viaDotnet = [System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet'
        $info = [System.Diagnostics.ProcessStartInfo]::new($(if ($viaDotnet) { New-RuntimeOnlyDotnet } else { $exe }))
        if ($viaDotnet) { $info.ArgumentList.Add([Environment]::GetCommandLineArgs()[0]) }
        foreach ($argument in @('-NoProfile', '-NonInteractive', '-File', $file) + $ArgumentList) { $info.ArgumentList.Add("$argument") }
        $dotnetFolders = @($env:PATH -split [regex]::Escape([System.IO.Path]::PathSeparator) | Where-Object {
                $_ -and ((Test-Path (Join-Path $_ 'dotnet')) -or (Test-Path (Join-Path $_ 'dotnet.exe'))) })
        $info.Environment['PATH'] = @($env:PATH -split [regex]::Escape([System.IO.Path]::PathSeparator) | Where-Object { $_ -and $_ -notin $dotnetFolders }) -join [System.IO.Path]::PathSeparator
        foreach ($name in 'DOTNET_ROOT', 'DOTNET_HOST_PATH', 'MSBuildExtensionsPath', 'MSBuildSDKsPath') { $info.Environment.Remove($name) | Out-Null }
        $info.Environment['NO_COLOR'] = '1'
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($info)
        $errors = $process.StandardError.ReadToEndAsync()
        $output = $process.StandardOutput.ReadToEnd()
        if (-not $process.WaitForExit(120000)) { $process.Kill($true); throw "pwsh did not finish within 2 minutes: $output" }
        [pscustomobject]@{ ExitCode = $process.ExitCode; Output = @(($output + $errors.Result) -split '\r?\n' | Where-Object { $_ -ne '' }) }
    }
}

AfterAll {
    if (Test-Path $script:work) { Remove-Item $script:work -Recurse -Force }
}

Describe 'The HwTasks.Testing package' {
    It 'holds its manifest, format file, help, LICENSE, CHANGELOG.md and only its own and the emulator''s assemblies' {
        @(Get-ChildItem $script:package | ForEach-Object Name | Sort-Object) | Should -BeExactly @(
            'bin', 'CHANGELOG.md', 'en-US', 'HwTasks.Testing.format.ps1xml', 'HwTasks.Testing.psd1', 'LICENSE')
        @(Get-ChildItem (Join-Path $script:package 'bin') -Recurse | ForEach-Object Name | Sort-Object) |
            Should -BeExactly @('HwTasks.Emulator.dll', 'HwTasks.Testing.dll') -Because 'HwTasks.Core comes with HwTasks, and must be loaded once'
        @(Get-ChildItem (Join-Path $script:package 'en-US') | ForEach-Object Name | Sort-Object) | Should -BeExactly @('about_HwTasks_Testing.help.txt', 'HwTasks.Testing.dll-Help.xml')
    }

    It 'carries the very emulator assembly the contributor emulator runs' {
        $packaged = Get-FileHash (Join-Path $script:package 'bin/HwTasks.Emulator.dll')
        $built = Get-ChildItem (Join-Path $script:root 'src/HwTasks.Emulator/bin') -Recurse -Filter HwTasks.Emulator.dll |
            Where-Object { (Get-FileHash $_.FullName).Hash -eq $packaged.Hash }

        $built | Should -Not -BeNullOrEmpty -Because 'src/HwTasks.Emulator builds it, and the module ships that build'
    }
}

Describe 'HwTasks.Testing installed from a PSResource repository, in a pwsh without the .NET SDK' {
    BeforeAll {
        $script:install = Install-FromLocalRepository
        $script:modules = Join-Path $script:work 'modules'
        $script:pester = Get-TestPackageFile -Id Pester -Version '5.9.1' -RelativePath 'tools/Pester.psd1'
        $script:test = Join-Path $script:work 'Cdm.Tests.ps1'
        Set-Content -Path $script:test -Encoding utf8NoBOM -Value @'
BeforeAll {
    Import-Module HwTasks.Testing
    $emulator = Start-HwCloudEmulator -Connect
}
AfterAll { Stop-HwCloudEmulator }
Describe 'a user''s script' {
    It 'starts a CDM job' {
        $run = Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -Variables @{ date = '2024-06-01' }
        "$($run.Status)" | Should -Be 'Booting'
        Assert-HwCloudEmulatorRequest -Method PUT -Path '*/cdm/job/jdbc2hive/start' -Body @{ variables = @{ date = '2024-06-01' } }
    }
    It 'reports an assertion that fails' {
        Assert-HwCloudEmulatorRequest -Method PUT -Path '*/cdm/job/jdbc2hive/start' -Count 2
    }
}
'@
        # docs/TESTING.md's example, as a user copies it: the script and its test side by side.
        $script:example = New-Item -ItemType Directory -Path (Join-Path $script:work 'example')
        Copy-Item (Join-Path $script:root 'examples/scripts/Restart-FailedCdmJob*.ps1') $script:example
        $script:exampleTests = @(Get-ChildItem $script:example -Filter *.Tests.ps1)
        $script:run = Invoke-PwshWithoutSdk -Script @'
param($modules, $pester, $test, $example)
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
"dotnet on PATH: $([bool](Get-Command dotnet -CommandType Application -ErrorAction Ignore))"
# The pwsh tool runs as 'dotnet pwsh.dll': what that host offers is what this process can load.
if ([System.IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') {
    $hostRoot = Split-Path -Parent ([Environment]::ProcessPath)
    "sdk: $(Test-Path (Join-Path $hostRoot 'sdk'))"
    "frameworks: $((& ([Environment]::ProcessPath) --list-runtimes | ForEach-Object { ($_ -split ' ')[0] } | Sort-Object -Unique) -join ', ')"
}
else { 'sdk: False'; 'frameworks: Microsoft.NETCore.App' } # an installed pwsh carries its own runtime
Import-Module $pester
$config = New-PesterConfiguration
$config.Run.Path = $test, $example
$config.Run.PassThru = $true
$config.Output.Verbosity = 'None'
$result = Invoke-Pester -Configuration $config
foreach ($container in $result.Containers) { "pester $(Split-Path -Leaf $container.Item): $($container.PassedCount) passed, $($container.FailedCount) failed, $($container.Result)" }
$result.Failed | ForEach-Object { "failed: $($_.Name): $($_.ErrorRecord[0].Exception.Message)" }
"HwTasks.Testing from: $((Get-Module HwTasks.Testing).ModuleBase -like (Join-Path $modules '*'))"
"HwTasks from: $((Get-Module HwTasks).ModuleBase -like (Join-Path $modules '*'))"
"HwTasks.Core copies: $(@([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'HwTasks.Core' }).Count)"
'@ -ArgumentList $script:modules, $script:pester, $script:test, $script:example
    }

    It 'publishes both modules and installs HwTasks.Testing with the HwTasks it requires' {
        $script:install.ExitCode | Should -Be 0
        $script:install.Output | Should -BeExactly @("HwTasks.$($script:version).nupkg", "HwTasks.Testing.$($script:version).nupkg", 'HwTasks', 'HwTasks.Testing')
    }

    It 'runs in a pwsh with no dotnet on PATH, no SDK and no ASP.NET Core' {
        $script:run.Output | Should -Contain 'dotnet on PATH: False'
        $script:run.Output | Should -Contain 'sdk: False'
        $script:run.Output | Should -Contain 'frameworks: Microsoft.NETCore.App'
    }

    It 'imports by name and runs a Pester test that starts a CDM job through HwTasks and asserts the request' {
        $script:run.Output | Should -Contain 'pester Cdm.Tests.ps1: 1 passed, 1 failed, Failed'
        $script:run.Output | Should -Contain 'HwTasks.Testing from: True'
        $script:run.Output | Should -Contain 'HwTasks from: True'
        $script:run.Output | Should -Contain 'HwTasks.Core copies: 1'
    }

    It 'passes docs/TESTING.md''s example test of examples/scripts/Restart-FailedCdmJob.ps1, every case of it' {
        $script:exampleTests | Should -HaveCount 1
        $cases = (Get-Content -Raw $script:exampleTests[0].FullName | Select-String -Pattern '(?m)^\s*It ' -AllMatches).Matches.Count

        $cases | Should -BeGreaterThan 4 -Because 'the guide walks through success, a failure, a 429 storm, a timeout and -WhatIf'
        $script:run.Output | Should -Contain "pester Restart-FailedCdmJob.Tests.ps1: $cases passed, 0 failed, Passed"
    }

    It 'shows Pester the assertion''s message, listing what was sent' {
        $failure = @($script:run.Output | Where-Object { $_ -like 'failed: *' })

        $failure | Should -HaveCount 1
        $failure[0] | Should -BeLikeExactly "failed: reports an assertion that fails: Expected exactly 2 requests PUT */cdm/job/jdbc2hive/start, but 1 matched. The emulator 'emulator1' received 1 request (* matched):"
        $script:run.Output | Should -Contain '* PUT /v1.1/0123456789abcdef0123456789abcdef/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive/start 200 {"variables":{"date":"2024-06-01"}}'
    }
}
