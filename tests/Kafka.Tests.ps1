BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:instance = 'a1b2c3d4-0000-1111-2222-333344445555'
    $script:tasksPath = "/v2/0123456789abcdef0123456789abcdef/instances/$script:instance/tasks"
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Get-KafkaBackgroundTask and Remove-KafkaBackgroundTask' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'lists the tasks as typed objects in one request' {
        $tasks = Get-KafkaBackgroundTask -InstanceId $script:instance
        $tasks.Count | Should -Be 50
        $tasks[0] | Should -BeOfType 'HwTasks.Core.Services.Kafka.KafkaBackgroundTask'
        $tasks[0].Status | Should -Be 'Executing'
        $tasks[0].Params['new_auto_status'] | Should -BeFalse
        $tasks[0].ProjectId | Should -Be '0123456789abcdef0123456789abcdef'
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.Count | Should -Be 1
        Get-RequestLine $log[0] | Should -Be "GET $($script:tasksPath)?limit=100&start=0"
    }

    It 'sends -After and -Before as UTC yyyyMMddHHmmss' {
        Get-KafkaBackgroundTask -InstanceId $script:instance -After ([datetimeoffset]'2024-05-15T10:20:30+08:00') -Before ([datetimeoffset]'2024-05-16T01:02:03-02:00')
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log[0].query | Should -Match 'begin_time=20240515022030&end_time=20240516030203'
    }

    It 'refuses -After later than -Before before any request' {
        { Get-KafkaBackgroundTask -InstanceId $script:instance -After ([datetime]::UtcNow) -Before ([datetime]::UtcNow.AddDays(-1)) -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidTimeRange,HwTasks.Commands.Kafka.GetKafkaBackgroundTaskCommand'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'reports an unknown task as KafkaBackgroundTaskNotFound with the request id' {
        $err = $null
        Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId nosuchtask -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'KafkaBackgroundTaskNotFound,HwTasks.Commands.Kafka.GetKafkaBackgroundTaskCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].Exception.Message | Should -Match 'DMS\.00404041.*\(request id [0-9a-f]{32}\)$'
    }

    It 'refuses a path in -InstanceId before any request' {
        { Get-KafkaBackgroundTask -InstanceId '../x' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,HwTasks.Commands.Kafka.GetKafkaBackgroundTaskCommand'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf' {
        Remove-KafkaBackgroundTask -InstanceId $script:instance -TaskId 8abfa7b372160bfd017216560af83e6e -WhatIf
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'removes exactly the tasks older than 30 days that it listed' {
        $before = [datetime]::UtcNow.AddDays(-30)
        $listed = @(Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before).TaskId
        Clear-EmulatorRequestLog $script:emulator

        Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before | Remove-KafkaBackgroundTask -Confirm:$false

        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log[0].query | Should -Match ('end_time=' + $before.ToString('yyyyMMddHHmmss') + '&')
        @($log | Select-Object -Skip 1 | ForEach-Object { Get-RequestLine $_ }) |
            Should -Be @($listed | ForEach-Object { "DELETE $($script:tasksPath)/$_" })
        @(Get-KafkaBackgroundTask -InstanceId $script:instance -Before $before).Count | Should -Be 0
    }
}

Describe 'Kafka paging' {
    BeforeAll {
        Use-FreshTestEmulator $script:emulator
        Set-TestEmulatorSeed $script:emulator ('{ "kafka": { "instances": [ { "id": "' + $script:instance + '", "generateTasks": 10000 } ] } }')
    }

    BeforeEach {
        Clear-EmulatorRequestLog $script:emulator
    }

    It 'asks for 5 tasks once for -First 5' {
        @(Get-KafkaBackgroundTask -InstanceId $script:instance -First 5).Count | Should -Be 5
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -Be @("GET $($script:tasksPath)?limit=5&start=0")
    }

    It 'asks for start=150 then start=250 for -Skip 150 -First 120' {
        @(Get-KafkaBackgroundTask -InstanceId $script:instance -Skip 150 -First 120).Count | Should -Be 120
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) |
            Should -Be @("GET $($script:tasksPath)?limit=100&start=150", "GET $($script:tasksPath)?limit=20&start=250")
    }

    It 'writes the total first with -IncludeTotalCount' {
        $output = @(Get-KafkaBackgroundTask -InstanceId $script:instance -IncludeTotalCount -First 3)
        $output.Count | Should -Be 4
        $output[0] | Should -Be 10000
    }
}
