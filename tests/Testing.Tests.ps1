# HwTasks.Testing as a user's Pester suite uses it: emulators hosted in this pwsh, seeded, reset,
# faulted, clocked and asserted on, with HwTasks calling them as it calls the cloud.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:root = Get-RepositoryRoot
    Import-Module (Join-Path $script:root 'HwTasks.psd1') -Force -Global
    Import-Module (Join-Path $script:root 'src/HwTasks.Testing/HwTasks.Testing.psd1') -Force -Global
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:project = '0123456789abcdef0123456789abcdef'
    $script:jobs = "/v1.1/$($script:project)/clusters/$($script:cluster)/cdm/job"
    $script:secretKey = 'EmulatorSecretKey00000000000000000000001'
    $script:testingManifest = Join-Path $script:root 'src/HwTasks.Testing/HwTasks.Testing.psd1'
    $script:hwTasksManifest = Join-Path $script:root 'HwTasks.psd1'

    # The FullyQualifiedErrorId a command of this module stops with.
    function Get-TestingErrorId([string] $Id, [string] $Command) {
        "$Id,$((Get-Command $Command).ImplementingType.FullName)"
    }

    # The one terminating error a command stops with, and no output before it.
    function Get-SingleError([scriptblock] $Command) {
        $run = Invoke-TestCommand $Command
        $run.Output | Should -BeNullOrEmpty
        $run.Errors.Count | Should -Be 1
        $run.Errors[0]
    }

    # A seed of one CDM cluster holding these jobs (seed format: about_HwTasks_Testing).
    function New-CdmSeed([hashtable[]] $Job) {
        @{ cdm = @{ clusters = @(@{ id = $script:cluster; name = 'etl'; jobs = @($Job) }) } }
    }

    function Get-JobName($Emulator) { @(Get-CdmJob -ClusterId $script:cluster -Context $Emulator.Context | ForEach-Object JobName) }

    # A loopback port nothing listens on right now.
    function Get-FreePort {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start()
        try { $probe.LocalEndpoint.Port } finally { $probe.Stop() }
    }
}

AfterAll {
    Stop-HwCloudEmulator -All
}

