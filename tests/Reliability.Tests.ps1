# What a hostile or flaky world does to a script, one regression per case of the second reliability
# round: token cache and renewal, waits through outages, false successes, limits, hostile text,
# throttled starts, Unicode, headers and the credentials file.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:statusPath = "/v1.1/*/clusters/$script:cluster/cdm/job/*/status"
    $script:syncTask = 'f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b'
    function Set-QuickJob([double] $RunSeconds = 1) {
        Set-TestEmulatorSeed $script:emulator ('{ "cdm": { "clusters": [ { "id": "' + $script:cluster + '", "name": "c", "jobs": [ { "name": "quick", "bootSeconds": 0, "runSeconds": ' + $RunSeconds + ' } ] } ] } }')
    }
}

AfterAll {
    Disconnect-HwCloud
    Stop-TestEmulator $script:emulator
}

Describe 'IAM tokens of password credentials' {
    BeforeEach {
        # Forgets this runspace's cached token, so each case starts with none.
        Disconnect-HwCloud
        Reset-TestEmulator $script:emulator
    }

    It 'never lets a wrong password reuse the token a right password got' {
        Connect-TestEmulatorUser $script:emulator | Out-Null
        Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Should -Not -BeNullOrEmpty

        $wrong = New-HwCloudContext -EndpointUrl $script:emulator.Url -Region cn-north-4 -UserName ops-admin -DomainName hwtasks-demo `
            -Password (ConvertTo-SecureString 'guessed' -AsPlainText -Force)
        $err = $null
        Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -Context $wrong -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'AuthenticationFailed,HwTasks.Commands.Cdm.GetCdmJobCommand'
        @(Get-EmulatorRequest $script:emulator -Path '/v3/auth/tokens').Count | Should -Be 2
    }

    It 'asks for a token once for ten calls' {
        Connect-TestEmulatorUser $script:emulator | Out-Null
        1..10 | ForEach-Object { Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive } | Should -HaveCount 10
        @(Get-EmulatorRequest $script:emulator -Path '/v3/auth/tokens').Count | Should -Be 1
    }

    It 'renews a token that expires during a wait, and the wait ends with the run' {
        Set-QuickJob -RunSeconds 3600
        Connect-TestEmulatorUser $script:emulator | Out-Null
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        # 25 hours later the run is over and the token the wait holds is dead.
        Move-TestEmulatorClock $script:emulator -Seconds (25 * 3600)
        $final = $run | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 30
        $final.Status | Should -Be 'Succeeded'
        $statuses = @(Get-EmulatorRequest $script:emulator -Path $script:statusPath | ForEach-Object status)
        $statuses | Should -Be @(401, 200)
        @(Get-EmulatorRequest $script:emulator -Path '/v3/auth/tokens').Count | Should -Be 2
    }

    It 'keeps this runspace''s token when another runspace disconnects its own credential' {
        Connect-TestEmulatorUser $script:emulator | Out-Null
        Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Out-Null
        $url, $ak, $sk = $script:emulator.Url, $script:emulator.AccessKey, $script:emulator.SecretKey
        # Another runspace works with its own AK/SK and disconnects: it forgets only what it cached.
        $null = 1 | ForEach-Object -Parallel {
            Import-Module (Join-Path (Split-Path -Parent $using:PSScriptRoot) 'HwTasks.psd1')
            Connect-HwCloud -EndpointUrl $using:url -Region cn-north-4 -AccessKey $using:ak `
                -SecretKey (ConvertTo-SecureString $using:sk -AsPlainText -Force) | Out-Null
            Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive | Out-Null
            Disconnect-HwCloud
        }
        Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Out-Null
        @(Get-EmulatorRequest $script:emulator -Path '/v3/auth/tokens').Count | Should -Be 1
    }
}

Describe 'Waits through outages' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
        Set-QuickJob -RunSeconds 1
    }

    It 'keeps waiting through <Name> and writes the run that succeeded' -ForEach @(
        @{ Name = 'four 503s'; Fault = @{ kind = 'status'; status = 503; count = 4 } }
        @{ Name = 'six dropped connections'; Fault = @{ kind = 'drop'; count = 6 } }
        @{ Name = 'an HTML page from a proxy'; Fault = @{ kind = 'non-json'; count = 1 } }
    ) {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        Add-TestEmulatorFault $script:emulator ($Fault + @{ path = $script:statusPath })
        $warnings = $null
        $final = $run | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 60 -MaximumRetryCount 0 -WarningVariable warnings -WarningAction SilentlyContinue
        $final.Status | Should -Be 'Succeeded'
        $warnings[0] | Should -BeLike "Polling CDM job 'quick' on cluster $($script:cluster) failed; still waiting (up to 5 minutes of failed polls in a row, within -TimeoutSec): CDM ShowJobStatus failed: *"
    }

    It 'ends a wait whose job is gone with CdmJobNotFound, without waiting out the timeout' {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        Set-TestEmulatorSeed $script:emulator ('{ "cdm": { "clusters": [ { "id": "' + $script:cluster + '", "name": "c", "jobs": [] } ] } }')
        $err = $null
        $run | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 600 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'CdmJobNotFound,HwTasks.Commands.Tasks.WaitHwTaskCommand'
        @(Get-EmulatorRequest $script:emulator -Path $script:statusPath).Count | Should -Be 1
    }
}

