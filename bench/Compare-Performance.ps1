#requires -Version 7.4
<#
.SYNOPSIS
    Measures HwTasks against its references in one interleaved run and prints
    measure | HwTasks | reference | ratio.
.DESCRIPTION
    Builds Release, starts a minimal loopback server (bench/HwTasks.PerfHarness serve) and measures,
    alternating HwTasks and its reference round by round so that a noisy machine affects both alike:
      - a warm Invoke-HwCloudRequest GET per call, against a bare compiled HttpClient loop (the
        floor) and against Invoke-RestMethod;
      - a warm Get-KafkaBackgroundTask -First 1 per call, against the floor;
      - what the engine itself costs per command in the same loop (a no-op binary cmdlet), and
        HwTasks' per-call cost above it, against the floor: the share the module can still change;
      - HwTasks.Core alone (the same Kafka list from compiled code, no PowerShell), and the floor
        from a caller that blocks on each answer as a cmdlet does, against the floor;
      - the first call in a fresh pwsh (Connect-HwCloud + the first Get-CdmJob), against the first
        bare HttpClient request from a fresh pwsh;
      - the first Import-Module in a fresh pwsh, against a one-cmdlet binary module;
      - signing one request, against UTF-8 + SHA-256 + HMAC-SHA256 + hex alone (BenchmarkDotNet's
        bench/HwTasks.Benchmarks keeps the micro figures);
      - 1,000 Start-CdmJob calls with 16 in flight (-ThrottleLimit 16 on a plain pipeline, and
        ForEach-Object -Parallel), against the bare HttpClient with 16 in flight.
    HwTasks is imported from the package layout (build.ps1 -Task Layout), as users install it.
    Medians; bytes are allocated bytes per call. No test asserts on these numbers.
.EXAMPLE
    dotnet tool run pwsh -NoProfile -File bench/Compare-Performance.ps1
#>
[CmdletBinding()]
param(
    [int] $Rounds = 5,
    [int] $CallsPerRound = 400,
    [int] $FreshProcesses = 5
)

$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
& dotnet build (Join-Path $root 'HwTasks.sln') -c Release -v quiet -nologo | Out-Null
if ($LASTEXITCODE -ne 0) { throw 'The Release build failed.' }

# The package as a user installs it (its manifest differs from the checkout's: see build.ps1).
$layout = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-bench-' + [guid]::NewGuid().ToString('N'))
& (Join-Path $root 'build.ps1') -Task Layout -OutputPath $layout *> $null
$manifest = (Get-ChildItem (Join-Path $layout 'HwTasks') -Recurse -Filter HwTasks.psd1).FullName
$harness = Join-Path $root 'bench/HwTasks.PerfHarness/bin/Release/net10.0/HwTasks.PerfHarness.dll'
$oneCmdlet = Join-Path $root 'bench/OneCmdletModule/bin/Release/netstandard2.0/OneCmdletModule.psd1'
$pwsh = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
$pwshArguments = @(if ([System.IO.Path]::GetFileNameWithoutExtension($pwsh) -eq 'dotnet') { [Environment]::GetCommandLineArgs()[0] })

function Get-Median([double[]] $values) { $sorted = $values | Sort-Object; $sorted[[int][math]::Floor($sorted.Count / 2)] }

function Measure-PerCall([scriptblock] $call, [int] $count) {
    $times = [double[]]::new($count)
    $before = [GC]::GetTotalAllocatedBytes($true)
    for ($i = 0; $i -lt $count; $i++) {
        $start = [System.Diagnostics.Stopwatch]::GetTimestamp()
        $null = & $call
        $times[$i] = [System.Diagnostics.Stopwatch]::GetElapsedTime($start).TotalMicroseconds
    }
    [pscustomobject]@{ Microseconds = Get-Median $times; Bytes = ([GC]::GetTotalAllocatedBytes($true) - $before) / $count }
}

function Invoke-Fresh([string] $command) {
    $output = & $pwsh @pwshArguments -NoProfile -NonInteractive -Command $command
    [double] ($output | Select-Object -Last 1)
}

