BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:workspace = '0833a5737480d53b2f25c010dc1a7b88'
    $script:catalogTask = '2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a'
    $script:salesTask = '1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f'
    $script:tasksPath = "/v3/$($script:emulator.ProjectId)/metadata/tasks"
    $script:taskType = 'HwTasks.Core.Services.DataArts.DataArtsMetadataTask'

    # The workspace header goes on the wire once, with its lower-case name and the workspace id.
    function Assert-WorkspaceHeader($Request, [string] $Workspace = $script:workspace) {
        $headers = @($Request.headers.PSObject.Properties | Where-Object Name -EQ 'workspace')
        $headers.Count | Should -Be 1
        $headers[0].Name | Should -BeExactly 'workspace'
        $headers[0].Value | Should -BeExactly $Workspace
    }
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'DataArts metadata tasks' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    Context 'Start-DataArtsMetadataTask and Stop-DataArtsMetadataTask' {
        It '<Shown> posts action=<Action> with the workspace header and writes the ids' -ForEach @(
            @{ Shown = 'Start-DataArtsMetadataTask'; Cmdlet = 'Start-DataArtsMetadataTask'; Extra = @{}; Action = 'start'; ActionName = 'Start' }
            @{ Shown = 'Start-DataArtsMetadataTask -Schedule'; Cmdlet = 'Start-DataArtsMetadataTask'; Extra = @{ Schedule = $true }; Action = 'schedule'; ActionName = 'Schedule' }
            @{ Shown = 'Stop-DataArtsMetadataTask'; Cmdlet = 'Stop-DataArtsMetadataTask'; Extra = @{ Confirm = $false }; Action = 'stop'; ActionName = 'Stop' }
        ) {
            $result = @(& $Cmdlet -WorkspaceId $script:workspace -TaskId $script:catalogTask @Extra)

            $result.Count | Should -Be 1
            $result[0] | Assert-LocatedModel ([HwTasks.Core.Services.DataArts.DataArtsTaskActionResult])
            $result[0].WorkspaceId | Should -BeExactly $script:workspace
            $result[0].TaskId | Should -BeExactly $script:catalogTask
            $result[0].Action | Should -Be $ActionName
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.Count | Should -Be 1
            Get-RequestLine $log[0] | Should -BeExactly "POST $($script:tasksPath)/$($script:catalogTask)/action?action=$Action"
            Assert-WorkspaceHeader $log[0]
            $log[0].bodyLength | Should -Be 0
            $log[0].status | Should -Be 200
            $result[0].RequestId | Should -BeExactly $log[0].requestId
        }

        It 'turns the schedule on with -Schedule, and Stop-DataArtsMetadataTask turns it off' {
            (Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask).Schedule.Enabled | Should -Be $false

            Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask -Schedule | Out-Null
            (Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask).Schedule.Enabled | Should -Be $true

            Stop-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask -Confirm:$false | Out-Null
            (Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask).Schedule.Enabled | Should -Be $false

            @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { $_.method + $(if ($_.query) { ' ' + $_.query.Split('=')[1] }) }) |
                Should -BeExactly @('GET', 'POST schedule', 'GET', 'POST stop', 'GET')
        }

        It 'writes the service''s 400 for starting a running task as InvalidRequest (InvalidArgument)' {
            Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask | Out-Null
            Clear-EmulatorRequestLog $script:emulator

            $err = $null
            Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask -ErrorVariable err -ErrorAction SilentlyContinue

            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.Count | Should -Be 1
            $log[0].status | Should -Be 400
            $err.Count | Should -Be 1
            Assert-ServiceErrorRecord $err[0] $log[0] 'InvalidRequest,HwTasks.Commands.DataArts.StartDataArtsMetadataTaskCommand' 'InvalidArgument' 'DLG.0409'
        }

        It 'does not find a task of another workspace' {
            $err = $null
            Start-DataArtsMetadataTask -WorkspaceId ffffffffffffffffffffffffffffffff -TaskId $script:catalogTask -ErrorVariable err -ErrorAction SilentlyContinue

            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.Count | Should -Be 1
            Assert-WorkspaceHeader $log[0] 'ffffffffffffffffffffffffffffffff'
            $err.Count | Should -Be 1
            Assert-ServiceErrorRecord $err[0] $log[0] 'DataArtsTaskNotFound,HwTasks.Commands.DataArts.StartDataArtsMetadataTaskCommand' 'ObjectNotFound' 'DLG.0404'
        }

        It 'send nothing and write nothing with -WhatIf' {
            $output = @(
                Start-DataArtsMetadataTask $script:catalogTask -WorkspaceId $script:workspace -WhatIf
                Start-DataArtsMetadataTask $script:catalogTask -WorkspaceId $script:workspace -Schedule -WhatIf
                Stop-DataArtsMetadataTask $script:catalogTask -WorkspaceId $script:workspace -WhatIf
            )

            $output | Should -BeNullOrEmpty
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'piped to Wait-HwTask, shows progress and writes the task after its run' {
            Set-TestEmulatorSeed $script:emulator ('{ "dataArts": { "workspaces": [ { "id": "' + $script:workspace + '", "tasks": [ { "id": "quick", "name": "collect_quick", "runSeconds": 0.6 } ] } ] } }')

            $run = Invoke-TestThreadJob $script:emulator {
                Start-DataArtsMetadataTask -WorkspaceId $args[0] -TaskId quick | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 20
            } -ArgumentList $script:workspace

            $run.Errors | Should -BeNullOrEmpty
            $run.Output.Count | Should -Be 1
            $run.Output[0] | Assert-LocatedModel $script:taskType
            "$($run.Output[0].LastRunStatus)" | Should -BeExactly 'Success'
            $run.Output[0].LastRunStatusText | Should -BeExactly 'SUCCESS'
            $run.Output[0].TaskId | Should -BeExactly 'quick'
            $run.Progress | Where-Object Activity -CEQ "Waiting for DataArts task 'collect_quick' (quick) in workspace $($script:workspace)" | Should -Not -BeNullOrEmpty
            $log = @(Get-EmulatorRequestLog $script:emulator)
            Get-RequestLine $log[0] | Should -BeExactly "POST $($script:tasksPath)/quick/action?action=start"
            # Polled until the run ended.
            $log.Count | Should -BeGreaterOrEqual 3
            $log | Select-Object -Skip 1 | ForEach-Object { Get-RequestLine $_ } | Where-Object { $_ -cne "GET $($script:tasksPath)/quick" } | Should -BeNullOrEmpty
            foreach ($request in $log) { Assert-WorkspaceHeader $request }
        }
    }

    Context 'Get-DataArtsMetadataTask' {
        It 'reads a task with -TaskId, with its schedule and last run' {
            $task = @(Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:salesTask)

            $task.Count | Should -Be 1
            $task[0] | Assert-LocatedModel $script:taskType
            $task[0].Name | Should -BeExactly 'collect_dws_sales'
            $task[0].WorkspaceId | Should -BeExactly $script:workspace
            $task[0].DataSourceType | Should -BeExactly 'DWS'
            $task[0].Schedule.Enabled | Should -Be $true
            $task[0].Schedule.CronExpression | Should -BeExactly '0 0 2 * * ?'
            $task[0].NextRunTime | Should -BeOfType [datetimeoffset]
            $task[0].LastRunTime | Should -BeOfType [datetimeoffset]
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.Count | Should -Be 1
            Get-RequestLine $log[0] | Should -BeExactly "GET $($script:tasksPath)/$($script:salesTask)"
            Assert-WorkspaceHeader $log[0]
        }

        It 'searches the workspace without -TaskId, by name with -Name' {
            $all = @(Get-DataArtsMetadataTask -WorkspaceId $script:workspace)
            $some = @(Get-DataArtsMetadataTask -WorkspaceId $script:workspace -Name dli)

            $all.Count | Should -Be 4
            foreach ($task in $all) {
                $task | Assert-LocatedModel $script:taskType
                $task.WorkspaceId | Should -BeExactly $script:workspace
            }
            $some.TaskId | Should -BeExactly @($script:catalogTask)
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.body | Should -BeExactly @('{"limit":100,"offset":0}', '{"name":"dli","limit":100,"offset":0}')
            foreach ($request in $log) {
                Get-RequestLine $request | Should -BeExactly "POST $($script:tasksPath)/search"
                Assert-WorkspaceHeader $request
                $request.headers.'Content-Type' | Should -BeExactly 'application/json'
            }
        }
    }

    Context 'Unknown tasks and refused ids' {
        It 'writes DataArtsTaskNotFound with the request id for an unknown task: <Cmdlet>' -ForEach @(
            @{ Cmdlet = 'Start-DataArtsMetadataTask'; Extra = @{}; Type = 'StartDataArtsMetadataTaskCommand'; Method = 'POST' }
            @{ Cmdlet = 'Stop-DataArtsMetadataTask'; Extra = @{ Confirm = $false }; Type = 'StopDataArtsMetadataTaskCommand'; Method = 'POST' }
            @{ Cmdlet = 'Get-DataArtsMetadataTask'; Extra = @{}; Type = 'GetDataArtsMetadataTaskCommand'; Method = 'GET' }
        ) {
            $err = $null
            $output = & $Cmdlet -WorkspaceId $script:workspace -TaskId nosuchtask @Extra -ErrorVariable err -ErrorAction SilentlyContinue

            $output | Should -BeNullOrEmpty
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.Count | Should -Be 1
            $log[0].method | Should -BeExactly $Method
            $err.Count | Should -Be 1
            Assert-ServiceErrorRecord $err[0] $log[0] "DataArtsTaskNotFound,HwTasks.Commands.DataArts.$Type" 'ObjectNotFound' 'DLG.0404'
            $err[0].TargetObject | Should -BeExactly 'nosuchtask'
        }

        It 'refuses <Command> before any request (-<Parameter>: <Problem>)' -ForEach @(
            @{ Command = {Start-DataArtsMetadataTask -TaskId t -WorkspaceId "ws`r`nX-Injected: 1"}; Parameter = 'WorkspaceId'; Problem = 'control characters' }
            @{ Command = {Get-DataArtsMetadataTask -TaskId t -WorkspaceId "ws`nx"}; Parameter = 'WorkspaceId'; Problem = 'control characters' }
            @{ Command = {Stop-DataArtsMetadataTask -TaskId t -WorkspaceId ('w' * 65) -Confirm:$false}; Parameter = 'WorkspaceId'; Problem = '1 to 64 characters' }
            @{ Command = {Get-DataArtsMetadataTask -WorkspaceId '../x'}; Parameter = 'WorkspaceId'; Problem = "must not contain '/'" }
            @{ Command = {Start-DataArtsMetadataTask -TaskId t -WorkspaceId ''}; Parameter = 'WorkspaceId'; Problem = 'empty' }
            @{ Command = {Start-DataArtsMetadataTask -WorkspaceId w -TaskId '../x'}; Parameter = 'TaskId'; Problem = "must not contain '/'" }
            @{ Command = {Get-DataArtsMetadataTask -WorkspaceId w -TaskId ('t' * 65)}; Parameter = 'TaskId'; Problem = '1 to 64 characters' }
        ) {
            Assert-RefusedBeforeSending $script:emulator $Command $Parameter $Problem
        }
    }
}

