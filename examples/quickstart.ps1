<#
.SYNOPSIS
    HwTasks in five services: start a CDM job and wait for it, pause and resume an AOM trigger,
    list yesterday's Kafka tasks, restart an OMS sync task, run a DataArts metadata collection.
.DESCRIPTION
    Runs against the local emulator by default. Against the real cloud only the Connect-HwCloud
    line changes (drop -EndpointUrl, pass your own keys) and the ids become yours.
    Uses only core cmdlets and .NET, so it runs in any PowerShell host.
#>
param(
    [string] $EndpointUrl = 'http://127.0.0.1:5080'
)
$ErrorActionPreference = 'Stop'
# Each step goes to Out-Default on its own, so each kind of object gets its own table.

function New-DemoSecret([string] $Text) {
    # The emulator's well-known demo keys; real keys come from Read-Host -AsSecureString or a vault.
    $secret = [System.Security.SecureString]::new()
    foreach ($c in $Text.ToCharArray()) { $secret.AppendChar($c) }
    $secret.MakeReadOnly()
    $secret
}

'== Connect (the only line that differs for the real cloud)'
Connect-HwCloud -EndpointUrl $EndpointUrl -Region cn-north-4 -AccessKey EMULATORAK0000000001 `
    -SecretKey (New-DemoSecret 'EmulatorSecretKey00000000000000000000001') | Out-Default

'== CDM: start a job and wait for it'
Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -Wait -PollIntervalSec 1 | Out-Default

'== AOM: pause the nightly cleanup trigger, then resume it'
Set-AomWorkflowTrigger -WorkflowId wf-cron-nightly-cleanup -State Disabled | Out-Default
Set-AomWorkflowTrigger -WorkflowId wf-cron-nightly-cleanup -State Enabled | Out-Default

'== Kafka: background tasks since yesterday'
Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -After ([datetime]::UtcNow.AddDays(-1)) | Out-Default

'== OMS: restart a stopped sync task (keys only as PSCredential)'
$source = [pscredential]::new('DEMOSOURCEAK00000001', (New-DemoSecret 'demo-source-secret-key'))
$destination = [pscredential]::new('DEMODESTAK0000000001', (New-DemoSecret 'demo-destination-secret-key'))
Start-OmsSyncTask -SyncTaskId f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b -SourceCredential $source -DestinationCredential $destination | Out-Default

'== DataArts: run a metadata collection now'
Start-DataArtsMetadataTask -WorkspaceId 0833a5737480d53b2f25c010dc1a7b88 -TaskId 2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a | Out-Default

'== Done'