Describe 'Limits a server cannot stretch' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'does not wait out a Retry-After longer than -TimeoutSec, and says so' {
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/*/clusters/*/cdm/job/jdbc2hive'; kind = 'status'; status = 429; retryAfterSeconds = 120 }
        $err = $null
        Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -TimeoutSec 5 -MaximumRetryCount 10 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'Throttled,HwTasks.Commands.Cdm.GetCdmJobCommand'
        $err[0].Exception.Message | Should -BeLike '*Not retried: the service asks to wait 120 s before retrying (Retry-After), longer than the 5 s -TimeoutSec allows*'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 1
    }

    It 'warns when it waits a long Retry-After the limits allow' {
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/*/clusters/*/cdm/job/jdbc2hive'; kind = 'status'; status = 429; retryAfterSeconds = 10 }
        $warnings = $null
        Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -WarningVariable warnings -WarningAction SilentlyContinue | Should -Not -BeNullOrEmpty
        $warnings | Should -Be 'CDM ShowJobs is throttled (HTTP 429); retrying in 10 s as the service asks (Retry-After).'
    }

    It 'ends Wait-HwTask at its -TimeoutSec behind a poll that answers after 20 s' {
        Set-QuickJob -RunSeconds 1
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        Add-TestEmulatorFault $script:emulator @{ path = $script:statusPath; kind = 'latency'; latencyMs = 20000 }
        $err = $null
        # Had the wait outlived -TimeoutSec, the delayed poll would have found the run succeeded and written it.
        $output = $run | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 3 -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $err[-1].FullyQualifiedErrorId | Should -Be 'WaitTimeout,HwTasks.Commands.Tasks.WaitHwTaskCommand'
    }

    It 'ends Wait-HwTask at its -TimeoutSec when every poll is told to come back in 60 s' {
        Set-QuickJob -RunSeconds 600
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        Add-TestEmulatorFault $script:emulator @{ path = $script:statusPath; kind = 'status'; status = 429; retryAfterSeconds = 60; count = 1000 }
        $err = $null
        $run | Wait-HwTask -PollIntervalSec 0.5 -TimeoutSec 3 -ErrorVariable err -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $err[-1].FullyQualifiedErrorId | Should -Be 'WaitTimeout,HwTasks.Commands.Tasks.WaitHwTaskCommand'
        # No poll waited the 60 s it was asked to: every one was sent within the wait's 3 s (and some slack).
        $times = @(Get-EmulatorRequest $script:emulator -Path $script:statusPath | ForEach-Object { [datetimeoffset] $_.time })
        $times.Count | Should -BeGreaterThan 1
        ($times[-1] - $times[0]).TotalSeconds | Should -BeLessThan 10
    }
}

