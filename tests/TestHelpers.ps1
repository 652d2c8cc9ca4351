#requires -Version 7.4
# The Pester suites run in PowerShell 7.4+ only (they use .NET Core APIs such as
# ProcessStartInfo.ArgumentList and Process.Kill(true)); the module itself also supports 5.1.
# Shared by the Pester suites: start the emulator and connect to it.

# Imports HwTasks from the checkout (unless a suite already did) and HwTasks.Testing beside it,
# which hosts the emulator in this process and binds to the HwTasks.Core that HwTasks loaded.
function Import-TestingModule {
    if (-not (Get-Module HwTasks)) { Import-Module (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') -Global -ErrorAction Stop }
    if (-not (Get-Module HwTasks.Testing)) {
        Import-Module (Join-Path (Get-RepositoryRoot) 'src/HwTasks.Testing/HwTasks.Testing.psd1') -Global -ErrorAction Stop
    }
}

# The emulator's fixed identities and ids (HwTasks.Emulator.EmulatorDefaults: AccessKey, SecretKey,
# Region, ProjectCnNorth4, TemporaryAccessKey, Password, OtherAccessKey, CdmClusterId, ...), the one
# place the tests take them from.
function Get-TestEmulatorDefault {
    if (-not $script:TestEmulatorDefaults) {
        Import-TestingModule
        # HwTasks.Testing loads HwTasks.Emulator.dll (from its bin/) on its first emulator; this loads that same file.
        $assembly = [System.Reflection.Assembly]::LoadFrom((Join-Path (Get-Module HwTasks.Testing).ModuleBase 'bin/HwTasks.Emulator.dll'))
        $defaults = [ordered]@{}
        foreach ($field in $assembly.GetType('HwTasks.Emulator.EmulatorDefaults', $true).GetFields([System.Reflection.BindingFlags]'Public, Static') | Where-Object IsLiteral) {
            $defaults[$field.Name] = $field.GetValue($null)
        }
        $script:TestEmulatorDefaults = [pscustomobject] $defaults
    }
    $script:TestEmulatorDefaults
}

# The one way a suite gets an emulator: HwTasks.Testing's Start-HwCloudEmulator, in this process
# (fresh pwsh processes and jobs reach it at Url). Url has no trailing slash, so suites append
# "/_emulator/..." to it; the emulator's permanent key pair, region and project come with it.
function Start-TestEmulator {
    Import-TestingModule
    $defaults = Get-TestEmulatorDefault
    $emulator = Start-HwCloudEmulator -ErrorAction Stop
    [pscustomobject]@{
        Emulator  = $emulator
        Url       = $emulator.Url.GetLeftPart([System.UriPartial]::Authority)
        Region    = $emulator.Region
        ProjectId = $emulator.ProjectId
        AccessKey = $emulator.AccessKey
        SecretKey = $defaults.SecretKey
    }
}

function Stop-TestEmulator {
    param($Emulator)
    if ($Emulator -and $Emulator.Emulator) { Stop-HwCloudEmulator -Emulator $Emulator.Emulator }
}

# A SecureString of a text, the one way the suites make one (the emulator's published test keys and
# made-up secrets; real ones come from Read-Host -AsSecureString or a vault).
function New-TestSecret {
    param([Parameter(Mandatory)] [AllowEmptyString()] [string] $Text)
    ConvertTo-SecureString $Text -AsPlainText -Force
}

# The emulator's Url, AccessKey, SecretKey and ProjectId, in that order: the arguments a script run by
# Invoke-FreshPwsh connects with (param(..., $url, $ak, $sk, $project, ...)), as a user's script would.
function Get-TestEmulatorArgument {
    param([Parameter(Mandatory)] $Emulator)
    $Emulator.Url, $Emulator.AccessKey, $Emulator.SecretKey, $Emulator.ProjectId
}

function Connect-TestEmulator {
    param($Emulator)
    Connect-HwCloud -EndpointUrl $Emulator.Url -Region $Emulator.Region -ProjectId $Emulator.ProjectId `
        -AccessKey $Emulator.AccessKey -SecretKey (New-TestSecret $Emulator.SecretKey)
}

# One object per logged request. Invoke-RestMethod writes a JSON array as one object (an empty array
# too, which @() would count as one item), so the entries are enumerated here.
function Get-EmulatorRequestLog {
    param($Emulator)
    (Invoke-RestMethod -Uri "$($Emulator.Url)/_emulator/requests") | ForEach-Object { $_ }
}

function Reset-TestEmulator {
    param($Emulator)
    Invoke-RestMethod -Method Delete -Uri "$($Emulator.Url)/_emulator/faults" | Out-Null
    Invoke-RestMethod -Method Post -Uri "$($Emulator.Url)/_emulator/reset" | Out-Null
    Invoke-RestMethod -Method Delete -Uri "$($Emulator.Url)/_emulator/requests" | Out-Null
}

function Clear-EmulatorRequestLog {
    param($Emulator)
    Invoke-RestMethod -Method Delete -Uri "$($Emulator.Url)/_emulator/requests" | Out-Null
}

# Replaces the emulator's whole state (see docs/EMULATOR.md, seed format) and clears the request log.
function Set-TestEmulatorSeed {
    param($Emulator, [string] $Json)
    Invoke-RestMethod -Method Post -Uri "$($Emulator.Url)/_emulator/seed" -ContentType 'application/json' -Body $Json | Out-Null
    Clear-EmulatorRequestLog $Emulator
}

function Add-TestEmulatorFault {
    param($Emulator, [hashtable] $Fault)
    Invoke-RestMethod -Method Post -Uri "$($Emulator.Url)/_emulator/faults" -ContentType 'application/json' -Body ($Fault | ConvertTo-Json) | Out-Null
}

function New-TestCredential {
    param([string] $AccessKey, [string] $SecretKey)
    [pscredential]::new($AccessKey, (New-TestSecret $SecretKey))
}

# Lower-hex SHA-256 of the UTF-8 bytes of a text, to compare with a logged bodySha256.
function Get-TestSha256 {
    param([string] $Text)
    $bytes = [System.Text.Encoding]::UTF8.GetBytes($Text)
    [System.Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes)).ToLowerInvariant()
}

function Get-RequestLine {
    param($Entry)
    $query = if ($Entry.query) { '?' + $Entry.query.TrimStart('?') } else { '' }
    "$($Entry.method) $($Entry.path)$query"
}

# For a suite's BeforeAll: imports the module from the checkout and starts an emulator.
function Initialize-TestSuite {
    Import-Module (Join-Path (Split-Path -Parent $PSScriptRoot) 'HwTasks.psd1') -Force -Global
    Start-TestEmulator
}

# For BeforeEach: the default state, no faults, an empty log and a connected session.
function Use-FreshTestEmulator {
    param($Emulator)
    Reset-TestEmulator $Emulator
    Connect-TestEmulator $Emulator | Out-Null
}

# The repository root (the folder of HwTasks.psd1).
function Get-RepositoryRoot { Split-Path -Parent $PSScriptRoot }

# A file of a NuGet package the build restored (tests/HwTasks.Pester.Tests downloads them).
function Get-TestPackageFile {
    param([string] $Id, [string] $Version, [string] $RelativePath)
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $path = Join-Path $packages "$($Id.ToLowerInvariant())/$Version/$RelativePath"
    if (-not (Test-Path $path)) { throw "$path is missing: run 'dotnet build HwTasks.sln' (its restore downloads $Id $Version)." }
    $path
}

# Runs a script in a new pwsh process, as a user's scheduled script would run: for what is
# process-wide (assembly loading, type resolution) or about the host itself (prompts). Returns the
# exit code and every line the process wrote (stdout and stderr).
function Invoke-FreshPwsh {
    param(
        [Parameter(Mandatory)] [string] $Script,
        [object[]] $ArgumentList = @(),
        # Without -NonInteractive, as an interactive user's pwsh; standard input is empty either way.
        [switch] $Interactive,
        # Environment variables the process starts with (for what .NET reads once, at start: HTTPS_PROXY).
        [hashtable] $Environment = @{}
    )
    Wait-FreshPwsh (Start-FreshPwsh @PSBoundParameters)
}

# The output of one -WhatIf command line (given $a, $b, $c from ArgumentList) in a fresh pwsh
# connected to the emulator: pwsh writes "What if:" straight to the host, so only a new process shows it.
function Get-WhatIfLine {
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $Command, [object[]] $ArgumentList = @())
    $script = 'param($manifest, $url, $ak, $sk, $project, $a, $b, $c)' + "`n" + 'Import-Module $manifest' + "`n" +
        'Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey (ConvertTo-SecureString $sk -AsPlainText -Force) | Out-Null' + "`n" + $Command
    (Invoke-FreshPwsh -Script $script -ArgumentList (@((Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')) + (Get-TestEmulatorArgument $Emulator) + $ArgumentList)).Output
}

# Starts the script of Invoke-FreshPwsh without waiting, so several processes can run at once;
# Wait-FreshPwsh returns what each wrote.
function Start-FreshPwsh {
    param(
        [Parameter(Mandatory)] [string] $Script,
        [object[]] $ArgumentList = @(),
        [switch] $Interactive,
        [hashtable] $Environment = @{}
    )
    $file = Join-Path ([System.IO.Path]::GetTempPath()) ("hwtasks-" + [guid]::NewGuid().ToString('N') + '.ps1')
    Set-Content -Path $file -Value $Script -Encoding utf8NoBOM
    try {
        $exe = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
        $info = [System.Diagnostics.ProcessStartInfo]::new($exe)
        # The pwsh global tool runs as 'dotnet pwsh.dll'.
        if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $info.ArgumentList.Add([Environment]::GetCommandLineArgs()[0]) }
        $info.ArgumentList.Add('-NoProfile')
        if (-not $Interactive) { $info.ArgumentList.Add('-NonInteractive') }
        $info.ArgumentList.Add('-File')
        $info.ArgumentList.Add($file)
        foreach ($argument in $ArgumentList) { $info.ArgumentList.Add("$argument") }
        $info.WorkingDirectory = Get-RepositoryRoot
        $info.RedirectStandardOutput = $true
        $info.RedirectStandardError = $true
        $info.RedirectStandardInput = $true
        $info.UseShellExecute = $false
        $info.Environment['NO_COLOR'] = '1'
        foreach ($name in $Environment.Keys) { $info.Environment[$name] = $Environment[$name] }
        $process = [System.Diagnostics.Process]::Start($info)
        $process.StandardInput.Close()
        # Both pipes are drained as the process writes, so no process waits on a full pipe.
        [pscustomobject]@{ Process = $process; File = $file; Output = $process.StandardOutput.ReadToEndAsync(); Errors = $process.StandardError.ReadToEndAsync() }
    }
    catch {
        Remove-Item $file -ErrorAction SilentlyContinue
        throw
    }
}

function Wait-FreshPwsh {
    param([Parameter(Mandatory)] $Run)
    try {
        if (-not $Run.Process.WaitForExit(120000)) { $Run.Process.Kill($true); throw "pwsh did not finish within 2 minutes: $($Run.Output.Result)" }
        [pscustomobject]@{
            ExitCode = $Run.Process.ExitCode
            Output   = @(($Run.Output.Result + $Run.Errors.Result) -split '\r?\n' | Where-Object { $_ -ne '' })
        }
    }
    finally {
        Remove-Item $Run.File -ErrorAction SilentlyContinue
    }
}

# Moves the emulator's service clock forward (runs finish, schedules fire, IAM tokens expire); the
# gateway's clock, which checks X-Sdk-Date, stays on this machine's.
function Move-TestEmulatorClock {
    param($Emulator, [double] $Seconds)
    Invoke-RestMethod -Method Post -Uri "$($Emulator.Url)/_emulator/clock/advance" -ContentType 'application/json' -Body (@{ seconds = $Seconds } | ConvertTo-Json) | Out-Null
}

# Connects the session with the emulator's IAM user (a password credential, exchanged for a token).
function Connect-TestEmulatorUser {
    param($Emulator, [string] $Password = (Get-TestEmulatorDefault).Password)
    $defaults = Get-TestEmulatorDefault
    Connect-HwCloud -EndpointUrl $Emulator.Url -Region $defaults.Region -UserName $defaults.UserName -DomainName $defaults.AccountName `
        -Password (New-TestSecret $Password)
}

# The logged requests whose path matches a wildcard pattern, e.g. '*/cdm/job/*/status'.
function Get-EmulatorRequest {
    param($Emulator, [string] $Path, [string] $Method)
    Get-EmulatorRequestLog $Emulator | Where-Object { $_.path -like $Path -and (-not $Method -or $_.method -eq $Method) }
}

# "METHOD /path?query" of every logged request, in arrival order.
function Get-EmulatorRequestLine {
    param($Emulator)
    Get-EmulatorRequestLog $Emulator | ForEach-Object { Get-RequestLine $_ }
}

# The error a service's answer became: the stable id and category, the service's code or message in
# the text, and the request id of the logged answer at its end.
function Assert-ServiceErrorRecord {
    param([Parameter(Mandatory)] $ErrorRecord, [Parameter(Mandatory)] $Request, [Parameter(Mandatory)] [string] $ErrorId,
        [Parameter(Mandatory)] [System.Management.Automation.ErrorCategory] $Category, [Parameter(Mandatory)] [string] $ServiceMessage)
    $ErrorRecord.FullyQualifiedErrorId | Should -BeExactly $ErrorId
    $ErrorRecord.CategoryInfo.Category | Should -Be $Category
    $Request.requestId | Should -MatchExactly '^[0-9a-f]{32}$'
    $ErrorRecord.Exception.Message | Should -BeLikeExactly "*$([WildcardPattern]::Escape($ServiceMessage))*(request id $($Request.requestId))"
    $ErrorRecord
}

# Runs a script in a thread job of this process, with the module imported and connected to the
# emulator as Use-FreshTestEmulator connects, and returns its Output, Errors and Progress records: a
# job keeps every progress record, which pwsh otherwise hands only to the host. The script gets
# -ArgumentList as $args.
function Invoke-TestThreadJob {
    param($Emulator, [Parameter(Mandatory)] [scriptblock] $ScriptBlock, [object[]] $ArgumentList = @(), [int] $TimeoutSec = 120)
    $job = Start-ThreadJob -ArgumentList $PSScriptRoot, $Emulator, "$ScriptBlock", $ArgumentList -ScriptBlock {
        param($tests, $emulator, $script, $arguments)
        . (Join-Path $tests 'TestHelpers.ps1')
        Import-Module (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')
        Connect-TestEmulator $emulator | Out-Null
        & ([scriptblock]::Create($script)) @arguments
    }
    try {
        if (-not (Wait-Job $job -Timeout $TimeoutSec)) { throw "The thread job did not finish within $TimeoutSec s." }
        $progress = @($job.Progress)
        # Receive-Job would show the progress again on this host.
        $ProgressPreference = 'SilentlyContinue'
        $errors = $null
        $output = @(Receive-Job $job -ErrorVariable errors -ErrorAction SilentlyContinue)
        [pscustomobject]@{ Output = $output; Errors = @($errors); Progress = $progress }
    }
    finally {
        Remove-Job $job -Force
    }
}

# A misbehaving Kafka list endpoint (not the emulator, whose faults cannot replay a page): it ignores
# start and limit and answers every request with the same page of PageSize tasks and a task_count of
# Total. Url ends with '/'; Queries holds each request's query string. Stop it with
# Stop-TestRepeatingPageServer.
function Start-TestRepeatingPageServer {
    param([int] $PageSize, [int] $Total)
    $tasks = 0..($PageSize - 1) | ForEach-Object {
        '{"id":"repeated-' + $_ + '","name":"createTopic","status":"SUCCESS","params":"{}","created_at":"2024-05-15T03:19:51.046Z"}'
    }
    $page = [System.Text.Encoding]::UTF8.GetBytes('{"task_count":"' + $Total + '","tasks":[' + ($tasks -join ',') + ']}')
    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start()
    $url = "http://127.0.0.1:$($probe.LocalEndpoint.Port)/"
    $probe.Stop()
    $listener = [System.Net.HttpListener]::new()
    $listener.Prefixes.Add($url)
    $listener.Start()
    $queries = [System.Collections.Concurrent.ConcurrentQueue[string]]::new()
    $job = Start-ThreadJob -ArgumentList $listener, $page, $queries -ScriptBlock {
        param($listener, $page, $queries)
        while ($listener.IsListening) {
            # Close() ends a pending GetContext with an exception.
            try { $context = $listener.GetContext() } catch { return }
            $queries.Enqueue($context.Request.Url.Query.TrimStart('?'))
            $context.Response.ContentType = 'application/json'
            $context.Response.ContentLength64 = $page.Length
            $context.Response.OutputStream.Write($page, 0, $page.Length)
            $context.Response.Close()
        }
    }
    [pscustomobject]@{ Url = $url; Queries = $queries; Listener = $listener; Job = $job }
}

function Stop-TestRepeatingPageServer {
    param($Server)
    if (-not $Server) { return }
    $Server.Listener.Close()
    Wait-Job $Server.Job -Timeout 10 | Out-Null
    Remove-Job $Server.Job -Force
}

# Seeds the default CDM cluster with only these jobs (seed format: docs/EMULATOR.md, e.g.
# @{ name = 'quick'; bootSeconds = 0.2; runSeconds = 0.6 }) and clears the request log.
function Set-TestCdmJobSeed {
    param($Emulator, [hashtable[]] $Job)
    $seed = @{ cdm = @{ clusters = @(@{ id = (Get-TestEmulatorDefault).CdmClusterId; name = 'c'; jobs = @($Job) }) } }
    Set-TestEmulatorSeed $Emulator ($seed | ConvertTo-Json -Depth 8)
}

# A command whose parameter validation refuses it before any request: PowerShell's binding error
# (ParameterArgumentValidationError of the cmdlet, InvalidData) names the parameter and the problem.
function Assert-RefusedBeforeSending {
    param($Emulator, [scriptblock] $Command, [string] $Parameter, [string] $Problem)
    $cmdlet = Get-Command ("$Command".Trim() -split '\s+')[0]
    $err = Assert-RefusedParameter (Invoke-TestCommand $Command) $Parameter $Problem
    $err.FullyQualifiedErrorId | Should -BeExactly "ParameterArgumentValidationError,$($cmdlet.ImplementingType.FullName)"
    @(Get-EmulatorRequestLog $Emulator).Count | Should -Be 0
}

# The ConfirmImpact a cmdlet declares (High: PowerShell asks before it acts unless -Confirm:$false).
function Get-TestConfirmImpact {
    param([string] $Name)
    $attributes = @((Get-Command $Name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true))
    if ($attributes.Count -ne 1) { throw "$Name has $($attributes.Count) Cmdlet attributes." }
    $attributes[0].ConfirmImpact
}

# Runs a command as a user's script would and keeps what each stream got: Output; Errors, every
# error record whether written (non-terminating) or thrown (terminating); the messages of Warnings,
# Verbose, Debug and Information; and Text, all of it as one string for secret scans (the errors'
# messages, exceptions, details, ids and targets included). Progress cannot be redirected in pwsh.
# It runs with $ErrorActionPreference = 'Continue', pwsh's default (Pester's It sets 'Stop').
function Invoke-TestCommand {
    param([Parameter(Mandatory)] [scriptblock] $Command)
    $ErrorActionPreference = 'Continue'
    $records = @(try { & $Command *>&1 } catch { $_ })
    $of = { param([type] $Type) @($records | Where-Object { $_ -is $Type }) }
    $errors = & $of ([System.Management.Automation.ErrorRecord])
    $messages = @{}
    foreach ($stream in 'Warning', 'Verbose', 'Debug') {
        $messages[$stream] = @(& $of ([type] "System.Management.Automation.$($stream)Record") | ForEach-Object Message)
    }
    $information = @(& $of ([System.Management.Automation.InformationRecord]) | ForEach-Object { "$($_.MessageData)" })
    $output = @($records | Where-Object {
            $_ -isnot [System.Management.Automation.ErrorRecord] -and $_ -isnot [System.Management.Automation.InformationalRecord] -and
            $_ -isnot [System.Management.Automation.InformationRecord] })
    $errorText = $errors | ForEach-Object { "$_"; "$($_.Exception)"; "$($_.ErrorDetails.Message)"; $_.FullyQualifiedErrorId; "$($_.TargetObject)" }
    [pscustomobject]@{
        Output      = $output
        Errors      = $errors
        Warnings    = $messages.Warning
        Verbose     = $messages.Verbose
        Debug       = $messages.Debug
        Information = $information
        Text        = @($output | ForEach-Object { "$_" }) + $errorText + $messages.Warning + $messages.Verbose + $messages.Debug + $information -join "`n"
    }
}

# The request log exactly as the emulator serves it, for scans of everything it holds.
function Get-EmulatorRequestLogText {
    param($Emulator)
    (Invoke-WebRequest -Uri "$($Emulator.Url)/_emulator/requests").Content
}

# Each object is of the named HwTasks.Core type and knows where it lives: the region and project of
# the session Connect-TestEmulator made.
function Assert-LocatedModel {
    param([Parameter(Mandatory, Position = 0)] [type] $Type, [Parameter(Mandatory, ValueFromPipeline)] $InputObject)
    process {
        $InputObject | Should -BeOfType $Type
        $InputObject.Region | Should -Be (Get-TestEmulatorDefault).Region
        $InputObject.ProjectId | Should -Be (Get-TestEmulatorDefault).ProjectCnNorth4
    }
}

# The one error of a run (Invoke-TestCommand) is a service's answer: its stable id, category, the
# service's code or message, and the request id of the logged answer at the end of the message.
function Assert-ServiceError {
    param([Parameter(Mandatory)] $Run, [Parameter(Mandatory)] $Request, [Parameter(Mandatory)] [string] $ErrorId,
        [Parameter(Mandatory)] [System.Management.Automation.ErrorCategory] $Category, [Parameter(Mandatory)] [string] $ServiceMessage)
    $Run.Errors.Count | Should -Be 1
    Assert-ServiceErrorRecord $Run.Errors[0] $Request $ErrorId $Category $ServiceMessage
}

# The one error of a run (Invoke-TestCommand) is PowerShell's parameter binding refusing an
# argument: its validation (InvalidData), or with -Stage Conversion its conversion to the parameter's
# type (an enum, InvalidArgument). The message names the parameter and the problem.
function Assert-RefusedParameter {
    param([Parameter(Mandatory)] $Run, [Parameter(Mandatory)] [string] $Parameter, [Parameter(Mandatory)] [string] $Problem,
        [ValidateSet('Validation', 'Conversion')] [string] $Stage = 'Validation')
    $Run.Errors.Count | Should -Be 1
    $Run.Errors[0].FullyQualifiedErrorId | Should -BeLikeExactly $(if ($Stage -eq 'Validation') { 'ParameterArgumentValidationError,*' } else { 'CannotConvertArgumentNoMessage,*' })
    $Run.Errors[0].CategoryInfo.Category | Should -Be $(if ($Stage -eq 'Validation') { 'InvalidData' } else { 'InvalidArgument' })
    $Run.Errors[0].Exception.Message | Should -BeLikeExactly "*'$Parameter'*"
    $Run.Errors[0].Exception.Message | Should -BeLikeExactly "*$([WildcardPattern]::Escape($Problem))*"
    $Run.Errors[0]
}

# The one error of a run (Invoke-TestCommand) is an argument the command itself refuses
# (InvalidArgument), with its stable id and a message that says what is wrong.
function Assert-InvalidArgument {
    param([Parameter(Mandatory)] $Run, [Parameter(Mandatory)] [string] $ErrorId, [Parameter(Mandatory)] [string] $MessagePart)
    $Run.Errors.Count | Should -Be 1
    $Run.Errors[0].FullyQualifiedErrorId | Should -BeExactly $ErrorId
    $Run.Errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    $Run.Errors[0].Exception.Message | Should -BeLikeExactly "*$([WildcardPattern]::Escape($MessagePart))*"
    $Run.Errors[0]
}

# The one request the emulator logged since the last reset; the test fails if it logged none or more.
function Get-SingleEmulatorRequest {
    param($Emulator)
    $log = @(Get-EmulatorRequestLog $Emulator)
    $log.Count | Should -Be 1 -Because 'exactly one request should have gone on the wire'
    $log[0]
}

# The variables that say where credentials come from, as Save-TestCredentialVariables saves them.
function Get-TestCredentialVariableName {
    'HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_PROJECT_ID',
    'HUAWEICLOUD_SDK_IAM_ENDPOINT', 'HUAWEICLOUD_SDK_REGION', 'HUAWEICLOUD_SDK_CREDENTIALS_FILE', 'CLOUD_SDK_AK', 'CLOUD_SDK_SK'
}

# For a suite's BeforeAll: saves and clears the credential variables of this process (jobs and
# fresh processes inherit them), so a test sees only the credentials it sets up. Returns what
# Restore-TestCredentialVariables puts back in AfterAll.
function Save-TestCredentialVariables {
    $saved = @{}
    foreach ($name in Get-TestCredentialVariableName) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $null)
    }
    $saved
}

function Restore-TestCredentialVariables {
    param([hashtable] $Saved)
    foreach ($name in $Saved.Keys) { [Environment]::SetEnvironmentVariable($name, $Saved[$name]) }
}

# For BeforeEach: clears the credential variables again and points HUAWEICLOUD_SDK_CREDENTIALS_FILE
# at a file in a new temporary folder (neither exists yet), never the user's ~/.huaweicloud.
# Returns the file's path; Remove-TestCredentialsFile deletes its folder.
function Use-TestCredentialsFile {
    foreach ($name in Get-TestCredentialVariableName) { [Environment]::SetEnvironmentVariable($name, $null) }
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-profiles-' + [guid]::NewGuid().ToString('N'))
    $path = Join-Path $folder 'credentials'
    $env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $path
    $path
}

function Remove-TestCredentialsFile {
    param([string] $Path)
    if ($Path) { Remove-Item -LiteralPath (Split-Path -Parent $Path) -Recurse -Force -ErrorAction SilentlyContinue }
}

# Writes a credentials file as a careful user would: lines joined by "`n" (or -NewLine), the folder
# created, and mode 0600 on Unix (so no permission warning joins the streams a test checks).
function Set-TestCredentialsFile {
    param([Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [AllowEmptyString()] [string[]] $Line, [string] $NewLine = "`n")
    New-Item -ItemType Directory -Path (Split-Path -Parent $Path) -Force | Out-Null
    [System.IO.File]::WriteAllText($Path, ($Line -join $NewLine) + $NewLine)
    if (-not $IsWindows) { [System.IO.File]::SetUnixFileMode($Path, [System.IO.UnixFileMode]'UserRead, UserWrite') }
}

# The emulator's permanent access key pair as the PSCredential Save-HwCloudProfile takes.
function Get-TestEmulatorCredential {
    $defaults = Get-TestEmulatorDefault
    New-TestCredential $defaults.AccessKey $defaults.SecretKey
}

# Waits for a job (Start-Job, Start-ThreadJob) to end, removes it, and returns its Output and Errors.
function Receive-TestJob {
    param([Parameter(Mandatory)] $Job, [int] $TimeoutSec = 120)
    try {
        if (-not (Wait-Job $Job -Timeout $TimeoutSec)) { throw "The job did not finish within $TimeoutSec s." }
        $errors = $null
        $output = @(Receive-Job $Job -ErrorVariable errors -ErrorAction SilentlyContinue)
        [pscustomobject]@{ Output = $output; Errors = @($errors) }
    }
    finally {
        Remove-Job $Job -Force
    }
}

# The non-blank lines of formatted output as a console of Width columns shows them, without their
# trailing spaces: `Get-FormattedLine { $tasks | Format-Table } 120`.
function Get-FormattedLine {
    param([Parameter(Mandatory)] [scriptblock] $Format, [int] $Width = 120)
    @((& $Format | Out-String -Width $Width) -split '\r?\n' | ForEach-Object TrimEnd | Where-Object { $_ })
}

# A time as the table views show it: to the minute, in this computer's local time.
function Get-TableTime {
    param([DateTimeOffset] $Time)
    $Time.ToLocalTime().ToString('yyyy-MM-dd HH:mm', [cultureinfo]::InvariantCulture)
}

# What Tab offers at the end of a command line, as pwsh completes it for a user.
function Get-CompletionText {
    param([string] $Line)
    (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText
}
