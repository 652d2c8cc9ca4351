# -Debug and -Verbose never prompt and never fail, interactive or not: PowerShell would turn -Debug
# into "Continue with this operation?" for every verbose line and warning. Run in fresh pwsh
# processes with empty standard input, so a prompt shows as a failure instead of a hang.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Start-TestEmulator
    $script:script = @'
param($manifest, $url, $ak, $sk, $project)
$ErrorActionPreference = 'Stop'
Import-Module $manifest
$sk = ConvertTo-SecureString $sk -AsPlainText -Force
$c = Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey $sk -Debug 5>$null
$status = Get-CdmJobStatus -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -Debug 5>&1
'debug lines: ' + @($status | Where-Object { $_ -is [System.Management.Automation.DebugRecord] }).Count
'verbose as debug: ' + @($status | Where-Object { $_ -is [System.Management.Automation.DebugRecord] -and $_.Message -like 'CDM ShowJobStatus: GET *' }).Count
$both = Get-CdmJobStatus -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -Debug -Verbose 4>&1 5>$null
'verbose lines with -Verbose: ' + @($both | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count
'done'
'@
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe '-Debug and -Verbose' {
    It 'never prompt in a non-interactive pwsh; verbose lines go to the debug stream under -Debug alone' -ForEach @(
        @{ Interactive = $false }
        @{ Interactive = $true }
    ) {
        Reset-TestEmulator $script:emulator
        $run = Invoke-FreshPwsh -Script $script:script -ArgumentList (@(Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') + (Get-TestEmulatorArgument $script:emulator)) -Interactive:$Interactive
        $run.Output -join "`n" | Should -Not -Match 'Continue with this operation|NonInteractive mode|Object reference'
        $run.Output[0] | Should -Match '^debug lines: ([1-9]\d+)$'
        $run.Output[1..3] | Should -Be @('verbose as debug: 1', 'verbose lines with -Verbose: 1', 'done')
        $run.ExitCode | Should -Be 0
    }
}
