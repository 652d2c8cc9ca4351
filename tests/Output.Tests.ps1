# What the objects look like once they leave HwTasks: JSON and CSV exports, and the table and list
# views a console shows.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:instance = 'a1b2c3d4-0000-1111-2222-333344445555'
    $script:workspace = '0833a5737480d53b2f25c010dc1a7b88'
    $script:newestKafkaTask = '8abfa7b372160bfd0172165864064079'
    $script:counters = '{"org.apache.sqoop.submission.counter.SqoopCounters":{"ROWS_READ":125000,"ROWS_WRITTEN":125000,' +
        '"ROWS_WRITTEN_SKIPPED":0,"BYTES_READ":16000000,"BYTES_WRITTEN":16000000,"TOTAL_FILES":0,"FILES_READ":0,' +
        '"FILES_WRITTEN":0,"FILES_SKIPPED":0,"TOTAL_SIZE":16000000}}'

    # ConvertTo-Json (its default depth, as a script exports) read back as plain values.
    function ConvertTo-ExportedJson {
        param([Parameter(ValueFromPipeline)] $InputObject)
        process { $InputObject | ConvertTo-Json | ConvertFrom-Json -AsHashtable }
    }
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Output that exports' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    Context 'ConvertTo-Json' {
        It 'writes every status, type and state by name, with the service''s own text beside it' {
            $job = Get-CdmJob -ClusterId $script:cluster -JobName mysql2dws_orders | ConvertTo-ExportedJson
            $workflow = Get-AomWorkflow -Name weekly | ConvertTo-ExportedJson
            $sync = Get-OmsSyncTask -SyncTaskId 0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e | ConvertTo-ExportedJson
            $kafka = Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:newestKafkaTask | ConvertTo-ExportedJson
            $collected = Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId 3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b | ConvertTo-ExportedJson
            $never = Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId 2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a | ConvertTo-ExportedJson

            $job.Status, $job.StatusText | Should -BeExactly @('Failed', 'FAILED')
            $workflow.Type, $workflow.Status, $workflow.StatusText, $workflow.TriggerState | Should -BeExactly @('Cron', 'Failed', 'failed', 'Disabled')
            $sync.Status, $sync.StatusText | Should -BeExactly @('Synchronizing', 'SYNCHRONIZING')
            $kafka.Status, $kafka.StatusText | Should -BeExactly @('Executing', 'EXECUTING')
            $collected.LastRunStatus, $collected.LastRunStatusText | Should -BeExactly @('Failed', 'FAILED')
            $never.ContainsKey('LastRunStatus') | Should -BeTrue
            $never.LastRunStatus | Should -BeNullOrEmpty -Because 'the task has never run'
        }

        It 'writes the status of runs and the state and action of results by name' {
            $run = Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | ConvertTo-ExportedJson
            $trigger = Set-AomWorkflowTrigger -WorkflowId wf-cron-nightly-cleanup -State Disabled | ConvertTo-ExportedJson
            $action = Start-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId 2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a | ConvertTo-ExportedJson

            $run.Status, $run.StatusText | Should -BeExactly @('Booting', 'BOOTING')
            $trigger.State | Should -BeExactly 'Disabled'
            $action.Action | Should -BeExactly 'Start'
        }

        It 'keeps a status this version does not know as text, and Unknown as the name' {
            Set-TestEmulatorSeed $script:emulator (@{
                    aom   = @{ workflows = @(@{ id = 'wf-new'; name = 'new'; description = ''; type = 'cron'; status = 'quarantined'; triggerEnabled = $true; cron = '0 2 * * *'; createdHoursAgo = 1 }) }
                    kafka = @{ instances = @(@{ id = $script:instance; generateTasks = 0; tasks = @(@{ id = 't-new'; name = 'createTopic'; userName = 'u'; userId = 'i'; params = '{}'; status = 'ARCHIVED'; createdHoursAgo = 1; durationSeconds = 5 }) }) }
                } | ConvertTo-Json -Depth 8)

            $workflow = @(Get-AomWorkflow)
            $task = @(Get-KafkaBackgroundTask -InstanceId $script:instance)

            "$($workflow[0].Status)", $workflow[0].StatusText | Should -BeExactly @('Unknown', 'quarantined')
            "$($task[0].Status)", $task[0].StatusText | Should -BeExactly @('Unknown', 'ARCHIVED')
            ($workflow[0] | ConvertTo-ExportedJson).Status, ($workflow[0] | ConvertTo-ExportedJson).StatusText | Should -BeExactly @('Unknown', 'quarantined')
        }

        It 'writes Kafka Params and CDM Counters as nested objects' {
            $kafka = Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:newestKafkaTask | ConvertTo-ExportedJson
            $status = Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive | ConvertTo-ExportedJson

            $kafka.Params | Should -BeOfType ([System.Collections.IDictionary])
            $kafka.Params.old_auto_status | Should -BeTrue
            $kafka.Params.new_auto_status | Should -BeFalse
            $status.Counters.'org.apache.sqoop.submission.counter.SqoopCounters'.ROWS_READ | Should -Be 125000
            $status.Counters.'org.apache.sqoop.submission.counter.SqoopCounters'.TOTAL_SIZE | Should -Be 16000000
        }
    }

    Context 'Export-Csv' {
        It 'writes Kafka Params as its JSON text and statuses by name' {
            $file = Join-Path $TestDrive 'kafka.csv'
            Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:newestKafkaTask | Export-Csv $file -NoTypeInformation

            $row = @(Import-Csv $file)
            $row.Count | Should -Be 1
            $row[0].Params | Should -BeExactly '{"old_auto_status":true,"new_auto_status":false}'
            $row[0].ParamsJson | Should -BeExactly '{"old_auto_status":true,"new_auto_status":false}'
            $row[0].Status | Should -BeExactly 'Executing'
            $row[0].StatusText | Should -BeExactly 'EXECUTING'
        }

        It 'writes CDM Counters as their JSON text' {
            $file = Join-Path $TestDrive 'cdm.csv'
            Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive | Export-Csv $file -NoTypeInformation

            $row = @(Import-Csv $file)
            $row[0].Counters | Should -BeExactly $script:counters
            $row[0].Status | Should -BeExactly 'Succeeded'
            $row[0].JobName | Should -BeExactly 'jdbc2hive'
        }
    }
}

