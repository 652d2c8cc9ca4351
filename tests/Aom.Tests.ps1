BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:workflowPath = '/v1/0123456789abcdef0123456789abcdef/cms/workflow'
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'AOM workflows and triggers' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'lists the workflows with one workflow-list request' {
        $workflows = @(Get-AomWorkflow)
        $workflows.Count | Should -Be 5
        ($workflows | Where-Object WorkflowId -EQ 'wf-cron-nightly-cleanup').TriggerState | Should -Be 'Enabled'
        $log = @(Get-EmulatorRequestLog $script:emulator)
        Get-RequestLine $log[0] | Should -Be 'POST /v1/0123456789abcdef0123456789abcdef/cms/workflow-list'
        $log[0].body | Should -Be '{"page":0,"size":100}'
    }

    It 'disables every cron trigger through the pipeline' {
        $results = @(Get-AomWorkflow -Type cron | Set-AomWorkflowTrigger -State Disabled)
        $results.Count | Should -Be 2
        $puts = @(Get-EmulatorRequestLog $script:emulator | Where-Object method -EQ 'PUT' | ForEach-Object { Get-RequestLine $_ })
        $puts | Should -Contain "PUT $($script:workflowPath)/wf-cron-weekly-report/trigger/action?action=disable"
        $puts | Should -Contain "PUT $($script:workflowPath)/wf-cron-nightly-cleanup/trigger/action?action=disable"
        (Get-AomWorkflow -Type cron).TriggerState | Should -Be @('Disabled', 'Disabled')
    }

    It 'reports an unknown workflow as AomWorkflowNotFound with the request id' {
        $err = $null
        Set-AomWorkflowTrigger -WorkflowId wf-nope -State Enabled -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'AomWorkflowNotFound,HwTasks.Commands.Aom.SetAomWorkflowTriggerCommand'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].Exception.Message | Should -Match 'AOM\.31001404.*\(request id [0-9a-f]{32}\)$'
    }

    It 'reports the 400 for a manual workflow as InvalidArgument' {
        $err = $null
        Set-AomWorkflowTrigger -WorkflowId wf-manual-failover -State Enabled -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'refuses a workflow id over 64 characters before any request' {
        { Set-AomWorkflowTrigger -WorkflowId ('w' * 65) -State Enabled } | Should -Throw -ErrorId 'ParameterArgumentValidationError,HwTasks.Commands.Aom.SetAomWorkflowTriggerCommand'
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }

    It 'sends nothing with -WhatIf' {
        Set-AomWorkflowTrigger -WorkflowId wf-cron-nightly-cleanup -State Disabled -WhatIf
        @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
    }
}
