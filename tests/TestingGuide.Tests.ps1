# docs/TESTING.md as a reader follows it: its `powershell` blocks, copied in order into
# Restart-FailedCdmJob.Tests.ps1 beside the example script, are a test file that Pester runs with
# every test passing (the child-process case included); its `pwsh` block for a checkout imports both
# modules by path.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:root = Get-RepositoryRoot
    $script:guide = Get-Content -Raw (Join-Path $script:root 'docs/TESTING.md')

    function Get-GuideBlock([string] $Language) {
        @([regex]::Matches($script:guide, "(?ms)^``````$Language\r?\n(.*?)^``````") | ForEach-Object { $_.Groups[1].Value })
    }

    $script:work = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-guide-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $script:work | Out-Null
    Copy-Item (Join-Path $script:root 'examples/scripts/Restart-FailedCdmJob.ps1') $script:work
    $script:testFile = Join-Path $script:work 'Restart-FailedCdmJob.Tests.ps1'
    Set-Content -Path $script:testFile -Value ((Get-GuideBlock 'powershell') -join [Environment]::NewLine) -Encoding utf8NoBOM

    # A reader's machine has pwsh on PATH; this repository's pwsh is the dotnet tool ('dotnet pwsh.dll').
    $script:bin = (New-Item -ItemType Directory -Path (Join-Path $script:work 'bin')).FullName
    $exe = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') {
        $dll = [Environment]::GetCommandLineArgs()[0]
        if ($IsWindows) {
            Set-Content -Path (Join-Path $script:bin 'pwsh.cmd') -Value "@`"$exe`" `"$dll`" %*"
        }
        else {
            $shim = Join-Path $script:bin 'pwsh'
            Set-Content -Path $shim -Value "#!/bin/sh`nexec '$exe' '$dll' `"`$@`"`n"
            & chmod +x $shim
        }
    }

    $script:results = Join-Path $script:work 'results.json'
    # The guide's command for a checkout: tests/Invoke-PesterSuite.ps1 with the test file's path.
    $script:run = Invoke-FreshPwsh -Script @'
param($suite, $test, $results, $bin)
$env:PATH = $bin + [System.IO.Path]::PathSeparator + $env:PATH
& $suite -Path $test -ResultFile $results
exit $LASTEXITCODE
'@ -ArgumentList (Join-Path $script:root 'tests/Invoke-PesterSuite.ps1'), $script:testFile, $script:results, $script:bin
    $script:report = if (Test-Path $script:results) { Get-Content -Raw $script:results | ConvertFrom-Json } else { $null }
}

AfterAll {
    if (Test-Path $script:work) { Remove-Item $script:work -Recurse -Force }
}

Describe 'docs/TESTING.md' {
    It 'has its test file in powershell blocks and only prompt commands or output in the others' {
        $languages = @([regex]::Matches($script:guide, '(?m)^```(\w+)') | ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique)

        $languages | Should -BeExactly @('powershell', 'pwsh', 'sh', 'text')
        (Get-GuideBlock 'powershell').Count | Should -BeGreaterThan 5
    }

    It 'runs its powershell blocks, copied in order into one file, with every test passing' {
        $expected = ([regex]::Matches((Get-Content -Raw $script:testFile), '(?m)^\s*It ')).Count

        $script:run.ExitCode | Should -Be 0 -Because ($script:run.Output -join [Environment]::NewLine)
        $script:report.blocks | Should -BeNullOrEmpty
        @($script:report.tests).Count | Should -Be $expected
        @($script:report.tests | Where-Object result -NE 'Passed' | ForEach-Object { "$($_.name): $($_.message)" }) | Should -BeNullOrEmpty
        $expected | Should -BeGreaterThan 6 -Because 'the guide covers success, a failure, a 429 storm, a timeout, -WhatIf and a child process'
    }

    It 'keeps BeforeEach inside Describe blocks, where Pester takes it' {
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($script:testFile, [ref] $null, [ref] $null)
        $root = @($ast.EndBlock.Statements | ForEach-Object { $_.PipelineElements[0].CommandElements[0].Value })

        $root | Should -Not -Contain 'BeforeEach'
        $root | Should -Not -Contain 'It'
        $root | Should -Contain 'Describe'
    }

    It 'runs the script as a child process (pwsh -File) against the emulator and checks its exit code' {
        $child = @($script:report.tests | Where-Object name -Like '*run by pwsh -File*')

        $child.name | Should -Be @(
            'Restart-FailedCdmJob, run by pwsh -File.exits 1 when a job failed again, writing its results'
            'Restart-FailedCdmJob, run by pwsh -File.exits 0 when every restarted job succeeded')
        $child.result | Should -Be @('Passed', 'Passed')
    }

    It 'imports HwTasks and HwTasks.Testing from a checkout by path, with its pwsh block' {
        $block = Get-GuideBlock 'pwsh' | Where-Object { $_ -like '*HwTasks.Testing.psd1*' }
        $block | Should -HaveCount 1

        $imported = Invoke-FreshPwsh -Script ($block + [Environment]::NewLine + '"commands: $((Get-Command -Module HwTasks.Testing).Count)"')

        $imported.ExitCode | Should -Be 0
        $imported.Output | Should -Contain "commands: $((Import-PowerShellDataFile (Join-Path $script:root 'src/HwTasks.Testing/HwTasks.Testing.psd1')).CmdletsToExport.Count)"
    }

    It 'names where Pester comes from in a checkout, and that path is where the build restores it' {
        $script:guide.Contains('`~/.nuget/packages/pester/5.9.1/tools/Pester.psd1`') | Should -BeTrue
        $default = Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages/pester/5.9.1/tools/Pester.psd1'
        if (-not $env:NUGET_PACKAGES) { Test-Path $default | Should -BeTrue }
        $script:guide.Contains('tests/Invoke-PesterSuite.ps1 -Path ') | Should -BeTrue
    }
}