$info = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
$info.ArgumentList.Add($harness); $info.ArgumentList.Add('serve')
$info.RedirectStandardOutput = $true; $info.UseShellExecute = $false
$server = [System.Diagnostics.Process]::Start($info)
try {
    $url = ($server.StandardOutput.ReadLine() -replace '^listening on ', '')
    Import-Module $manifest -Force
    Import-Module $oneCmdlet
    $sk = ConvertTo-SecureString 'EmulatorSecretKey00000000000000000000001' -AsPlainText -Force
    Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId 0123456789abcdef0123456789abcdef -AccessKey EMULATORAK0000000001 -SecretKey $sk | Out-Null
    $tasksPath = '/v2/{project_id}/instances/a1b2c3d4-0000-1111-2222-333344445555/tasks'
    $rows = [ordered]@{ core = @(); coreBytes = @(); blocking = @(); engine = @(); invoke = @(); irm = @(); floor = @(); floorBytes = @(); kafka = @(); invokeBytes = @(); kafkaBytes = @(); first = @(); firstRef = @(); import = @(); importRef = @() }

    # Warm everything once.
    1..200 | ForEach-Object { $null = Invoke-HwCloudRequest -Service Kafka -Path $tasksPath; $null = Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -First 1; $null = Invoke-RestMethod "$url/v2/p/instances/i/tasks" }

    for ($round = 1; $round -le $Rounds; $round++) {
        $rows.engine += (Measure-PerCall { Get-Nothing } $CallsPerRound).Microseconds
        $m = Measure-PerCall { Invoke-HwCloudRequest -Service Kafka -Path $tasksPath } $CallsPerRound
        $rows.invoke += $m.Microseconds; $rows.invokeBytes += $m.Bytes
        $rows.irm += (Measure-PerCall { Invoke-RestMethod "$url/v2/p/instances/i/tasks" } $CallsPerRound).Microseconds
        $m = Measure-PerCall { Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -First 1 } $CallsPerRound
        $rows.kafka += $m.Microseconds; $rows.kafkaBytes += $m.Bytes
        $floor = (& dotnet $harness floor "$url/v2/p/instances/i/tasks" ($CallsPerRound * 4)) -split ' '
        $rows.floor += [double] $floor[0]; $rows.floorBytes += [double] $floor[1]
        $core = (& dotnet $harness core $url ($CallsPerRound * 4)) -split ' '
        $rows.core += [double] $core[0]; $rows.coreBytes += [double] $core[1]
        $rows.blocking += [double] ((& dotnet $harness floor-blocking "$url/v2/p/instances/i/tasks" ($CallsPerRound * 4)) -split ' ')[0]
    }

    for ($i = 1; $i -le $FreshProcesses; $i++) {
        $quoted = $manifest.Replace("'", "''")
        $rows.first += Invoke-Fresh ("Import-Module '$quoted'; `$sk = ConvertTo-SecureString 'EmulatorSecretKey00000000000000000000001' -AsPlainText -Force; " +
            "`$w = [System.Diagnostics.Stopwatch]::StartNew(); Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId 0123456789abcdef0123456789abcdef -AccessKey EMULATORAK0000000001 -SecretKey `$sk | Out-Null; " +
            "`$null = Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName j; `$w.Elapsed.TotalMilliseconds")
        $rows.firstRef += Invoke-Fresh ("`$w = [System.Diagnostics.Stopwatch]::StartNew(); `$c = [System.Net.Http.HttpClient]::new(); " +
            "`$null = `$c.GetStringAsync('$url/v1.1/p/clusters/c/cdm/job/j').GetAwaiter().GetResult(); `$w.Elapsed.TotalMilliseconds")
        $rows.import += Invoke-Fresh "(Measure-Command { Import-Module '$quoted' }).TotalMilliseconds"
        $rows.importRef += Invoke-Fresh "(Measure-Command { Import-Module '$($oneCmdlet.Replace("'", "''"))' }).TotalMilliseconds"
    }

    $sign = (& dotnet $harness sign 20000) -split ' '

    # 1,000 starts with 16 in flight.
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $throttled = [double]::NaN
    if ((Get-Command Start-CdmJob).Parameters.ContainsKey('ThrottleLimit')) {
        1..1000 | ForEach-Object { [pscustomobject]@{ JobName = "job$_" } } |
            Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -ThrottleLimit 16 -Confirm:$false | Out-Null
        $throttled = 1000 / $clock.Elapsed.TotalSeconds
    }
    $context = Get-HwCloudContext
    $clock.Restart()
    1..1000 | ForEach-Object -ThrottleLimit 16 -Parallel {
        Import-Module $using:manifest
        Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName "job$_" -Context $using:context -Confirm:$false
    } | Out-Null
    $parallel = 1000 / $clock.Elapsed.TotalSeconds
    $floorParallel = [double] (& dotnet $harness floor-parallel $url 1000 16)
}
finally {
    if (-not $server.HasExited) { $server.Kill($true) }
    Remove-Item $layout -Recurse -Force
}

