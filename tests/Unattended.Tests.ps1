# What an unattended script relies on: -Force instead of a prompt it cannot answer, Stop-* -Wait
# returning once the work has stopped, and Wait-HwTask -Status returning at a chosen state.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:syncingTask = '0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e'
    # Runs the command in a new pwsh, once as typed and once with -Force, and prints what each did.
    $script:forceScript = @'
param($manifest, $url, $ak, $sk, $project, $command)
Import-Module $manifest
$sk = ConvertTo-SecureString $sk -AsPlainText -Force
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey $sk | Out-Null
try { & ([scriptblock]::Create($command)) -ErrorAction Stop | Out-Null; 'asked: no error' }
catch { 'asked: ' + $_.FullyQualifiedErrorId; 'message: ' + $_.Exception.Message }
$forced = @(& ([scriptblock]::Create($command + ' -Force')))
'forced: ' + $forced.Count + ' ' + ($forced | ForEach-Object { $_.GetType().Name })
'@
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe '-Force' {
    BeforeEach {
        # The default seed (every service's tasks), with its 33-second CDM job running.
        Use-FreshTestEmulator $script:emulator
        Start-CdmJob -ClusterId $script:cluster -JobName obs2hive_logs | Out-Null
        Clear-EmulatorRequestLog $script:emulator
    }

    It '<Command> fails with ConfirmationUnavailable in a non-interactive pwsh, sending nothing, and acts with -Force' -ForEach @(
        @{ Command = 'Stop-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName obs2hive_logs'; Path = '*/cdm/job/obs2hive_logs/stop'; Type = 'CdmJobSubmission'; Sentence = "Stop CDM job 'obs2hive_logs' on cluster 6ec9a0a4-76be-4262-8697-e7af1fac7920" }
        @{ Command = 'Stop-OmsSyncTask -SyncTaskId 0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e'; Path = '*/sync-tasks/0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e/stop'; Type = 'OmsSyncTask'; Sentence = 'Stop OMS sync task 0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e' }
        @{ Command = 'Stop-DataArtsMetadataTask -WorkspaceId 0833a5737480d53b2f25c010dc1a7b88 -TaskId 1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f'; Path = '*/metadata/tasks/1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f/action'; Type = 'DataArtsTaskActionResult'; Sentence = '*1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f*' }
        @{ Command = 'Remove-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -TaskId 8abfa7b372160bfd017216560af83e6e'; Path = '*/tasks/8abfa7b372160bfd017216560af83e6e'; Type = 'void'; Sentence = '*8abfa7b372160bfd017216560af83e6e*' }
    ) {
        $run = Invoke-FreshPwsh -Script $script:forceScript -ArgumentList (@(Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') + (Get-TestEmulatorArgument $script:emulator) + $Command)
        $name = ($Command -split ' ')[0]
        $run.Output[0] | Should -BeLikeExactly "asked: ConfirmationUnavailable,HwTasks.Commands.*.$($name -replace '-')Command"
        $run.Output[1] | Should -BeLikeExactly "message: $name asks before it acts ($Sentence), but this session cannot answer a prompt. Pass -Force to act without asking, or -WhatIf to see what it would do."
        $expected = if ($Type -eq 'void') { 'forced: 0 ' } else { "forced: 1 $Type" }
        $run.Output[2] | Should -BeExactly $expected
        $run.ExitCode | Should -Be 0
        # The refused call sent nothing: one action request, the forced one's.
        @(Get-EmulatorRequest $script:emulator -Path $Path | Where-Object method -NE GET) | Should -HaveCount 1
    }

    It 'still sends nothing with -WhatIf' {
        $run = Invoke-TestCommand { Stop-CdmJob -ClusterId $script:cluster -JobName obs2hive_logs -Force -WhatIf }
        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator) | Should -HaveCount 0
    }

    It 'still asks when -Confirm is typed with it' {
        $run = Invoke-FreshPwsh -Script ($script:forceScript -replace "' -Force'", "' -Force -Confirm'") -ArgumentList (@(Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') + (Get-TestEmulatorArgument $script:emulator) + "Stop-CdmJob -ClusterId $($script:cluster) -JobName obs2hive_logs -Confirm")
        $run.Output[0] | Should -BeExactly 'asked: ConfirmationUnavailable,HwTasks.Commands.Cdm.StopCdmJobCommand'
        $run.Output -join "`n" | Should -Match 'ConfirmationUnavailable'
        @(Get-EmulatorRequest $script:emulator -Path '*/stop') | Should -HaveCount 0
    }
}

Describe 'Stop-* -Wait' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'Stop-CdmJob -Wait writes the run once it has stopped, not as a failure' {
        Set-TestCdmJobSeed $script:emulator -Job @(@{ name = 'long'; runSeconds = 600 })
        Start-CdmJob -ClusterId $script:cluster -JobName long | Out-Null
        $run = Invoke-TestCommand { Stop-CdmJob -ClusterId $script:cluster -JobName long -Force -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 30 }
        $run.Errors | Should -BeNullOrEmpty
        $run.Output | Should -HaveCount 1
        $run.Output[0] | Should -BeOfType ([HwTasks.Core.Services.Cdm.CdmJobSubmission])
        $run.Output[0].Status | Should -Be ([HwTasks.Core.Services.Cdm.CdmJobStatus]::Failed)
        $run.Output[0].ErrorSummary | Should -BeExactly 'Job was stopped by user.'
        @(Get-EmulatorRequest $script:emulator -Path '*/long/stop' -Method PUT) | Should -HaveCount 1
        @(Get-EmulatorRequest $script:emulator -Path '*/long/status' -Method GET).Count | Should -BeGreaterOrEqual 2
    }

    It 'Stop-OmsSyncTask -Wait writes the task once it is Stopped' {
        $task = @(Stop-OmsSyncTask -SyncTaskId $script:syncingTask -Force -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 30)
        $task | Should -HaveCount 1
        "$($task[0].Status)" | Should -BeExactly 'Stopped'
        @(Get-EmulatorRequest $script:emulator -Path "*/$($script:syncingTask)/stop" -Method POST) | Should -HaveCount 1
    }

    It 'refuses -PollIntervalSec 0 before sending anything' {
        Assert-RefusedBeforeSending $script:emulator { Stop-OmsSyncTask -SyncTaskId 0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e -Force -Wait -PollIntervalSec 0 } 'PollIntervalSec' 'less than the minimum allowed range of 0.1'
    }
}

Describe 'Wait-HwTask -Status' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
        Set-TestCdmJobSeed $script:emulator -Job @(@{ name = 'slow'; bootSeconds = 1; runSeconds = 600 }, @{ name = 'quick'; bootSeconds = 0; runSeconds = 0.3 })
    }

    It 'returns the run as soon as it is Running, long before it finishes' {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName slow
        "$($run.Status)" | Should -BeExactly 'Booting'
        $result = Invoke-TestCommand { $run | Wait-HwTask -Status Running -PollIntervalSec 0.2 -TimeoutSec 30 }
        $result.Errors | Should -BeNullOrEmpty
        $result.Output | Should -HaveCount 1
        $result.Output[0].Status | Should -Be ([HwTasks.Core.Services.Cdm.CdmJobStatus]::Running)
        $result.Output[0].JobName | Should -BeExactly 'slow'
    }

    It 'takes the state names case-insensitively and any of several' {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        $result = @($run | Wait-HwTask -Status failed, SUCCEEDED -PollIntervalSec 0.2 -TimeoutSec 30)
        $result[0].Status | Should -Be ([HwTasks.Core.Services.Cdm.CdmJobStatus]::Succeeded)
    }

    It 'writes StateNotReached when the run ends in another state' {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        Start-Sleep -Milliseconds 500
        $result = Invoke-TestCommand { $run | Wait-HwTask -Status Running -PollIntervalSec 0.2 -TimeoutSec 30 }
        $result.Output | Should -BeNullOrEmpty
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'StateNotReached,HwTasks.Commands.Tasks.WaitHwTaskCommand'
        $result.Errors[0].Exception.Message | Should -BeExactly "CDM job 'quick' on cluster $($script:cluster) ended Succeeded; it will not become Running."
        $result.Errors[0].TargetObject.Status | Should -Be ([HwTasks.Core.Services.Cdm.CdmJobStatus]::Succeeded)
    }

    It 'refuses a state the item does not have, naming its states, before polling' {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName slow
        Clear-EmulatorRequestLog $script:emulator
        $result = Invoke-TestCommand { $run | Wait-HwTask -Status Synchronizing -TimeoutSec 30 }
        $result.Errors | Should -HaveCount 1
        $result.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidStatus,HwTasks.Commands.Tasks.WaitHwTaskCommand'
        $result.Errors[0].Exception.Message | Should -BeExactly "-Status 'Synchronizing' is not a state of CDM job 'slow' on cluster $($script:cluster). Its states: New, Booting, FailureOnSubmit, Running, Succeeded, Failed, NeverExecuted."
        @(Get-EmulatorRequestLog $script:emulator) | Should -HaveCount 0
    }

    It 'completes the state names of every service' {
        $line = 'Wait-HwTask -Status '
        $names = @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText)
        foreach ($state in 'Running', 'Succeeded', 'Synchronizing', 'Stopped', 'Success', 'Executing') { $names | Should -Contain $state }
        $names | Should -Not -Contain 'Unknown'
        ($names | Sort-Object -Unique).Count | Should -Be $names.Count
    }
}
