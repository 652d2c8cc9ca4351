BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:workspace = '0833a5737480d53b2f25c010dc1a7b88'
    $script:catalogTask = '2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a'
    $script:tasksPath = '/v3/0123456789abcdef0123456789abcdef/metadata/tasks'
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'DataArts metadata tasks' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'starts a task with the lower-case workspace header' {
        $result = Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask
        $result.Action | Should -Be 'Start'
        $result.TaskId | Should -Be $script:catalogTask
        $log = @(Get-EmulatorRequestLog $script:emulator)
        Get-RequestLine $log[0] | Should -Be "POST $($script:tasksPath)/$($script:catalogTask)/action?action=start"
        ($log[0].headers.PSObject.Properties.Name -ccontains 'workspace') | Should -BeTrue
        $log[0].headers.workspace | Should -Be $script:workspace
    }

    It 'turns the schedule on with -Schedule' {
        Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask -Schedule | Out-Null
        Get-RequestLine @(Get-EmulatorRequestLog $script:emulator)[0] | Should -Be "POST $($script:tasksPath)/$($script:catalogTask)/action?action=schedule"
        (Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask).Schedule.Enabled | Should -BeTrue
    }

    It 'waits for a started run to finish' {
        Set-TestEmulatorSeed $script:emulator ('{ "dataArts": { "workspaces": [ { "id": "' + $script:workspace + '", "tasks": [ { "id": "quick", "name": "collect_quick", "runSeconds": 0.6 } ] } ] } }')
        $task = Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId quick | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 20
        $task.LastRunStatus | Should -Be 'SUCCESS'
    }

    It 'reports an unknown task as DataArtsTaskNotFound with the request id' {
        $err = $null
        Stop-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId nosuchtask -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'DataArtsTaskNotFound,HwTasks.Commands.DataArts.StopDataArtsMetadataTaskCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].Exception.Message | Should -Match 'DLG\.0404.*\(request id [0-9a-f]{32}\)$'
    }

    It 'refuses CR/LF in -WorkspaceId before any request' {
        { Start-DataArtsMetadataTask -WorkspaceId "ws`r`nX-Injected: 1" -TaskId $script:catalogTask } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,HwTasks.Commands.DataArts.StartDataArtsMetadataTaskCommand'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf' {
        Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask -WhatIf
        Stop-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask -WhatIf
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}