Describe 'Waits that end before the run does' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
        Set-QuickJob -RunSeconds 600
        # Waits until the wait has polled the run at least once.
        function Wait-FirstPoll {
            foreach ($i in 1..300) {
                if (@(Get-EmulatorRequest $script:emulator -Path $script:statusPath).Count -gt 0) { return }
                Start-Sleep -Milliseconds 100
            }
            throw 'The wait never polled the run.'
        }
    }

    It 'ends Wait-HwTask -TimeoutSec 2 with WaitTimeout alone, without a failed-poll warning' {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick
        $warnings = $null; $err = $null
        $run | Wait-HwTask -TimeoutSec 2 -PollIntervalSec 5 -WarningVariable warnings -WarningAction SilentlyContinue -ErrorVariable err -ErrorAction SilentlyContinue |
            Should -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].Exception.Message | Should -BeLike "CDM job 'quick' on cluster $($script:cluster) is still * after * s (-TimeoutSec). It goes on in the service; wait again or stop it."
    }

    It 'ends Start-CdmJob -Wait -WaitTimeoutSec 2 naming -WaitTimeoutSec, without a failed-poll warning' {
        $warnings = $null; $err = $null
        Start-CdmJob -ClusterId $script:cluster -JobName quick -Wait -WaitTimeoutSec 2 -PollIntervalSec 5 -WarningVariable warnings -WarningAction SilentlyContinue `
            -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $warnings | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'WaitTimeout,HwTasks.Commands.Cdm.StartCdmJobCommand'
        $err[0].Exception.Message | Should -BeLike "CDM job 'quick' on cluster $($script:cluster) is still * after * s (-WaitTimeoutSec). It goes on in the service; wait again or stop it."
    }

    It 'names the run that goes on when Start-CdmJob -Wait is stopped with Ctrl+C' -Skip:($IsWindows) {
        # A real pwsh, stopped as a terminal stops it: SIGINT, which its console host takes as Ctrl+C.
        $file = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-ctrlc-' + [guid]::NewGuid().ToString('N') + '.ps1')
        Set-Content -Path $file -Encoding utf8NoBOM -Value @'
param($manifest, $url, $ak, $sk, $project, $cluster)
Import-Module $manifest
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey (ConvertTo-SecureString $sk -AsPlainText -Force) | Out-Null
Start-CdmJob -ClusterId $cluster -JobName quick -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 120
'done'
'@
        $exe = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
        $info = [System.Diagnostics.ProcessStartInfo]::new($exe)
        if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $info.ArgumentList.Add([Environment]::GetCommandLineArgs()[0]) }
        foreach ($argument in @('-NoProfile', '-File', $file, (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')) + (Get-TestEmulatorArgument $script:emulator) + $script:cluster) {
            $info.ArgumentList.Add("$argument")
        }
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.RedirectStandardInput = $true
        $info.Environment['NO_COLOR'] = '1'
        $process = [System.Diagnostics.Process]::Start($info)
        try {
            $process.StandardInput.Close()
            $output = $process.StandardOutput.ReadToEndAsync()
            $errors = $process.StandardError.ReadToEndAsync()
            Wait-FirstPoll
            & kill -s INT $process.Id
            $process.WaitForExit(60000) | Should -BeTrue
            $text = $output.Result + $errors.Result
            $submission = (Get-CdmJobStatus -ClusterId $script:cluster -JobName quick).SubmissionId
            $text | Should -Match ([regex]::Escape("WARNING: Stopped waiting for CDM job 'quick' on cluster $($script:cluster), run $submission (Running); it goes on in the service."))
            $text | Should -Not -Match 'done'
        }
        finally {
            if (-not $process.HasExited) { $process.Kill($true) }
            Remove-Item $file -ErrorAction SilentlyContinue
        }
    }

    It 'names the run that goes on when Stop-Job stops Start-CdmJob -Wait -AsJob' {
        $job = Start-CdmJob -ClusterId $script:cluster -JobName quick -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 120 -AsJob
        try {
            Wait-FirstPoll
            Stop-Job $job
            $job.State | Should -Be 'Stopped'
            $submission = (Get-CdmJobStatus -ClusterId $script:cluster -JobName quick).SubmissionId
            $warnings = $null
            Receive-Job $job -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
            @($warnings.Message) | Should -Be "Stopped waiting for CDM job 'quick' on cluster $($script:cluster), run $submission (Running); it goes on in the service."
        }
        finally {
            Remove-Job $job -Force
        }
    }

    It 'names the run an earlier item started when Stop-Job stops Start-CdmJob -Wait during a later item''s start' {
        Set-TestEmulatorSeed $script:emulator ('{ "cdm": { "clusters": [ { "id": "' + $script:cluster + '", "name": "c", "jobs": [ ' +
            '{ "name": "quick", "bootSeconds": 0, "runSeconds": 600 }, { "name": "throttled", "bootSeconds": 0, "runSeconds": 600 } ] } ] } }')
        # The second start is told to come back in 30 s: the command is stopped while it waits to retry.
        Add-TestEmulatorFault $script:emulator @{ path = "/v1.1/*/clusters/$script:cluster/cdm/job/throttled/start"; kind = 'status'; status = 429; retryAfterSeconds = 30; count = 1000 }
        $job = [pscustomobject]@{ JobName = 'quick' }, [pscustomobject]@{ JobName = 'throttled' } |
            Start-CdmJob -ClusterId $script:cluster -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 120 -AsJob
        try {
            foreach ($i in 1..300) {
                if (@(Get-EmulatorRequest $script:emulator -Path '*/cdm/job/throttled/start').Count -gt 0) { break }
                Start-Sleep -Milliseconds 100
            }
            Stop-Job $job
            $job.State | Should -Be 'Stopped'
            $submission = (Get-CdmJobStatus -ClusterId $script:cluster -JobName quick).SubmissionId
            $warnings = $null
            Receive-Job $job -WarningVariable warnings -WarningAction SilentlyContinue | Should -BeNullOrEmpty
            @($warnings.Message) -like "Stopped waiting for CDM job 'quick' on cluster $($script:cluster), run $submission (*); it goes on in the service." |
                Should -HaveCount 1
            @(Get-EmulatorRequest $script:emulator -Path '*/cdm/job/quick/start').Count | Should -Be 1
        }
        finally {
            Remove-Job $job -Force
        }
    }
}

Describe 'Answers that are not what the service says' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'reports a 200 HTML page on Start-OmsSyncTask as InvalidResponse, and writes no task' {
        Add-TestEmulatorFault $script:emulator @{ path = "/v2/*/sync-tasks/$script:syncTask/start"; kind = 'non-json' }
        $key = New-TestCredential 'DSTAK' 'dst-secret'
        $err = $null
        $output = Start-OmsSyncTask -SyncTaskId $script:syncTask -SourceCredential $key -DestinationCredential $key -ErrorVariable err -ErrorAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'InvalidResponse,HwTasks.Commands.Oms.StartOmsSyncTaskCommand'
        $err[0].Exception.Message | Should -Match "but the response is an HTML page titled 'Service maintenance'.*\(request id [0-9a-f]{32}\)$"
    }

    It 'reports Start-OmsSyncTask answered 200 {} after the service acted as the start it was, sent once' {
        Add-TestEmulatorFault $script:emulator @{ path = "/v2/*/sync-tasks/$script:syncTask/start"; kind = 'body'; body = '{}'; afterProcessing = $true }
        $key = New-TestCredential 'DSTAK' 'dst-secret'
        $err = $null
        $task = Start-OmsSyncTask -SyncTaskId $script:syncTask -SourceCredential $key -DestinationCredential $key -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -BeNullOrEmpty
        $task.SyncTaskId | Should -Be $script:syncTask
        $task.Status | Should -Be 'SYNCHRONIZING'
        @(Get-EmulatorRequestLog $script:emulator | Where-Object { $_.path -like '*/start' }).Count | Should -Be 1
    }

    It 'reports Start-OmsSyncTask answered 200 with an APIGW error object as InvalidResponse' {
        Add-TestEmulatorFault $script:emulator @{ path = "/v2/*/sync-tasks/$script:syncTask/start"; kind = 'body'; body = '{"error_code":"APIGW.0308","error_msg":"The request is throttled"}' }
        $key = New-TestCredential 'DSTAK' 'dst-secret'
        $err = $null
        Start-OmsSyncTask -SyncTaskId $script:syncTask -SourceCredential $key -DestinationCredential $key -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'InvalidResponse,HwTasks.Commands.Oms.StartOmsSyncTaskCommand'
    }

    It 'reports a list answered with <Name> as InvalidResponse, not as an empty list' -ForEach @(
        @{ Name = '{}'; Body = '{}' }
        @{ Name = 'an APIGW error object'; Body = '{"error_code":"APIGW.0101","error_msg":"The API does not exist"}' }
    ) {
        Add-TestEmulatorFault $script:emulator @{ path = '/v2/*/instances/*/tasks'; kind = 'body'; body = $Body }
        $err = $null
        Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].Exception.Message | Should -BeLike "Kafka ListBackgroundTasks failed: the response is not the JSON this API returns (it has no 'tasks' member). (request id *)"
    }

    It 'escapes terminal control characters from the service in the error message' {
        $hostile = '{"error_code":"X.1","error_msg":"boom\u001b]0;owned\u0007\u001b[2J"}'
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/*/clusters/*/cdm/job/jdbc2hive'; kind = 'body'; status = 400; body = $hostile }
        $err = $null
        Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].Exception.Message | Should -BeLike '*X.1: boom\u001b]0;owned\u0007\u001b`[2J*'
        $err[0].Exception.Message.ToCharArray() | Where-Object { [int]$_ -lt 32 } | Should -BeNullOrEmpty
    }
}

