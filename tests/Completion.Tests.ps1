# Tab completion of argument values, as pwsh offers it when a user presses Tab at the end of a line:
# the values, the menu's text and tooltip naming each resource, the requests behind them, and a
# completion that fails or runs out of time offering nothing and writing nothing.
BeforeDiscovery {
    # Every completed parameter, on a line that makes its completer ask (the default seed's ids).
    $script:lines = @(
        @{ Line = 'Start-CdmJob -ClusterId ' }
        @{ Line = 'Start-CdmJob -JobName ' }
        @{ Line = 'Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName ' }
        @{ Line = 'Start-CdmJob -JobName jdbc2hive -ClusterId ' }
        @{ Line = 'Get-KafkaBackgroundTask -InstanceId ' }
        @{ Line = 'Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -TaskId ' }
        @{ Line = 'Set-AomWorkflowTrigger -WorkflowId ' }
        @{ Line = 'Get-OmsSyncTask -SyncTaskId ' }
        @{ Line = 'Get-DataArtsMetadataTask -WorkspaceId ' }
        @{ Line = 'Get-DataArtsMetadataTask -WorkspaceId 0833a5737480d53b2f25c010dc1a7b88 -TaskId ' }
        @{ Line = 'Get-DataArtsWorkspace -InstanceId ' }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:project = $script:emulator.ProjectId
    $script:eastProject = 'fedcba9876543210fedcba9876543210'
    $script:demo = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:instance = 'a1b2c3d4-0000-1111-2222-333344445555'
    $script:workspace = '0833a5737480d53b2f25c010dc1a7b88'
    $script:dataArtsInstance = '6a1b2c3d4e5f40718293a4b5c6d7e8f9'
    $script:nl = [Environment]::NewLine

    # What Tab offers for a line: each value as it would be typed, the menu's text and the tooltip.
    function Get-Completion {
        param([string] $Line)
        (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object {
            [pscustomobject]@{ Text = $_.CompletionText; List = $_.ListItemText; Tip = $_.ToolTip; Type = $_.ResultType }
        }
    }

    # The emulator's requests since the last reset, sorted: calls made at once arrive in any order.
    function Get-SortedRequestLine { @(Get-EmulatorRequestLine $script:emulator | Sort-Object) }
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Argument completion' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'completes -Region with the regions the service is offered in' {
        $oms = @(Get-CompletionText 'Get-OmsSyncTask -Region cn-')
        $kafka = @(Get-CompletionText 'Get-KafkaBackgroundTask -InstanceId x -Region eu-')

        $oms -ccontains 'cn-north-4' | Should -BeTrue
        $oms | Should -Not -Contain 'cn-north-2' -Because 'OMS is not offered there'
        $kafka | Should -BeExactly @('eu-west-0', 'eu-west-101')
    }

    It 'gives every id parameter of every command a live completer' {
        $ids = 'ClusterId', 'JobName', 'InstanceId', 'TaskId', 'WorkflowId', 'SyncTaskId', 'WorkspaceId'
        $missing = foreach ($command in Get-Command -Module HwTasks -CommandType Cmdlet) {
            foreach ($parameter in $command.Parameters.Values | Where-Object Name -in $ids) {
                $completer = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }
                if (-not $completer) { "$($command.Name) -$($parameter.Name)" }
            }
        }

        $missing | Should -BeNullOrEmpty
    }
}

