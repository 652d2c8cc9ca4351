BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module (Join-Path (Split-Path -Parent $PSScriptRoot) 'HwTasks.psd1') -Force
    $script:emulator = Start-TestEmulator
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'HwTasks module' {
    It 'exports exactly the documented cmdlets' {
        $names = (Get-Command -Module HwTasks).Name | Sort-Object
        $names | Should -Contain 'Connect-HwCloud'
        $names | Should -Contain 'Invoke-HwCloudRequest'
        (Get-Command -Module HwTasks).CommandType | Sort-Object -Unique | Should -Be 'Cmdlet'
    }
}

Describe 'Connect-HwCloud and Invoke-HwCloudRequest' {
    BeforeEach {
        Reset-TestEmulator $script:emulator
    }

    It 'returns a context without secrets' {
        $context = Connect-TestEmulator $script:emulator
        $context.Identity | Should -Be 'AK EMUL…0001'
        ($context | Format-List * | Out-String) | Should -Not -Match 'EmulatorSecretKey'
    }

    It 'sends a signed request the emulator verifies' {
        Connect-TestEmulator $script:emulator | Out-Null
        $result = Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/{project_id}/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive'
        $result.jobs[0].name | Should -Be 'jdbc2hive'
        $log = @(Get-EmulatorRequestLog $script:emulator)
        $log.Count | Should -Be 1
        $log[0].status | Should -Be 200
        $log[0].headers.Authorization | Should -Be 'REDACTED'
    }

    It 'writes no secret on the debug and verbose streams' {
        Connect-TestEmulator $script:emulator | Out-Null
        $streams = Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/{project_id}/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive/status' -Debug -Verbose 5>&1 4>&1 | Out-String
        $streams | Should -Match 'Authorization: REDACTED'
        $streams | Should -Not -Match 'EmulatorSecretKey'
        $streams | Should -Not -Match 'EMULATORAK0000000001'
    }

    It 'reports a missing job as ObjectNotFound with the request id' {
        Connect-TestEmulator $script:emulator | Out-Null
        $err = $null
        Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/{project_id}/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/nope/status' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].Exception.Message | Should -Match 'Cdm\.0100.*request id [0-9a-f]{32}'
    }

    It 'sends nothing with -WhatIf' {
        Connect-TestEmulator $script:emulator | Out-Null
        Invoke-HwCloudRequest -Service Oms -Method POST -Path '/v2/{project_id}/sync-tasks/f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b/stop' -WhatIf
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}
