# Every public type of the module resolves by name in a user's script, as on Windows PowerShell:
# type literals, catch by type, -is, typed parameters, [enum] and Pester's -BeOfType.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') -Force
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
}

Describe 'Public type names' {
    It 'resolves a type literal of every public type of HwTasks and HwTasks.Core' {
        $assemblies = [HwTasks.Core.HwCloudContext].Assembly, [HwTasks.Commands.Cdm.StartCdmJobCommand].Assembly
        $types = $assemblies | ForEach-Object { $_.GetExportedTypes() } | Where-Object { -not $_.IsNested -and -not $_.ContainsGenericParameters }
        $types.Count | Should -BeGreaterThan 40
        $unresolved = $types | Where-Object { (Invoke-Expression "[$($_.FullName)]") -ne $_ } | ForEach-Object FullName
        $unresolved | Should -BeNullOrEmpty
    }

    It 'resolves them in a fresh pwsh right after import' {
        $run = Invoke-FreshPwsh -Script @'
param($manifest)
Import-Module $manifest
[HwTasks.Core.Services.Cdm.CdmJob].FullName
[enum]::GetNames([HwTasks.Core.Services.Cdm.CdmJobStatus]) -join ','
function Get-Region { param([HwTasks.Core.HwCloudContext] $Context) $Context.Region }
$sk = ConvertTo-SecureString 'x' -AsPlainText -Force
$context = New-HwCloudContext -AccessKey AK -SecretKey $sk -Region cn-north-4
$context -is [HwTasks.Core.HwCloudContext]
Get-Region -Context $context
try { Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -Context $context -EndpointUrl http://127.0.0.1:9 -ProjectId 0123456789abcdef0123456789abcdef -MaximumRetryCount 0 -ErrorAction Stop }
catch [HwTasks.Core.Errors.HwCloudException] { 'caught ' + $_.Exception.ErrorId }
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')
        $run.Output | Should -Be @(
            'HwTasks.Core.Services.Cdm.CdmJob'
            'Unknown,New,Booting,FailureOnSubmit,Running,Succeeded,Failed,NeverExecuted'
            'True'
            'cn-north-4'
            'caught ConnectionFailed')
    }

    It 'lets Should -BeOfType name the output types' {
        $emulator = Start-TestEmulator
        try {
            Connect-TestEmulator $emulator | Out-Null
            Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Should -BeOfType ([HwTasks.Core.Services.Cdm.CdmJob])
            Get-CdmJob -ClusterId $script:cluster -JobName jdbc2hive | Should -BeOfType 'HwTasks.Core.Services.Cdm.CdmJob'
            Get-HwCloudContext | Should -BeOfType ([HwTasks.Core.HwCloudContext])
        }
        finally {
            Disconnect-HwCloud
            Stop-TestEmulator $emulator
        }
    }
}