Describe 'Start-HwCloudEmulator' {
    AfterEach {
        Stop-HwCloudEmulator -All
        Disconnect-HwCloud
    }

    It 'writes an HwCloudEmulator with its URL, region, project, access key and a context HwTasks calls it with' {
        $before = [DateTimeOffset]::Now.AddSeconds(-1)
        $emulator = Start-HwCloudEmulator -Name unit

        $emulator | Should -BeOfType ([HwTasks.Testing.HwCloudEmulator])
        $emulator.Name | Should -BeExactly 'unit'
        $emulator.Url | Should -BeOfType ([uri])
        "$($emulator.Url)" | Should -MatchExactly '^http://127\.0\.0\.1:\d+/$'
        $emulator.Region | Should -BeExactly 'cn-north-4'
        $emulator.ProjectId | Should -BeExactly $script:project
        $emulator.AccessKey | Should -BeExactly 'EMULATORAK0000000001'
        $emulator.StartTime | Should -BeOfType ([DateTimeOffset])
        $emulator.StartTime | Should -BeGreaterOrEqual $before
        $emulator.IsRunning | Should -BeTrue
        "$emulator" | Should -BeExactly "unit $($emulator.Url)"
        $emulator.Context | Should -BeOfType ([HwTasks.Core.HwCloudContext])
        $emulator.Context.EndpointUrl | Should -Be $emulator.Url
        $emulator.Context.Region | Should -BeExactly 'cn-north-4'
        $emulator.Context.ProjectId | Should -BeExactly $script:project
        "$($emulator.Context.AuthenticationType)" | Should -BeExactly 'AccessKey'
        Get-JobName $emulator | Should -BeExactly @('ftp2obs_daily', 'jdbc2hive', 'mysql2dws_orders', 'obs2hive_logs', 'oracle2mrs_hbase')
    }

    It 'shows a table of name, URL, region, project, start time and whether it runs' {
        $emulator = Start-HwCloudEmulator -Name table

        $lines = Get-FormattedLine { $emulator }

        $lines[0] | Should -BeExactly 'Name         Url                      Region     ProjectId                        StartTime        Running'
        $lines[2] | Should -BeExactly ('table        {0,-24} cn-north-4 {1} {2} True' -f $emulator.Url, $script:project, (Get-TableTime $emulator.StartTime))
    }

    It 'names emulators emulator1, emulator2, ... by default' {
        $first = Start-HwCloudEmulator
        $second = Start-HwCloudEmulator

        $first.Name | Should -MatchExactly '^emulator\d+$'
        [int]$second.Name.Substring(8) | Should -Be ([int]$first.Name.Substring(8) + 1)
    }

    It 'with -Connect makes its context the session default, as Connect-HwCloud does' {
        $emulator = Start-HwCloudEmulator -Connect

        (Get-HwCloudContext).EndpointUrl | Should -Be $emulator.Url
        $emulator.Context | Should -Be (Get-HwCloudContext)
        @(Get-AomWorkflow).Count | Should -Be 5
    }

    It 'with -Connect, gives back the session default it replaced when it stops' {
        $console = Connect-HwCloud -AccessKey CONSOLEAK000000000001 -SecretKey (New-TestSecret 'console-secret') -Region cn-north-4 -EndpointUrl http://127.0.0.1:9
        $emulator = Start-HwCloudEmulator -Connect
        (Get-HwCloudContext) | Should -Be $emulator.Context

        Stop-HwCloudEmulator -Emulator $emulator

        Get-HwCloudContext | Should -Be $console
    }

    It 'with -Connect, leaves no session default when it stops if there was none' {
        Disconnect-HwCloud
        Start-HwCloudEmulator -Connect | Stop-HwCloudEmulator

        $verbose = @(Get-HwCloudContext -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        "$verbose" | Should -Match '^No (session default is set|context)'
    }

    It 'with -Connect twice, gives back the console''s default whichever stops first' -ForEach @(
        @{ Order = 'first, then second'; First = 0 }
        @{ Order = 'second, then first'; First = 1 }
    ) {
        $console = Connect-HwCloud -AccessKey CONSOLEAK000000000001 -SecretKey (New-TestSecret 'console-secret') -Region cn-north-4 -EndpointUrl http://127.0.0.1:9
        $emulators = @(Start-HwCloudEmulator -Connect; Start-HwCloudEmulator -Connect)

        Stop-HwCloudEmulator -Emulator $emulators[$First]
        Get-HwCloudContext | Should -Be $(if ($First -eq 0) { $emulators[1].Context } else { $emulators[0].Context })
        Stop-HwCloudEmulator -Emulator $emulators[1 - $First]

        Get-HwCloudContext | Should -Be $console
    }

    It 'with -Connect, leaves alone a session default set after it' {
        $emulator = Start-HwCloudEmulator -Connect
        $later = Connect-HwCloud -AccessKey LATERAK0000000000001 -SecretKey (New-TestSecret 'later-secret') -Region cn-north-4 -EndpointUrl http://127.0.0.1:9

        Stop-HwCloudEmulator -Emulator $emulator

        Get-HwCloudContext | Should -Be $later
    }

    It 'lets a Pester run in a connected console leave the console''s connection as it was' {
        $suite = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-console-' + [guid]::NewGuid().ToString('N') + '.Tests.ps1')
        Set-Content -Path $suite -Encoding utf8NoBOM -Value @'
BeforeAll { $emulator = Start-HwCloudEmulator -Connect }
AfterAll { Stop-HwCloudEmulator -Emulator $emulator }
Describe 'a user''s test' {
    It 'uses the emulator' { @(Get-AomWorkflow).Count | Should -Be 5 }
}
'@
        try {
            $run = Invoke-FreshPwsh -Script @'
param($root, $pester, $suite)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $root 'HwTasks.psd1'), (Join-Path $root 'src/HwTasks.Testing/HwTasks.Testing.psd1'), $pester
$console = Connect-HwCloud -AccessKey CONSOLEAK000000000001 -SecretKey (ConvertTo-SecureString 'console-secret' -AsPlainText -Force) -Region cn-north-4 -EndpointUrl http://127.0.0.1:9
$result = Invoke-Pester -Path $suite -PassThru -Output None
"passed: $($result.PassedCount)"
"same connection: $([object]::ReferenceEquals((Get-HwCloudContext), $console))"
"endpoint: $((Get-HwCloudContext).EndpointUrl)"
'@ -ArgumentList $script:root, (Get-TestPackageFile -Id Pester -Version '5.9.1' -RelativePath 'tools/Pester.psd1'), $suite
        }
        finally { Remove-Item $suite -ErrorAction SilentlyContinue }

        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $run.Output | Should -Be @('passed: 1', 'same connection: True', 'endpoint: http://127.0.0.1:9/')
    }

    It 'without -Connect leaves the session default alone' {
        Start-HwCloudEmulator | Out-Null

        Get-HwCloudContext -ErrorAction SilentlyContinue | Where-Object { $_.EndpointUrl } | Should -BeNullOrEmpty
    }

    It 'listens on the -Port asked for' {
        $port = Get-FreePort

        $emulator = Start-HwCloudEmulator -Port $port

        $emulator.Url.Port | Should -Be $port
    }

    It 'refuses a port in use with EmulatorPortInUse, naming -Port and the fix' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try {
            $port = $listener.LocalEndpoint.Port
            $err = Get-SingleError { Start-HwCloudEmulator -Port $port }
        }
        finally {
            $listener.Stop()
        }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId EmulatorPortInUse Start-HwCloudEmulator)
        "$($err.CategoryInfo.Category)" | Should -BeExactly 'ResourceUnavailable'
        $err.Exception.Message | Should -BeExactly "-Port $port is in use on 127.0.0.1: another program (or emulator) listens there. Pass -Port 0 (the default) for a free port, or stop what listens on $port."
        (Get-SingleError { Reset-HwCloudEmulator }).FullyQualifiedErrorId | Should -BeLikeExactly 'NoEmulator,*' -Because 'nothing was started'
    }

    It 'refuses a name already running in this session with EmulatorNameInUse' {
        Start-HwCloudEmulator -Name twin | Out-Null

        $err = Get-SingleError { Start-HwCloudEmulator -Name twin }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId EmulatorNameInUse Start-HwCloudEmulator)
        $err.Exception.Message | Should -BeExactly "An emulator named 'twin' is already running in this session. Pass another -Name, or stop that one first (Stop-HwCloudEmulator)."
    }

    It 'refuses a -Name that is not a simple name before starting' {
        $run = Invoke-TestCommand { Start-HwCloudEmulator -Name 'two words' }

        Assert-RefusedParameter $run 'Name' 'does not match the "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$" pattern' | Out-Null
    }

    It 'never shows the secret key: not in the object, its views, its JSON, its context or an error' {
        $emulator = Start-HwCloudEmulator -Connect
        $failure = Invoke-TestCommand { Start-HwCloudEmulator -Port $emulator.Url.Port }

        $text = @(
            "$emulator"; $emulator | Format-List * | Out-String; $emulator | Format-Table | Out-String
            $emulator | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue; "$($emulator.Context)"; $emulator.Context | Format-List * | Out-String
            $failure.Text
        ) -join "`n"

        $text | Should -Not -BeLikeExactly "*$($script:secretKey)*"
        $text | Should -Not -BeLikeExactly '*EmulatorSecretKey*'
        $failure.Errors.Count | Should -Be 1
    }
}

Describe 'Get-HwCloudEmulator' {
    AfterEach {
        Stop-HwCloudEmulator -All
    }

    It 'finds the running emulators of the session again, oldest first, by a name pattern in any case' {
        $first = Start-HwCloudEmulator -Name test-a
        Start-HwCloudEmulator -Name test-b | Out-Null
        $other = Start-HwCloudEmulator -Name other
        Stop-HwCloudEmulator -Emulator $other

        $all = @(Get-HwCloudEmulator)
        $tests = @(Get-HwCloudEmulator -Name TEST*)

        $all.Name | Should -BeExactly @('test-a', 'test-b')
        $tests.Name | Should -BeExactly @('test-a', 'test-b')
        $all[0] | Should -Be $first
        @(Get-HwCloudEmulator -Name nothing*) | Should -BeNullOrEmpty
    }

    It 'sees only its own runspace''s emulators' {
        Start-HwCloudEmulator -Name mine | Out-Null

        $seen = Start-ThreadJob { Import-Module $using:hwTasksManifest, $using:testingManifest; @(Get-HwCloudEmulator).Count } | Receive-Job -Wait -AutoRemoveJob

        $seen | Should -Be 0
        (Get-HwCloudEmulator).Name | Should -BeExactly 'mine'
    }
}