Describe 'A start throttled after the service acted' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
        Set-QuickJob -RunSeconds 600
    }

    It 'reports the run the first attempt started, with a warning, and starts it once' {
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/*/clusters/*/cdm/job/quick/start'; kind = 'status'; status = 429; afterProcessing = $true }
        $warnings = $null; $err = $null
        $run = Start-CdmJob -ClusterId $script:cluster -JobName quick -RetryIntervalSec 0.05 -WarningVariable warnings -WarningAction SilentlyContinue -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $run.Status | Should -BeIn @('Booting', 'Running')
        $warnings | Should -BeLike "The first attempt to start CDM job 'quick' was answered HTTP 429 (throttled) after the service had acted on it; the retry was refused (Cdm.0031: Job``[quick``] is running, it can't be started again.) because it is already running. Reporting the run the first attempt started."
        @(Get-EmulatorRequest $script:emulator -Path '*/cdm/job/quick/start' -Method PUT | Where-Object status -eq 200).Count | Should -Be 0
        @(Get-EmulatorRequest $script:emulator -Path '*/cdm/job/quick/start' -Method PUT).Count | Should -Be 2
    }

    It 'reports the DataArts run the first attempt started, with a warning, and starts it once' {
        Use-FreshTestEmulator $script:emulator # the default seed, with its DataArts tasks
        $workspace = '0833a5737480d53b2f25c010dc1a7b88'; $task = '2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a'
        Add-TestEmulatorFault $script:emulator @{ path = "/v3/*/metadata/tasks/$task/action"; kind = 'status'; status = 429; afterProcessing = $true }
        $warnings = $null; $err = $null
        $result = Start-DataArtsMetadataTask -WorkspaceId $workspace -TaskId $task -RetryIntervalSec 0.05 -WarningVariable warnings -WarningAction SilentlyContinue -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $result.TaskId | Should -Be $task
        $result.Action | Should -Be 'Start'
        $warnings | Should -BeLike "The first attempt to start DataArts metadata task $task was answered HTTP 429 (throttled) after the service had acted on it; the retry was refused (DLG.0409: *) because it is already running. Reporting the run the first attempt started."
        (Get-DataArtsMetadataTask -WorkspaceId $workspace -TaskId $task).LastRunStatus | Should -Be 'Running'
        $starts = @(Get-EmulatorRequest $script:emulator -Path "*/metadata/tasks/$task/action" -Method POST)
        $starts.Count | Should -Be 2
        @($starts | Where-Object status -eq 200).Count | Should -Be 0
    }
}

Describe 'Text that is not what it looks like' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'refuses <Name> in <Parameter> before sending anything' -ForEach @(
        @{ Name = 'a right-to-left override'; Parameter = 'JobName'; Call = { Start-CdmJob -ClusterId $script:cluster -JobName ("jdbc2hive" + [char]0x202E) }; Id = 'ParameterArgumentValidationError,HwTasks.Commands.Cdm.StartCdmJobCommand'; Text = '*it has a right-to-left override (U+202E) at position 10.' }
        @{ Name = 'a zero-width joiner'; Parameter = 'ClusterId'; Call = { Get-CdmJob -ClusterId ($script:cluster + [char]0x200D) }; Id = 'ParameterArgumentValidationError,HwTasks.Commands.Cdm.GetCdmJobCommand'; Text = '*a zero-width joiner (U+200D)*' }
        @{ Name = 'a byte order mark'; Parameter = 'SyncTaskId'; Call = { Stop-OmsSyncTask -SyncTaskId ([char]0xFEFF + $script:syncTask) -Confirm:$false }; Id = 'ParameterArgumentValidationError,HwTasks.Commands.Oms.StopOmsSyncTaskCommand'; Text = '*a byte order mark (U+FEFF) at position 1*' }
        @{ Name = 'a lone surrogate'; Parameter = 'Variables'; Call = { Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -Variables @{ date = 'x' + [char]0xD800 } }; Id = 'InvalidVariables,HwTasks.Commands.Cdm.StartCdmJobCommand'; Text = "*gives 'date' a value with a lone surrogate, half of a character that cannot be sent (U+D800) at position 2*" }
        @{ Name = 'a lone surrogate'; Parameter = 'Query'; Call = { Invoke-HwCloudRequest -Service Kafka -Path '/v2/{project_id}/instances/a1b2c3d4-0000-1111-2222-333344445555/tasks' -Query @{ name = 'x' + [char]0xDC00 } }; Id = 'InvalidQuery,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand'; Text = "*-Query value of 'name' contains a lone surrogate*" }
        @{ Name = 'a script block'; Parameter = 'Body'; Call = { Invoke-HwCloudRequest -Service Aom -Method POST -Path '/v1/{project_id}/cms/workflow-list' -Body @{ search = @{ name = { 'code, not data' } } } -Confirm:$false }; Id = 'InvalidBody,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand'; Text = '-Body contains a script block ({ ... }); a body carries data, not code.*' }
        @{ Name = 'a script block in an array'; Parameter = 'Body'; Call = { Invoke-HwCloudRequest -Service Aom -Method POST -Path '/v1/{project_id}/cms/workflow-list' -Body ([pscustomobject]@{ items = @(1, { 2 }) }) -Confirm:$false }; Id = 'InvalidBody,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand'; Text = '-Body contains a script block*' }
        @{ Name = 'a non-ASCII character'; Parameter = 'Header'; Call = { Invoke-HwCloudRequest -Service Kafka -Path '/v2/{project_id}/instances/a1b2c3d4-0000-1111-2222-333344445555/tasks' -Header @{ 'X-Note' = 'café' } }; Id = 'InvalidHeader,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand'; Text = "-Header 'X-Note' has a value with a character HTTP headers cannot carry*" }
    ) {
        $err = $null
        try { & $Call -ErrorVariable err -ErrorAction SilentlyContinue } catch { $err = @($_) }
        $err[0].FullyQualifiedErrorId | Should -Be $Id
        $err[0].Exception.Message | Should -BeLike $Text
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}

