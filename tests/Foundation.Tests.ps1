# What Import-Module HwTasks gives a user: exactly the documented cmdlets, all compiled.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:manifest = Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'
    Import-Module $script:manifest -Force
    # The module's public commands.
    $script:documented = @(
        'Connect-HwCloud', 'Disconnect-HwCloud', 'Get-HwCloudContext', 'New-HwCloudContext'
        'Save-HwCloudProfile', 'Get-HwCloudProfile', 'Remove-HwCloudProfile'
        'Invoke-HwCloudRequest', 'Get-HwCloudRegion', 'Start-DataArtsMetadataTask', 'Stop-DataArtsMetadataTask', 'Get-DataArtsMetadataTask'
        'Set-AomWorkflowTrigger', 'Get-AomWorkflow', 'Start-CdmJob', 'Stop-CdmJob'
        'Get-CdmJobStatus', 'Get-CdmJob', 'Start-OmsSyncTask', 'Stop-OmsSyncTask'
        'Get-OmsSyncTask', 'Get-KafkaBackgroundTask', 'Remove-KafkaBackgroundTask', 'Wait-HwTask', 'Get-KafkaInstance', 'Get-DataArtsWorkspace'
    ) | Sort-Object -CaseSensitive
}

Describe 'HwTasks module' {
    It 'exports exactly the documented cmdlets' {
        (Get-Command -Module HwTasks).Name | Sort-Object -CaseSensitive | Should -BeExactly $script:documented
    }

    It 'lists the same cmdlets by name in the manifest''s CmdletsToExport' {
        (Import-PowerShellDataFile $script:manifest).CmdletsToExport | Sort-Object -CaseSensitive | Should -BeExactly $script:documented
    }

    It 'exports only compiled cmdlets' {
        (Get-Command -Module HwTasks).CommandType | Sort-Object -Unique | Should -Be @('Cmdlet')
    }
}
