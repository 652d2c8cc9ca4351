BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:tasksPath = '/v2/0123456789abcdef0123456789abcdef/sync-tasks'
    $script:awsTask = 'f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b'
    $script:syncingTask = '0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e'
    $script:urlListTask = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'
    $script:keys = @{
        SrcAk = 'SRCAKOMSTEST00000001'; SrcSk = 'SrcSecretKeyOmsTest000000000000000000001'
        DstAk = 'DSTAKOMSTEST00000001'; DstSk = 'DstSecretKeyOmsTest000000000000000000001'
    }
    $script:source = New-TestCredential $script:keys.SrcAk $script:keys.SrcSk
    $script:destination = New-TestCredential $script:keys.DstAk $script:keys.DstSk
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'OMS sync tasks' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'lists the stopped tasks with the status filter on the wire' {
        $tasks = @(Get-OmsSyncTask -Status Stopped)
        $tasks.SyncTaskId | Should -Be @($script:urlListTask, $script:awsTask)
        $tasks[0].IsUrlList | Should -BeTrue
        Get-RequestLine @(Get-EmulatorRequestLog $script:emulator)[0] | Should -Be "GET $($script:tasksPath)?limit=100&offset=0&status=STOPPED"
    }

    It 'starts the stopped tasks, without source keys for the URL-list task, and leaks no key' {
        $streams = Get-OmsSyncTask -Status Stopped |
            Start-OmsSyncTask -SourceCredential $script:source -DestinationCredential $script:destination -Debug -Verbose 5>&1 4>&1 | Out-String

        $log = @(Get-EmulatorRequestLog $script:emulator)
        $urlStart = $log | Where-Object path -EQ "$($script:tasksPath)/$($script:urlListTask)/start"
        $awsStart = $log | Where-Object path -EQ "$($script:tasksPath)/$($script:awsTask)/start"
        ($urlStart.body | ConvertFrom-Json).PSObject.Properties.Name | Should -Be @('dst_ak', 'dst_sk')
        $urlStart.bodySha256 | Should -Be (Get-TestSha256 ('{"dst_ak":"' + $script:keys.DstAk + '","dst_sk":"' + $script:keys.DstSk + '"}'))
        ($awsStart.body | ConvertFrom-Json).PSObject.Properties.Name | Should -Be @('src_ak', 'src_sk', 'dst_ak', 'dst_sk')
        $awsStart.bodySha256 | Should -Be (Get-TestSha256 ('{"src_ak":"' + $script:keys.SrcAk + '","src_sk":"' + $script:keys.SrcSk +
            '","dst_ak":"' + $script:keys.DstAk + '","dst_sk":"' + $script:keys.DstSk + '"}'))
        foreach ($value in $script:keys.Values) { $streams | Should -Not -Match $value }
    }

    It 'refuses a task that needs source keys without -SourceCredential and sends nothing' {
        $err = $null
        Start-OmsSyncTask -SyncTaskId $script:awsTask -DestinationCredential $script:destination -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'SourceCredentialRequired,HwTasks.Commands.Oms.StartOmsSyncTaskCommand'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'refuses a key over 100 characters before any request' {
        $long = New-TestCredential ('a' * 101) 'secret'
        { Start-OmsSyncTask -SyncTaskId $script:awsTask -SourceCredential $long -DestinationCredential $script:destination -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidSourceCredential,HwTasks.Commands.Oms.StartOmsSyncTaskCommand'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'reports an unknown task as OmsSyncTaskNotFound and a 400 as InvalidArgument' {
        $err = $null
        Get-OmsSyncTask -SyncTaskId nosuchtask -ErrorVariable err -ErrorAction SilentlyContinue
        Stop-OmsSyncTask -SyncTaskId $script:awsTask -Confirm:$false -ErrorVariable +err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'OmsSyncTaskNotFound,HwTasks.Commands.Oms.GetOmsSyncTaskCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].Exception.Message | Should -Match 'OMS\.1103.*\(request id [0-9a-f]{32}\)$'
        $err[1].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[1].Exception.Message | Should -Match 'OMS\.1102'
    }

    It 'sends nothing with -WhatIf' {
        Start-OmsSyncTask $script:awsTask -SourceCredential $script:source -DestinationCredential $script:destination -WhatIf
        Stop-OmsSyncTask $script:syncingTask -WhatIf
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'waits no longer than one poll for a stopped task' {
        $task = Stop-OmsSyncTask -SyncTaskId $script:syncingTask -Confirm:$false | Wait-HwTask -PollIntervalSec 5 -TimeoutSec 20
        $task.Status | Should -Be 'Stopped'
    }
}
