@{
    RootModule           = 'bin/HwTasks.Testing.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '9b3f6c1e-2d4a-4e8b-a7c5-0f1e2d3c4b5a'
    Author               = 'HwTasks contributors'
    CompanyName          = 'HwTasks contributors'
    Copyright            = '(c) HwTasks contributors'
    Description          = 'Test scripts that use HwTasks through Pester against a local emulator of Huawei Cloud CDM, AOM, OMS, Kafka, DataArts Studio and IAM, hosted in the PowerShell process itself: seed it, inject faults, move its clock, and assert the requests it received.'
    # The emulator runs on the .NET runtime that PowerShell 7.4+ runs on; nothing else is needed.
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    # HwTasks loads HwTasks.Core, which the emulator and these cmdlets share with it.
    RequiredModules      = @(@{ ModuleName = 'HwTasks'; RequiredVersion = '0.1.0' })
    # Loads before the root module: a clear message when a checkout is not built.
    NestedModules        = @('HwTasks.Testing.psm1')
    FormatsToProcess     = @('HwTasks.Testing.format.ps1xml')
    FunctionsToExport    = @()
    CmdletsToExport      = @(
        'Start-HwCloudEmulator'
        'Stop-HwCloudEmulator'
        'Get-HwCloudEmulator'
        'Reset-HwCloudEmulator'
        'Set-HwCloudEmulatorSeed'
        'Move-HwCloudEmulatorClock'
        'Add-HwCloudEmulatorFault'
        'Get-HwCloudEmulatorRequest'
        'Clear-HwCloudEmulatorRequest'
        'Assert-HwCloudEmulatorRequest'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('HuaweiCloud', 'Huawei', 'Pester', 'Testing', 'Emulator', 'Mock', 'CDM', 'AOM', 'OMS', 'Kafka', 'DataArts', 'PSEdition_Core')
            # ProjectUri and LicenseUri: written by build.ps1 from ProjectHome (Directory.Build.props), only once the project has a home.
            # The changelog travels in the package (CHANGELOG.md beside this manifest).
            ReleaseNotes = 'What changed in each version: CHANGELOG.md in the module folder.'
        }
    }
}