Describe 'CDM -ClusterId and -JobName' {
    BeforeAll {
        $script:etl = 'c0ffee00-0000-4000-8000-000000000002'
        $script:old = 'dead0000-0000-4000-8000-000000000003'
        $script:cdmSeed = @{ cdm = @{ clusters = @(
                    @{ id = $script:demo; name = 'cdm-demo'; jobs = @(
                            @{ name = 'jdbc2hive'; lastRunHoursAgo = 20 },
                            @{ name = 'obs2hive_logs'; fromLink = 'obs_link' }) },
                    @{ id = $script:etl; name = 'cdm-etl'; jobs = @(
                            @{ name = 'jdbc2hive'; fromLink = 'oracle_link' },
                            @{ name = 'nightly orders' },
                            @{ name = "bob's_export" }) },
                    @{ id = $script:old; name = 'cdm-old'; status = '900'; statusDetail = 'Shut down'; jobs = @() }) } } | ConvertTo-Json -Depth 8
    }

    BeforeEach {
        Set-TestEmulatorSeed $script:emulator $script:cdmSeed
        # When each job's latest run last changed, as the tooltips show it.
        $script:changed = @{}
        foreach ($cluster in $script:demo, $script:etl) {
            foreach ($job in Get-CdmJob -ClusterId $cluster) { $script:changed["$cluster/$($job.JobName)"] = Get-TableTime ($job.LastRunUpdatedTime ?? $job.UpdatedTime) }
        }
        Clear-EmulatorRequestLog $script:emulator
    }

    It 'completes -ClusterId with every cluster, by name, its status read from its code' {
        $offered = @(Get-Completion 'Start-CdmJob -ClusterId ')

        $offered.Text | Should -BeExactly @($script:demo, $script:etl, $script:old)
        $offered.List | Should -BeExactly @('6ec9a0a4… cdm-demo Normal', 'c0ffee00… cdm-etl Normal', 'dead0000… cdm-old ShutDown')
        $offered.Tip | Should -BeExactly @("$($script:demo) cdm-demo Normal", "$($script:etl) cdm-etl Normal", "$($script:old) cdm-old ShutDown")
        $offered.Type | Should -Be @('ParameterValue', 'ParameterValue', 'ParameterValue')
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET /v1.1/$($script:project)/clusters")
    }

    It 'finds a cluster by the start of its id or of its name' {
        @(Get-CompletionText 'Get-CdmJob -ClusterId 6ec9') | Should -BeExactly @($script:demo)
        @(Get-CompletionText 'Get-CdmJob -ClusterId CDM-E') | Should -BeExactly @($script:etl)
        @(Get-CompletionText 'Get-CdmJob -ClusterId cdm-') | Should -BeExactly @($script:demo, $script:etl, $script:old)
        @(Get-CompletionText 'Get-CdmJob -ClusterId nothing') | Should -BeNullOrEmpty
    }

    It 'completes -JobName from the live job list of the cluster on the command line' {
        $offered = @(Get-Completion "Start-CdmJob -ClusterId $($script:demo) -JobName o")

        $offered.Text | Should -BeExactly @('obs2hive_logs')
        $offered.List | Should -BeExactly @("obs2hive_logs NEW $($script:changed["$($script:demo)/obs2hive_logs"])")
        $offered.Tip | Should -BeExactly @("obs2hive_logs NEW $($script:changed["$($script:demo)/obs2hive_logs"])$($script:nl)obs_link → hive_link")
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET /v1.1/$($script:project)/clusters/$($script:demo)/cdm/job/all?page_no=1&page_size=100")
    }

    It 'completes -JobName across clusters before -ClusterId, each tooltip naming the cluster that holds the job' {
        $offered = @(Get-Completion 'Start-CdmJob -JobName ')

        $offered.Text | Should -BeExactly @("'bob''s_export'", 'jdbc2hive', "'nightly orders'", 'obs2hive_logs')
        $offered.List | Should -BeExactly @(
            "bob's_export NEW $($script:changed["$($script:etl)/bob's_export"])"
            'jdbc2hive in 2 clusters'
            "nightly orders NEW $($script:changed["$($script:etl)/nightly orders"])"
            "obs2hive_logs NEW $($script:changed["$($script:demo)/obs2hive_logs"])")
        $offered[1].Tip | Should -BeExactly ("jdbc2hive in 2 clusters$($script:nl)" +
            "cluster cdm-demo ($($script:demo)): SUCCEEDED $($script:changed["$($script:demo)/jdbc2hive"])$($script:nl)" +
            "cluster cdm-etl ($($script:etl)): NEW $($script:changed["$($script:etl)/jdbc2hive"])")
        $offered[3].Tip | Should -BeExactly ("obs2hive_logs NEW $($script:changed["$($script:demo)/obs2hive_logs"])$($script:nl)" +
            "cluster cdm-demo ($($script:demo))$($script:nl)obs_link → hive_link")
        Get-SortedRequestLine | Should -BeExactly @(
            "GET /v1.1/$($script:project)/clusters"
            "GET /v1.1/$($script:project)/clusters/$($script:demo)/cdm/job/all?page_no=1&page_size=100"
            "GET /v1.1/$($script:project)/clusters/$($script:etl)/cdm/job/all?page_no=1&page_size=100"
            "GET /v1.1/$($script:project)/clusters/$($script:old)/cdm/job/all?page_no=1&page_size=100")
    }

    It 'completes -ClusterId after -JobName with the clusters that hold the job, and the line then works' {
        $both = @(Get-Completion 'Start-CdmJob -JobName jdbc2hive -ClusterId ')
        $job = @(Get-CompletionText 'Get-CdmJob -JobName nightly')
        $cluster = @(Get-CompletionText "Get-CdmJob -JobName $($job[0]) -ClusterId ")
        $read = Invoke-Expression "Get-CdmJob -JobName $($job[0]) -ClusterId $($cluster[0])"

        $both.Text | Should -BeExactly @($script:demo, $script:etl)
        $both.Tip | Should -BeExactly @(
            "$($script:demo) cdm-demo Normal$($script:nl)job jdbc2hive SUCCEEDED $($script:changed["$($script:demo)/jdbc2hive"])"
            "$($script:etl) cdm-etl Normal$($script:nl)job jdbc2hive NEW $($script:changed["$($script:etl)/jdbc2hive"])")
        $job | Should -BeExactly @("'nightly orders'")
        $cluster | Should -BeExactly @($script:etl) -Because 'one cluster holds it, so Tab writes it straight away'
        $read.JobName | Should -BeExactly 'nightly orders'
        $read.ClusterId | Should -BeExactly $script:etl
    }

    It 'reads a -JobName typed by position or by its alias, and a -ClusterId typed as a variable' {
        $cluster = $script:etl

        @(Get-CompletionText 'Start-CdmJob -ClusterId $cluster -JobName n') | Should -BeExactly @("'nightly orders'")
        @(Get-CompletionText 'Stop-CdmJob obs2hive_logs -ClusterId ') | Should -BeExactly @($script:demo)
        @(Get-CompletionText 'Get-CdmJob -Name obs2hive_logs -ClusterId ') | Should -BeExactly @($script:demo)
        @(Get-CompletionText 'Get-CdmJobStatus -JobName no_such_job -ClusterId ') | Should -BeNullOrEmpty
    }

    It 'quotes values in the quotes the user opened, and finds names by what is inside them' {
        @(Get-CompletionText "Start-CdmJob -JobName 'nightly o") | Should -BeExactly @("'nightly orders'")
        @(Get-CompletionText 'Start-CdmJob -JobName "nightly o') | Should -BeExactly @('"nightly orders"')
        @(Get-CompletionText "Start-CdmJob -JobName 'jdbc") | Should -BeExactly @("'jdbc2hive'")
        @(Get-CompletionText 'Start-CdmJob -JobName "bob') | Should -BeExactly @('"bob''s_export"')
    }

    It 'escapes typographic quotes, which PowerShell reads as quotes, so the completed line parses to the name' {
        $names = "it$([char]0x2019)s_export", "$([char]0x2018)low$([char]0x201A)high$([char]0x201B)", "say $([char]0x201C)hi$([char]0x201D) $([char]0x201E)x"
        Set-TestEmulatorSeed $script:emulator (@{ cdm = @{ clusters = @(@{ id = $script:etl; name = 'cdm-etl'; jobs = @($names | ForEach-Object { @{ name = $_ } }) }) } } |
            ConvertTo-Json -Depth 8)

        foreach ($typed in "Start-CdmJob -JobName ", "Start-CdmJob -JobName '", 'Start-CdmJob -JobName "') {
            $texts = @(Get-CompletionText $typed)
            $texts.Count | Should -Be 3 -Because "Tab offers every job after: $typed"
            $read = foreach ($text in $texts) {
                $errors = $null
                $ast = [System.Management.Automation.Language.Parser]::ParseInput("Start-CdmJob -JobName $text", [ref] $null, [ref] $errors)
                $errors | Should -BeNullOrEmpty -Because "the completed line must parse: Start-CdmJob -JobName $text"
                $ast.EndBlock.Statements[0].PipelineElements[0].CommandElements[2].Value
            }
            @($read | Sort-Object) | Should -BeExactly @($names | Sort-Object) -Because "each completion must read back as its job's name after: $typed"
        }
        @(Get-CompletionText "Start-CdmJob -JobName it") | Should -BeExactly @("'it$([char]0x2019)$([char]0x2019)s_export'")
        @(Get-CompletionText 'Start-CdmJob -JobName "say') | Should -BeExactly @("""say ``$([char]0x201C)hi``$([char]0x201D) ``$([char]0x201E)x""")
    }

    It 'offers the jobs of the clusters that answer when one cluster fails' {
        Add-TestEmulatorFault $script:emulator @{ path = "/v1.1/*/clusters/$($script:etl)/cdm/job/all"; count = 1; kind = 'status'; status = 500 }

        $run = Invoke-TestCommand { Get-Completion 'Start-CdmJob -JobName ' }

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Text | Should -BeExactly @('jdbc2hive', 'obs2hive_logs')
        $run.Output[0].Tip | Should -BeExactly ("jdbc2hive SUCCEEDED $($script:changed["$($script:demo)/jdbc2hive"])$($script:nl)" +
            "cluster cdm-demo ($($script:demo))$($script:nl)mysql_link → hive_link")
    }

    It 'offers, within the budget, the jobs of the clusters that answer in time when one cluster is slow' {
        Add-TestEmulatorFault $script:emulator @{ path = "/v1.1/*/clusters/$($script:etl)/cdm/job/all"; count = 1; kind = 'latency'; latencyMs = 8000 }

        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $run = Invoke-TestCommand { Get-Completion 'Start-CdmJob -JobName ' }
        $clock.Stop()

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Text | Should -BeExactly @('jdbc2hive', 'obs2hive_logs')
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 4.5 -Because 'the 3-second budget holds for all the calls together'
    }
}

