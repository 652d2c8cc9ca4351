BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:instance = 'a1b2c3d4-0000-1111-2222-333344445555'
    $script:tasksPath = "/v2/$($script:emulator.ProjectId)/instances/$script:instance/tasks"
    $script:executingTask = '8abfa7b372160bfd0172165864064079'
    $script:succeededTask = '8abfa7b372160bfd017216560af83e6e'
    $script:taskType = 'HwTasks.Core.Services.Kafka.KafkaBackgroundTask'

    # Replaces the default 50 tasks with Count generated ones over the last 60 days.
    function Set-KafkaTaskSeed([int] $Count) {
        Set-TestEmulatorSeed $script:emulator ('{ "kafka": { "instances": [ { "id": "' + $script:instance + '", "generateTasks": ' + $Count + ', "generateDays": 60 } ] } }')
    }
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Get-KafkaBackgroundTask' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'lists every task, newest first, as typed objects in one request' {
        $tasks = @(Get-KafkaBackgroundTask -InstanceId $script:instance)

        $tasks.Count | Should -Be 50
        $newest = $tasks[0]
        $newest | Assert-LocatedModel $script:taskType
        $newest.TaskId | Should -BeExactly $script:executingTask
        $newest.InstanceId | Should -BeExactly $script:instance
        $newest.Name | Should -BeExactly 'modifyAutoTopic'
        $newest.Status | Should -Be 'Executing'
        $newest.CreatedTime | Should -BeOfType [datetimeoffset]
        $newest.Params | Should -BeOfType ([System.Collections.Generic.IDictionary[string, object]])
        $newest.Params['new_auto_status'] | Should -BeOfType [bool]
        $newest.Params['new_auto_status'] | Should -BeFalse
        $newest.ParamsJson | Should -BeExactly '{"old_auto_status":true,"new_auto_status":false}'
        $tasks.CreatedTime | Should -Be ($tasks.CreatedTime | Sort-Object -Descending)
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.Count | Should -Be 1
        Get-RequestLine $log[0] | Should -BeExactly "GET $($script:tasksPath)?limit=100&start=0"
        $log[0].bodyLength | Should -Be 0
        $log[0].headers.'X-Project-Id' | Should -BeExactly $script:emulator.ProjectId
        $log[0].status | Should -Be 200
    }

    It 'reads one task with -TaskId' {
        $task = @(Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:succeededTask)

        $task.Count | Should -Be 1
        $task[0] | Assert-LocatedModel $script:taskType
        $task[0].Status | Should -Be 'Success'
        $task[0].Name | Should -BeExactly 'changeRetentionPolicy'
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET $($script:tasksPath)/$($script:succeededTask)")
    }

    It 'sends -After and -Before as UTC yyyyMMddHHmmss' {
        $tasks = Get-KafkaBackgroundTask -InstanceId $script:instance -After ([datetimeoffset]'2024-05-15T10:20:30+08:00') -Before ([datetimeoffset]'2024-05-16T01:02:03-02:00')

        $tasks | Should -BeNullOrEmpty
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET $($script:tasksPath)?begin_time=20240515022030&end_time=20240516030203&limit=100&start=0")
    }

    It 'refuses -After later than -Before as InvalidTimeRange before any request' {
        $output = [System.Collections.Generic.List[object]]::new()
        $err = { Get-KafkaBackgroundTask -InstanceId $script:instance -After ([datetime]::UtcNow) -Before ([datetime]::UtcNow.AddDays(-1)) | ForEach-Object { $output.Add($_) } } |
            Should -Throw -PassThru

        $err.FullyQualifiedErrorId | Should -BeExactly 'InvalidTimeRange,HwTasks.Commands.Kafka.GetKafkaBackgroundTaskCommand'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.Exception.Message | Should -Match 'must be earlier than -Before'
        $output | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'writes KafkaBackgroundTaskNotFound with the request id for an unknown <What>' -ForEach @(
        @{ What = 'task'; Instance = 'a1b2c3d4-0000-1111-2222-333344445555'; TaskId = 'nosuchtask'; Code = 'DMS.00404041'; Target = 'nosuchtask' }
        @{ What = 'instance, when listing'; Instance = 'no-such-instance'; TaskId = $null; Code = 'DMS.00404022'; Target = 'no-such-instance' }
    ) {
        $byId = if ($TaskId) { @{ TaskId = $TaskId } } else { @{} }
        $err = $null
        $output = Get-KafkaBackgroundTask -InstanceId $Instance @byId -ErrorVariable err -ErrorAction SilentlyContinue

        $output | Should -BeNullOrEmpty
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.Count | Should -Be 1
        $err.Count | Should -Be 1
        Assert-ServiceErrorRecord $err[0] $log[0] 'KafkaBackgroundTaskNotFound,HwTasks.Commands.Kafka.GetKafkaBackgroundTaskCommand' 'ObjectNotFound' $Code
        $err[0].TargetObject | Should -BeExactly $Target
    }

    It 'writes a 400 from the service as InvalidRequest (InvalidArgument)' {
        Add-TestEmulatorFault $script:emulator @{ method = 'GET'; path = '/v2/*/instances/*/tasks'; kind = 'status'; status = 400 }

        $err = $null
        Get-KafkaBackgroundTask -InstanceId $script:instance -ErrorVariable err -ErrorAction SilentlyContinue

        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.Count | Should -Be 1
        $log[0].status | Should -Be 400
        $err.Count | Should -Be 1
        Assert-ServiceErrorRecord $err[0] $log[0] 'InvalidRequest,HwTasks.Commands.Kafka.GetKafkaBackgroundTaskCommand' 'InvalidArgument' 'HTTP 400'
    }

    It 'pages a listing of <Count> tasks to completion and stops after the last page' -ForEach @(
        @{ Count = 250; Starts = 0, 100, 200 }
        @{ Count = 200; Starts = 0, 100 }
    ) {
        Set-KafkaTaskSeed $Count

        $tasks = @(Get-KafkaBackgroundTask -InstanceId $script:instance)

        @($tasks.TaskId | Select-Object -Unique).Count | Should -Be $Count
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @($Starts | ForEach-Object { "GET $($script:tasksPath)?limit=100&start=$_" })
    }

    It 'stops the listing with a warning when the service answers the same page twice' {
        $server = Start-TestRepeatingPageServer -PageSize 100 -Total 1000
        try {
            $warnings = $null
            $tasks = @(Get-KafkaBackgroundTask -InstanceId $script:instance -EndpointUrl $server.Url -WarningVariable warnings -WarningAction SilentlyContinue)
        }
        finally {
            Stop-TestRepeatingPageServer $server
        }

        $tasks.Count | Should -Be 100
        @($warnings).Count | Should -Be 1
        $warnings[0].Message | Should -BeExactly 'The service returned the same page twice at offset 100; stopping the listing there.'
        @($server.Queries | ForEach-Object { ($_ -split '&') -match '^start=' }) | Should -BeExactly @('start=0', 'start=100')
    }
}