Describe 'Start-HwCloudEmulator -Seed' {
    AfterEach {
        Stop-HwCloudEmulator -All
    }

    It 'takes a hashtable with nested arrays of hashtables; the sections it leaves out are empty' {
        $emulator = Start-HwCloudEmulator -Seed (New-CdmSeed @{ name = 'first'; bootSeconds = 0 }, @{ name = 'second' })

        Get-JobName $emulator | Should -BeExactly @('first', 'second')
        @(Get-OmsSyncTask -Context $emulator.Context).Count | Should -Be 0
    }

    It 'takes an ordered dictionary and a PSCustomObject' {
        $ordered = Start-HwCloudEmulator -Seed ([ordered]@{ cdm = [ordered]@{ clusters = @([ordered]@{ id = $script:cluster; jobs = @([ordered]@{ name = 'ordered' }) }) } })
        $custom = Start-HwCloudEmulator -Seed ([pscustomobject]@{ cdm = [pscustomobject]@{ clusters = @([pscustomobject]@{ id = $script:cluster; jobs = @([pscustomobject]@{ name = 'custom' }) }) } })

        Get-JobName $ordered | Should -BeExactly 'ordered'
        Get-JobName $custom | Should -BeExactly 'custom'
    }

    It 'takes a JSON string, comments and trailing commas allowed' {
        $emulator = Start-HwCloudEmulator -Seed @"
{
  // one job only
  "cdm": { "clusters": [ { "id": "$($script:cluster)", "jobs": [ { "name": "from-json", }, ] } ] }
}
"@

        Get-JobName $emulator | Should -BeExactly 'from-json'
    }

    It 'takes the path of a JSON file, relative to the current location, or its FileInfo' {
        Set-Content -Path (Join-Path $TestDrive 'seed.json') -Value "{ `"cdm`": { `"clusters`": [ { `"id`": `"$($script:cluster)`", `"jobs`": [ { `"name`": `"from-file`" } ] } ] } }"
        Push-Location $TestDrive
        try {
            $byPath = Start-HwCloudEmulator -Seed 'seed.json'
        }
        finally {
            Pop-Location
        }
        $byFile = Start-HwCloudEmulator -Seed (Get-Item (Join-Path $TestDrive 'seed.json'))

        Get-JobName $byPath | Should -BeExactly 'from-file'
        Get-JobName $byFile | Should -BeExactly 'from-file'
    }

    It 'refuses a seed of the wrong shape with InvalidSeed and the JSON path, before starting anything' {
        $err = Get-SingleError { Start-HwCloudEmulator -Seed (New-CdmSeed @{ name = 'x'; bootSeconds = 'soon' }) }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId InvalidSeed Start-HwCloudEmulator)
        "$($err.CategoryInfo.Category)" | Should -BeExactly 'InvalidArgument'
        $err.Exception.Message | Should -BeLikeExactly '-Seed (a Hashtable converted to JSON) is not a valid seed document: *Path: $.cdm.clusters[[]0].jobs[[]0].bootSeconds*'
        $err.Exception.Message | Should -BeLikeExactly '* Fix the value at that JSON path (the seed format is in about_HwTasks_Testing).'
        (Get-SingleError { Reset-HwCloudEmulator }).FullyQualifiedErrorId | Should -BeLikeExactly 'NoEmulator,*'
    }

    It 'refuses a file that does not exist with SeedFileNotFound, naming the file' {
        $missing = Join-Path $TestDrive 'missing.json'

        $err = Get-SingleError { Start-HwCloudEmulator -Seed $missing }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId SeedFileNotFound Start-HwCloudEmulator)
        $err.Exception.Message | Should -BeExactly "-Seed names the file '$missing', which does not exist. Pass the path of a JSON seed file, a JSON string starting with '{', or a hashtable."
    }

    It 'refuses what is neither a document, JSON nor a path, naming the forms it takes' {
        $err = Get-SingleError { Start-HwCloudEmulator -Seed 42 }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId InvalidSeed Start-HwCloudEmulator)
        $err.Exception.Message | Should -BeExactly "-Seed takes a hashtable, a PSCustomObject, a JSON string starting with '{' or the path of a JSON file, not a System.Int32."
    }

    It 'refuses JSON that is not a seed document with the emulator''s own message' {
        $err = Get-SingleError { Start-HwCloudEmulator -Seed '{"cdm": [1, 2]}' }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId InvalidSeed Start-HwCloudEmulator)
        $err.Exception.Message | Should -BeLikeExactly '-Seed (a JSON string) is not a valid seed document: *Path: $.cdm*'
    }
}

Describe 'The emulator of a suite' {
    BeforeAll {
        Disconnect-HwCloud
        $script:emulator = Start-HwCloudEmulator -Connect
    }

    BeforeEach {
        Reset-HwCloudEmulator
    }

    AfterAll {
        Stop-HwCloudEmulator
        Disconnect-HwCloud
    }

    Context 'Get-HwCloudEmulatorRequest' {
        It 'writes each request as an EmulatorRequest with a one-line ToString' {
            Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Out-Null

            $request = Get-HwCloudEmulatorRequest

            $request | Should -BeOfType ([HwTasks.Testing.Requests.EmulatorRequest])
            $request.Service | Should -BeExactly 'Cdm'
            $request.Method | Should -BeExactly 'PUT'
            $request.Path | Should -BeExactly "$($script:jobs)/jdbc2hive/start"
            $request.Query | Should -BeExactly ''
            $request.Status | Should -Be 200
            $request.RequestId | Should -MatchExactly '^[0-9a-f]{32}$'
            $request.Body | Should -BeExactly '{"variables":{}}'
            $request.BodySha256 | Should -BeExactly (Get-TestSha256 '{"variables":{}}')
            $request.BodyLength | Should -Be 16
            $request.Fault | Should -BeNullOrEmpty
            $request.ProcessedStatus | Should -BeNullOrEmpty
            $request.EmulatorName | Should -BeExactly $script:emulator.Name
            $request.Time | Should -BeOfType ([DateTimeOffset])
            $request.Headers['Authorization'] | Should -BeExactly 'REDACTED'
            "$request" | Should -BeExactly "PUT $($script:jobs)/jdbc2hive/start 200"
        }

        It 'shows a table of sequence, time, service, method, status, fault and path with its query' {
            Get-CdmJob -ClusterId $script:cluster | Out-Null
            $request = Get-HwCloudEmulatorRequest
            $path = $request.RequestLine.Substring(4)

            $lines = Get-FormattedLine { $request }

            $request.Query | Should -Not -BeNullOrEmpty
            $lines[0] | Should -BeExactly '  Seq Time         Service  Method Status Fault     Path'
            $lines[2] | Should -BeExactly ('{0,5} {1} Cdm      GET       200           {2}' -f $request.Sequence,
                $request.Time.ToLocalTime().ToString('HH:mm:ss.fff', [cultureinfo]::InvariantCulture), $(if ($path.Length -gt 66) { $path.Substring(0, 65) + '…' } else { $path }))
        }

        It 'keeps only the requests of -Method (any case), -Path (a wildcard without case) and -Service' {
            Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Out-Null
            Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive | Out-Null
            Get-AomWorkflow | Out-Null

            @(Get-HwCloudEmulatorRequest -Method get | ForEach-Object RequestLine) | Should -BeExactly @("GET $($script:jobs)/jdbc2hive/status")
            @(Get-HwCloudEmulatorRequest -Path '*/JDBC2HIVE/*' | ForEach-Object Method) | Should -BeExactly @('PUT', 'GET')
            @(Get-HwCloudEmulatorRequest -Service Aom | ForEach-Object RequestLine) | Should -BeExactly @("POST /v1/$($script:project)/cms/workflow-list")
            @(Get-HwCloudEmulatorRequest -Service Cdm -Method PUT | ForEach-Object Path) | Should -BeExactly @("$($script:jobs)/jdbc2hive/start")
            @(Get-HwCloudEmulatorRequest -Path '*/nothing').Count | Should -Be 0
        }

        It 'names IAM''s requests Iam, and none for a path no route has' {
            $user = New-HwCloudContext -EndpointUrl $script:emulator.Url -Region cn-north-4 -UserName ops-admin -DomainName hwtasks-demo `
                -Password (ConvertTo-SecureString 'Emulator-Passw0rd!' -AsPlainText -Force)
            Get-OmsSyncTask -Context $user | Out-Null
            Invoke-HwCloudRequest -Service Cdm -Path '/v9/nothing' -MaximumRetryCount 0 -ErrorAction SilentlyContinue

            @(Get-HwCloudEmulatorRequest | ForEach-Object { "$($_.Service) $($_.Method) $($_.Status)" }) | Should -BeExactly @('Iam POST 201', 'Oms GET 200', ' GET 404')
        }

        It 'never holds a secret: OMS keys and the IAM password are REDACTED, the hash proves what was sent' {
            $source = New-TestCredential 'SRCAKVALUE123' 'src-secret-value-xyz'
            $destination = New-TestCredential 'DSTAKVALUE456' 'dst-secret-value-abc'
            Start-OmsSyncTask -SyncTaskId f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b -SourceCredential $source -DestinationCredential $destination | Out-Null

            $request = Get-HwCloudEmulatorRequest -Service Oms -Method POST
            $text = Get-HwCloudEmulatorRequest | Format-List * | Out-String -Width 400

            $request.Body | Should -BeExactly '{"src_ak":"REDACTED","src_sk":"REDACTED","dst_ak":"REDACTED","dst_sk":"REDACTED"}'
            $request.BodySha256 | Should -MatchExactly '^[0-9a-f]{64}$'
            foreach ($secret in 'src-secret-value-xyz', 'dst-secret-value-abc', $script:secretKey) { $text | Should -Not -BeLikeExactly "*$secret*" }
        }
    }

    Context 'Clear-HwCloudEmulatorRequest' {
        It 'empties the log and writes nothing; sequence numbers go on' {
            Get-AomWorkflow | Out-Null
            $first = (Get-HwCloudEmulatorRequest).Sequence

            Clear-HwCloudEmulatorRequest | Should -BeNullOrEmpty
            @(Get-HwCloudEmulatorRequest).Count | Should -Be 0
            Get-AomWorkflow | Out-Null
            (Get-HwCloudEmulatorRequest).Sequence | Should -Be ($first + 1)
        }
    }

    Context 'Reset-HwCloudEmulator' {
        It 'brings back the seed, and removes faults, chaos, the request log and every clock move' {
            Set-HwCloudEmulatorSeed (New-CdmSeed @{ name = 'temporary' })
            Move-HwCloudEmulatorClock -Seconds 86400
            $moved = (Start-CdmJob -ClusterId $script:cluster -JobName temporary).CreatedTime
            Add-HwCloudEmulatorFault -Path '/v2/**' -StatusCode 503 -Count 10 | Out-Null
            Invoke-RestMethod -Method Post -Uri "$($script:emulator.Url)_emulator/chaos" -ContentType 'application/json' -Body '{"seed":1,"status503":1}' | Out-Null

            Reset-HwCloudEmulator | Should -BeNullOrEmpty

            @(Get-HwCloudEmulatorRequest).Count | Should -Be 0
            Get-JobName $script:emulator | Should -BeExactly @('ftp2obs_daily', 'jdbc2hive', 'mysql2dws_orders', 'obs2hive_logs', 'oracle2mrs_hbase')
            @(Get-OmsSyncTask -MaximumRetryCount 0).Count | Should -Be 3 -Because 'neither the fault nor chaos strikes'
            $now = (Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive).CreatedTime
            ($moved - $now).TotalHours | Should -BeGreaterThan 23.9
            ([DateTimeOffset]::Now - $now).TotalMinutes | Should -BeLessThan 1 -Because 'service time is the wall clock again'
            @(Get-HwCloudEmulatorRequest | ForEach-Object Status) | Should -Be @(200, 200, 200)
        }

        It 'goes back to the seed the emulator was started with, not one set later' {
            $seeded = Start-HwCloudEmulator -Name seeded -Seed (New-CdmSeed @{ name = 'original' })
            try {
                Set-HwCloudEmulatorSeed -Emulator $seeded -Seed (New-CdmSeed @{ name = 'replacement' })
                Get-JobName $seeded | Should -BeExactly 'replacement'

                $seeded | Reset-HwCloudEmulator

                @(Get-HwCloudEmulatorRequest -Emulator $seeded).Count | Should -Be 0
                Get-JobName $seeded | Should -BeExactly 'original'
            }
            finally {
                $seeded | Stop-HwCloudEmulator
            }
        }
    }

    Context 'Set-HwCloudEmulatorSeed' {
        It 'replaces the whole state, writes nothing, and keeps the log' {
            Get-AomWorkflow | Out-Null

            Set-HwCloudEmulatorSeed -Seed (New-CdmSeed @{ name = 'only' }) | Should -BeNullOrEmpty

            Get-JobName $script:emulator | Should -BeExactly 'only'
            @(Get-AomWorkflow).Count | Should -Be 0
            @(Get-HwCloudEmulatorRequest).Count | Should -Be 3
        }

        It 'changes nothing when the seed is not valid' {
            Set-HwCloudEmulatorSeed (New-CdmSeed @{ name = 'kept' })

            $err = Get-SingleError { Set-HwCloudEmulatorSeed '{"cdm":{"clusters":{}}}' }

            $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId InvalidSeed Set-HwCloudEmulatorSeed)
            $err.Exception.Message | Should -BeLikeExactly '*Path: $.cdm.clusters*'
            Get-JobName $script:emulator | Should -BeExactly 'kept'
        }
    }

    Context 'Move-HwCloudEmulatorClock' {
        It 'lets a waiting Start-CdmJob -Wait finish at once' {
            $job = Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -Wait -PollIntervalSec 0.2 -AsJob
            try {
                Start-Sleep -Milliseconds 500
                $job.State | Should -BeExactly 'Running' -Because 'jdbc2hive boots for 2 s and runs for 10'
                $clock = [System.Diagnostics.Stopwatch]::StartNew()

                Move-HwCloudEmulatorClock -Seconds 15 | Should -BeNullOrEmpty
                $run = @($job | Wait-Job -Timeout 8 | Receive-Job)

                $clock.Elapsed.TotalSeconds | Should -BeLessThan 5
                $run.Count | Should -Be 1
                "$($run[0].Status)" | Should -BeExactly 'Succeeded'
                $run[0].Progress | Should -Be 100
            }
            finally {
                $job | Remove-Job -Force
            }
        }

        It 'takes -By a TimeSpan' {
            $before = (Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive).CreatedTime

            Move-HwCloudEmulatorClock -By (New-TimeSpan -Hours 2)

            ((Start-CdmJob -ClusterId $script:cluster -JobName obs2hive_logs).CreatedTime - $before).TotalMinutes | Should -BeGreaterOrEqual 120
        }

        It 'refuses -By a bare number (ticks) with InvalidBy, naming -Seconds' {
            $err = Get-SingleError { Move-HwCloudEmulatorClock -By 5 }

            $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId InvalidBy Move-HwCloudEmulatorClock)
            $err.Exception.Message | Should -BeExactly '-By is only 5 ticks: PowerShell reads a bare number as a TimeSpan of that many ticks. Pass -Seconds 5, or -By (New-TimeSpan -Seconds 5).'
        }

        It 'refuses to move back' {
            (Get-SingleError { Move-HwCloudEmulatorClock -By (New-TimeSpan -Seconds -1) }).FullyQualifiedErrorId |
                Should -BeExactly (Get-TestingErrorId InvalidBy Move-HwCloudEmulatorClock)
            Assert-RefusedParameter (Invoke-TestCommand { Move-HwCloudEmulatorClock -Seconds -1 }) 'Seconds' 'minimum allowed range of 0' | Out-Null
        }
    }

    Context 'Add-HwCloudEmulatorFault' {
        It 'writes the stored rule as an EmulatorFault' {
            $fault = Add-HwCloudEmulatorFault -Method put -Path '/v1.1/*/clusters/*/cdm/job/*/start' -StatusCode 429 -RetryAfterSec 2 -Count 3

            $fault | Should -BeOfType ([HwTasks.Testing.Faults.EmulatorFault])
            $fault.Id | Should -MatchExactly '^fault-\d+$'
            $fault.EmulatorName | Should -BeExactly $script:emulator.Name
            $fault.Method | Should -BeExactly 'PUT'
            $fault.Path | Should -BeExactly '/v1.1/*/clusters/*/cdm/job/*/start'
            $fault.Kind | Should -BeExactly 'status'
            $fault.StatusCode | Should -Be 429
            $fault.RetryAfterSec | Should -Be 2
            $fault.Count | Should -Be 3
            $fault.AfterProcessing | Should -BeFalse
            "$fault" | Should -BeExactly "$($fault.Id): status 429 on PUT /v1.1/*/clusters/*/cdm/job/*/start (3 left)"
        }

        It 'throttles with 429: HwTasks waits what Retry-After says and retries the start' {
            Add-HwCloudEmulatorFault -Method PUT -Path '/v1.1/*/clusters/*/cdm/job/*/start' -StatusCode 429 -RetryAfterSec 2 | Out-Null

            $run = Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -RetryIntervalSec 0.01

            "$($run.Status)" | Should -BeExactly 'Booting'
            $log = @(Get-HwCloudEmulatorRequest)
            @($log | ForEach-Object { "$_" }) | Should -BeExactly @("PUT $($script:jobs)/jdbc2hive/start 429 (status fault)", "PUT $($script:jobs)/jdbc2hive/start 200")
            ($log[1].Time - $log[0].Time).TotalSeconds | Should -BeGreaterOrEqual 1.9 -Because 'Retry-After: 2 wins over -RetryIntervalSec'
        }

        It 'gives up when every attempt is throttled, with Throttled' {
            Add-HwCloudEmulatorFault -Method PUT -Path '/v1.1/**/start' -StatusCode 429 -RetryAfterSec 0 -Count 4 | Out-Null

            { Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -ErrorAction Stop } | Should -Throw -ErrorId 'Throttled,*'
            @(Get-HwCloudEmulatorRequest | ForEach-Object Status) | Should -Be @(429, 429, 429, 429)
        }

        It 'drops the connection: the log says drop with status 0, HwTasks says ConnectionFailed after its retries' {
            Add-HwCloudEmulatorFault -Path '/v2/*/sync-tasks' -Drop -Count 4 | Out-Null

            { Get-OmsSyncTask -RetryIntervalSec 0.01 -ErrorAction Stop } | Should -Throw -ErrorId 'ConnectionFailed,*'
            @(Get-HwCloudEmulatorRequest | ForEach-Object { "$_" }) | Should -BeExactly @(1..4 | ForEach-Object { "GET /v2/$($script:project)/sync-tasks?limit=100&offset=0 0 (drop fault)" })
        }

        It 'after processing: the service acted (ProcessedStatus 200) though the client saw 503' {
            Add-HwCloudEmulatorFault -Method PUT -Path '/v1.1/**/start' -StatusCode 503 -AfterProcessing | Out-Null

            Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -ErrorAction SilentlyContinue | Out-Null

            $request = Get-HwCloudEmulatorRequest -Method PUT
            $request.Status | Should -Be 503
            $request.ProcessedStatus | Should -Be 200
            $request.Fault | Should -BeExactly 'status'
            "$((Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive).Status)" | Should -BeExactly 'Booting'
        }

        It 'answers -Kind body with exactly the text, status and content type given' {
            Add-HwCloudEmulatorFault -Path '/v1/*/cms/workflow-list' -Kind body -Body '{"elements":"nope"}' -StatusCode 200 | Out-Null

            $run = Invoke-TestCommand { Get-AomWorkflow -MaximumRetryCount 0 }

            $run.Errors.Count | Should -Be 1
            "$($run.Errors[0].CategoryInfo.Category)" | Should -BeExactly 'InvalidResult'
        }

        It 'refuses <Case> before storing anything' -ForEach @(
            @{ Case = 'a path without a leading /'; Arguments = @{ Path = 'v1.1/x'; StatusCode = 500 }; Id = 'InvalidPath'
                Message = "-Path 'v1.1/x' must start with '/', e.g. '/v1.1/*/clusters/*/cdm/job/*/start' (* is one segment, ** any number)." }
            @{ Case = 'a body fault without -Body'; Arguments = @{ Path = '/v1/**'; Kind = 'body' }; Id = 'InvalidBody'
                Message = '-Kind body needs -Body: the exact text to answer with (and -StatusCode, -ContentType if not 200 JSON).' }
            @{ Case = 'a status fault below 400'; Arguments = @{ Path = '/v1/**'; StatusCode = 302 }; Id = 'InvalidStatusCode'
                Message = '-StatusCode 302 is not an error: a status fault answers 400-599. To answer 302 with a body of your own, pass -Kind body -Body <text> -StatusCode 302.' }
            @{ Case = 'a fractional Retry-After'; Arguments = @{ Path = '/v1/**'; StatusCode = 429; RetryAfterSec = 0.5 }; Id = 'InvalidRetryAfterSec'
                Message = '-RetryAfterSec 0.5 is not whole: the Retry-After header carries whole seconds. Pass 0, 1, 2, ...' }
            @{ Case = '-Body with another kind'; Arguments = @{ Path = '/v1/**'; Kind = 'empty'; Body = 'x' }; Id = 'InvalidKind'
                Message = '-Body, -ContentType and -StatusCode go with -Kind body only; -Kind empty answers on its own.' }
        ) {
            $err = Get-SingleError { Add-HwCloudEmulatorFault @Arguments }

            $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId $Id Add-HwCloudEmulatorFault)
            "$($err.CategoryInfo.Category)" | Should -BeExactly 'InvalidArgument'
            $err.Exception.Message | Should -BeExactly $Message
            @(Get-AomWorkflow -MaximumRetryCount 0).Count | Should -Be 5 -Because 'no rule was stored'
        }
    }

    Context '-WhatIf' {
        It 'changes nothing and writes nothing with <Command> -WhatIf' -ForEach @(
            @{ Command = 'Clear-HwCloudEmulatorRequest' }
            @{ Command = 'Set-HwCloudEmulatorSeed' }
            @{ Command = 'Reset-HwCloudEmulator' }
            @{ Command = 'Move-HwCloudEmulatorClock' }
            @{ Command = 'Add-HwCloudEmulatorFault' }
        ) {
            Set-HwCloudEmulatorSeed (New-CdmSeed @{ name = 'nightly'; bootSeconds = 60 })
            $run = Start-CdmJob -ClusterId $script:cluster -JobName nightly
            $logged = @(Get-HwCloudEmulatorRequest).Count

            $output = switch ($Command) {
                'Clear-HwCloudEmulatorRequest' { Clear-HwCloudEmulatorRequest -WhatIf }
                'Set-HwCloudEmulatorSeed' { Set-HwCloudEmulatorSeed (New-CdmSeed @{ name = 'other' }) -WhatIf }
                'Reset-HwCloudEmulator' { Reset-HwCloudEmulator -WhatIf }
                'Move-HwCloudEmulatorClock' { Move-HwCloudEmulatorClock -Seconds 86400 -WhatIf }
                'Add-HwCloudEmulatorFault' { Add-HwCloudEmulatorFault -Path '/v1.1/**' -StatusCode 503 -Count 10 -WhatIf }
            }

            $output | Should -BeNullOrEmpty
            @(Get-HwCloudEmulatorRequest).Count | Should -Be $logged -Because 'the log is neither cleared nor reset'
            $status = Get-CdmJobStatus -ClusterId $script:cluster -JobName nightly
            "$($status.Status)" | Should -BeExactly 'Booting' -Because 'the seed, the run and service time are as they were, and no fault answers'
            $status.SubmissionId | Should -Be $run.SubmissionId
        }

        It 'starts nothing with Start-HwCloudEmulator -WhatIf and stops nothing with Stop-HwCloudEmulator -WhatIf' {
            Start-HwCloudEmulator -Name never -Connect -WhatIf | Should -BeNullOrEmpty
            Stop-HwCloudEmulator -WhatIf
            Stop-HwCloudEmulator -All -WhatIf

            $script:emulator.IsRunning | Should -BeTrue
            # The session still has its one emulator (a second would make this ambiguous), still the default.
            Reset-HwCloudEmulator
            (Get-HwCloudContext).EndpointUrl | Should -Be $script:emulator.Context.EndpointUrl
        }
    }

    Context 'Assert-HwCloudEmulatorRequest' {
        It 'passes silently when exactly one matching request was sent, and -PassThru writes it' {
            Start-CdmJob -ClusterId $script:cluster -JobName obs2hive_logs -Variables @{ date = '2024-06-01' } | Out-Null

            Assert-HwCloudEmulatorRequest -Method PUT -Path '*/obs2hive_logs/start' -Body @{ variables = @{ date = '2024-06-01' } } | Should -BeNullOrEmpty
            $passed = Assert-HwCloudEmulatorRequest -Method PUT -Path '*/obs2hive_logs/start' -PassThru
            $passed | Should -BeOfType ([HwTasks.Testing.Requests.EmulatorRequest])
            $passed.Path | Should -BeExactly "$($script:jobs)/obs2hive_logs/start"
        }

        It 'compares bodies as JSON: member order, spacing and trailing zeros do not count' {
            Invoke-HwCloudRequest -Service Aom -Method Post -Path '/v1/{project_id}/cms/workflow-list' -Body '{"size":10,"page":0,"sort_type":"asc"}' | Out-Null

            Assert-HwCloudEmulatorRequest -Method POST -Path '*/workflow-list' -Body '{ "sort_type": "asc", "page": 0.0, "size": 10.00 }'
            Assert-HwCloudEmulatorRequest -Method POST -Path '*/workflow-list' -Body ([ordered]@{ sort_type = 'asc'; size = 10; page = 0 })
            Assert-HwCloudEmulatorRequest -Method POST -Path '*/workflow-list' -Body @{ sort_type = 'asc'; size = 10 } -Count 0
        }

        It 'fails with EmulatorRequestAssertionFailed, saying what was expected and listing what was sent' {
            Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Out-Null
            Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive | Out-Null

            $err = Get-SingleError { Assert-HwCloudEmulatorRequest -Method PUT -Path '*/jdbc2hive/start' -Body @{ variables = @{ date = '2024-06-01' } } }

            $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId EmulatorRequestAssertionFailed Assert-HwCloudEmulatorRequest)
            "$($err.CategoryInfo.Category)" | Should -BeExactly 'InvalidResult'
            $err.Exception.Message | Should -BeExactly ((
                    'Expected exactly 1 request PUT */jdbc2hive/start with body {"variables":{"date":"2024-06-01"}}, but 0 matched. ' +
                    "The emulator '$($script:emulator.Name)' received 2 requests:"),
                "  PUT $($script:jobs)/jdbc2hive/start 200 {`"variables`":{}}",
                "  GET $($script:jobs)/jdbc2hive/status 200" -join "`n")
        }

        It 'shows Pester the message, through Should -Throw' {
            { Assert-HwCloudEmulatorRequest -Method DELETE -Path '/v2/*' } |
                Should -Throw -ExpectedMessage "Expected exactly 1 request DELETE /v2/``*, but 0 matched. The emulator '$($script:emulator.Name)' received no requests." -ErrorId 'EmulatorRequestAssertionFailed,*'
        }

        It 'marks the matching requests when there are too many or too few' {
            1..2 | ForEach-Object { Get-AomWorkflow | Out-Null }
            Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Out-Null

            $tooMany = (Get-SingleError { Assert-HwCloudEmulatorRequest -Method POST -Path '*/workflow-list' -Count 0 }).Exception.Message
            $tooFew = (Get-SingleError { Assert-HwCloudEmulatorRequest -Method POST -Path '*/workflow-list' -AtLeast 3 }).Exception.Message

            $listing = "`n* POST /v1/$($script:project)/cms/workflow-list 200 {`"page`":0,`"size`":100}" * 2 + "`n  GET $($script:jobs)/jdbc2hive 200"
            $tooMany | Should -BeExactly ("Expected no request POST */workflow-list, but 2 matched. The emulator '$($script:emulator.Name)' received 3 requests (* matched):" + $listing)
            $tooFew | Should -BeExactly ("Expected at least 3 requests POST */workflow-list, but 2 matched. The emulator '$($script:emulator.Name)' received 3 requests (* matched):" + $listing)
        }

        It 'matches -Query parameters by value, other parameters allowed' {
            Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 | Out-Null

            Assert-HwCloudEmulatorRequest -Method GET -Path '*/instances/*/tasks' -Query @{ start = 0; LIMIT = '100' }
            $message = (Get-SingleError { Assert-HwCloudEmulatorRequest -Method GET -Path '*/tasks' -Query @{ limit = 5 } }).Exception.Message
            $message | Should -BeLikeExactly 'Expected exactly 1 request GET */tasks with query limit=5, but 0 matched.*'
        }

        It 'refuses a -Body that is not JSON with InvalidBody' {
            $err = Get-SingleError { Assert-HwCloudEmulatorRequest -Method PUT -Path '*' -Body 'variables=1' }

            $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId InvalidBody Assert-HwCloudEmulatorRequest)
            $err.Exception.Message | Should -BeExactly "-Body is not JSON: pass a hashtable, a PSCustomObject or a JSON string such as '{`"variables`":{}}'."
        }
    }
}