Describe 'DataArts -InstanceId' {
    It 'completes Get-DataArtsWorkspace -InstanceId with the project''s DataArts Studio instances, by name' {
        Use-FreshTestEmulator $script:emulator

        $offered = @(Get-Completion 'Get-DataArtsWorkspace -InstanceId ')

        $offered.Text | Should -BeExactly @($script:dataArtsInstance)
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET /v1/$($script:project)/instances?limit=50&offset=0")
    }
}

Describe 'Kafka -InstanceId and -TaskId' {
    It 'completes -InstanceId with the Kafka instances of the project, by name' {
        Use-FreshTestEmulator $script:emulator

        $offered = @(Get-Completion 'Get-KafkaBackgroundTask -InstanceId ')

        $offered.Text | Should -BeExactly @($script:instance)
        $offered.List | Should -BeExactly @('a1b2c3d4… kafka-demo RUNNING')
        $offered.Tip | Should -BeExactly @("$($script:instance) kafka-demo RUNNING$($script:nl)Kafka 2.7 kafka.2u4g.cluster")
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET /v2/$($script:project)/instances?engine=kafka&limit=50&offset=0")
        @(Get-CompletionText 'Remove-KafkaBackgroundTask -InstanceId kafka-d') | Should -BeExactly @($script:instance)
    }

    It 'completes -TaskId with the tasks of the instance, newest first, each named with its status and creation time' {
        Use-FreshTestEmulator $script:emulator
        $newest = Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId 8abfa7b372160bfd0172165864064079
        $second = Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId 8abfa7b372160bfd017216560af83e6e
        Clear-EmulatorRequestLog $script:emulator

        $offered = @(Get-Completion "Get-KafkaBackgroundTask -InstanceId $($script:instance) -TaskId 8abfa7b3")

        $offered.Text | Should -BeExactly @('8abfa7b372160bfd0172165864064079', '8abfa7b372160bfd017216560af83e6e')
        $offered.List | Should -BeExactly @(
            "8abfa7b3… modifyAutoTopic EXECUTING $(Get-TableTime $newest.CreatedTime)"
            "8abfa7b3… changeRetentionPolicy SUCCESS $(Get-TableTime $second.CreatedTime)")
        $offered.Tip | Should -BeExactly @(
            "8abfa7b372160bfd0172165864064079 modifyAutoTopic EXECUTING $(Get-TableTime $newest.CreatedTime)"
            "8abfa7b372160bfd017216560af83e6e changeRetentionPolicy SUCCESS $(Get-TableTime $second.CreatedTime)")
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET /v2/$($script:project)/instances/$($script:instance)/tasks?limit=100&start=0")
    }

    It 'finds tasks by the start of their name, as the list orders them' {
        Use-FreshTestEmulator $script:emulator
        $expected = @(Get-KafkaBackgroundTask -InstanceId $script:instance -First 100 | Where-Object Name -eq modifyAutoTopic | ForEach-Object TaskId)

        $offered = @(Get-Completion "Remove-KafkaBackgroundTask -InstanceId $($script:instance) -TaskId MODIFYauto")

        $expected.Count | Should -BeGreaterThan 1
        $offered.Text | Should -BeExactly $expected
        $offered.List | ForEach-Object { $_ | Should -BeLikeExactly '????????… modifyAutoTopic *' }
    }

    It 'offers no task before an instance is typed' {
        Use-FreshTestEmulator $script:emulator

        @(Get-CompletionText 'Get-KafkaBackgroundTask -TaskId 8abf') | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}

Describe 'AOM -WorkflowId' {
    It 'completes -WorkflowId with the workflows that have a trigger, by name and trigger state' {
        Use-FreshTestEmulator $script:emulator

        $offered = @(Get-Completion 'Set-AomWorkflowTrigger -WorkflowId ')

        $offered.Text | Should -BeExactly @('wf-event-disk-alarm', 'wf-cron-nightly-cleanup', 'wf-event-restart-pod', 'wf-cron-weekly-report')
        $offered.List | Should -BeExactly @(
            'wf-event… disk-alarm-expand Enabled', 'wf-cron-… nightly-log-cleanup Enabled',
            'wf-event… restart-crashlooping-pod Disabled', 'wf-cron-… weekly-capacity-report Disabled')
        $offered[1].Tip | Should -BeExactly ("wf-cron-nightly-cleanup nightly-log-cleanup Enabled$($script:nl)cron$($script:nl)" +
            'Deletes logs older than 30 days')
        $offered[0].Tip | Should -BeExactly "wf-event-disk-alarm disk-alarm-expand Enabled$($script:nl)event$($script:nl)Expands a disk when its usage alarm fires"
        $offered.Text | Should -Not -Contain 'wf-manual-failover' -Because 'a manual workflow has no trigger to set'
        $request = Get-SingleEmulatorRequest $script:emulator
        Get-RequestLine $request | Should -BeExactly "POST /v1/$($script:project)/cms/workflow-list"
        $request.body | ConvertFrom-Json | ConvertTo-Json -Compress | Should -BeExactly '{"page":0,"size":100}'
    }

    It 'finds a workflow by the start of its name or id' {
        Use-FreshTestEmulator $script:emulator

        @(Get-CompletionText 'Set-AomWorkflowTrigger -WorkflowId weekly') | Should -BeExactly @('wf-cron-weekly-report')
        @(Get-CompletionText 'Set-AomWorkflowTrigger -WorkflowId wf-cron') | Should -BeExactly @('wf-cron-nightly-cleanup', 'wf-cron-weekly-report')
        @(Get-CompletionText 'Set-AomWorkflowTrigger -WorkflowId manual') | Should -BeNullOrEmpty
    }
}

Describe 'OMS -SyncTaskId' {
    It 'completes -SyncTaskId with the sync tasks, named by what they copy, with status and last start' {
        Use-FreshTestEmulator $script:emulator
        $assets = Get-OmsSyncTask -SyncTaskId f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b
        $media = Get-OmsSyncTask -SyncTaskId 0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e
        Clear-EmulatorRequestLog $script:emulator

        $offered = @(Get-Completion 'Get-OmsSyncTask -SyncTaskId ')

        $offered.Text | Should -BeExactly @('0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e', 'f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b', '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9')
        $offered.List | Should -BeExactly @(
            "0b9c8d7e… media-archive → hw-media-archive SYNCHRONIZING $(Get-TableTime $media.LastStartedTime)"
            "f3a0e7b2… prod-assets → hw-prod-assets STOPPED $(Get-TableTime $assets.LastStartedTime)"
            '5e6f7a8b… URL list → hw-url-imports STOPPED')
        $offered[1].Tip | Should -BeExactly ("f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b prod-assets → hw-prod-assets STOPPED $(Get-TableTime $assets.LastStartedTime)" +
            "$($script:nl)from AWS us-east-1 to cn-north-4$($script:nl)Static assets from S3")
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @("GET /v2/$($script:project)/sync-tasks?limit=100&offset=0")
    }

    It 'finds a task by its source bucket or the start of its id, on every command that takes one' {
        Use-FreshTestEmulator $script:emulator

        @(Get-CompletionText 'Start-OmsSyncTask -SyncTaskId prod') | Should -BeExactly @('f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b')
        @(Get-CompletionText 'Stop-OmsSyncTask -SyncTaskId 0b9c') | Should -BeExactly @('0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e')
        @(Get-CompletionText 'Get-OmsSyncTask -SyncTaskId url') | Should -BeExactly @('5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9')
    }
}

Describe 'DataArts -WorkspaceId and -TaskId' {
    It 'completes -WorkspaceId with the workspaces of every instance, the tooltip naming the instance' {
        Use-FreshTestEmulator $script:emulator

        $offered = @(Get-Completion 'Get-DataArtsMetadataTask -WorkspaceId ')

        $offered.Text | Should -BeExactly @($script:workspace)
        $offered.List | Should -BeExactly @('0833a573… default (default)')
        $offered.Tip | Should -BeExactly @("$($script:workspace) default (default)$($script:nl)instance dataarts-demo ($($script:dataArtsInstance))" +
            "$($script:nl)The instance's default workspace")
        Get-EmulatorRequestLine $script:emulator | Should -BeExactly @(
            "GET /v1/$($script:project)/instances?limit=50&offset=0"
            "GET /v1/$($script:project)/workspaces/$($script:dataArtsInstance)?limit=50&offset=0")
    }

    It 'lists the workspaces of several instances by name, leaving out an instance that fails' {
        Set-TestEmulatorSeed $script:emulator (@{ dataArts = @{
                    instances  = @(@{ id = 'i-main'; name = 'dataarts-main' }, @{ id = 'i-lab'; name = 'dataarts-lab' }, @{ id = 'i-broken'; name = 'dataarts-broken' })
                    workspaces = @(
                        @{ id = 'w-sales'; name = 'sales'; instanceId = 'i-main' }
                        @{ id = 'w-finance'; name = 'finance'; instanceId = 'i-main'; description = 'Ledgers' }
                        @{ id = 'w-sandbox'; name = 'sandbox'; instanceId = 'i-lab' }
                        @{ id = 'w-lost'; name = 'lost'; instanceId = 'i-broken' })
                } } | ConvertTo-Json -Depth 6)
        Add-TestEmulatorFault $script:emulator @{ path = '/v1/*/workspaces/i-broken'; count = 1; kind = 'status'; status = 500 }

        $run = Invoke-TestCommand { Get-Completion 'Start-DataArtsMetadataTask -WorkspaceId ' }

        $run.Errors | Should -BeNullOrEmpty
        $run.Output.Text | Should -BeExactly @('w-finance', 'w-sales', 'w-sandbox')
        $run.Output.Tip | Should -BeExactly @(
            "w-finance finance$($script:nl)instance dataarts-main (i-main)$($script:nl)Ledgers"
            "w-sales sales$($script:nl)instance dataarts-main (i-main)"
            "w-sandbox sandbox$($script:nl)instance dataarts-lab (i-lab)")
        @(Get-CompletionText 'Stop-DataArtsMetadataTask -WorkspaceId sand') | Should -BeExactly @('w-sandbox')
    }

    It 'completes -TaskId with the tasks of the workspace, by name, with the last run when there was one' {
        Use-FreshTestEmulator $script:emulator
        $sales = Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId 1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f
        $hive = Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId 3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b
        Clear-EmulatorRequestLog $script:emulator

        $offered = @(Get-Completion "Start-DataArtsMetadataTask -WorkspaceId $($script:workspace) -TaskId ")

        $offered.Text | Should -BeExactly @('2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a', '1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f', '3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b', '4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c')
        $offered.List | Should -BeExactly @(
            '2d3e4f5a… collect_dli_catalog'
            "1c2d3e4f… collect_dws_sales SUCCESS $(Get-TableTime $sales.LastRunTime)"
            "3e4f5a6b… collect_mrs_hive FAILED $(Get-TableTime $hive.LastRunTime)"
            '4f5a6b7c… collect_rds_mysql')
        $offered[0].Tip | Should -BeExactly "2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a collect_dli_catalog$($script:nl)data source DLI$($script:nl)DLI catalog tables"
        $request = Get-SingleEmulatorRequest $script:emulator
        Get-RequestLine $request | Should -BeExactly "POST /v3/$($script:project)/metadata/tasks/search"
        $request.headers.workspace | Should -BeExactly $script:workspace
        @(Get-CompletionText "Stop-DataArtsMetadataTask -WorkspaceId $($script:workspace) -TaskId collect_m") | Should -BeExactly @('3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b')
        @(Get-CompletionText "Get-DataArtsMetadataTask -WorkspaceId $($script:workspace) -TaskId 4f") | Should -BeExactly @('4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c')
    }

    It 'offers no task before a workspace is typed' {
        Use-FreshTestEmulator $script:emulator

        @(Get-CompletionText 'Get-DataArtsMetadataTask -TaskId 1c') | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}

Describe 'Where completion asks' {
    BeforeAll {
        $script:variables = Save-TestCredentialVariables
        $script:eastSeed = @{
            kafka    = @{ instances = @(@{ id = $script:instance; name = 'kafka-demo' }) }
            projects = @{ $script:eastProject = @{ kafka = @{ instances = @(@{ id = 'east-kafka'; name = 'kafka-east' }) } } }
        } | ConvertTo-Json -Depth 8
    }

    AfterAll {
        Restore-TestCredentialVariables $script:variables
    }

    BeforeEach {
        Use-FreshTestEmulator $script:emulator
        Set-TestEmulatorSeed $script:emulator $script:eastSeed
    }

    It 'asks the project of a typed -ProjectId, and of a typed -Region' {
        @(Get-CompletionText "Get-KafkaBackgroundTask -ProjectId $($script:eastProject) -InstanceId ") | Should -BeExactly @('east-kafka')
        @(Get-CompletionText 'Get-KafkaBackgroundTask -Region cn-east-3 -InstanceId ') | Should -BeExactly @('east-kafka')
        @(Get-EmulatorRequest $script:emulator -Path "/v2/$($script:eastProject)/instances").Count | Should -Be 2
    }

    It 'uses a typed -Context and -EndpointUrl ahead of the session default' {
        $secret = New-TestSecret $script:emulator.SecretKey
        $global:CompletionTestContext = New-HwCloudContext -EndpointUrl $script:emulator.Url -Region cn-east-3 -ProjectId $script:eastProject `
            -AccessKey $script:emulator.AccessKey -SecretKey $secret
        try {
            Connect-HwCloud -EndpointUrl http://127.0.0.1:9 -Region cn-north-4 -ProjectId $script:project -AccessKey $script:emulator.AccessKey -SecretKey $secret | Out-Null

            $byContext = @(Get-CompletionText 'Get-KafkaBackgroundTask -Context $CompletionTestContext -InstanceId ')
            $byEndpoint = @(Get-CompletionText "Get-KafkaBackgroundTask -EndpointUrl $($script:emulator.Url) -InstanceId ")

            $byContext | Should -BeExactly @('east-kafka')
            $byEndpoint | Should -BeExactly @($script:instance) -Because 'the session default names cn-north-4 and its project'
        }
        finally {
            Remove-Variable -Name CompletionTestContext -Scope Global
        }
    }

    It 'uses the profile of a typed -ProfileName' {
        $file = Use-TestCredentialsFile
        try {
            Set-TestCredentialsFile $file '[east]', "ak = $($script:emulator.AccessKey)", "sk = $($script:emulator.SecretKey)",
                'region = cn-east-3', "project_id = $($script:eastProject)"
            Disconnect-HwCloud

            @(Get-CompletionText "Get-KafkaBackgroundTask -ProfileName east -EndpointUrl $($script:emulator.Url) -InstanceId ") | Should -BeExactly @('east-kafka')
        }
        finally {
            Remove-TestCredentialsFile $file
        }
    }
}

Describe 'A completion that fails or is slow' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'offers nothing and writes no error when the service answers 500: <Line>' -TestCases $script:lines {
        param($Line)
        Add-TestEmulatorFault $script:emulator @{ path = '/**'; count = 10; kind = 'status'; status = 500 }
        $errorsBefore = $global:Error.Count

        $run = Invoke-TestCommand { Get-CompletionText $Line }

        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        $global:Error.Count | Should -Be $errorsBefore
        @(Get-EmulatorRequestLog $script:emulator).status | Should -Be @(500) -Because 'it asked once, without retrying'
    }

    It 'offers nothing and writes no error when the credentials are refused (401): <Line>' -TestCases $script:lines {
        param($Line)
        $wrong = ConvertTo-SecureString 'NotTheEmulatorsSecretKey000000000000000' -AsPlainText -Force
        Connect-HwCloud -EndpointUrl $script:emulator.Url -Region cn-north-4 -ProjectId $script:project -AccessKey $script:emulator.AccessKey -SecretKey $wrong | Out-Null
        $errorsBefore = $global:Error.Count

        $run = Invoke-TestCommand { Get-CompletionText $Line }

        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        $global:Error.Count | Should -Be $errorsBefore
        @(Get-EmulatorRequestLog $script:emulator).status | Should -Be @(401)
    }

    It 'returns within the budget, offering nothing, when the service is slower than it: <Line>' -TestCases $script:lines {
        param($Line)
        Add-TestEmulatorFault $script:emulator @{ path = '/**'; count = 10; kind = 'latency'; latencyMs = 8000 }
        $errorsBefore = $global:Error.Count

        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $run = Invoke-TestCommand { Get-CompletionText $Line }
        $clock.Stop()

        $run.Output | Should -BeNullOrEmpty
        $run.Errors | Should -BeNullOrEmpty
        $global:Error.Count | Should -Be $errorsBefore
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 4.5 -Because 'the budget is 3 seconds, the rest a margin for a busy machine'
    }

    It 'offers nothing when the answer is not the list (a 200 of the wrong shape, an HTML page)' {
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/*/clusters'; count = 1; kind = 'body'; body = '{"error_code":"APIGW.0101"}' }
        Add-TestEmulatorFault $script:emulator @{ path = '/v2/*/instances'; count = 1; kind = 'non-json' }

        $shape = Invoke-TestCommand { Get-CompletionText 'Start-CdmJob -ClusterId ' }
        $page = Invoke-TestCommand { Get-CompletionText 'Get-KafkaBackgroundTask -InstanceId ' }

        $shape.Output | Should -BeNullOrEmpty
        $shape.Errors | Should -BeNullOrEmpty
        $page.Output | Should -BeNullOrEmpty
        $page.Errors | Should -BeNullOrEmpty
    }
}
