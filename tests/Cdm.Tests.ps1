BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:jobPath = "/v1.1/0123456789abcdef0123456789abcdef/clusters/$script:cluster/cdm/job"
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'CDM jobs' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'starts a job with the documented request and writes a typed submission' {
        $submission = Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive
        $submission | Should -BeOfType 'HwTasks.Core.Services.Cdm.CdmJobSubmission'
        $submission.Status | Should -Be 'Booting'
        $submission.CreationDate | Should -BeOfType [datetimeoffset]
        $log = @(Get-EmulatorRequestLog $script:emulator)
        Get-RequestLine $log[0] | Should -Be "PUT $($script:jobPath)/jdbc2hive/start"
        $log[0].body | Should -Be '{"variables":{}}'
    }

    It 'reports an unknown job as CdmJobNotFound with the request id' {
        $err = $null
        Start-CdmJob -ClusterId $script:cluster -JobName no_such_job -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'CdmJobNotFound,HwTasks.Commands.Cdm.StartCdmJobCommand'
        $err[0].Exception.Message | Should -Match 'Cdm\.0100.*\(request id [0-9a-f]{32}\)$'
    }

    It 'sends nothing with -WhatIf' {
        Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -WhatIf
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'waits for a run with progress and writes the final run' {
        Set-TestEmulatorSeed $script:emulator ('{ "cdm": { "clusters": [ { "id": "' + $script:cluster + '", "name": "c", "jobs": [ { "name": "quick", "bootSeconds": 0.2, "runSeconds": 0.6 } ] } ] } }')
        $final = Start-CdmJob -ClusterId $script:cluster -JobName quick | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 20
        $final.Status | Should -Be 'Succeeded'
        $final.Progress | Should -Be 100
    }

    It 'times out a long run with WaitTimeout and no output' {
        Set-TestEmulatorSeed $script:emulator ('{ "cdm": { "clusters": [ { "id": "' + $script:cluster + '", "name": "c", "jobs": [ { "name": "long", "runSeconds": 600 } ] } ] } }')
        $err = $null
        $output = Start-CdmJob -ClusterId $script:cluster -JobName long | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'WaitTimeout,HwTasks.Commands.Tasks.WaitHwTaskCommand'
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
    }

    It 'refuses an unsupported object' {
        $err = $null
        'jdbc2hive' | Wait-HwTask -TimeoutSec 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'UnsupportedInputObject,HwTasks.Commands.Tasks.WaitHwTaskCommand'
    }
}
