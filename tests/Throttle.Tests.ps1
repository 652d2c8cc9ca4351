# -ThrottleLimit: piped items' requests in flight together, each item's output and error written as
# it completes, -WhatIf still sending nothing and a failing item failing alone.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:jobs = 1..12 | ForEach-Object { "job$_" }
    function Set-ManyJobs {
        Set-TestCdmJobSeed $script:emulator -Job ($script:jobs | ForEach-Object { @{ name = $_; runSeconds = 600 } })
    }
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Start-CdmJob -ThrottleLimit' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
        Set-ManyJobs
    }

    It 'keeps up to N starts in flight and writes every run' {
        # Each start takes 1.5 s at the emulator; one after another, the eighth would arrive after
        # ten seconds, so eight arriving within the first second can only be eight in flight.
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/*/clusters/*/cdm/job/*/start'; kind = 'latency'; latencyMs = 1500; count = 12 }
        $runs = @($script:jobs | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } | Start-CdmJob -ThrottleLimit 8)
        $runs | Should -HaveCount 12
        $runs | ForEach-Object { $_ | Should -BeOfType ([HwTasks.Core.Services.Cdm.CdmJobSubmission]) }
        ($runs.JobName | Sort-Object) | Should -Be ($script:jobs | Sort-Object)
        $times = @(Get-EmulatorRequest $script:emulator -Path '*/start' -Method PUT | ForEach-Object { [datetimeoffset] $_.time } | Sort-Object)
        $times | Should -HaveCount 12
        ($times[7] - $times[0]).TotalSeconds | Should -BeLessThan 1.2
    }

    It 'writes the error of the one item that fails and the runs of the others' {
        $names = @('job1', 'no_such_job', 'job2', 'job3')
        $err = $null
        $runs = @($names | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } |
                Start-CdmJob -ThrottleLimit 4 -ErrorVariable err -ErrorAction SilentlyContinue)
        ($runs.JobName | Sort-Object) | Should -Be @('job1', 'job2', 'job3')
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -Be 'CdmJobNotFound,HwTasks.Commands.Cdm.StartCdmJobCommand'
        $err[0].TargetObject | Should -Be 'no_such_job'
    }

    It 'sends nothing with -WhatIf' {
        $script:jobs | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } | Start-CdmJob -ThrottleLimit 8 -WhatIf
        @(Get-EmulatorRequestLog $script:emulator) | Should -HaveCount 0
    }

    It 'retries a throttled item and still starts each job once' {
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/*/clusters/*/cdm/job/job3/start'; kind = 'status'; status = 429; retryAfterSeconds = 0 }
        $runs = @($script:jobs | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } | Start-CdmJob -ThrottleLimit 6 -RetryIntervalSec 0.05)
        $runs | Should -HaveCount 12
        @(Get-EmulatorRequest $script:emulator -Path '*/job3/start' -Method PUT | ForEach-Object status) | Should -Be @(429, 200)
    }

    It 'waits for every run it started with -Wait' {
        Set-TestCdmJobSeed $script:emulator -Job (1..4 | ForEach-Object { @{ name = "quick$_"; runSeconds = 0.5 } })
        $final = @(1..4 | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = "quick$_" } } | Start-CdmJob -ThrottleLimit 4 -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 60)
        $final | Should -HaveCount 4
        $final.Status | Sort-Object -Unique | Should -Be 'Succeeded'
    }
}

Describe '-ThrottleLimit on the other commands that act on piped ids' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It '<Command> takes -ThrottleLimit 1 to 64' -ForEach @(
        'Start-CdmJob', 'Stop-CdmJob', 'Get-CdmJobStatus', 'Get-CdmJob', 'Set-AomWorkflowTrigger', 'Start-OmsSyncTask', 'Stop-OmsSyncTask',
        'Get-OmsSyncTask', 'Start-DataArtsMetadataTask', 'Stop-DataArtsMetadataTask', 'Get-DataArtsMetadataTask', 'Remove-KafkaBackgroundTask',
        'Get-KafkaBackgroundTask' | ForEach-Object { @{ Command = $_ } }
    ) {
        $parameter = (Get-Command $Command).Parameters['ThrottleLimit']
        $parameter.ParameterType | Should -Be ([int])
        $range = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateRangeAttribute] }
        "$($range.MinRange)-$($range.MaxRange)" | Should -Be '1-64'
    }

    It 'reads statuses of many jobs in flight together, in any order' {
        $status = @('jdbc2hive', 'obs2hive_logs') | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } | Get-CdmJobStatus -ThrottleLimit 2
        ($status.JobName | Sort-Object) | Should -Be @('jdbc2hive', 'obs2hive_logs')
    }
}
