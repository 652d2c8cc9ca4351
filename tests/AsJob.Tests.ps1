# -AsJob: the long-running commands as jobs of the session's job table, read with the job cmdlets.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    function Get-Run { param([string[]] $Name) $Name | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } }
}

AfterAll {
    Get-Job | Where-Object PSJobTypeName -EQ HwTaskJob | Remove-Job -Force
    Stop-TestEmulator $script:emulator
}

Describe '-AsJob' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
        Set-TestCdmJobSeed $script:emulator -Job @(
            @{ name = 'a'; bootSeconds = 0; runSeconds = 0.5 }
            @{ name = 'b'; bootSeconds = 0; runSeconds = 0.5 }
            @{ name = 'long'; bootSeconds = 0; runSeconds = 600 })
    }

    It 'writes the job at once; Receive-Job returns the runs of every piped item' {
        $job = Get-Run a, b | Start-CdmJob -Wait -PollIntervalSec 0.2 -AsJob
        $job | Should -HaveCount 1
        $job | Should -BeOfType ([HwTasks.Jobs.HwTaskJob])
        $job.PSJobTypeName | Should -BeExactly 'HwTaskJob'
        (Get-Job -Id $job.Id) | Should -Be $job
        $job | Wait-Job -Timeout 60 | Out-Null
        $job.State | Should -Be 'Completed'
        $job.Progress.Count | Should -BeGreaterThan 0
        $runs = @($job | Receive-Job)
        $runs | Should -HaveCount 2
        $runs | ForEach-Object { $_ | Should -BeOfType ([HwTasks.Core.Services.Cdm.CdmJobSubmission]) }
        ($runs.JobName | Sort-Object) | Should -Be @('a', 'b')
        $runs.Status | ForEach-Object { $_ | Should -Be ([HwTasks.Core.Services.Cdm.CdmJobStatus]::Succeeded) }
        @(Get-EmulatorRequest $script:emulator -Path '*/start' -Method PUT) | Should -HaveCount 2
    }

    It 'runs a command line with nothing piped, with its own parameters' {
        $job = Start-CdmJob -ClusterId $script:cluster -JobName a -AsJob
        $runs = @($job | Wait-Job -Timeout 60 | Receive-Job)
        $runs | Should -HaveCount 1
        $runs[0].JobName | Should -BeExactly 'a'
    }

    It 'uses the context it was given, not only the session default' {
        $context = Get-HwCloudContext
        Disconnect-HwCloud | Out-Null
        $job = Start-CdmJob -ClusterId $script:cluster -JobName a -Context $context -AsJob
        @($job | Wait-Job -Timeout 60 | Receive-Job) | Should -HaveCount 1
    }

    It 'carries the session context into the job' {
        Disconnect-HwCloud | Out-Null
        $context = Connect-TestEmulator $script:emulator
        $job = Start-CdmJob -ClusterId $script:cluster -JobName a -AsJob
        $run = @($job | Wait-Job -Timeout 60 | Receive-Job)
        $run[0].Region | Should -BeExactly $context.Region
        $run[0].ProjectId | Should -BeExactly $context.ProjectId
    }

    It 'keeps each failing item''s error for Receive-Job and the others'' runs' {
        $job = Get-Run a, no_such_job | Start-CdmJob -AsJob
        $job | Wait-Job -Timeout 60 | Out-Null
        $job.State | Should -Be 'Completed'
        $errors = $null
        $runs = @($job | Receive-Job -ErrorVariable errors -ErrorAction SilentlyContinue)
        $runs.JobName | Should -Be @('a')
        $errors | Should -HaveCount 1
        $errors[0].FullyQualifiedErrorId | Should -BeExactly 'CdmJobNotFound,HwTasks.Commands.Cdm.StartCdmJobCommand'
    }

    It 'ends Failed with the terminating error as the job''s error' {
        Disconnect-HwCloud | Out-Null
        $job = Start-CdmJob -ClusterId $script:cluster -JobName a -AsJob
        $job | Wait-Job -Timeout 60 | Out-Null
        $job.State | Should -Be 'Failed'
        $errors = $null
        $job | Receive-Job -ErrorVariable errors -ErrorAction SilentlyContinue | Out-Null
        $errors[-1].FullyQualifiedErrorId | Should -BeLikeExactly 'NoCredentials,*'
    }

    It 'Stop-Job stops the wait as Ctrl+C would: no poll after it, the job Stopped' {
        $job = Start-CdmJob -ClusterId $script:cluster -JobName long -Wait -PollIntervalSec 0.2 -AsJob
        Start-Sleep -Milliseconds 800
        $job | Stop-Job
        $job.State | Should -Be 'Stopped'
        $polls = @(Get-EmulatorRequest $script:emulator -Path '*/long/status').Count
        $polls | Should -BeGreaterThan 0
        Start-Sleep -Milliseconds 600
        @(Get-EmulatorRequest $script:emulator -Path '*/long/status').Count | Should -Be $polls
    }

    It 'Wait-HwTask -AsJob waits for piped runs in the background' {
        $runs = @(Get-Run a, b | Start-CdmJob)
        $job = $runs | Wait-HwTask -PollIntervalSec 0.2 -AsJob
        $done = @($job | Wait-Job -Timeout 60 | Receive-Job)
        ($done.JobName | Sort-Object) | Should -Be @('a', 'b')
        $done.Status | ForEach-Object { $_ | Should -Be ([HwTasks.Core.Services.Cdm.CdmJobStatus]::Succeeded) }
    }

    It 'answers -WhatIf here and starts no job' {
        $output = @(Stop-CdmJob -ClusterId $script:cluster -JobName long -AsJob -WhatIf)
        $output | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator) | Should -HaveCount 0
    }

    It 'Stop-OmsSyncTask -Force -Wait -AsJob stops the task in the job' {
        Reset-TestEmulator $script:emulator
        $job = Stop-OmsSyncTask -SyncTaskId 0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e -Force -Wait -PollIntervalSec 0.2 -AsJob
        $task = @($job | Wait-Job -Timeout 60 | Receive-Job)
        "$($task[0].Status)" | Should -BeExactly 'Stopped'
    }
}
