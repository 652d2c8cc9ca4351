# The time properties of the objects the cmdlets write: one naming scheme across services
# (docs/CONTRIBUTING.md, "Time properties"), and the names 0.1.0 published still read for a release
# through HwTasks.types.ps1xml. The types come from the cmdlets' [OutputType], so a new cmdlet's
# objects are checked without editing this file.
BeforeDiscovery {
    # What 0.1.0 called each renamed property (the CHANGELOG's list); users' scripts rely on these.
    $renamed = @(
        @{ Type = 'Aom.AomWorkflow'; Old = 'CreateTime'; New = 'CreatedTime' }
        @{ Type = 'Aom.AomWorkflow'; Old = 'UpdateTime'; New = 'UpdatedTime' }
        @{ Type = 'Aom.AomWorkflow'; Old = 'LastExecutionStartTime'; New = 'LastExecutionStartedTime' }
        @{ Type = 'Cdm.CdmCluster'; Old = 'Created'; New = 'CreatedTime' }
        @{ Type = 'Cdm.CdmCluster'; Old = 'Updated'; New = 'UpdatedTime' }
        @{ Type = 'Cdm.CdmJob'; Old = 'CreationDate'; New = 'CreatedTime' }
        @{ Type = 'Cdm.CdmJob'; Old = 'UpdateDate'; New = 'UpdatedTime' }
        @{ Type = 'Cdm.CdmJob'; Old = 'LastRunStartDate'; New = 'LastRunStartedTime' }
        @{ Type = 'Cdm.CdmJob'; Old = 'LastRunUpdateDate'; New = 'LastRunUpdatedTime' }
        @{ Type = 'Cdm.CdmJob'; Old = 'LastUpdateDate'; New = 'LastUpdatedTime' }
        @{ Type = 'Cdm.CdmJobSubmission'; Old = 'CreationDate'; New = 'CreatedTime' }
        @{ Type = 'Cdm.CdmJobSubmission'; Old = 'ExecuteDate'; New = 'ExecutedTime' }
        @{ Type = 'Cdm.CdmJobSubmission'; Old = 'LastUpdateDate'; New = 'LastUpdatedTime' }
        @{ Type = 'DataArts.DataArtsMetadataTask'; Old = 'CreateTime'; New = 'CreatedTime' }
        @{ Type = 'DataArts.DataArtsMetadataTask'; Old = 'UpdateTime'; New = 'UpdatedTime' }
        @{ Type = 'DataArts.DataArtsTaskActionResult'; Old = 'RequestedAt'; New = 'RequestedTime' }
        @{ Type = 'DataArts.DataArtsWorkspace'; Old = 'CreateTime'; New = 'CreatedTime' }
        @{ Type = 'Kafka.KafkaBackgroundTask'; Old = 'CreatedAt'; New = 'CreatedTime' }
        @{ Type = 'Kafka.KafkaBackgroundTask'; Old = 'UpdatedAt'; New = 'UpdatedTime' }
        @{ Type = 'Kafka.KafkaInstance'; Old = 'CreatedAt'; New = 'CreatedTime' }
        @{ Type = 'Oms.OmsSyncTask'; Old = 'CreateTime'; New = 'CreatedTime' }
        @{ Type = 'Oms.OmsSyncTask'; Old = 'LastStartTime'; New = 'LastStartedTime' }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') -Force
    $script:assembly = [HwTasks.Core.Services.ServiceObject].Assembly

    # "Type.Property" for every DateTimeOffset/DateTime property of the module's output types and of
    # the module's types they hold (a DataArtsMetadataTask's Schedule).
    function Get-TimeProperty {
        $pending = [System.Collections.Generic.Queue[type]]::new()
        Get-Command -Module HwTasks | ForEach-Object { $_.OutputType.Type } |
            Where-Object { $_ -and $_.Namespace -clike 'HwTasks.Core*' } | ForEach-Object { $pending.Enqueue($_) }
        $seen = [System.Collections.Generic.HashSet[type]]::new()
        while ($pending.Count) {
            $type = $pending.Dequeue()
            if (-not $seen.Add($type)) { continue }
            foreach ($property in $type.GetProperties()) {
                $valueType = [Nullable]::GetUnderlyingType($property.PropertyType) ?? $property.PropertyType
                if ($valueType -in [DateTimeOffset], [DateTime]) { "$($type.Name).$($property.Name)" }
                elseif ($valueType.Namespace -clike 'HwTasks.Core*' -and -not $valueType.IsEnum) { $pending.Enqueue($valueType) }
            }
        }
    }
}

Describe 'Time property names' {
    It 'names every time property of every output type for its event and Time: CreatedTime, UpdatedTime, LastRunStartedTime, NextRunTime' {
        $all = @(Get-TimeProperty | Sort-Object -Unique -CaseSensitive)

        @($all | Where-Object { ($_ -split '\.')[-1] -cnotmatch '^[A-Z][A-Za-z]*Time$' -or ($_ -split '\.')[-1] -cmatch '(Create|Creation|Update|Execute|Modified|Modify)Time$' }) |
            Should -BeNullOrEmpty -Because 'the scheme is CreatedTime, UpdatedTime, <Qualifier><PastParticiple>Time for a moment that happened, <Noun>Time for a planned one'
        $all | Should -Contain 'CdmJob.CreatedTime' -Because 'the output types must be found to be checked'
        $all | Should -Contain 'DataArtsSchedule.StartTime' -Because 'the types an output object holds are checked too'
    }
}

Describe 'The names of 0.1.0' {
    It '<Type>.<Old> reads the same value as <New>, also through Select-Object' -ForEach $renamed {
        $type = $script:assembly.GetType("HwTasks.Core.Services.$Type", $true)
        $type.GetProperty($Old) | Should -BeNullOrEmpty -Because 'the old name is an alias now, not a second property'
        $object = [Activator]::CreateInstance($type, $true)
        $value = [DateTimeOffset]::new(2024, 5, 15, 3, 19, 51, [TimeSpan]::FromHours(8))
        $type.GetProperty($New).SetValue($object, [Nullable[DateTimeOffset]] $value)

        $object.$Old | Should -Be $value
        $object.$New | Should -Be $value
        ($object | Select-Object $Old).$Old | Should -Be $value
    }

    It 'has an alias in HwTasks.types.ps1xml for each renamed property, and no other' -ForEach @{ Renamed = $renamed } {
        $types = [xml](Get-Content (Join-Path (Get-RepositoryRoot) 'HwTasks.types.ps1xml') -Raw)
        $aliases = @(foreach ($type in $types.Types.Type) {
                foreach ($alias in $type.Members.AliasProperty) { "$($type.Name) $($alias.Name) -> $($alias.ReferencedMemberName)" }
            }) | Sort-Object -CaseSensitive
        $aliases | Should -BeExactly @($Renamed | ForEach-Object { "HwTasks.Core.Services.$($_.Type) $($_.Old) -> $($_.New)" } | Sort-Object -CaseSensitive)
    }
}