Describe 'Table and list views' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'shows <Command> in 120 columns: the header, then every key column whole and times to the minute' -ForEach @(
        @{ Command = 'Get-CdmJob'; Get = { Get-CdmJob -ClusterId $script:cluster }; Columns = 'JobName', 'Status', 'JobType'; Times = @('LastRunUpdatedTime')
            Header = 'JobName                        Status          JobType      FromConnector          ToConnector        Updated' }
        @{ Command = 'Get-CdmJobStatus'; Get = { Get-CdmJob -ClusterId $script:cluster | Get-CdmJobStatus }; Columns = 'JobName', 'Status'; Times = @('LastUpdatedTime')
            Header = 'JobName                      SubmissionId Status          Progress   WriteRows Updated          ErrorSummary' }
        @{ Command = 'Get-AomWorkflow'; Get = { Get-AomWorkflow }; Columns = 'WorkflowId', 'Name', 'Type', 'Status'; Times = @('LastExecutionStartedTime')
            Header = 'WorkflowId                       Name                     Type   Trigger  Status       LastExecution' }
        @{ Command = 'Get-OmsSyncTask'; Get = { Get-OmsSyncTask }; Columns = 'SyncTaskId', 'Status', 'SourceCloudType', 'DestinationBucket'; Times = @('LastStartedTime')
            Header = 'SyncTaskId                           Status        SourceCloud SourceBucket       DestinationBucket  LastStart' }
        @{ Command = 'Get-KafkaBackgroundTask'; Get = { Get-KafkaBackgroundTask -InstanceId $script:instance -First 10 }; Columns = 'TaskId', 'Name', 'Status', 'UserName'; Times = 'CreatedTime', 'UpdatedTime'
            Header = 'TaskId                           Name                   Status    UserName     Created          Updated' }
        @{ Command = 'Get-DataArtsMetadataTask'; Get = { Get-DataArtsMetadataTask -WorkspaceId $script:workspace }; Columns = 'TaskId', 'Name', 'Schedule'; Times = @('LastRunTime')
            Header = 'TaskId                           Name                     LastRunStatus LastRunTime      Schedule' }
    ) {
        $items = @(& $Get)
        $lines = Get-FormattedLine { $items | Format-Table } 120

        $items.Count | Should -BeGreaterThan 1
        $lines[0] | Should -BeExactly $Header
        $lines[1] | Should -BeExactly ($Header -replace '\S', '-')
        $lines.Count | Should -Be ($items.Count + 2)
        $lines | Where-Object Length -GT 120 | Should -BeNullOrEmpty
        for ($i = 0; $i -lt $items.Count; $i++) {
            $row = $lines[$i + 2]
            foreach ($key in $Columns) { $row | Should -BeLikeExactly "*$([WildcardPattern]::Escape("$($items[$i].$key)"))*" -Because "$key is whole in '$row'" }
            foreach ($time in $Times) {
                if ($null -eq $items[$i].$time) { continue }
                $items[$i].$time | Should -BeOfType ([DateTimeOffset]) -Because 'the object keeps the full time'
                $row | Should -BeLikeExactly "*$(Get-TableTime $items[$i].$time)*"
            }
        }
    }

    It 'shows a CDM job''s Updated as its last run''s last change, and the definition''s for a job that never ran' {
        Set-TestEmulatorSeed $script:emulator (@{ cdm = @{ clusters = @(@{ id = $script:cluster; jobs = @(
                            @{ name = 'ran_this_morning'; lastRunHoursAgo = 3; lastRunFailWith = 'Disk quota exceeded.' }
                            @{ name = 'never_ran' }) }) } } | ConvertTo-Json -Depth 8)
        $jobs = @(Get-CdmJob -ClusterId $script:cluster | Sort-Object JobName)

        $lines = Get-FormattedLine { $jobs | Format-Table } 120

        $jobs.JobName | Should -BeExactly @('never_ran', 'ran_this_morning')
        $jobs[0].LastRunUpdatedTime | Should -BeNullOrEmpty
        $jobs[1].LastRunUpdatedTime | Should -BeOfType ([DateTimeOffset])
        $jobs[1].LastRunUpdatedTime | Should -BeGreaterThan ([DateTimeOffset]::Now.AddHours(-4))
        $jobs[1].LastRunStartedTime | Should -BeLessOrEqual $jobs[1].LastRunUpdatedTime
        $lines[2] | Should -BeLikeExactly "never_ran *$(Get-TableTime $jobs[0].UpdatedTime)"
        $lines[3] | Should -BeLikeExactly "ran_this_morning *Failed *$(Get-TableTime $jobs[1].LastRunUpdatedTime)"
    }

    It 'shows an AOM workflow without a timed trigger as Trigger None, and no always-empty column' {
        $workflows = @(Get-AomWorkflow)
        $lines = Get-FormattedLine { $workflows | Format-Table } 120

        foreach ($workflow in $workflows) {
            $row = $lines | Where-Object { $_.StartsWith($workflow.WorkflowId) }
            $expected = if ($workflow.TriggerId) { "$($workflow.TriggerState)" } else { 'None' }
            $row | Should -BeLikeExactly "* $($workflow.Type) *$expected *" -Because "$($workflow.Type) workflow '$($workflow.Name)'"
        }
        @($workflows | Where-Object { -not $_.TriggerId }).Count | Should -BeGreaterThan 0 -Because 'the default seed has a manual workflow'
        $lines[0] | Should -Not -BeLike '*Cron*'
    }

    It 'shows times in the computer''s local time, to the minute' {
        Set-TestEmulatorSeed $script:emulator (@{ kafka = @{ instances = @(@{ id = $script:instance; generateTasks = 0; tasks = @(
                            @{ id = 'f00dfeedf00dfeedf00dfeedf00dfeed'; name = 'createTopic'; userName = 'paas_dms'; userId = 'u'; params = '{}'; status = 'SUCCESS'; createdAt = '2024-05-15T03:19:51.046Z'; durationSeconds = 65 }) }) }
            } | ConvertTo-Json -Depth 8)
        $previous = $env:TZ
        $env:TZ = 'Asia/Shanghai'
        try {
            $run = Invoke-FreshPwsh -Script @'
param($manifest, $url, $ak, $sk, $project, $instance)
Import-Module $manifest
$sk = ConvertTo-SecureString $sk -AsPlainText -Force
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey $sk | Out-Null
(Get-KafkaBackgroundTask -InstanceId $instance | Format-Table | Out-String -Width 120) -split '\r?\n' | ForEach-Object TrimEnd | Where-Object { $_ }
'@ -ArgumentList (@(Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') + (Get-TestEmulatorArgument $script:emulator) + $script:instance)
        }
        finally {
            $env:TZ = $previous
        }

        $run.Output[2] | Should -BeExactly 'f00dfeedf00dfeedf00dfeedf00dfeed createTopic            Success   paas_dms     2024-05-15 11:19 2024-05-15 11:20'
    }

    It 'shows the context with its source in 120 columns without wrapping its header' {
        $lines = Get-FormattedLine { Get-HwCloudContext } 120

        $lines | Should -BeExactly @(
            'Source               AuthenticationType Identity           Region         EndpointUrl'
            '------               ------------------ --------           ------         -----------'
            "Parameters           AccessKey          AK EMUL…0001       cn-north-4     $($script:emulator.Url)/")
    }

    It 'lists a CDM run in detail with its counters as JSON' {
        $lines = Get-FormattedLine { Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive | Format-List } 400

        @($lines | ForEach-Object { ($_ -split '\s*:\s?', 2)[0] }) | Should -BeExactly @(
            'JobName', 'ClusterId', 'SubmissionId', 'Status', 'StatusText', 'Progress', 'WriteRows', 'UpdateRows', 'DeleteRows', 'Counters',
            'CreatedTime', 'ExecutedTime', 'LastUpdatedTime', 'LastUpdateUser', 'ErrorSummary', 'ErrorDetails', 'ExternalId', 'Region', 'ProjectId')
        $lines | Where-Object { $_ -like 'Counters *' } | Should -BeExactly "Counters        : $($script:counters)"
    }

    It 'lists the detail of a <Command> read, starting with <First>' -ForEach @(
        @{ Command = 'Get-KafkaBackgroundTask -TaskId'; Get = { Get-KafkaBackgroundTask -InstanceId $script:instance -TaskId $script:newestKafkaTask }; First = 'TaskId'
            Labels = 'TaskId', 'Name', 'Status', 'StatusText', 'UserName', 'UserId', 'CreatedTime', 'UpdatedTime', 'Params', 'InstanceId', 'Region', 'ProjectId' }
        @{ Command = 'Get-CdmJob -JobName'; Get = { Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive }; First = 'JobName'
            Labels = 'JobName', 'ClusterId', 'JobType', 'Status', 'StatusText', 'FromConnector', 'FromLink', 'ToConnector', 'ToLink', 'CreationUser', 'CreatedTime', 'UpdatedTime', 'LastRunStartedTime', 'LastRunUpdatedTime', 'Region', 'ProjectId' }
        @{ Command = 'Get-OmsSyncTask -SyncTaskId'; Get = { Get-OmsSyncTask -SyncTaskId f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b }; First = 'SyncTaskId'
            Labels = 'SyncTaskId', 'Status', 'StatusText', 'Description', 'TaskType', 'SourceCloudType', 'SourceRegion', 'SourceBucket', 'DestinationRegion', 'DestinationBucket', 'CreatedTime', 'LastStartedTime',
            'MonthlyAcceptanceRequest', 'MonthlySuccessObject', 'MonthlyFailureObject', 'MonthlySkipObject', 'MonthlySize', 'Region', 'ProjectId' }
        @{ Command = 'Get-DataArtsMetadataTask -TaskId'; Get = { Get-DataArtsMetadataTask -WorkspaceId $script:workspace -TaskId 1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f }; First = 'TaskId'
            Labels = 'TaskId', 'Name', 'Description', 'LastRunStatus', 'LastRunStatusText', 'LastRunTime', 'NextRunTime', 'Schedule', 'DataSourceType', 'TaskType', 'UserName', 'CreatedTime', 'UpdatedTime', 'WorkspaceId', 'Region', 'ProjectId' }
    ) {
        $item = & $Get
        $lines = Get-FormattedLine { $item | Format-List } 400

        @($lines | ForEach-Object { ($_ -split '\s*:\s?', 2)[0] }) | Should -BeExactly $Labels
        if ($item.PSObject.Properties['Params']) {
            $lines | Where-Object { $_ -like 'Params *' } | Should -BeExactly 'Params      : {"old_auto_status":true,"new_auto_status":false}'
        }
    }
}