Describe 'Kafka instance and task ids' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'refuses <Command> before any request (-<Parameter>: <Problem>)' -ForEach @(
        @{ Command = {Get-KafkaBackgroundTask -InstanceId ('i' * 65)}; Parameter = 'InstanceId'; Problem = '1 to 64 characters' }
        @{ Command = {Get-KafkaBackgroundTask -InstanceId '../x'}; Parameter = 'InstanceId'; Problem = "must not contain '/'" }
        @{ Command = {Get-KafkaBackgroundTask -InstanceId ''}; Parameter = 'InstanceId'; Problem = 'empty' }
        @{ Command = {Get-KafkaBackgroundTask -InstanceId a -TaskId "t`r`nX-Injected: 1"}; Parameter = 'TaskId'; Problem = 'control characters' }
        @{ Command = {Remove-KafkaBackgroundTask -InstanceId a -TaskId '..' -Confirm:$false}; Parameter = 'TaskId'; Problem = "must not be '.' or '..'" }
        @{ Command = {Remove-KafkaBackgroundTask -InstanceId '..\x' -TaskId t -Confirm:$false}; Parameter = 'InstanceId'; Problem = "must not contain '/'" }
    ) {
        Assert-RefusedBeforeSending $script:emulator $Command $Parameter $Problem
    }
}