Describe 'Endpoint URLs with credentials in them' {
    It 'refuses -EndpointUrl with a password without showing it' {
        $err = $null
        try {
            Connect-HwCloud -EndpointUrl 'http://user:S3cretPassw0rd@127.0.0.1:1' -Region cn-north-4 -AccessKey EMULATORAK0000000001 `
                -SecretKey (ConvertTo-SecureString 'x' -AsPlainText -Force) -ErrorAction Stop
        }
        catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -Be 'ParameterArgumentValidationError,HwTasks.Commands.Context.ConnectHwCloudCommand'
        $err.Exception.Message | Should -BeLike '*carries a user name or password before the host; credentials never go in a URL*'
        ($err | Format-List * -Force | Out-String) | Should -Not -Match 'S3cretPassw0rd'
    }

    It 'refuses the same in HUAWEICLOUD_SDK_REGION_CDM_CN_NORTH_4 without showing it' {
        $run = Invoke-FreshPwsh -Script @'
param($manifest)
Import-Module $manifest
$env:HUAWEICLOUD_SDK_REGION_CDM_CN_NORTH_4 = 'http://user:S3cretPassw0rd@127.0.0.1:1'
$sk = ConvertTo-SecureString 'x' -AsPlainText -Force
Connect-HwCloud -Region cn-north-4 -ProjectId 0123456789abcdef0123456789abcdef -AccessKey AK -SecretKey $sk | Out-Null
try { Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -Debug -ErrorAction Stop 5>&1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')
        $run.Output | Should -Contain 'InvalidEndpointUrl,HwTasks.Commands.Cdm.GetCdmJobCommand'
        $run.Output | Should -Contain 'The endpoint from HUAWEICLOUD_SDK_REGION_CDM_CN_NORTH_4 carries a user name or password before the host; credentials never go in a URL (pass them with -Credential, -SecretKey or -Password). Use a form like https://cdm.example.internal or http://127.0.0.1:5080.'
        $run.Output -join "`n" | Should -Not -Match 'S3cretPassw0rd'
    }
}

Describe 'The credentials file' {
    It 'is never opened when it is a FIFO, so nothing waits for a writer' -Skip:($IsWindows) {
        $fifo = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-fifo-' + [guid]::NewGuid().ToString('N'))
        & mkfifo $fifo
        try {
            $run = Invoke-FreshPwsh -Script @'
param($manifest, $fifo)
Import-Module $manifest
$env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $fifo
try { Connect-HwCloud -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $fifo
            $run.Output | Should -Be 'NoCredentials,HwTasks.Commands.Context.ConnectHwCloudCommand'
        }
        finally {
            Remove-Item $fifo
        }
    }

    It 'is read with a warning when other users can read it' -Skip:($IsWindows) {
        $file = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-credentials-' + [guid]::NewGuid().ToString('N'))
        Set-Content $file "[basic]`nak = EMULATORAK0000000001`nsk = EmulatorSecretKey00000000000000000000001"
        & chmod 644 $file
        try {
            $run = Invoke-FreshPwsh -Script @'
param($manifest, $file)
Import-Module $manifest
$env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file
(Connect-HwCloud -Region cn-north-4 3>&1) | ForEach-Object { if ($_ -is [System.Management.Automation.WarningRecord]) { 'WARNING: ' + $_.Message } else { $_.CredentialSource } }
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $file
            $run.Output | Should -Be @(
                "WARNING: The credentials file '$file' can be read or written by other users (mode 644); it holds secret keys. Run: chmod 600 '$file'"
                "credentials file $file [basic]")
        }
        finally {
            Remove-Item $file
        }
    }
}

Describe 'Profiles saved and removed by 8 processes at once' {
    BeforeAll {
        $script:together = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-together-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $script:together | Out-Null
    }

    AfterAll {
        Remove-Item -LiteralPath $script:together -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'loses no profile a save reported in 3 rounds each, keeps [basic] and the comments, and never shows a reader a file without [basic]' {
        $file = Join-Path $script:together 'credentials'
        Set-TestCredentialsFile $file '# team keys, do not edit by hand', '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret', '# read-only key below', ''
        $rounds = 3
        # Each process saves p<i>-r<round> and p<i> (a new key each round), removes the profile of its
        # previous round, and reads [basic] back, all after one signal so that their writes collide.
        $script = @'
param($manifest, $file, $folder, $index, $rounds)
Import-Module $manifest
$env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file
New-Item -ItemType File -Path (Join-Path $folder "ready-$index") | Out-Null
$deadline = [DateTime]::UtcNow.AddMinutes(2)
while (-not (Test-Path (Join-Path $folder 'go'))) {
    if ([DateTime]::UtcNow -gt $deadline) { throw 'no signal to start' }
    Start-Sleep -Milliseconds 5
}
foreach ($round in 1..$rounds) {
    foreach ($name in "p$index-r$round", "p$index") {
        $ak = "P${index}R${round}AK" + $name.Length + '000000000'
        $key = [pscredential]::new($ak, (ConvertTo-SecureString "secret-$ak" -AsPlainText -Force))
        try { Save-HwCloudProfile -ProfileName $name -Credential $key -Force -ErrorAction Stop; "saved $name $ak" }
        catch { "failed to save ${name}: $($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
    }
    if ($round -gt 1) {
        $name = "p$index-r$($round - 1)"
        try { Remove-HwCloudProfile -ProfileName $name -Force -ErrorAction Stop; "removed $name" }
        catch { "failed to remove ${name}: $($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
    }
    try { $null = Get-HwCloudProfile -ProfileName basic -ErrorAction Stop }
    catch { "failed to read [basic]: $($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
}
'@
        $runs = foreach ($index in 1..8) {
            Start-FreshPwsh -Script $script -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $file, $script:together, $index, $rounds
        }
        $deadline = [DateTime]::UtcNow.AddMinutes(2)
        while (@(Get-ChildItem $script:together -Filter 'ready-*').Count -lt 8 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
        New-Item -ItemType File -Path (Join-Path $script:together 'go') | Out-Null
        $lines = @($runs | ForEach-Object { (Wait-FreshPwsh $_).Output })

        $lines | Where-Object { $_ -notmatch '^(saved|removed) ' } | Should -BeNullOrEmpty
        # What the file must hold: every profile whose last save succeeded and that was not removed after.
        $expected = [ordered]@{ basic = 'BASICAK0000000000001' }
        foreach ($line in $lines) {
            $verb, $name, $ak = $line -split ' '
            if ($verb -eq 'saved') { $expected[$name] = $ak } else { $expected.Remove($name) }
        }
        $expected.Count | Should -Be (1 + 8 * 2)
        $text = Get-Content -Raw $file
        $found = @{}
        foreach ($section in [regex]::Matches($text, '(?m)^\[(?<name>[^\]]+)\]\r?\nak = (?<ak>\S+)\r?\nsk = (?<sk>\S+)')) {
            $found[$section.Groups['name'].Value] = $section.Groups['ak'].Value
            $section.Groups['sk'].Value | Should -Be $(if ($section.Groups['name'].Value -eq 'basic') { 'basic-secret' } else { 'secret-' + $section.Groups['ak'].Value })
        }
        @([regex]::Matches($text, '(?m)^\[')).Count | Should -Be $expected.Count
        foreach ($name in $expected.Keys) { $found[$name] | Should -Be $expected[$name] -Because "profile [$name]" }
        $text | Should -BeLike "# team keys, do not edit by hand`n[[]basic]`nak = BASICAK0000000000001`nsk = basic-secret`n# read-only key below`n*"
    }
}

Describe 'Credentials files as other tools and full disks leave them' {
    BeforeAll {
        $script:credentialVariables = Save-TestCredentialVariables
        $script:basic = '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret'
    }

    AfterAll {
        Restore-TestCredentialVariables $script:credentialVariables
    }

    BeforeEach {
        $script:file = Use-TestCredentialsFile
        $script:folder = Split-Path -Parent $script:file
        New-Item -ItemType Directory -Path $script:folder | Out-Null
    }

    AfterEach {
        Disconnect-HwCloud
        Remove-TestCredentialsFile $script:file
    }

    It 'is read whole and saved through a symbolic link, which stays a link to the same file' -Skip:$IsWindows {
        # What dotfile managers do; the file is longer than the link's own size (its target's path).
        $target = Join-Path $script:folder 'dotfiles/huaweicloud-credentials'
        Set-TestCredentialsFile $target ($script:basic + '', '[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret', 'region = cn-east-3')
        New-Item -ItemType SymbolicLink -Path $script:file -Target $target | Out-Null

        (Get-HwCloudProfile).ProfileName | Should -Be 'basic', 'prod'
        (Get-HwCloudProfile prod).Region | Should -Be 'cn-east-3'
        Save-HwCloudProfile -ProfileName test -Credential (New-TestCredential TESTAK00000000000001 test-secret)

        (Get-Item $script:file).LinkTarget | Should -Be $target
        Get-Content -Raw $target | Should -Be (($script:basic + '', '[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret', 'region = cn-east-3', '',
                '[test]', 'ak = TESTAK00000000000001', 'sk = test-secret', '') -join "`n")
        (Get-HwCloudProfile).ProfileName | Should -Be 'basic', 'prod', 'test'
        [System.IO.File]::GetUnixFileMode($target) | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite')
    }

    It 'is read and saved in <Encoding> with its byte order mark, as <Writer> writes it' -ForEach @(
        @{ Encoding = 'utf8BOM'; Writer = 'Set-Content -Encoding UTF8 in Windows PowerShell 5.1'; Mark = 'EF-BB-BF' }
        @{ Encoding = 'unicode'; Writer = 'Out-File and > in Windows PowerShell 5.1'; Mark = 'FF-FE' }
        @{ Encoding = 'bigEndianUnicode'; Writer = 'Out-File -Encoding BigEndianUnicode'; Mark = 'FE-FF' }
    ) {
        $script:basic | Out-File -FilePath $script:file -Encoding $Encoding
        if (-not $IsWindows) { [System.IO.File]::SetUnixFileMode($script:file, [System.IO.UnixFileMode]'UserRead, UserWrite') }

        (Connect-HwCloud -Region cn-north-4).CredentialSource | Should -Be "credentials file $($script:file) [basic]"
        Save-HwCloudProfile -ProfileName prod -Credential (New-TestCredential PRODAK00000000000001 prod-secret)

        $nl = [Environment]::NewLine
        $bytes = [System.IO.File]::ReadAllBytes($script:file)
        [System.BitConverter]::ToString($bytes, 0, $Mark.Split('-').Count) | Should -Be $Mark
        Get-Content -Raw -Encoding $Encoding $script:file | Should -Be (($script:basic + '', '[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret', '') -join $nl)
        (Get-HwCloudProfile).ProfileName | Should -Be 'basic', 'prod'
    }

    It 'saves over and removes a profile whose header has spaces after it, in place' {
        Set-TestCredentialsFile $script:file ('[prod]  ', 'ak = OLDAK000000000000001', 'sk = old-secret', '# prod''s note', '' + $script:basic)
        $rest = ('# prod''s note', '' + $script:basic + '') -join "`n"

        Save-HwCloudProfile -ProfileName prod -Credential (New-TestCredential NEWAK000000000000001 new-secret) -Force
        Get-Content -Raw $script:file | Should -Be ("[prod]  `nak = NEWAK000000000000001`nsk = new-secret`n" + $rest)

        Remove-HwCloudProfile -ProfileName prod -Force
        Get-Content -Raw $script:file | Should -Be $rest
    }

    It 'stops a save with CredentialsFileLocked, naming the file, while another writer holds its lock, and writes nothing' {
        Set-TestCredentialsFile $script:file $script:basic
        $before = Get-Content -Raw $script:file
        $lock = [System.IO.FileStream]::new("$($script:file).lock", 'OpenOrCreate', 'ReadWrite', 'None')
        try {
            { Save-HwCloudProfile -ProfileName prod -Credential (New-TestCredential PRODAK00000000000001 prod-secret) -ErrorAction Stop } |
                Should -Throw -ErrorId 'CredentialsFileLocked,HwTasks.Commands.Profiles.SaveHwCloudProfileCommand' -ExpectedMessage (
                    "The credentials file '$($script:file)' is being changed by another process, which held its lock '$($script:file).lock' for 10 s. " +
                    'Try again when that process has finished; nothing was written.')
        }
        finally {
            $lock.Dispose()
        }
        Get-Content -Raw $script:file | Should -Be $before
    }

    It 'is left byte for byte, with nothing beside it, when the disk fills during a save' -Skip:(-not $IsLinux -or (& id -u) -ne '0') {
        # A 64 KiB file system, filled up: what a full disk does to a write, for real.
        & mount -t tmpfs -o size=64k tmpfs $script:folder
        $LASTEXITCODE | Should -Be 0 -Because 'a root test run mounts a small tmpfs for this case'
        try {
            Set-TestCredentialsFile $script:file ('[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret', '' + $script:basic)
            $before = [System.IO.File]::ReadAllBytes($script:file)
            # Twice the size of the file system: it stops where the space ends.
            try { [System.IO.File]::WriteAllBytes((Join-Path $script:folder 'filler'), [byte[]]::new(128KB)) } catch [System.IO.IOException] { }

            $failures = foreach ($save in @{ ProfileName = 'prod'; Force = $true }, @{ ProfileName = 'test' }) {
                $longer = New-TestCredential NEWAK000000000000001 ('new-secret-' + 'x' * 8000)
                try { Save-HwCloudProfile @save -Credential $longer -ErrorAction Stop } catch { $_ }
            }

            [System.IO.File]::ReadAllBytes($script:file) | Should -Be $before
            (Get-ChildItem -Force $script:folder).Name | Sort-Object | Should -Be 'credentials', 'credentials.lock', 'filler'
            $failures | Should -HaveCount 2
            foreach ($failure in $failures) {
                $failure.FullyQualifiedErrorId | Should -Be 'CredentialsFileUnwritable,HwTasks.Commands.Profiles.SaveHwCloudProfileCommand'
                $failure.Exception.Message | Should -BeLike ("The credentials file '$($script:file)' cannot be written (No space left on device*): it was left as it was. " +
                    'Check the free space and the permissions of the file and its folder, or set HUAWEICLOUD_SDK_CREDENTIALS_FILE to another file.')
            }
        }
        finally {
            & umount $script:folder
        }
    }
}

Describe 'The emulator at the edges of time' {
    It 'answers -Before [datetime]::MaxValue with the tasks, not a 500' {
        Use-FreshTestEmulator $script:emulator
        @(Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -Before ([datetime]::MaxValue) -First 3).Count | Should -Be 3
        (Get-EmulatorRequestLog $script:emulator)[0].query | Should -BeLike '*end_time=99991231235959*'
    }
}

Describe 'Proxies' {
    # .NET reads HTTP_PROXY/HTTPS_PROXY/NO_PROXY once per process: each case is a fresh pwsh started
    # with them, calling through a proxy this process runs on 127.0.0.1 (tests/Shared/LoopbackProxy.cs).
    BeforeAll {
        if (-not ('HwTasks.Tests.Shared.LoopbackProxy' -as [type])) { Add-Type -Path (Join-Path $PSScriptRoot 'Shared/LoopbackProxy.cs') }
        $script:manifest = Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'
        $script:proxyPassword = 'Pr0xyPassw0rd-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        # Everything a user or a log collector can see of a failed call: every stream under -Debug
        # -Verbose, then each $Error record as Format-List shows it, its exception's ToString() (inner
        # exceptions included) and the record serialized as a job or remoting would.
        $script:everything = @'
param($manifest, $url, $ak, $sk, $project, $endpoint)
Import-Module $manifest
$context = New-HwCloudContext -EndpointUrl $endpoint -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey (ConvertTo-SecureString $sk -AsPlainText -Force)
Get-CdmJob -Context $context -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -MaximumRetryCount 2 -RetryIntervalSec 0.01 -Debug -Verbose *>&1 | Out-String -Width 400
foreach ($record in $Error) {
    'ID ' + $record.FullyQualifiedErrorId
    'MESSAGE ' + $record.Exception.Message
    $record | Format-List * -Force | Out-String -Width 400
    $record.Exception.ToString()
    [System.Management.Automation.PSSerializer]::Serialize($record.Exception, 2)
}
'@
    }

    It 'keeps the proxy password out of every stream, $Error and exception text when the proxy refuses an https call with 407' {
        $proxy = [HwTasks.Tests.Shared.LoopbackProxy]::new($false)
        try {
            $environment = @{ HTTPS_PROXY = $proxy.UrlWith('ops', $script:proxyPassword); HTTP_PROXY = $proxy.UrlWith('ops', $script:proxyPassword); NO_PROXY = '' }
            $run = Invoke-FreshPwsh -Script $script:everything -Environment $environment `
                -ArgumentList (@($script:manifest) + (Get-TestEmulatorArgument $script:emulator) + 'https://127.0.0.1:9')
            $text = $run.Output -join "`n"
            @($proxy.RequestLines) | Should -Contain 'CONNECT 127.0.0.1:9 HTTP/1.1'
            $run.Output | Should -Contain 'ID ProxyAuthenticationRequired,HwTasks.Commands.Cdm.GetCdmJobCommand'
            $run.Output | Should -Contain ("MESSAGE CDM ShowJobs failed: the proxy http://127.0.0.1:$($proxy.Port) answered HTTP 407 Proxy Authentication Required: " +
                'it wants credentials it was not given, or refused the ones it got. Give them in the proxy URL (HTTPS_PROXY or ' +
                'HTTP_PROXY=http://user:password@host:port; HwTasks never shows them) and check them. (no request id)')
            $text | Should -Match 'System.Net.Http.HttpRequestException: The proxy tunnel request to proxy .http://REDACTED@127.0.0.1'
            $text | Should -Not -Match $script:proxyPassword
            $text | Should -Not -Match ([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('ops:' + $script:proxyPassword)))
        }
        finally {
            $proxy.Dispose()
        }
    }

    It 'names the proxy without its password when it answers an http call with 407' {
        $proxy = [HwTasks.Tests.Shared.LoopbackProxy]::new($false)
        try {
            $environment = @{ HTTP_PROXY = $proxy.UrlWith('ops', $script:proxyPassword); NO_PROXY = '' }
            $run = Invoke-FreshPwsh -Script $script:everything -Environment $environment `
                -ArgumentList (@($script:manifest) + (Get-TestEmulatorArgument $script:emulator) + $script:emulator.Url)
            @($proxy.RequestLines)[0] | Should -BeLike "GET $($script:emulator.Url)/v1.1/*"
            $run.Output | Should -Contain 'ID ProxyAuthenticationRequired,HwTasks.Commands.Cdm.GetCdmJobCommand'
            ($run.Output | Where-Object { $_ -like 'MESSAGE *' }) | Should -BeLike "MESSAGE CDM ShowJobs failed: the proxy http://127.0.0.1:$($proxy.Port) answered HTTP 407 Proxy Authentication Required: *"
            $run.Output -join "`n" | Should -Not -Match $script:proxyPassword
        }
        finally {
            $proxy.Dispose()
        }
    }

    It 'calls the service through HTTP_PROXY, and directly for a host in NO_PROXY' {
        $proxy = [HwTasks.Tests.Shared.LoopbackProxy]::new($true)
        try {
            $call = @'
param($manifest, $url, $ak, $sk, $project)
Import-Module $manifest
$context = New-HwCloudContext -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey (ConvertTo-SecureString $sk -AsPlainText -Force)
(Get-CdmJob -Context $context -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -Debug -Verbose -ErrorAction Stop *>&1 | Out-String -Width 400)
(Get-CdmJob -Context $context -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive).JobName
'@
            $arguments = @($script:manifest) + (Get-TestEmulatorArgument $script:emulator)
            $through = Invoke-FreshPwsh -Script $call -ArgumentList $arguments -Environment @{ HTTP_PROXY = $proxy.UrlWith('ops', $script:proxyPassword); NO_PROXY = '' }
            $through.Output[-1] | Should -Be 'jdbc2hive'
            $through.ExitCode | Should -Be 0
            $relayed = @($proxy.RequestLines)
            $relayed.Count | Should -Be 2
            $relayed | Should -BeLike "GET $($script:emulator.Url)/v1.1/$($script:emulator.ProjectId)/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive HTTP/1.1"
            $through.Output -join "`n" | Should -Not -Match $script:proxyPassword

            $direct = Invoke-FreshPwsh -Script $call -ArgumentList $arguments -Environment @{ HTTP_PROXY = $proxy.UrlWith('ops', $script:proxyPassword); NO_PROXY = '127.0.0.1' }
            $direct.Output[-1] | Should -Be 'jdbc2hive'
            @($proxy.RequestLines).Count | Should -Be 2
        }
        finally {
            $proxy.Dispose()
        }
    }
}
