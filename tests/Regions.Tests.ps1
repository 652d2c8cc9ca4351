# Get-HwCloudRegion: the catalog of regions and public endpoints, read without the network.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1') -Force -Global
    # The services HwTasks defines: the enumerations below come from them, so a new service is checked without an edit here.
    $script:services = [HwTasks.Core.Endpoints.CloudService]::All
}

Describe 'Get-HwCloudRegion' {
    It 'writes Kafka''s European regions as typed objects, eu-west-101 on the .eu domain' {
        $regions = @(Get-HwCloudRegion -Service Kafka -Name eu-*)

        $regions.Count | Should -Be 2
        $regions | ForEach-Object { $_ | Should -BeOfType ([HwTasks.Core.Endpoints.HwCloudRegion]) }
        $regions | ForEach-Object { "$($_.Service)|$($_.DisplayName)|$($_.Region)|$($_.Endpoint)" } | Should -BeExactly @(
            'Kafka|Kafka|eu-west-0|https://dms.eu-west-0.myhuaweicloud.com'
            'Kafka|Kafka|eu-west-101|https://dms.eu-west-101.myhuaweicloud.eu')
    }

    It 'lists every service''s regions, sorted by service then region, each at its public endpoint' {
        $all = @(Get-HwCloudRegion)

        $elsewhere = @($script:services.Regions | Sort-Object -Unique -CaseSensitive)
        $counts = @($all | Group-Object Service -NoElement | ForEach-Object { "$($_.Name)=$($_.Count)" })
        $counts | Should -BeExactly @($script:services | ForEach-Object { "$($_.Name)=$(if ($_.Regions.Count) { $_.Regions.Count } else { $elsewhere.Count })" })
        $counts | Should -Contain 'Cdm=20' -Because 'the SDKs know CDM in 20 regions'
        foreach ($service in $script:services | Where-Object { $_.Regions.Count }) {
            ($all | Where-Object Service -EQ $service.Name).Region | Should -BeExactly @($service.Regions | Sort-Object -CaseSensitive) -Because "$service is listed in the regions it defines"
        }
        $sorted = @($all | Sort-Object { $_.Service }, { $_.Region } -CaseSensitive)
        ($all | ForEach-Object { "$($_.Service) $($_.Region)" }) | Should -BeExactly @($sorted | ForEach-Object { "$($_.Service) $($_.Region)" })
        $wrong = @($all | Where-Object {
                $service = [HwTasks.Core.Endpoints.CloudService]::Parse($_.Service)
                $_.Endpoint -cne "https://$($service.HostPrefix).$($_.Region).$($service.DomainIn($_.Region))"
            })
        $wrong | Should -BeNullOrEmpty
        ($all | Where-Object { $_.Service -eq 'DataArts' -and $_.Region -eq 'cn-north-4' }).Endpoint | Should -BeExactly 'https://dayu.cn-north-4.myhuaweicloud.com' -Because 'a host prefix need not be the service name'
        (Get-HwCloudRegion -Service Iam).Region | Should -BeExactly @(@($all | Where-Object Service -NE 'Iam').Region | Sort-Object -Unique -CaseSensitive) -Because 'IAM, offered everywhere, is listed in every region another service is in'
    }

    It 'takes service names in any case, several services and several patterns' {
        $regions = @(Get-HwCloudRegion -Service oms, CDM -Name 'cn-north-4', 'ap-southeast-[12]')

        $regions | ForEach-Object { "$($_.Service) $($_.Region)" } | Should -BeExactly @(
            'Cdm ap-southeast-1', 'Cdm ap-southeast-2', 'Cdm cn-north-4'
            'Oms ap-southeast-1', 'Oms ap-southeast-2', 'Oms cn-north-4')
        $inCnNorth2 = @((Get-HwCloudRegion -Name cn-north-2).Service)
        $inCnNorth2 | Should -BeExactly @($script:services | Where-Object { $_.Serves('cn-north-2') } | ForEach-Object Name)
        $inCnNorth2 | Should -Contain 'Cdm'
        $inCnNorth2 | Should -Not -Contain 'Oms' -Because 'OMS is not offered in cn-north-2'
    }

    It 'shows the public table, whatever endpoint variables this machine sets' {
        $run = Invoke-FreshPwsh -Script @'
param($manifest)
$env:HUAWEICLOUD_SDK_REGION_CDM_CN_NORTH_4 = 'https://cdm.private.example'
$env:HUAWEICLOUD_SDK_IAM_ENDPOINT = 'https://iam.private.example'
Import-Module $manifest
(Get-HwCloudRegion -Service Cdm, Iam -Name cn-north-4).Endpoint
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')

        $run.Output | Should -BeExactly @('https://cdm.cn-north-4.myhuaweicloud.com', 'https://iam.cn-north-4.myhuaweicloud.com')
        $run.ExitCode | Should -Be 0
    }

    It 'writes RegionNotFound for a plain region no chosen service is in, and nothing for a pattern that matches none' {
        $run = Invoke-TestCommand { Get-HwCloudRegion -Service Oms -Name cn-north-2, 'xx-*', cn-north-4 }
        $anywhere = Invoke-TestCommand { Get-HwCloudRegion -Name xx-nowhere-1 }

        $run.Output | ForEach-Object { "$($_.Service) $($_.Region)" } | Should -BeExactly @('Oms cn-north-4')
        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'RegionNotFound,HwTasks.Commands.Regions.GetHwCloudRegionCommand'
        $run.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $run.Errors[0].TargetObject | Should -BeExactly 'cn-north-2'
        $run.Errors[0].Exception.Message | Should -BeExactly "'cn-north-2' is not a region OMS is offered in. Run Get-HwCloudRegion -Service Oms to list the regions."
        $anywhere.Output | Should -BeNullOrEmpty
        $anywhere.Errors[0].Exception.Message | Should -BeExactly "'xx-nowhere-1' is not a region any service HwTasks knows is offered in. Run Get-HwCloudRegion to list the regions."
    }

    It 'refuses a service it does not know, naming the ones it does' {
        $run = Invoke-TestCommand { Get-HwCloudRegion -Service Nope }

        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'CannotConvertArgumentNoMessage,HwTasks.Commands.Regions.GetHwCloudRegionCommand'
        $run.Errors[0].Exception.Message | Should -BeLikeExactly "*'Nope' is not a service HwTasks knows. Use one of: $($script:services.Name -join ', ').*"
        $run.Errors[0].Exception.Message | Should -BeLike '*Use one of:*Cdm*Oms*'
    }

    It 'shows a table of service, display name, region and endpoint at 120 columns' {
        Get-FormattedLine { Get-HwCloudRegion -Service Kafka, DataArts -Name eu-west-101, my-kualalumpur-1 | Format-Table } 120 | Should -BeExactly @(
            'Service  DisplayName      Region             Endpoint'
            '-------  -----------      ------             --------'
            'DataArts DataArts Studio  eu-west-101        https://dayu.eu-west-101.myhuaweicloud.com'
            'DataArts DataArts Studio  my-kualalumpur-1   https://dayu.my-kualalumpur-1.myhuaweicloud.com'
            'Kafka    Kafka            eu-west-101        https://dms.eu-west-101.myhuaweicloud.eu'
            'Kafka    Kafka            my-kualalumpur-1   https://dms.my-kualalumpur-1.myhuaweicloud.com')
    }

    It 'completes -Service with the service names and -Name with the regions of the services given' {
        Get-CompletionText 'Get-HwCloudRegion -Service Ka' | Should -BeExactly @('Kafka')
        Get-CompletionText 'Get-HwCloudRegion -Service Kafka -Name eu-' | Should -BeExactly @('eu-west-0', 'eu-west-101')
        Get-CompletionText 'Get-HwCloudRegion -Service Oms, Kafka -Name eu-' | Should -BeExactly @('eu-west-0', 'eu-west-101') -Because 'OMS is in no eu- region, Kafka is'
        Get-CompletionText 'Get-HwCloudRegion -Service Oms -Name cn-north-' | Should -BeExactly @('cn-north-1', 'cn-north-12', 'cn-north-4', 'cn-north-9')
        Get-CompletionText 'Get-HwCloudRegion -Name my-' | Should -BeExactly @('my-kualalumpur-1')
    }

    It 'is exported and has help with examples' {
        (Import-PowerShellDataFile (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')).CmdletsToExport | Should -Contain 'Get-HwCloudRegion'
        $help = Get-Help Get-HwCloudRegion -Full

        $help.Synopsis | Should -BeExactly 'Lists the regions each service is offered in and the public endpoint HwTasks calls there.'
        @($help.Examples.Example).Count | Should -Be 3
        @($help.Examples.Example)[0].Code | Should -BeExactly 'Get-HwCloudRegion -Service Kafka -Name eu-*'
        @($help.Parameters.Parameter.Name) | Should -BeExactly @('Service', 'Name')
    }
}