Describe 'Remove-KafkaBackgroundTask' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'deletes the task (204, no body) and writes nothing without -PassThru' {
        $output = Remove-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:succeededTask -Confirm:$false

        $output | Should -BeNullOrEmpty
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.Count | Should -Be 1
        Get-RequestLine $log[0] | Should -BeExactly "DELETE $($script:tasksPath)/$($script:succeededTask)"
        $log[0].bodyLength | Should -Be 0
        $log[0].status | Should -Be 204
        $err = $null
        Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:succeededTask -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
    }

    It 'reads the task first and writes it with -PassThru' {
        $removed = @(Remove-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:succeededTask -PassThru -Confirm:$false)

        $removed.Count | Should -Be 1
        $removed[0] | Assert-LocatedModel $script:taskType
        $removed[0].TaskId | Should -BeExactly $script:succeededTask
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @(
            "GET $($script:tasksPath)/$($script:succeededTask)"
            "DELETE $($script:tasksPath)/$($script:succeededTask)"
        )
    }

    It 'writes KafkaBackgroundTaskNotFound for an unknown task' {
        $err = $null
        Remove-KafkaBackgroundTask -InstanceId $script:instance -TaskId gone -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue

        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.Count | Should -Be 1
        $log[0].method | Should -BeExactly 'DELETE'
        $err.Count | Should -Be 1
        Assert-ServiceErrorRecord $err[0] $log[0] 'KafkaBackgroundTaskNotFound,HwTasks.Commands.Kafka.RemoveKafkaBackgroundTaskCommand' 'ObjectNotFound' 'DMS.00404041'
        $err[0].TargetObject | Should -BeExactly 'gone'
    }

    It 'sends nothing and writes nothing with -WhatIf, even with -PassThru' {
        $output = Remove-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:succeededTask -WhatIf -PassThru

        $output | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'has a high confirm impact' {
        Get-TestConfirmImpact Remove-KafkaBackgroundTask | Should -Be 'High'
    }

    It 'removes exactly the tasks older than 30 days that Get-KafkaBackgroundTask -Before lists' {
        $before = [datetimeoffset]::UtcNow.AddDays(-30)
        $listed = @(Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before | ForEach-Object TaskId)
        $listed.Count | Should -BeGreaterOrEqual 5
        $listed.Count | Should -BeLessOrEqual 45
        Clear-EmulatorRequestLog $script:emulator

        $output = Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before | Remove-KafkaBackgroundTask -Confirm:$false

        $output | Should -BeNullOrEmpty
        $endTime = $before.UtcDateTime.ToString('yyyyMMddHHmmss', [cultureinfo]::InvariantCulture)
        $endTime | Should -MatchExactly '^[0-9]{14}$'
        $log = @(Get-EmulatorRequestLog $script:emulator)
        Get-RequestLine $log[0] | Should -BeExactly "GET $($script:tasksPath)?end_time=$endTime&limit=100&start=0"
        $deletes = @($log | Select-Object -Skip 1)
        @($deletes | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @($listed | ForEach-Object { "DELETE $($script:tasksPath)/$_" })
        $deletes.status | Should -Be @($deletes | ForEach-Object { 204 })
        Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before | Should -BeNullOrEmpty
        @(Get-KafkaBackgroundTask -InstanceId $script:instance).Count | Should -Be (50 - $listed.Count)
    }

    It 'removes every listed task across pages, although each deletion shifts the offsets of the tasks not listed yet' {
        Set-KafkaTaskSeed 400
        $before = [datetimeoffset]::UtcNow.AddDays(-30)
        $listed = @(Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before | ForEach-Object TaskId)
        $listed.Count | Should -BeGreaterOrEqual 101
        $listed.Count | Should -BeLessOrEqual 300
        Clear-EmulatorRequestLog $script:emulator

        Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before | Remove-KafkaBackgroundTask -Confirm:$false

        $deleted = @(Get-EmulatorRequestLog $script:emulator | Where-Object method -CEQ 'DELETE' | ForEach-Object { $_.path.Substring($script:tasksPath.Length + 1) })
        $deleted | Should -BeExactly $listed
        Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before | Should -BeNullOrEmpty
    }
}

Describe 'Remove-KafkaBackgroundTask -WhatIf' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'names a piped task by name and id, and an id alone by its id' {
        # pwsh writes What if: straight to the host, so a fresh process shows it on standard output.
        $run = Invoke-FreshPwsh -Script @'
param($manifest, $instance, $task, $url, $ak, $sk, $project)
Import-Module $manifest
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey (ConvertTo-SecureString $sk -AsPlainText -Force) | Out-Null
Get-KafkaBackgroundTask -InstanceId $instance -TaskId $task | Remove-KafkaBackgroundTask -WhatIf
Remove-KafkaBackgroundTask -InstanceId $instance -TaskId $task -WhatIf
'@ -ArgumentList (@((Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $script:instance, $script:executingTask) + (Get-TestEmulatorArgument $script:emulator))

        $run.Output | Should -BeExactly @(
            "What if: Remove background task modifyAutoTopic ($($script:executingTask)) of Kafka instance $($script:instance)."
            "What if: Remove background task $($script:executingTask) of Kafka instance $($script:instance).")
        @(Get-EmulatorRequestLog $script:emulator | Where-Object method -CEQ 'DELETE') | Should -BeNullOrEmpty
    }
}

