# Get-Help as a user sees it after Import-Module: the MAML the build compiles from docs/cmdlets and
# docs/cmdlets-testing must be found and complete for every cmdlet the two manifests export (a new
# cmdlet is covered without editing this file), and each module's about topic must be there.
BeforeDiscovery {
    $root = Split-Path -Parent (Split-Path -Parent $PSCommandPath)
    $script:cmdlets = @(foreach ($manifest in 'HwTasks.psd1', 'src/HwTasks.Testing/HwTasks.Testing.psd1') {
            (Import-PowerShellDataFile (Join-Path $root $manifest)).CmdletsToExport | ForEach-Object { @{ Name = $_ } }
        })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') -Force
    Import-Module (Join-Path (Get-RepositoryRoot) 'src/HwTasks.Testing/HwTasks.Testing.psd1') -Force
}

Describe 'Get-Help <Name> -Full' -ForEach $script:cmdlets {
    BeforeAll {
        $script:help = Get-Help $Name -Full
        $script:command = Get-Command $Name
    }

    It 'has a synopsis of its own' {
        $synopsis = "$($script:help.Synopsis)".Trim()
        $synopsis | Should -Not -BeNullOrEmpty
        $synopsis | Should -Not -BeLikeExactly "$Name*" -Because 'without MAML, Get-Help makes the synopsis up from the syntax, which starts with the name'
    }

    It 'has a description' {
        (@($script:help.description | ForEach-Object Text) -join ' ').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples, each with code' {
        @($script:help.examples.example).Count | Should -BeGreaterOrEqual 2
        @($script:help.examples.example | Where-Object { -not $_.code }).Count | Should -Be 0
    }

    It 'shows one syntax per parameter set' {
        @($script:help.syntax.syntaxItem).Count | Should -Be @($script:command.ParameterSets).Count
    }

    It 'describes every parameter but the common ones' {
        $described = @{}
        foreach ($parameter in @($script:help.parameters.parameter | Where-Object { $_.name })) {
            $described[$parameter.name] = (@($parameter.description | ForEach-Object Text) -join ' ').Trim()
        }
        $common = [System.Management.Automation.Cmdlet]::CommonParameters
        $undescribed = @($script:command.Parameters.Keys | Where-Object { $common -notcontains $_ -and -not $described[$_] })
        $undescribed | Should -BeNullOrEmpty
    }
}

Describe 'Parameter details in Get-Help' {
    It 'takes the parameter facts from the cmdlet: required, position, pipeline input, default value, -WhatIf' {
        $parameters = @{}
        foreach ($parameter in (Get-Help Invoke-HwCloudRequest -Full).parameters.parameter) { $parameters["$($parameter.name)"] = $parameter }

        "$($parameters.Service.required)" | Should -BeExactly 'true'
        "$($parameters.Service.position)" | Should -BeExactly '0'
        "$($parameters.Region.pipelineInput)" | Should -BeExactly 'True (ByPropertyName)'
        "$($parameters.TimeoutSec.defaultValue)" | Should -BeExactly '100'
        $parameters.Keys | Should -Contain 'WhatIf'
    }
}

Describe 'Get-Help about_HwTasks' {
    It 'finds the about topic, with its short description and the environment variables' {
        $topic = @(Get-Help about_HwTasks | ForEach-Object { "$_" }) -join "`n"

        $topic | Should -BeLikeExactly 'TOPIC*'
        $topic | Should -BeLikeExactly '*about_HwTasks*'
        $topic | Should -BeLikeExactly '*SHORT DESCRIPTION*'
        $topic | Should -BeLikeExactly '*HUAWEICLOUD_SDK_REGION*'
    }
}

Describe 'Get-Help about_HwTasks_Testing' {
    It 'finds the about topic, with its short description and the seed format' {
        $topic = @(Get-Help about_HwTasks_Testing | ForEach-Object { "$_" }) -join "`n"

        $topic | Should -BeLikeExactly 'TOPIC*about_HwTasks_Testing*'
        $topic | Should -BeLikeExactly '*SHORT DESCRIPTION*'
        $topic | Should -BeLikeExactly '*The seed format*'
        $topic | Should -BeLikeExactly '*Install-PSResource HwTasks.Testing*'
    }
}

# Get-Help -Online opens the first related link that has a uri (no cmdlet sets HelpUri), so every uri
# must be a real Huawei Cloud documentation page, and each service cmdlet names the API operation it calls.
Describe 'Related links of <Name>' -ForEach $script:cmdlets {
    It 'links only to https://support.huaweicloud.com pages' {
        $uris = @((Get-Help $Name -Full).relatedLinks.navigationLink | ForEach-Object { "$($_.uri)".Trim() } | Where-Object { $_ })
        foreach ($uri in $uris) { $uri | Should -Match '^https://support\.huaweicloud\.com/\S+$' }
    }
}

Describe 'API operation named in the help of <Name>' -ForEach @($script:cmdlets | Where-Object { $_.Name -match '^\w+-(Cdm|Oms|Kafka|Aom|DataArts)' }) {
    It 'has a related link "<Service> API reference: <Operation>", one operation per link' {
        $links = @((Get-Help $Name -Full).relatedLinks.navigationLink)
        @($links | Where-Object { $_.linkText -cmatch '^(CDM|OMS|Kafka|AOM|DataArts Studio) API reference: [A-Z][A-Za-z]+$' }).Count |
            Should -BeGreaterThan 0
    }
}