Describe 'Which emulator a command means' {
    AfterEach {
        Stop-HwCloudEmulator -All
    }

    It 'none running: NoEmulator, naming Start-HwCloudEmulator' {
        $err = Get-SingleError { Get-HwCloudEmulatorRequest }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId NoEmulator Get-HwCloudEmulatorRequest)
        $err.Exception.Message | Should -BeExactly 'No emulator is running in this session: Start-HwCloudEmulator first (or pass -Emulator).'
    }

    It 'several running: EmulatorAmbiguous, naming them and -Emulator' {
        $a = Start-HwCloudEmulator -Name a
        $b = Start-HwCloudEmulator -Name b

        $err = Get-SingleError { Clear-HwCloudEmulatorRequest }

        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId EmulatorAmbiguous Clear-HwCloudEmulatorRequest)
        $err.Exception.Message | Should -BeExactly "2 emulators are running in this session ('a', 'b'): pass -Emulator to say which one."
        (Get-SingleError { Stop-HwCloudEmulator }).FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId EmulatorAmbiguous Stop-HwCloudEmulator)
        $a.IsRunning -and $b.IsRunning | Should -BeTrue
    }

    It 'a stopped one: EmulatorStopped; stopping it again is harmless' {
        $emulator = Start-HwCloudEmulator -Name gone
        $emulator | Stop-HwCloudEmulator

        $emulator.IsRunning | Should -BeFalse
        $emulator | Stop-HwCloudEmulator
        Stop-HwCloudEmulator
        $err = Get-SingleError { Reset-HwCloudEmulator -Emulator $emulator }
        $err.FullyQualifiedErrorId | Should -BeExactly (Get-TestingErrorId EmulatorStopped Reset-HwCloudEmulator)
        $err.Exception.Message | Should -BeExactly "The emulator 'gone' ($($emulator.Url)) is stopped. Start another with Start-HwCloudEmulator."
        { [System.Net.Sockets.TcpClient]::new('127.0.0.1', $emulator.Url.Port).Dispose() } | Should -Throw -Because 'nothing listens there any more'
    }

    It 'the one left running once another stopped' {
        $a = Start-HwCloudEmulator -Name a
        Start-HwCloudEmulator -Name b | Stop-HwCloudEmulator

        Get-AomWorkflow -Context $a.Context | Out-Null

        @(Get-HwCloudEmulatorRequest).EmulatorName | Should -BeExactly 'a'
    }
}

