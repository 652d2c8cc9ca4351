# build.ps1's Test task as README shows it: one command that runs every test and ends with the
# totals, "N passed, N failed", summed from each test assembly's (or test leg's) summary line.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:root = Get-RepositoryRoot
    $script:build = Join-Path $script:root 'build.ps1'
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($script:build, [ref] $null, [ref] $null)
    $function = $ast.Find({ param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $node.Name -eq 'Measure-TestOutput' }, $true)
    . ([scriptblock]::Create($function.Extent.Text))
}

Describe 'build.ps1 -Task Test' {
    It 'adds up the summary line of every test assembly and test leg, passed and failed, and echoes every line' {
        $script:TestTotals = [pscustomobject]@{ Passed = 0; Failed = 0 }
        $lines = @(
            'Test run for /work/tests/HwTasks.Core.Tests/bin/Debug/net10.0/HwTasks.Core.Tests.dll (.NETCoreApp,Version=v10.0)'
            '  Passed HwTasks.Core.Tests.Signing.SignerTests.Signs_the_vector [3 ms]'
            'Passed!  - Failed:     0, Passed:   127, Skipped:     0, Total:   127, Duration: 3 s - HwTasks.Core.Tests.dll (net10.0)'
            '  Failed HwTasks.Pester.Tests.PesterTests.Run(id: "Cdm.Tests.ps1 › CDM jobs.starts") [1 s]'
            'Failed!  - Failed:     2, Passed:    10, Skipped:     1, Total:    13, Duration: 9 s - HwTasks.Pester.Tests.dll (net10.0)'
            # A test leg outside dotnet test (a Mono run of the .NET Framework build) prints the same form.
            'Passed!  - Failed:     0, Passed:   5, Skipped: 0'
        )

        $echoed = @($lines | Measure-TestOutput 6>&1 | ForEach-Object { "$_" })

        $echoed | Should -BeExactly $lines
        $script:TestTotals.Passed | Should -Be 142
        $script:TestTotals.Failed | Should -Be 2
    }

    It 'ends with the totals line, which .ci/run repeats as its own last line' {
        $text = Get-Content -Raw $script:build
        $ci = Get-Content -Raw (Join-Path $script:root '.ci/run')

        $text | Should -Match ([regex]::Escape('Write-Host "$($script:TestTotals.Passed) passed, $($script:TestTotals.Failed) failed"'))
        $ci | Should -Match ([regex]::Escape("grep -E '^[0-9]+ passed, [0-9]+ failed$'"))
        $ci | Should -Not -Match 'Passed: \+\[0-9\]' -Because 'the summing lives in build.ps1 alone'
    }

    It 'is README''s one-line test command, and the demo is its other set-up command' {
        $readme = Get-Content -Raw (Join-Path $script:root 'README.md')
        $setup = [regex]::Match($readme, '(?ms)^## Set-up.*?^```sh\r?\n(.*?)^```').Groups[1].Value -split '\r?\n' | Where-Object { $_ -and $_ -notmatch '^\s*#' }

        $setup | Should -HaveCount 2
        $setup[0] | Should -BeLike 'dotnet run --project examples/HwTasks.Demo*'
        $setup[1] | Should -BeLike 'dotnet tool restore && dotnet tool run pwsh -NoProfile -File build.ps1 -Task Test*'
        $readme | Should -Not -Match '(?ms)```sh[^`]*\./build\.ps1 -Task Demo' -Because 'build.ps1 is a PowerShell script, shown as PowerShell'
    }
}