$floorUs = Get-Median $rows.floor
$floorBytes = Get-Median $rows.floorBytes
$table = @(
    [pscustomobject]@{ Measure = 'warm Invoke-HwCloudRequest GET, per call'; HwTasks = '{0:0} µs, {1:0.0} KB' -f (Get-Median $rows.invoke), ((Get-Median $rows.invokeBytes) / 1KB); Reference = 'bare HttpClient {0:0} µs, {1:0.0} KB' -f $floorUs, ($floorBytes / 1KB); Ratio = '{0:0.00}x time, {1:0.0}x bytes' -f ((Get-Median $rows.invoke) / $floorUs), ((Get-Median $rows.invokeBytes) / $floorBytes) }
    [pscustomobject]@{ Measure = 'warm Invoke-HwCloudRequest GET vs Invoke-RestMethod'; HwTasks = '{0:0} µs' -f (Get-Median $rows.invoke); Reference = 'Invoke-RestMethod {0:0} µs' -f (Get-Median $rows.irm); Ratio = '{0:0.00}x' -f ((Get-Median $rows.invoke) / (Get-Median $rows.irm)) }
    [pscustomobject]@{ Measure = 'the engine''s own cost per command (a no-op binary cmdlet)'; HwTasks = '-'; Reference = 'Get-Nothing {0:0} µs' -f (Get-Median $rows.engine); Ratio = '{0:0.00}x floor' -f ((Get-Median $rows.engine) / $floorUs) }
    [pscustomobject]@{ Measure = 'warm Invoke-HwCloudRequest GET above the engine''s cost'; HwTasks = '{0:0} µs' -f ((Get-Median $rows.invoke) - (Get-Median $rows.engine)); Reference = 'bare HttpClient {0:0} µs' -f $floorUs; Ratio = '{0:0.00}x' -f (((Get-Median $rows.invoke) - (Get-Median $rows.engine)) / $floorUs) }
    [pscustomobject]@{ Measure = 'HwTasks.Core alone (compiled, no PowerShell), per call'; HwTasks = '{0:0} µs, {1:0.0} KB' -f (Get-Median $rows.core), ((Get-Median $rows.coreBytes) / 1KB); Reference = 'bare HttpClient {0:0} µs' -f $floorUs; Ratio = '{0:0.00}x time, {1:0.0}x bytes' -f ((Get-Median $rows.core) / $floorUs), ((Get-Median $rows.coreBytes) / $floorBytes) }
    [pscustomobject]@{ Measure = 'the floor from a caller that blocks (as a cmdlet does)'; HwTasks = '-'; Reference = 'bare HttpClient, blocking {0:0} µs' -f (Get-Median $rows.blocking); Ratio = '{0:0.00}x floor' -f ((Get-Median $rows.blocking) / $floorUs) }
    [pscustomobject]@{ Measure = 'warm Get-KafkaBackgroundTask -First 1, per call'; HwTasks = '{0:0} µs, {1:0.0} KB' -f (Get-Median $rows.kafka), ((Get-Median $rows.kafkaBytes) / 1KB); Reference = 'bare HttpClient {0:0} µs' -f $floorUs; Ratio = '{0:0.00}x' -f ((Get-Median $rows.kafka) / $floorUs) }
    [pscustomobject]@{ Measure = 'first call in a fresh pwsh (Connect + Get-CdmJob)'; HwTasks = '{0:0} ms' -f (Get-Median $rows.first); Reference = 'first bare HttpClient request {0:0} ms' -f (Get-Median $rows.firstRef); Ratio = '{0:0.00}x' -f ((Get-Median $rows.first) / (Get-Median $rows.firstRef)) }
    [pscustomobject]@{ Measure = 'first Import-Module in a fresh pwsh'; HwTasks = '{0:0} ms' -f (Get-Median $rows.import); Reference = 'one-cmdlet binary module {0:0} ms' -f (Get-Median $rows.importRef); Ratio = '{0:0.00}x' -f ((Get-Median $rows.import) / (Get-Median $rows.importRef)) }
    [pscustomobject]@{ Measure = 'SDK-HMAC-SHA256 signing, per request'; HwTasks = '{0:0.00} µs, {1:0} B' -f [double]$sign[0], [double]$sign[1]; Reference = 'UTF-8+SHA-256+HMAC+hex {0:0.00} µs, {1:0} B' -f [double]$sign[2], [double]$sign[3]; Ratio = '{0:0.00}x time, {1:0.0}x bytes' -f ([double]$sign[0] / [double]$sign[2]), ([double]$sign[1] / [double]$sign[3]) }
    [pscustomobject]@{ Measure = '1,000 starts, 16 in flight: -ThrottleLimit 16'; HwTasks = '{0:0}/s' -f $throttled; Reference = 'bare HttpClient {0:0}/s' -f $floorParallel; Ratio = '{0:0.00}x' -f ($throttled / $floorParallel) }
    [pscustomobject]@{ Measure = '1,000 starts, 16 in flight: ForEach-Object -Parallel'; HwTasks = '{0:0}/s' -f $parallel; Reference = 'bare HttpClient {0:0}/s' -f $floorParallel; Ratio = '{0:0.00}x' -f ($parallel / $floorParallel) }
)
$table | Format-Table -AutoSize -Wrap | Out-String -Width 200