Describe 'Two emulators in one session' {
    BeforeAll {
        $script:primary = Start-HwCloudEmulator -Name primary
        $script:failover = Start-HwCloudEmulator -Name failover -Seed (New-CdmSeed @{ name = 'failover-only' })
    }

    AfterAll {
        $script:primary, $script:failover | Stop-HwCloudEmulator
    }

    It 'keep their own state, request log, faults and clock' {
        Add-HwCloudEmulatorFault -Emulator $script:primary -Path '/v1.1/**' -StatusCode 500 -Count 5 | Out-Null
        Move-HwCloudEmulatorClock -Emulator $script:failover -Seconds 3600

        $failoverJobs = Get-JobName $script:failover
        $primaryRun = Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -Context $script:primary.Context -MaximumRetryCount 0 -ErrorAction SilentlyContinue -ErrorVariable failed
        $failoverRun = Start-CdmJob -ClusterId $script:cluster -JobName failover-only -Context $script:failover.Context

        $failoverJobs | Should -BeExactly 'failover-only'
        $primaryRun | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1 -Because 'the primary''s fault strikes only the primary'
        ($failoverRun.CreatedTime - [DateTimeOffset]::Now).TotalMinutes | Should -BeGreaterThan 59
        @(Get-HwCloudEmulatorRequest -Emulator $script:primary | ForEach-Object { "$_" }) | Should -BeExactly @("PUT $($script:jobs)/jdbc2hive/start 500 (status fault)")
        @(Get-HwCloudEmulatorRequest -Emulator $script:failover | ForEach-Object Status) | Should -Be @(200, 200)
        $script:primary.Url | Should -Not -Be $script:failover.Url
    }
}

