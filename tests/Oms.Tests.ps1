BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:tasksPath = "/v2/$($script:emulator.ProjectId)/sync-tasks"
    $script:awsTask = 'f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b'
    $script:syncingTask = '0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e'
    $script:urlListTask = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'
    # Plain alphanumerics, so the JSON the module writes needs no escaping and the test can hash it.
    $script:keys = [ordered]@{
        SrcAk = 'SRCAKOMSTEST00000001'; SrcSk = 'SrcSecretKeyOmsTest000000000000000000001'
        DstAk = 'DSTAKOMSTEST00000001'; DstSk = 'DstSecretKeyOmsTest000000000000000000001'
    }
    $script:source = New-TestCredential $script:keys.SrcAk $script:keys.SrcSk
    $script:destination = New-TestCredential $script:keys.DstAk $script:keys.DstSk
    $script:destinationBody = '"dst_ak":"' + $script:keys.DstAk + '","dst_sk":"' + $script:keys.DstSk + '"'
    $script:fourKeysBody = '{"src_ak":"' + $script:keys.SrcAk + '","src_sk":"' + $script:keys.SrcSk + '",' + $script:destinationBody + '}'

    # The keys of a logged start body, in order; the log holds REDACTED for every value.
    function Get-LoggedBodyKeys {
        param($Entry)
        $body = $Entry.body | ConvertFrom-Json
        $body.PSObject.Properties.Value | Should -BeExactly (@('REDACTED') * @($body.PSObject.Properties).Count)
        $body.PSObject.Properties.Name
    }

    # Start and Stop write the one task as it is after the action: the action's POST, then a GET of
    # the task. Returns the request log.
    function Assert-TaskReadAfterAction {
        param($Tasks, [string] $TaskId, [string] $Action, [string] $Status)
        $Tasks.Count | Should -Be 1
        $Tasks | Assert-LocatedModel ([HwTasks.Core.Services.Oms.OmsSyncTask])
        "$($Tasks[0].Status)" | Should -BeExactly $Status
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log | ForEach-Object { Get-RequestLine $_ } | Should -BeExactly @("POST $($script:tasksPath)/$TaskId/$Action", "GET $($script:tasksPath)/$TaskId")
        $log
    }

    function Assert-NoKeyIn {
        param([string] $Text)
        foreach ($value in $script:keys.Values) { $Text | Should -Not -BeLikeExactly "*$value*" }
    }
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'OMS sync task cmdlets' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    Context 'Get-OmsSyncTask' {
        It 'lists every sync task as typed objects' {
            $tasks = @(Get-OmsSyncTask)

            $tasks.Count | Should -Be 3
            $tasks | Assert-LocatedModel ([HwTasks.Core.Services.Oms.OmsSyncTask])
            $aws = @($tasks | Where-Object SyncTaskId -EQ $script:awsTask)
            $aws.Count | Should -Be 1
            "$($aws[0].Status)" | Should -BeExactly 'Stopped'
            $aws[0].SourceCloudType | Should -BeExactly 'AWS'
            $aws[0].DestinationBucket | Should -BeExactly 'hw-prod-assets'
            $aws[0].IsUrlList | Should -BeFalse
            $aws[0].CreatedTime | Should -BeOfType ([DateTimeOffset])
            $urlList = @($tasks | Where-Object SyncTaskId -EQ $script:urlListTask)
            $urlList[0].TaskType | Should -BeNullOrEmpty -Because 'the SDK''s SyncTaskInfo has no task_type, and the emulator sends none'
            $urlList[0].IsUrlList | Should -BeFalse -Because 'nothing in the listing says the task migrates a URL list'

            $request = Get-SingleEmulatorRequest $script:emulator
            Get-RequestLine $request | Should -BeExactly "GET $($script:tasksPath)?limit=100&offset=0"
            $request.status | Should -Be 200
        }

        It 'filters by -Status on the service' {
            $tasks = @(Get-OmsSyncTask -Status Stopped)

            $tasks.SyncTaskId | Should -BeExactly @($script:urlListTask, $script:awsTask)
            @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @("GET $($script:tasksPath)?limit=100&offset=0&status=STOPPED")
        }

        It 'reads one task by -SyncTaskId with its monthly counters' {
            $tasks = @(Get-OmsSyncTask -SyncTaskId $script:awsTask)

            $tasks.Count | Should -Be 1
            $tasks | Assert-LocatedModel ([HwTasks.Core.Services.Oms.OmsSyncTask])
            $tasks[0].MonthlySuccessObject | Should -BeOfType ([long])
            $tasks[0].MonthlySuccessObject | Should -Be 182340
            $tasks[0].MonthlyFailureObject | Should -BeOfType ([long])
            $tasks[0].MonthlyFailureObject | Should -Be 12
            @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @("GET $($script:tasksPath)/$($script:awsTask)")
        }

        It 'reports an unknown task as OmsSyncTaskNotFound (ObjectNotFound) with the request id' {
            $run = Invoke-TestCommand { Get-OmsSyncTask -SyncTaskId nosuchtask }

            $request = Get-SingleEmulatorRequest $script:emulator
            $failure = Assert-ServiceError $run $request -ErrorId 'OmsSyncTaskNotFound,HwTasks.Commands.Oms.GetOmsSyncTaskCommand' -Category ObjectNotFound -ServiceMessage 'OMS.1103'
            $failure.TargetObject | Should -BeExactly 'nosuchtask'
        }
    }

    Context 'Start-OmsSyncTask' {
        It 'sends the four keys in the exact body and writes the task as it is now' {
            $tasks = @(Start-OmsSyncTask -SyncTaskId $script:awsTask -SourceCredential $script:source -DestinationCredential $script:destination)

            $log = Assert-TaskReadAfterAction $tasks -TaskId $script:awsTask -Action start -Status Synchronizing
            Get-LoggedBodyKeys $log[0] | Should -BeExactly @('src_ak', 'src_sk', 'dst_ak', 'dst_sk')
            $log[0].bodySha256 | Should -BeExactly (Get-TestSha256 $script:fourKeysBody)
            $log[0].headers.'Content-Type' | Should -BeExactly 'application/json;charset=UTF-8'
            $log[0].status | Should -Be 200
        }

        It 'sends the CDN key when -CdnAuthenticationKey is given' {
            $cdn = ConvertTo-SecureString 'CdnKeyOmsTest0001' -AsPlainText -Force

            Start-OmsSyncTask $script:awsTask -SourceCredential $script:source -DestinationCredential $script:destination -CdnAuthenticationKey $cdn | Out-Null

            $start = @(Get-EmulatorRequestLog $script:emulator)[0]
            Get-LoggedBodyKeys $start | Should -BeExactly @('src_ak', 'src_sk', 'dst_ak', 'dst_sk', 'source_cdn_authentication_key')
            $start.bodySha256 | Should -BeExactly (Get-TestSha256 ($script:fourKeysBody.TrimEnd('}') + ',"source_cdn_authentication_key":"CdnKeyOmsTest0001"}'))
        }

        It 'starts what Get-OmsSyncTask -Status Stopped pipes to it with every key given, as the listing does not tell a URL-list task, and leaks no key' {
            $run = Invoke-TestCommand {
                Get-OmsSyncTask -Status Stopped | Start-OmsSyncTask -SourceCredential $script:source -DestinationCredential $script:destination -Debug -Verbose
            }

            $run.Errors | Should -BeNullOrEmpty
            $run.Output.SyncTaskId | Should -BeExactly @($script:urlListTask, $script:awsTask)
            $run.Output | ForEach-Object { "$($_.Status)" } | Should -BeExactly @('Synchronizing', 'Synchronizing')
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log | ForEach-Object { Get-RequestLine $_ } | Should -BeExactly @(
                "GET $($script:tasksPath)?limit=100&offset=0&status=STOPPED"
                "POST $($script:tasksPath)/$($script:urlListTask)/start"
                "GET $($script:tasksPath)/$($script:urlListTask)"
                "POST $($script:tasksPath)/$($script:awsTask)/start"
                "GET $($script:tasksPath)/$($script:awsTask)")
            foreach ($start in $log[1], $log[3]) {
                Get-LoggedBodyKeys $start | Should -BeExactly @('src_ak', 'src_sk', 'dst_ak', 'dst_sk')
                $start.bodySha256 | Should -BeExactly (Get-TestSha256 $script:fourKeysBody)
            }

            $run.Debug | Should -Not -BeNullOrEmpty
            Assert-NoKeyIn $run.Text
            Assert-NoKeyIn (Get-EmulatorRequestLogText $script:emulator)
        }

        It 'sends no source keys for a task piped with IsUrlList, and says so' {
            $run = Invoke-TestCommand {
                [pscustomobject]@{ SyncTaskId = $script:urlListTask; IsUrlList = $true } |
                    Start-OmsSyncTask -SourceCredential $script:source -DestinationCredential $script:destination -Verbose
            }

            $run.Errors | Should -BeNullOrEmpty
            "$($run.Output.Status)" | Should -BeExactly 'Synchronizing'
            $start = @(Get-EmulatorRequestLog $script:emulator)[0]
            Get-RequestLine $start | Should -BeExactly "POST $($script:tasksPath)/$($script:urlListTask)/start"
            Get-LoggedBodyKeys $start | Should -BeExactly @('dst_ak', 'dst_sk')
            $start.bodySha256 | Should -BeExactly (Get-TestSha256 "{$($script:destinationBody)}")
            $run.Verbose -clike '*migrates a URL list; -SourceCredential is not sent*' | Should -Not -BeNullOrEmpty
            Assert-NoKeyIn $run.Text
        }

        It 'starts every task Get-OmsSyncTask -Status Stopped lists across pages, though each start takes one out of that listing' {
            $tasks = 0..129 | ForEach-Object { '{{ "id": "stopped-{0:000}", "status": "STOPPED", "createdHoursAgo": {1} }}' -f $_, ($_ + 1) }
            Set-TestEmulatorSeed $script:emulator ('{ "oms": { "syncTasks": [ ' + ($tasks -join ', ') + ' ] } }')

            $started = @(Get-OmsSyncTask -Status Stopped | Start-OmsSyncTask -SourceCredential $script:source -DestinationCredential $script:destination)

            @($started.SyncTaskId | Sort-Object -Unique).Count | Should -Be 130
            @(Get-EmulatorRequestLog $script:emulator | Where-Object { $_.method -eq 'POST' -and $_.status -eq 200 }).Count | Should -Be 130
            Get-OmsSyncTask -Status Stopped | Should -BeNullOrEmpty
        }

        It 'refuses a task that needs source keys without -SourceCredential as SourceCredentialRequired and sends nothing' {
            $run = Invoke-TestCommand { Start-OmsSyncTask -SyncTaskId $script:awsTask -DestinationCredential $script:destination }

            $failure = Assert-InvalidArgument $run -ErrorId 'SourceCredentialRequired,HwTasks.Commands.Oms.StartOmsSyncTaskCommand' -MessagePart 'pass -SourceCredential'
            $failure.TargetObject | Should -BeExactly $script:awsTask
            $run.Output | Should -BeNullOrEmpty
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'refuses <Case> before any request as <ErrorId>: <Problem>' -ForEach @(
            @{ Case = 'a source access key of 101 characters'
                Command = { Start-OmsSyncTask -SyncTaskId $script:awsTask -SourceCredential ([pscredential]::new('a' * 101, $script:destination.Password)) -DestinationCredential $script:destination }
                ErrorId = 'InvalidSourceCredential'; Problem = '1 to 100 characters' }
            @{ Case = 'a destination secret key of 101 characters'
                Command = { Start-OmsSyncTask -SyncTaskId $script:awsTask -SourceCredential $script:source -DestinationCredential (New-TestCredential $script:keys.DstAk ('s' * 101)) }
                ErrorId = 'InvalidDestinationCredential'; Problem = '1 to 100 characters' }
            @{ Case = 'a CDN key of 256 characters'
                Command = { Start-OmsSyncTask -SyncTaskId $script:awsTask -SourceCredential $script:source -DestinationCredential $script:destination -CdnAuthenticationKey (ConvertTo-SecureString ('c' * 256) -AsPlainText -Force) }
                ErrorId = 'InvalidCdnAuthenticationKey'; Problem = 'at most 255 characters' }
        ) {
            $run = Invoke-TestCommand $Command

            Assert-InvalidArgument $run -ErrorId "$ErrorId,HwTasks.Commands.Oms.StartOmsSyncTaskCommand" -MessagePart $Problem | Out-Null
            $run.Text | Should -Not -BeLikeExactly "*$('s' * 101)*"
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'reports the service''s 400 for a synchronizing task as InvalidRequest (InvalidArgument), without a key in any stream' {
            $run = Invoke-TestCommand { Start-OmsSyncTask -SyncTaskId $script:syncingTask -SourceCredential $script:source -DestinationCredential $script:destination }

            $request = Get-SingleEmulatorRequest $script:emulator
            $request.status | Should -Be 400
            Assert-ServiceError $run $request -ErrorId 'InvalidRequest,HwTasks.Commands.Oms.StartOmsSyncTaskCommand' -Category InvalidArgument -ServiceMessage 'OMS.1101' | Out-Null
            $run.Output | Should -BeNullOrEmpty
            Assert-NoKeyIn $run.Text
        }

        It 'reports an unknown task as OmsSyncTaskNotFound (ObjectNotFound)' {
            $run = Invoke-TestCommand { Start-OmsSyncTask -SyncTaskId nosuchtask -SourceCredential $script:source -DestinationCredential $script:destination }

            $request = Get-SingleEmulatorRequest $script:emulator
            Assert-ServiceError $run $request -ErrorId 'OmsSyncTaskNotFound,HwTasks.Commands.Oms.StartOmsSyncTaskCommand' -Category ObjectNotFound -ServiceMessage 'OMS.1103' | Out-Null
        }
    }

    Context 'Stop-OmsSyncTask' {
        It 'stops the task and writes it as it is now' {
            $tasks = @(Stop-OmsSyncTask -SyncTaskId $script:syncingTask -Confirm:$false)

            $log = Assert-TaskReadAfterAction $tasks -TaskId $script:syncingTask -Action stop -Status Stopped
            $log[0].bodyLength | Should -Be 0
            $log[0].status | Should -Be 200
        }

        It 'reports the service''s 400 for a stopped task as InvalidRequest (InvalidArgument)' {
            $run = Invoke-TestCommand { Stop-OmsSyncTask -SyncTaskId $script:awsTask -Confirm:$false }

            $request = Get-SingleEmulatorRequest $script:emulator
            $failure = Assert-ServiceError $run $request -ErrorId 'InvalidRequest,HwTasks.Commands.Oms.StopOmsSyncTaskCommand' -Category InvalidArgument -ServiceMessage 'OMS.1102'
            $failure.TargetObject | Should -BeExactly $script:awsTask
        }

        It 'writes a stopped task that Wait-HwTask returns after at most one poll' {
            $task = Stop-OmsSyncTask -SyncTaskId $script:syncingTask -Confirm:$false | Wait-HwTask -PollIntervalSec 5 -TimeoutSec 20
            "$($task.Status)" | Should -BeExactly 'Stopped'
        }
    }

    Context 'OMS cmdlets that send nothing' {
        It 'sends nothing and writes nothing with -WhatIf' {
            $output = @(
                Start-OmsSyncTask $script:awsTask -SourceCredential $script:source -DestinationCredential $script:destination -WhatIf
                Stop-OmsSyncTask $script:syncingTask -WhatIf)

            $output | Should -BeNullOrEmpty
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'refuses {<Command>} before any request: -SyncTaskId <Problem>' -ForEach @(
            @{ Command = { Get-OmsSyncTask -SyncTaskId '../x' }; Problem = "must not contain '/'" }
            @{ Command = { Get-OmsSyncTask -SyncTaskId ('t' * 256) }; Problem = '1 to 255 characters' }
            @{ Command = { Stop-OmsSyncTask -SyncTaskId "a`nb" -Confirm:$false }; Problem = 'control characters' }
            @{ Command = { Start-OmsSyncTask -SyncTaskId ' ' -DestinationCredential $script:destination }; Problem = 'empty or whitespace' }
        ) {
            $run = Invoke-TestCommand $Command

            Assert-RefusedParameter $run -Parameter SyncTaskId -Problem $Problem
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }
    }
}

Describe 'OMS sync tasks by several ids' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'reads each task of -SyncTaskId a,b with its own request' {
        $tasks = @(Get-OmsSyncTask -SyncTaskId $script:awsTask, $script:syncingTask)

        $tasks.SyncTaskId | Should -BeExactly @($script:awsTask, $script:syncingTask)
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @(
            "GET $($script:tasksPath)/$($script:awsTask)"
            "GET $($script:tasksPath)/$($script:syncingTask)")
    }

    It 'names each task of -SyncTaskId a,b under -WhatIf and sends nothing' {
        $output = Get-WhatIfLine $script:emulator 'Stop-OmsSyncTask -SyncTaskId $a, $b -WhatIf' -ArgumentList $script:syncingTask, $script:awsTask

        $output | Should -BeExactly @(
            "What if: Stop OMS sync task $($script:syncingTask)."
            "What if: Stop OMS sync task $($script:awsTask).")
        @(Get-EmulatorRequestLog $script:emulator) | Should -BeNullOrEmpty
    }
}