Describe 'Kafka paging over 10,000 tasks' {
    BeforeAll {
        Use-FreshTestEmulator $script:emulator
        Set-KafkaTaskSeed 10000
    }

    BeforeEach {
        Clear-EmulatorRequestLog $script:emulator
    }

    It 'asks for 5 tasks once for -First 5' {
        @(Get-KafkaBackgroundTask -InstanceId $script:instance -First 5).Count | Should -Be 5
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET $($script:tasksPath)?limit=5&start=0")
    }

    It 'asks for start=150 then start=250 for -Skip 150 -First 120, and writes the tasks there' {
        $expected = @(Get-KafkaBackgroundTask -InstanceId $script:instance -First 270 | Select-Object -Skip 150 | ForEach-Object TaskId)
        Clear-EmulatorRequestLog $script:emulator

        $tasks = @(Get-KafkaBackgroundTask -InstanceId $script:instance -Skip 150 -First 120)

        $tasks.Count | Should -Be 120
        $tasks.TaskId | Should -BeExactly $expected
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET $($script:tasksPath)?limit=100&start=150", "GET $($script:tasksPath)?limit=20&start=250")
    }

    It 'writes the total first with -IncludeTotalCount, from the same one request' {
        $output = @(Get-KafkaBackgroundTask -InstanceId $script:instance -IncludeTotalCount -First 3)

        $output.Count | Should -Be 4
        $output[0] | Should -BeOfType [uint64]
        $output[0] | Should -Be 10000
        foreach ($task in $output[1..3]) { $task | Assert-LocatedModel $script:taskType }
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 1
    }
}

Describe 'Get-KafkaInstance' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'lists the project''s Kafka instances as typed objects, with ListInstances'' query' {
        $instances = @(Get-KafkaInstance)

        $instances.Count | Should -Be 1
        $instances[0] | Assert-LocatedModel ([HwTasks.Core.Services.Kafka.KafkaInstance])
        $instances[0].InstanceId | Should -BeExactly $script:instance
        $instances[0].Name | Should -BeExactly 'kafka-demo'
        $instances[0].CreatedTime | Should -BeOfType ([DateTimeOffset])
        $request = Get-SingleEmulatorRequest $script:emulator
        Get-RequestLine $request | Should -BeExactly "GET /v2/$($script:emulator.ProjectId)/instances?engine=kafka&limit=50&offset=0"
    }

    It 'pipes its instances into Get-KafkaBackgroundTask' {
        $tasks = @(Get-KafkaInstance | Get-KafkaBackgroundTask -First 3)

        $tasks.Count | Should -Be 3
        $tasks.InstanceId | Should -Be (@($script:instance) * 3)
    }

    It 'shows a table of id, name, status, version, specification and creation time in 120 columns' {
        $instance = Get-KafkaInstance
        $lines = Get-FormattedLine { $instance | Format-Table } 120

        $lines[0] | Should -BeExactly 'InstanceId                           Name                     Status     Version Specification        Created'
        $lines[2] | Should -BeExactly ('{0} {1,-24} {2,-10} {3,-7} {4,-20} {5}' -f $instance.InstanceId, $instance.Name, $instance.Status, $instance.EngineVersion, $instance.Specification, (Get-TableTime $instance.CreatedTime))
    }

    It 'counts without listing: -First 0 -IncludeTotalCount' {
        $output = @(Get-KafkaInstance -First 0 -IncludeTotalCount)

        $output.Count | Should -Be 1
        $output[0] | Should -BeOfType [uint64]
        $output[0] | Should -Be 1
        Get-RequestLine (Get-SingleEmulatorRequest $script:emulator) | Should -BeLike '*/instances?engine=kafka&*'
    }
}

Describe 'Kafka background tasks by several ids' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'reads each task of -TaskId a,b with its own request' {
        $tasks = @(Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:executingTask, $script:succeededTask)

        $tasks.TaskId | Should -BeExactly @($script:executingTask, $script:succeededTask)
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @(
            "GET $($script:tasksPath)/$($script:executingTask)"
            "GET $($script:tasksPath)/$($script:succeededTask)")
    }

    It 'names each task of -TaskId a,b under -WhatIf and sends nothing' {
        $output = Get-WhatIfLine $script:emulator 'Remove-KafkaBackgroundTask -InstanceId $a -TaskId $b, $c -WhatIf' -ArgumentList $script:instance, $script:executingTask, $script:succeededTask

        $output | Should -BeExactly @(
            "What if: Remove background task $($script:executingTask) of Kafka instance $($script:instance)."
            "What if: Remove background task $($script:succeededTask) of Kafka instance $($script:instance).")
        @(Get-EmulatorRequestLog $script:emulator) | Should -BeNullOrEmpty
    }
}