Describe 'The module in a fresh pwsh' {
    It 'imports twice with -Force, binds the emulator to HwTasks'' one HwTasks.Core, and stops its emulators when removed' {
        $run = Invoke-FreshPwsh -Script @'
param($root)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $root 'HwTasks.psd1')
Import-Module (Join-Path $root 'src/HwTasks.Testing/HwTasks.Testing.psd1') -Force
Import-Module (Join-Path $root 'src/HwTasks.Testing/HwTasks.Testing.psd1') -Force
$emulator = Start-HwCloudEmulator -Connect
"jobs: $(@(Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920).Count)"
$cores = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'HwTasks.Core' })
"cores: $($cores.Count) in $([System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($cores[0]).Name) from $($cores[0].Location -eq (Join-Path $root 'bin/HwTasks.Core.dll'))"
$emulatorAssembly = [HwTasks.Testing.HwCloudEmulator].Assembly.GetReferencedAssemblies() | Where-Object Name -eq HwTasks.Emulator
"emulator: $([System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([System.Reflection.Assembly]::Load($emulatorAssembly)).Name)"
Import-Module (Join-Path $root 'src/HwTasks.Testing/HwTasks.Testing.psd1') -Force
"running after -Force: $($emulator.IsRunning)" # -Force removes the module first
$emulator = Start-HwCloudEmulator
"running again: $($emulator.IsRunning)"
Remove-Module HwTasks.Testing
"running after Remove-Module: $($emulator.IsRunning)"
# Left running at exit: the process still ends at once.
Import-Module (Join-Path $root 'src/HwTasks.Testing/HwTasks.Testing.psd1')
Start-HwCloudEmulator | Out-Null
'@ -ArgumentList $script:root

        $run.Output | Should -BeExactly @('jobs: 5', 'cores: 1 in Default from True', 'emulator: Default', 'running after -Force: False', 'running again: True', 'running after Remove-Module: False')
        $run.ExitCode | Should -Be 0
    }

    It 'refuses to load without HwTasks, saying to import it' {
        $run = Invoke-FreshPwsh -Script @'
param($root)
try { Import-Module (Join-Path $root 'src/HwTasks.Testing/bin/HwTasks.Testing.dll') -ErrorAction Stop } catch { $_.Exception.Message }
'@ -ArgumentList $script:root

        $run.Output -join ' ' | Should -BeLikeExactly "*HwTasks.Testing needs the HwTasks module, which is not loaded: run 'Import-Module HwTasks' first, or import HwTasks.Testing by name (Import-Module HwTasks.Testing), whose manifest imports HwTasks 0.1.0 itself.*"
    }
}

