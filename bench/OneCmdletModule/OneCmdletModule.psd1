@{
    RootModule        = 'OneCmdletModule.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '0f4c7b0e-3a7e-4c6b-9a55-1e0a6f1d2c3b'
    CmdletsToExport   = @('Get-Nothing')
    FunctionsToExport = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
