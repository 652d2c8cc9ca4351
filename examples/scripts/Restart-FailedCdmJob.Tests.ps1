# The Pester test docs/TESTING.md walks through: Restart-FailedCdmJob.ps1 against the HwTasks
# emulator, with nothing mocked. Run it with: Invoke-Pester ./Restart-FailedCdmJob.Tests.ps1
BeforeAll {
    Import-Module HwTasks.Testing

    $cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    # Three nightly jobs: one failed last night and works when restarted, one failed and fails
    # again, one succeeded. Runs are short so that waits end within the test.
    $seed = @{
        cdm = @{
            clusters = @(
                @{
                    id   = $cluster
                    name = 'etl'
                    jobs = @(
                        @{ name = 'orders_nightly'; bootSeconds = 0; runSeconds = 0.5; lastRunHoursAgo = 8; lastRunFailWith = 'Disk quota exceeded.' }
                        @{ name = 'ledger_nightly'; bootSeconds = 0; runSeconds = 0.5; lastRunHoursAgo = 8; failWith = 'Connection refused (dws_link).' }
                        @{ name = 'customers_nightly'; bootSeconds = 0; runSeconds = 0.5; lastRunHoursAgo = 8 }
                    )
                }
            )
        }
    }
    $emulator = Start-HwCloudEmulator -Seed $seed -Connect
    $restart = Join-Path $PSScriptRoot 'Restart-FailedCdmJob.ps1'
}

AfterAll {
    Stop-HwCloudEmulator -Emulator $emulator
}

Describe 'Restart-FailedCdmJob' {
    BeforeEach {
        # The seed again, no faults, an empty request log.
        Reset-HwCloudEmulator -Emulator $emulator
    }

    It 'restarts each failed job once and leaves the others alone' {
        $results = @(& $restart -ClusterId $cluster -PollIntervalSec 0.2)

        $results.JobName | Should -Be @('ledger_nightly', 'orders_nightly')
        Assert-HwCloudEmulatorRequest -Emulator $emulator -Method PUT -Path '*/cdm/job/orders_nightly/start' -Body @{ variables = @{} }
        Assert-HwCloudEmulatorRequest -Emulator $emulator -Method PUT -Path '*/cdm/job/ledger_nightly/start'
        Assert-HwCloudEmulatorRequest -Emulator $emulator -Method PUT -Path '*/cdm/job/customers_nightly/*' -Count 0
    }

    It 'reports the job that works again as Succeeded' {
        $orders = & $restart -ClusterId $cluster -PollIntervalSec 0.2 | Where-Object JobName -EQ orders_nightly

        $orders.Result | Should -Be 'Succeeded'
        $orders.SubmissionId | Should -BeGreaterThan 0
        $orders.Message | Should -BeNullOrEmpty
    }

    It 'reports a job that fails again with the service''s error summary' {
        $ledger = & $restart -ClusterId $cluster -PollIntervalSec 0.2 | Where-Object JobName -EQ ledger_nightly

        $ledger.Result | Should -Be 'FailedAgain'
        $ledger.Message | Should -BeLike '*Connection refused (dws_link).*'
    }

    It 'rides out a 429 storm and still starts the job exactly once' {
        Add-HwCloudEmulatorFault -Emulator $emulator -Method PUT -Path '/v1.1/*/clusters/*/cdm/job/orders_nightly/start' `
            -StatusCode 429 -RetryAfterSec 0 -Count 3

        $orders = & $restart -ClusterId $cluster -PollIntervalSec 0.2 | Where-Object JobName -EQ orders_nightly

        $orders.Result | Should -Be 'Succeeded'
        # Three throttled attempts, which the service did not act on, then the one start.
        (Get-HwCloudEmulatorRequest -Emulator $emulator -Method PUT -Path '*/orders_nightly/start').Status | Should -Be @(429, 429, 429, 200)
    }

    It 'reports a run that outlasts the wait as StillRunning, without stopping it' {
        Set-HwCloudEmulatorSeed -Emulator $emulator -Seed @{
            cdm = @{ clusters = @(@{ id = $cluster; jobs = @(@{ name = 'orders_nightly'; bootSeconds = 0; runSeconds = 3600; lastRunHoursAgo = 8; lastRunFailWith = 'Disk quota exceeded.' }) }) }
        }

        $orders = & $restart -ClusterId $cluster -PollIntervalSec 0.2 -WaitTimeoutSec 1

        $orders.Result | Should -Be 'StillRunning'
        Assert-HwCloudEmulatorRequest -Emulator $emulator -Method PUT -Path '*/orders_nightly/stop' -Count 0
        # The run goes on: an hour later (on the emulator's clock) it has succeeded.
        Move-HwCloudEmulatorClock -Emulator $emulator -Seconds 3600
        (Get-CdmJobStatus -ClusterId $cluster -JobName orders_nightly).Status | Should -Be 'Succeeded'
    }

    It 'sends no start with -WhatIf' {
        $results = @(& $restart -ClusterId $cluster -WhatIf)

        $results | Should -BeNullOrEmpty
        Assert-HwCloudEmulatorRequest -Emulator $emulator -Method PUT -Path '*' -Count 0
        # Reading the jobs is all it did.
        Assert-HwCloudEmulatorRequest -Emulator $emulator -Method GET -Path '*/cdm/job/all' -AtLeast 1
    }
}