Describe 'The HwTasks.Testing manifest' {
    BeforeAll {
        $script:manifest = Import-PowerShellDataFile (Join-Path $script:root 'src/HwTasks.Testing/HwTasks.Testing.psd1')
        $script:hwTasks = Import-PowerShellDataFile (Join-Path $script:root 'HwTasks.psd1')
    }

    It 'requires PowerShell 7.4 (Core) and the same version of HwTasks' {
        $script:manifest.PowerShellVersion | Should -BeExactly '7.4'
        $script:manifest.CompatiblePSEditions | Should -BeExactly @('Core')
        $script:manifest.ModuleVersion | Should -BeExactly $script:hwTasks.ModuleVersion
        $script:manifest.RequiredModules | Should -HaveCount 1
        $script:manifest.RequiredModules[0].ModuleName | Should -BeExactly 'HwTasks'
        $script:manifest.RequiredModules[0].RequiredVersion | Should -BeExactly $script:hwTasks.ModuleVersion
    }

    It 'exports exactly its ten cmdlets, by name, and names its license, project and changelog as HwTasks does' {
        $script:manifest.CmdletsToExport | Should -BeExactly @('Start-HwCloudEmulator', 'Stop-HwCloudEmulator', 'Get-HwCloudEmulator', 'Reset-HwCloudEmulator', 'Set-HwCloudEmulatorSeed',
            'Move-HwCloudEmulatorClock', 'Add-HwCloudEmulatorFault', 'Get-HwCloudEmulatorRequest', 'Clear-HwCloudEmulatorRequest', 'Assert-HwCloudEmulatorRequest')
        @((Get-Module HwTasks.Testing).ExportedCmdlets.Keys | Sort-Object) | Should -BeExactly @($script:manifest.CmdletsToExport | Sort-Object)
        foreach ($key in 'LicenseUri', 'ProjectUri', 'ReleaseNotes') {
            $script:manifest.PrivateData.PSData[$key] | Should -BeExactly $script:hwTasks.PrivateData.PSData[$key]
        }
    }
}
