# Wait-HwTask: waits on piped CDM runs, OMS sync tasks, DataArts runs and Kafka tasks, with one
# progress bar per item, and writes each one's final state.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:project = $script:emulator.ProjectId
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:kafkaInstance = 'a1b2c3d4-0000-1111-2222-333344445555'
    $script:executingKafkaTask = '8abfa7b372160bfd0172165864064079'
    $script:syncingOmsTask = '0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e'
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Wait-HwTask' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'shows one progress bar for a CDM run until it succeeds, then writes the final run' {
        Set-TestCdmJobSeed $script:emulator @{ name = 'job'; bootSeconds = 0.2; runSeconds = 0.8; rows = 10 }

        $run = Invoke-TestThreadJob $script:emulator { Start-CdmJob -ClusterId $args[0] -JobName job | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 20 } -ArgumentList $script:cluster

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Count | Should -Be 1
        $run.Output[0] | Assert-LocatedModel ([HwTasks.Core.Services.Cdm.CdmJobSubmission])
        $run.Output[0].Status | Should -Be 'Succeeded'
        $run.Output[0].Progress | Should -Be 100
        $activity = "Waiting for CDM job 'job' on cluster $($script:cluster)"
        $processing = @($run.Progress | Where-Object RecordType -EQ 'Processing')
        $processing | Should -Not -BeNullOrEmpty
        foreach ($record in $processing) {
            $record.Activity | Should -BeExactly $activity
            $record.ActivityId | Should -Be 1
            $record.PercentComplete | Should -BeGreaterOrEqual 0
            $record.PercentComplete | Should -BeLessOrEqual 100
            $record.StatusDescription | Should -MatchExactly '^(Booting|Running) after [0-9]+ s$'
        }
        $run.Progress[-1].RecordType | Should -Be 'Completed'
        $run.Progress[-1].Activity | Should -BeExactly $activity
    }

    It 'ends the wait at once for an OMS sync task that is already stopped: it polls once' {
        $task = @(Stop-OmsSyncTask -SyncTaskId $script:syncingOmsTask -Confirm:$false | Wait-HwTask -PollIntervalSec 5 -TimeoutSec 20)

        $task.Count | Should -Be 1
        $task[0] | Assert-LocatedModel ([HwTasks.Core.Services.Oms.OmsSyncTask])
        $task[0].Status | Should -Be 'Stopped'
        # Stop-OmsSyncTask reads the task after stopping it; Wait-HwTask polls once and is done.
        $path = "/v2/$($script:project)/sync-tasks/$($script:syncingOmsTask)"
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("POST $path/stop", "GET $path", "GET $path")
    }

    It 'writes WaitTimeout and no output for <Item> still <Status> at -TimeoutSec' -ForEach @(
        @{
            Item = 'a Kafka task'; Status = 'Executing'; TargetProperty = 'TaskId'; Target = '8abfa7b372160bfd0172165864064079'
            Description = "Kafka task 'modifyAutoTopic' (8abfa7b372160bfd0172165864064079) of instance a1b2c3d4-0000-1111-2222-333344445555"
            Begin = { Get-KafkaBackgroundTask -InstanceId $script:kafkaInstance -TaskId $script:executingKafkaTask }
        }
        @{
            Item = 'a CDM run'; Status = 'Running'; TargetProperty = 'JobName'; Target = 'long'
            Description = "CDM job 'long' on cluster 6ec9a0a4-76be-4262-8697-e7af1fac7920"
            Begin = {
                Set-TestCdmJobSeed $script:emulator @{ name = 'long'; bootSeconds = 0; runSeconds = 600 }
                Start-CdmJob -ClusterId $script:cluster -JobName long
            }
        }
    ) {
        $err = $null
        $output = & $Begin | Wait-HwTask -TimeoutSec 1 -PollIntervalSec 0.2 -ErrorVariable err -ErrorAction SilentlyContinue

        $output | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'WaitTimeout,HwTasks.Commands.Tasks.WaitHwTaskCommand'
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $err[0].Exception.Message |
            Should -MatchExactly ('^' + [regex]::Escape("$Description is still $Status after ") + '[0-9]+ s \(-TimeoutSec\)\. It goes on in the service; wait again or stop it\.$')
        $err[0].TargetObject.$TargetProperty | Should -BeExactly $Target
    }

    It 'writes KafkaBackgroundTaskNotFound, and no output, for a Kafka task removed while it waits' {
        $task = Get-KafkaBackgroundTask -InstanceId $script:kafkaInstance -TaskId $script:executingKafkaTask
        Remove-KafkaBackgroundTask -InstanceId $script:kafkaInstance -TaskId $script:executingKafkaTask -Confirm:$false

        $err = $null
        $output = $task | Wait-HwTask -TimeoutSec 5 -PollIntervalSec 0.2 -ErrorVariable err -ErrorAction SilentlyContinue

        $output | Should -BeNullOrEmpty
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.method | Should -BeExactly @('GET', 'DELETE', 'GET')
        $err.Count | Should -Be 1
        Assert-ServiceErrorRecord $err[0] $log[2] 'KafkaBackgroundTaskNotFound,HwTasks.Commands.Tasks.WaitHwTaskCommand' 'ObjectNotFound' 'DMS.00404041'
    }

    It 'refuses an object it cannot wait on as UnsupportedInputObject and sends nothing' {
        $err = $null
        $output = 'jdbc2hive' | Wait-HwTask -TimeoutSec 1 -ErrorVariable err -ErrorAction SilentlyContinue

        $output | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'UnsupportedInputObject,HwTasks.Commands.Tasks.WaitHwTaskCommand'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].Exception.Message | Should -Match 'it cannot wait on a String'
        $err[0].TargetObject | Should -BeExactly 'jdbc2hive'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}
