# Tab completion of argument values, as pwsh offers it when a user presses Tab at the end of a line.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Argument completion' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'completes -Region with the regions the service is offered in' {
        $oms = @(Get-CompletionText 'Get-OmsSyncTask -Region cn-')
        $kafka = @(Get-CompletionText 'Get-KafkaBackgroundTask -InstanceId x -Region eu-')

        $oms -ccontains 'cn-north-4' | Should -BeTrue
        $oms | Should -Not -Contain 'cn-north-2' -Because 'OMS is not offered there'
        $kafka | Should -BeExactly @('eu-west-0', 'eu-west-101')
    }

    It 'completes -JobName from the live job list of the cluster' {
        $names = @(Get-CompletionText 'Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName o')

        $names | Should -BeExactly @('obs2hive_logs', 'oracle2mrs_hbase')
        $request = Get-SingleEmulatorRequest $script:emulator
        $request.path | Should -BeLikeExactly '*/cdm/job/all'
    }

    It 'completes a Kafka -TaskId from the tasks of the instance' {
        $ids = @(Get-CompletionText 'Get-KafkaBackgroundTask -InstanceId a1b2c3d4-0000-1111-2222-333344445555 -TaskId 8abfa7b3')

        $ids -ccontains '8abfa7b372160bfd0172165864064079' | Should -BeTrue
    }

    It 'offers nothing, and writes no error, when the service fails or there is nothing to ask' {
        Add-TestEmulatorFault $script:emulator @{ path = '/v1.1/**'; count = 1; kind = 'status'; status = 500 }

        $failed = Invoke-TestCommand { Get-CompletionText 'Start-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName j' }
        $noCluster = Invoke-TestCommand { Get-CompletionText 'Start-CdmJob -JobName j' }

        $failed.Errors | Should -BeNullOrEmpty
        $failed.Output | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator).status | Should -Be @(500) -Because 'the completer asked once, and the service failed'
        $noCluster.Errors | Should -BeNullOrEmpty
        $noCluster.Output | Should -BeNullOrEmpty -Because 'without a cluster there is nothing to ask'
    }
}
