BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:projectId = $script:emulator.ProjectId
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:moduleVersion = (Import-PowerShellDataFile (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1')).ModuleVersion
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Invoke-HwCloudRequest' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'sends a request signed with the session default, which the service verifies, and returns the parsed JSON' {
        $results = @(Invoke-HwCloudRequest -Service Cdm -Path "/v1.1/{project_id}/clusters/$($script:cluster)/cdm/job/jdbc2hive" -Query @{ page_size = 5 })

        $results.Count | Should -Be 1
        @($results[0].jobs).Count | Should -Be 1
        $results[0].jobs[0].name | Should -BeExactly 'jdbc2hive'
        $request = Get-SingleEmulatorRequest $script:emulator
        $request.status | Should -Be 200
        Get-RequestLine $request | Should -BeExactly "GET /v1.1/$($script:projectId)/clusters/$($script:cluster)/cdm/job/jdbc2hive?page_size=5"
        $request.headers.'X-Project-Id' | Should -BeExactly $script:projectId
        $request.headers.Authorization | Should -BeExactly 'REDACTED'
        $request.headers.'User-Agent' | Should -MatchExactly "^HwTasks/$([regex]::Escape($script:moduleVersion)) PowerShell/$([regex]::Escape("$($PSVersionTable.PSVersion)")) \(.+\)$"
    }

    It 'sends a -Body object as JSON and returns an answer that is not JSON as text' {
        $trigger = @(Invoke-HwCloudRequest -Service Aom -Method PUT -Path '/v1/{project_id}/cms/workflow/wf-cron-weekly-report/trigger/action' -Query @{ action = 'enable' })
        $list = @(Invoke-HwCloudRequest -Service Aom -Method POST -Path '/v1/{project_id}/cms/workflow-list' -Body @{ search = 'weekly'; page = 0; size = 10 })

        $trigger.Count | Should -Be 1
        $trigger[0] | Should -BeOfType ([string])
        $trigger[0] | Should -BeExactly '{"success"}'
        @($list[0].elements).Count | Should -Be 1
        $list[0].elements[0].trigger_status | Should -BeExactly 'enable'
        $log = @(Get-EmulatorRequestLog $script:emulator)
        # A hashtable's keys come in no fixed order.
        $log[1].bodyLength | Should -Be '{"search":"weekly","page":0,"size":10}'.Length
        $log[1].body | Should -BeLikeExactly '*"search":"weekly"*'
    }

    It 'writes a 404 as a non-terminating NotFound (ObjectNotFound) error with the service''s code and the request id' {
        $run = Invoke-TestCommand {
            Invoke-HwCloudRequest -Service Cdm -Path "/v1.1/{project_id}/clusters/$($script:cluster)/cdm/job/no_such_job/status"
            'after'
        }

        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'NotFound,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand'
        $run.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $run.Errors[0].Exception.Message | Should -MatchExactly '^CDM request failed: HTTP 404 Not Found, Cdm\.0100: Job\[no_such_job\] doesn''t exist\. \(request id [0-9a-f]{32}\)$'
        $run.Output | Should -BeExactly @('after')
    }

    It 'sends nothing and writes nothing with -WhatIf' {
        $results = @(Invoke-HwCloudRequest -Service Oms -Method POST -Path '/v2/{project_id}/sync-tasks/f3a0e7b2-1c4d-4e5f-8a9b-0c1d2e3f4a5b/stop' -WhatIf)

        $results | Should -BeNullOrEmpty
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'refuses a {project_id} path for IAM, which has no project, as ProjectIdRequired before sending' {
        $run = Invoke-TestCommand { Invoke-HwCloudRequest -Service Iam -Path '/v3/{project_id}/x' }

        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ProjectIdRequired,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand'
        $run.Errors[0].Exception.Message | Should -BeLikeExactly '*IAM calls get none*'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'refuses {<Command>} as <ErrorId> before any request' -ForEach @(
        @{ Command = { Invoke-HwCloudRequest -Service Cdm -Path 'v1/x' }; ErrorId = 'InvalidPath' }
        @{ Command = { Invoke-HwCloudRequest -Service Cdm -Path '/v1/../x' }; ErrorId = 'InvalidPath' }
        @{ Command = { Invoke-HwCloudRequest -Service Cdm -Path '/v1/x?a=1' }; ErrorId = 'InvalidPath' }
        @{ Command = { Invoke-HwCloudRequest -Service Cdm -Path '/v1/x' -Header @{ 'bad name' = 'v' } }; ErrorId = 'InvalidHeader' }
        @{ Command = { Invoke-HwCloudRequest -Service Cdm -Path '/v1/x' -Header @{ workspace = "a`r`nX-Injected: 1" } }; ErrorId = 'InvalidHeader' }
        @{ Command = { Invoke-HwCloudRequest -Service Cdm -Path '/v1/x' -Header @{ 'Content-Type' = 'text/plain' } }; ErrorId = 'InvalidHeader' }
        @{ Command = { Invoke-HwCloudRequest -Service Cdm -Path '/v1/x' -Header @{ Authorization = 'x' } }; ErrorId = 'InvalidHeader' }
    ) {
        $run = Invoke-TestCommand $Command

        $run.Errors.FullyQualifiedErrorId | Should -BeExactly @("$ErrorId,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand")
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}
