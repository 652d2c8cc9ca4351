# What Windows PowerShell 5.1 users rely on, written to run in powershell.exe 5.1 (the Windows workflow,
# .github/workflows/windows.yml) and in pwsh (every run of the suites): import beside other modules,
# signed calls with and without a body, -ThrottleLimit concurrency, no change to process-wide
# ServicePointManager state, and a script's Assembly.Load not handed HwTasks' private copies.
# The emulator runs as its own .NET process: HwTasks.Testing needs PowerShell 7.4.
BeforeAll {
    $script:root = Split-Path -Parent $PSScriptRoot
    $emulatorDll = Get-ChildItem (Join-Path $script:root 'src/HwTasks.Emulator/bin') -Recurse -Filter 'HwTasks.Emulator.dll' |
        Where-Object { $_.Directory.Name -eq 'net8.0' } | Sort-Object LastWriteTime -Descending | Select-Object -First 1
    if (-not $emulatorDll) { throw "HwTasks.Emulator.dll is not built: run 'dotnet build HwTasks.sln' first." }
    $dotnet = if ($env:DOTNET_HOST_PATH) { $env:DOTNET_HOST_PATH } else { 'dotnet' }
    $info = New-Object System.Diagnostics.ProcessStartInfo $dotnet, ('"' + $emulatorDll.FullName + '" --urls http://127.0.0.1:0')
    $info.UseShellExecute = $false
    $info.RedirectStandardOutput = $true
    $script:emulator = [System.Diagnostics.Process]::Start($info)
    $line = $script:emulator.StandardOutput.ReadLine()
    if ($line -notlike 'HwTasks.Emulator listening on *') { throw "The emulator did not start: '$line'." }
    $script:url = $line.Substring('HwTasks.Emulator listening on '.Length)

    # Process-wide state other modules and scripts share, read before HwTasks loads.
    $script:protocolBefore = [Net.ServicePointManager]::SecurityProtocol
    $script:connectionLimitBefore = [Net.ServicePointManager]::DefaultConnectionLimit
    Import-Module (Join-Path $script:root 'HwTasks.psd1') -Force -ErrorAction Stop
    $secret = ConvertTo-SecureString 'EmulatorSecretKey00000000000000000000001' -AsPlainText -Force
    Connect-HwCloud -EndpointUrl $script:url -Region cn-north-4 -ProjectId 0123456789abcdef0123456789abcdef -AccessKey EMULATORAK0000000001 -SecretKey $secret | Out-Null
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
}

AfterAll {
    Remove-Module HwTasks -ErrorAction SilentlyContinue
    if ($script:emulator -and -not $script:emulator.HasExited) { $script:emulator.Kill(); $script:emulator.WaitForExit() }
}

Describe 'HwTasks on this edition' {
    It 'reads a job with a signed GET the gateway accepts' {
        (Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -ErrorAction Stop).JobName | Should -Be 'jdbc2hive'
    }

    It 'starts a job with a signed PUT and JSON body the gateway accepts' {
        $run = Start-CdmJob -ClusterId $script:cluster -JobName obs2hive_logs -Variables @{ date = '2024-06-01' } -Confirm:$false -ErrorAction Stop
        $run.JobName | Should -Be 'obs2hive_logs'
    }

    It 'reads 16 piped jobs with -ThrottleLimit 16, every answer signed and accepted' {
        $names = @(1..16 | ForEach-Object { 'jdbc2hive' })
        $statuses = @($names | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } | Get-CdmJobStatus -ThrottleLimit 16 -ErrorAction Stop)
        $statuses.Count | Should -BeGreaterOrEqual 16
    }

    It 'opens as many connections per host as the highest -ThrottleLimit of any command' {
        $transport = [HwTasks.Core.HwCloudContext].Assembly.GetType('HwTasks.Core.Http.HttpTransport', $true)
        $connections = $transport.GetField('ConnectionsPerServer').GetValue($null)
        $limits = @(Get-Command -Module HwTasks | Where-Object { $_.Parameters.ContainsKey('ThrottleLimit') } | ForEach-Object {
            ($_.Parameters['ThrottleLimit'].Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateRangeAttribute] }).MaxRange
        })
        $limits.Count | Should -BeGreaterThan 10
        ($limits | Measure-Object -Maximum).Maximum | Should -Be $connections
    }

    It 'leaves ServicePointManager''s process-wide protocols and connection limit as they were' {
        [Net.ServicePointManager]::SecurityProtocol | Should -Be $script:protocolBefore
        [Net.ServicePointManager]::DefaultConnectionLimit | Should -Be $script:connectionLimitBefore
    }

    It 'does not hand a script''s Assembly.Load its private copy of a name in bin/dependencies' {
        $asked = try { [System.Reflection.Assembly]::Load('System.ComponentModel.Annotations').Location } catch { 'not found' }
        $asked | Should -Not -BeLike '*dependencies*'
    }

    # Defined only where it can run: a skipped It would count as a failure in the xunit bridge.
    if ($PSVersionTable.PSEdition -eq 'Desktop') {
        It 'turns Expect: 100-continue off on the emulator''s ServicePoint and opens 64 connections to it' {
            # .NET Framework only: HttpClientHandler applies these to the ServicePoint of each request.
            $servicePoint = [Net.ServicePointManager]::FindServicePoint([uri] $script:url)
            $servicePoint.Expect100Continue | Should -BeFalse
            # HttpClientHandler sets the ServicePoint's ConnectionLimit to its MaxConnectionsPerServer.
            $servicePoint.ConnectionLimit | Should -Be 64
        }
    }
}
