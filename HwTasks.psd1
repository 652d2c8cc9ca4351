@{
    RootModule           = 'bin/HwTasks.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5d0c8a4e-3f6b-4f1e-9a57-2b8c1d7e4a90'
    Author               = 'HwTasks contributors'
    CompanyName          = 'HwTasks contributors'
    Copyright            = '(c) HwTasks contributors'
    Description          = 'Start, schedule, stop, enable, list and wait on the background tasks and jobs of Huawei Cloud services (CDM, AOM, OMS, Kafka, DataArts Studio) from PowerShell.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
    # Windows PowerShell only: netstandard2.0 in the box, and HttpClientHandler's own TLS and connection settings.
    DotNetFrameworkVersion = '4.7.2'
    # Loads before the root module: a clear message when a checkout is not built.
    NestedModules        = @('HwTasks.psm1')
    TypesToProcess       = @('HwTasks.types.ps1xml')
    FormatsToProcess     = @('HwTasks.format.ps1xml')
    FunctionsToExport    = @()
    CmdletsToExport      = @(
        'Connect-HwCloud'
        'Disconnect-HwCloud'
        'Get-HwCloudContext'
        'New-HwCloudContext'
        'Save-HwCloudProfile'
        'Get-HwCloudProfile'
        'Remove-HwCloudProfile'
        'Invoke-HwCloudRequest'
        'Get-HwCloudRegion'
        'Start-DataArtsMetadataTask'
        'Stop-DataArtsMetadataTask'
        'Get-DataArtsMetadataTask'
        'Get-DataArtsWorkspace'
        'Set-AomWorkflowTrigger'
        'Get-AomWorkflow'
        'Start-CdmJob'
        'Stop-CdmJob'
        'Get-CdmJobStatus'
        'Get-CdmJob'
        'Get-KafkaInstance'
        'Start-OmsSyncTask'
        'Stop-OmsSyncTask'
        'Get-OmsSyncTask'
        'Get-KafkaBackgroundTask'
        'Remove-KafkaBackgroundTask'
        'Wait-HwTask'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('HuaweiCloud', 'Huawei', 'CDM', 'AOM', 'OMS', 'Kafka', 'DataArts', 'Automation')
            # ProjectUri and LicenseUri: written by build.ps1 from ProjectHome (Directory.Build.props), only once the project has a home.
            # The changelog travels in the package (CHANGELOG.md beside this manifest).
            ReleaseNotes = 'What changed in each version: CHANGELOG.md in the module folder.'
        }
    }
}