Describe 'Get-DataArtsWorkspace' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'lists the workspaces of every instance: the instances, then each one''s workspaces' {
        $workspaces = @(Get-DataArtsWorkspace)

        $workspaces.WorkspaceId | Should -Contain $script:workspace
        $workspaces | Assert-LocatedModel ([HwTasks.Core.Services.DataArts.DataArtsWorkspace])
        $default = $workspaces | Where-Object WorkspaceId -EQ $script:workspace
        $log = @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ })
        $log | Should -BeExactly @(
            "GET /v1/$($script:emulator.ProjectId)/instances?limit=50&offset=0"
            "GET /v1/$($script:emulator.ProjectId)/workspaces/$($default.InstanceId)?limit=50&offset=0")
    }

    It 'lists only the -InstanceId given, without listing the instances' {
        $instance = (Get-DataArtsWorkspace | Select-Object -First 1).InstanceId
        Reset-TestEmulator $script:emulator

        $workspaces = @(Get-DataArtsWorkspace -InstanceId $instance)

        $workspaces.WorkspaceId | Should -Contain $script:workspace
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @(
            "GET /v1/$($script:emulator.ProjectId)/workspaces/$($instance)?limit=50&offset=0")
    }

    It 'pipes its workspaces into Get-DataArtsMetadataTask' {
        $tasks = @(Get-DataArtsWorkspace | Where-Object WorkspaceId -EQ $script:workspace | Get-DataArtsMetadataTask)

        $tasks.TaskId | Should -Contain $script:salesTask
        $tasks.WorkspaceId | Sort-Object -Unique | Should -BeExactly $script:workspace
    }

    It 'shows a table of id, name, default, instance and creation time' {
        $workspace = Get-DataArtsWorkspace | Where-Object WorkspaceId -EQ $script:workspace
        $lines = Get-FormattedLine { $workspace | Format-Table } 120

        $lines[0] | Should -BeExactly 'WorkspaceId                      Name                     Default InstanceId                       Created'
        $lines[2] | Should -BeLikeExactly "$($script:workspace) $('{0,-24}' -f $workspace.Name) True    $($workspace.InstanceId) *"
    }
}

Describe 'DataArts metadata tasks by several ids' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'starts each task of -TaskId a,b with its own request' {
        $results = @(Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId $script:catalogTask, $script:salesTask)

        $results.TaskId | Should -BeExactly @($script:catalogTask, $script:salesTask)
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @(
            "POST $($script:tasksPath)/$($script:catalogTask)/action?action=start"
            "POST $($script:tasksPath)/$($script:salesTask)/action?action=start")
    }

    It 'names each task of -TaskId a,b under -WhatIf and sends nothing' {
        $output = Get-WhatIfLine $script:emulator 'Stop-DataArtsMetadataTask -WorkspaceId $a -TaskId $b, $c -WhatIf' -ArgumentList $script:workspace, $script:catalogTask, $script:salesTask

        $output | Should -BeExactly @(
            "What if: Stop DataArts metadata task $($script:catalogTask) in workspace $($script:workspace)."
            "What if: Stop DataArts metadata task $($script:salesTask) in workspace $($script:workspace).")
        @(Get-EmulatorRequestLog $script:emulator) | Should -BeNullOrEmpty
    }
}
