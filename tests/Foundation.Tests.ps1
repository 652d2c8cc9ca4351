# What Import-Module HwTasks gives a user: exactly the cmdlets its assembly defines, all compiled,
# each following the module's conventions (docs/CONTRIBUTING.md). The lists come from the assembly,
# so a new cmdlet is checked without editing this file.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:manifest = Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'
    Import-Module $script:manifest -Force
    $script:assembly = (Get-Module HwTasks).ImplementingAssembly
    # Every public cmdlet class of the module's assembly, by the name its [Cmdlet] attribute gives it.
    $script:defined = @($script:assembly.GetExportedTypes() |
            Where-Object { -not $_.IsAbstract } |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" }) | Sort-Object -CaseSensitive
    $script:common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    # The cmdlets of a service (HwTasks.Commands.<Service>): its list, show and action cmdlets.
    $services = [HwTasks.Core.Endpoints.CloudService]::All.Name
    $script:serviceCmdlets = @(Get-Command -Module HwTasks | Where-Object { $services -ccontains ($_.ImplementingType.Namespace -split '\.')[-1] })

    # "Cmdlet -Parameter" for each parameter of the module's cmdlets that matches the filter.
    function Get-ModuleParameter([scriptblock] $Where, [object[]] $Command = (Get-Command -Module HwTasks)) {
        foreach ($cmd in $Command) {
            foreach ($parameter in $cmd.Parameters.Values) {
                if ($parameter.Name -notin $script:common -and (& $Where $parameter)) { "$($cmd.Name) -$($parameter.Name)" }
            }
        }
    }
}

Describe 'HwTasks module' {
    It 'defines the documented cmdlets (one known one as a check that the list is read)' {
        $script:defined | Should -Contain 'Get-CdmJob'
        $script:defined | Should -Contain 'Wait-HwTask'
    }

    It 'exports exactly the cmdlets its assembly defines' {
        (Get-Command -Module HwTasks).Name | Sort-Object -CaseSensitive | Should -BeExactly $script:defined
    }

    It 'lists the same cmdlets by name in the manifest''s CmdletsToExport' {
        $exported = @((Import-PowerShellDataFile $script:manifest).CmdletsToExport)

        @($script:defined | Where-Object { $_ -cnotin $exported }) | Should -BeNullOrEmpty -Because 'a cmdlet class not in CmdletsToExport is not exported'
        @($exported | Where-Object { $_ -cnotin $script:defined }) | Should -BeNullOrEmpty -Because 'CmdletsToExport names no cmdlet the assembly lacks'
        $exported | Sort-Object -CaseSensitive | Should -BeExactly $script:defined
    }

    It 'exports only compiled cmdlets' {
        (Get-Command -Module HwTasks).CommandType | Sort-Object -Unique | Should -Be @('Cmdlet')
    }
}

Describe 'HwTasks conventions' {
    It 'declares enum-valued parameters as enums: no string parameter carries a ValidateSet' {
        # A string that takes a fixed set of values is an enum: typed on the object, named in help, one conversion error.
        $sets = @(Get-ModuleParameter { param($p) $p.Attributes.Where({ $_ -is [System.Management.Automation.ValidateSetAttribute] }).Count -gt 0 })
        $strings = @(Get-ModuleParameter { param($p) ($p.ParameterType -eq [string] -or $p.ParameterType -eq [string[]]) -and
                $p.Attributes.Where({ $_ -is [System.Management.Automation.ValidateSetAttribute] }).Count -gt 0 })

        $strings | Should -BeNullOrEmpty
        $sets | Should -Contain 'Get-OmsSyncTask -Status' -Because 'the check must see the ValidateSets there are'
    }

    It 'uses a ValidateSet on an enum only to keep Unknown out' {
        $wrong = foreach ($cmd in Get-Command -Module HwTasks) {
            foreach ($parameter in $cmd.Parameters.Values) {
                $set = $parameter.Attributes.Where({ $_ -is [System.Management.Automation.ValidateSetAttribute] })
                $type = $parameter.ParameterType
                if ([Nullable]::GetUnderlyingType($type)) { $type = [Nullable]::GetUnderlyingType($type) }
                if ($set.Count -eq 0 -or -not $type.IsEnum) { continue }
                $expected = @([enum]::GetNames($type) | Where-Object { $_ -cne 'Unknown' })
                if (Compare-Object $expected @($set[0].ValidValues)) { "$($cmd.Name) -$($parameter.Name): $($set[0].ValidValues -join ', ') is not $($expected -join ', ')" }
            }
        }

        $wrong | Should -BeNullOrEmpty
    }

    It 'has a format view for every object type a cmdlet writes' {
        # The module's own object types (HwTasks.Core); an abstract one (ServiceObject, what Wait-HwTask writes) is shown by its subclass's view.
        $views = ([xml](Get-Content (Join-Path (Get-RepositoryRoot) 'HwTasks.format.ps1xml') -Raw)).Configuration.ViewDefinitions.View.ViewSelectedBy.TypeName
        $written = @(Get-Command -Module HwTasks | ForEach-Object { $_.OutputType.Type } | Where-Object { $_ -and -not $_.IsAbstract -and $_.Namespace -clike 'HwTasks.Core*' } |
                ForEach-Object FullName | Sort-Object -Unique -CaseSensitive)

        @($written | Where-Object { $_ -cnotin $views }) | Should -BeNullOrEmpty
        $written | Should -Contain 'HwTasks.Core.Services.Cdm.CdmJob' -Because 'the output types must be found to be checked'
    }

    It 'binds the id parameters of every service cmdlet from piped objects by property name, never by value' {
        # An id: a parameter named *Id, or one a service's live completer fills with its resources (CDM's jobs go by -JobName).
        $isId = { param($p) $p.Name -clike '*Id' -or
            $p.Attributes.Where({ $_ -is [System.Management.Automation.ArgumentCompleterAttribute] -and "$($_.Type.Namespace)" -clike 'HwTasks.Commands.*' }).Count -gt 0 }
        $ids = @(Get-ModuleParameter $isId $script:serviceCmdlets)
        $byValueOrNotByName = @(Get-ModuleParameter { param($p) (& $isId $p) -and $p.ParameterSets.Values.Where({ $_.ValueFromPipeline -or -not $_.ValueFromPipelineByPropertyName }).Count -gt 0 } $script:serviceCmdlets)

        $byValueOrNotByName | Should -BeNullOrEmpty
        $ids | Should -Contain 'Stop-CdmJob -JobName' -Because 'a service''s id parameters must be found to be checked'
        $ids | Should -Contain 'Get-OmsSyncTask -SyncTaskId'
    }

    It 'completes every resource id of every service cmdlet from the live service' {
        # -ProjectId names where to call, not a resource of the service: it is validated, not listed.
        $uncompleted = @(Get-ModuleParameter { param($p) $p.Name -clike '*Id' -and $p.Name -cne 'ProjectId' -and
                $p.Attributes.Where({ $_ -is [System.Management.Automation.ArgumentCompleterAttribute] -and "$($_.Type.Namespace)" -clike 'HwTasks.Commands.*' }).Count -eq 0 } $script:serviceCmdlets)
        $ids = @(Get-ModuleParameter { param($p) $p.Name -clike '*Id' -and $p.Name -cne 'ProjectId' } $script:serviceCmdlets)

        $uncompleted | Should -BeNullOrEmpty
        $ids | Should -Contain 'Get-KafkaBackgroundTask -InstanceId'
    }
}
