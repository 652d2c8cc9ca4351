BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:listLine = "POST /v1/$($script:emulator.ProjectId)/cms/workflow-list"
    $script:workflowPath = "/v1/$($script:emulator.ProjectId)/cms/workflow"
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'AOM workflow cmdlets' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    Context 'Get-AomWorkflow' {
        It 'lists every workflow as typed objects with one workflow-list request' {
            $workflows = @(Get-AomWorkflow)

            $workflows.Count | Should -Be 5
            $workflows | Assert-LocatedModel ([HwTasks.Core.Services.Aom.AomWorkflow])
            $nightly = @($workflows | Where-Object WorkflowId -EQ 'wf-cron-nightly-cleanup')
            $nightly.Count | Should -Be 1
            $nightly[0].Name | Should -BeExactly 'nightly-log-cleanup'
            "$($nightly[0].Type)" | Should -BeExactly 'Cron'
            "$($nightly[0].TriggerState)" | Should -BeExactly 'Enabled'
            $nightly[0].Cron | Should -BeNullOrEmpty -Because 'the SDK''s Workflow has no cron, and the emulator sends none'
            $nightly[0].CreatedTime | Should -BeOfType ([DateTimeOffset])
            "$(($workflows | Where-Object WorkflowId -EQ 'wf-cron-weekly-report').TriggerState)" | Should -BeExactly 'Disabled'

            $request = Get-SingleEmulatorRequest $script:emulator
            Get-RequestLine $request | Should -BeExactly $script:listLine
            $request.body | Should -BeExactly '{"page":0,"size":100}'
            $request.headers.'Content-Type' | Should -BeExactly 'application/json'
            $request.status | Should -Be 200
        }

        It 'searches by -Name and -Type on the service' {
            $workflows = @(Get-AomWorkflow -Name cleanup -Type CRON)

            $workflows.WorkflowId | Should -Be @('wf-cron-nightly-cleanup')
            $request = Get-SingleEmulatorRequest $script:emulator
            $request.body | Should -BeExactly '{"page":0,"size":100,"search":"cleanup","type":"cron"}'
        }

        It 'reports a 400 while listing as InvalidRequest (InvalidArgument)' {
            Add-TestEmulatorFault $script:emulator @{ method = 'POST'; path = '/v1/*/cms/workflow-list'; kind = 'status'; status = 400 }

            $run = Invoke-TestCommand { Get-AomWorkflow }

            $request = Get-SingleEmulatorRequest $script:emulator
            Assert-ServiceError $run $request -ErrorId 'InvalidRequest,HwTasks.Commands.Aom.GetAomWorkflowCommand' -Category InvalidArgument -ServiceMessage 'HTTP 400' | Out-Null
        }
    }

    Context 'Set-AomWorkflowTrigger' {
        It 'sends the action and writes a typed result with the request id' {
            $results = @(Set-AomWorkflowTrigger -WorkflowId wf-cron-weekly-report -State Enabled)

            $results.Count | Should -Be 1
            $results | Assert-LocatedModel ([HwTasks.Core.Services.Aom.AomTriggerResult])
            $results[0].WorkflowId | Should -BeExactly 'wf-cron-weekly-report'
            "$($results[0].State)" | Should -BeExactly 'Enabled'
            $results[0].Response | Should -BeExactly '{"success"}'
            $request = Get-SingleEmulatorRequest $script:emulator
            Get-RequestLine $request | Should -BeExactly "PUT $($script:workflowPath)/wf-cron-weekly-report/trigger/action?action=enable"
            $request.bodyLength | Should -Be 0
            $request.status | Should -Be 200
            $results[0].RequestId | Should -BeExactly $request.requestId
        }

        It 'reports an unknown workflow as AomWorkflowNotFound (ObjectNotFound) with the request id' {
            $run = Invoke-TestCommand { Set-AomWorkflowTrigger wf-nope Disabled }

            $request = Get-SingleEmulatorRequest $script:emulator
            Get-RequestLine $request | Should -BeExactly "PUT $($script:workflowPath)/wf-nope/trigger/action?action=disable"
            $failure = Assert-ServiceError $run $request -ErrorId 'AomWorkflowNotFound,HwTasks.Commands.Aom.SetAomWorkflowTriggerCommand' -Category ObjectNotFound -ServiceMessage 'AOM.31001404'
            $failure.TargetObject | Should -BeExactly 'wf-nope'
            $run.Output | Should -BeNullOrEmpty
        }

        It 'reports the service''s 400 for a manual workflow, which has no trigger, as InvalidRequest (InvalidArgument)' {
            $run = Invoke-TestCommand { Set-AomWorkflowTrigger -WorkflowId wf-manual-failover -State Enabled }

            $request = Get-SingleEmulatorRequest $script:emulator
            $request.status | Should -Be 400
            Assert-ServiceError $run $request -ErrorId 'InvalidRequest,HwTasks.Commands.Aom.SetAomWorkflowTriggerCommand' -Category InvalidArgument -ServiceMessage 'AOM.31001302' | Out-Null
        }

        It 'sends nothing and writes nothing with -WhatIf' {
            $results = @(Set-AomWorkflowTrigger -WorkflowId wf-cron-nightly-cleanup -State Disabled -WhatIf)

            $results | Should -BeNullOrEmpty
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'disables every cron workflow''s trigger when Get-AomWorkflow -Type cron is piped to it' {
            $results = @(Get-AomWorkflow -Type cron | Set-AomWorkflowTrigger -State Disabled)

            $results.WorkflowId | Sort-Object | Should -Be @('wf-cron-nightly-cleanup', 'wf-cron-weekly-report')
            $results | ForEach-Object { "$($_.State)" } | Should -Be @('Disabled', 'Disabled')
            $log = @(Get-EmulatorRequestLog $script:emulator)
            Get-RequestLine $log[0] | Should -BeExactly $script:listLine
            $log[0].body | Should -BeExactly '{"page":0,"size":100,"type":"cron"}'
            $log | Select-Object -Skip 1 | ForEach-Object { Get-RequestLine $_ } | Sort-Object | Should -Be @(
                "PUT $($script:workflowPath)/wf-cron-nightly-cleanup/trigger/action?action=disable"
                "PUT $($script:workflowPath)/wf-cron-weekly-report/trigger/action?action=disable")

            $after = @(Get-AomWorkflow -Type cron)
            $after | ForEach-Object { "$($_.TriggerState)" } | Should -Be @('Disabled', 'Disabled')
            $event = @(Get-AomWorkflow -Type event -Name disk)
            $event | ForEach-Object { "$($_.TriggerState)" } | Should -Be @('Enabled')
        }
    }

    Context 'Manual workflows piped to Set-AomWorkflowTrigger' {
        It 'disables every workflow that has a trigger and sends nothing for the manual one, which gets AomWorkflowHasNoTrigger' {
            $run = Invoke-TestCommand { Get-AomWorkflow | Set-AomWorkflowTrigger -State Disabled }

            $run.Output.WorkflowId | Sort-Object | Should -BeExactly @('wf-cron-nightly-cleanup', 'wf-cron-weekly-report', 'wf-event-disk-alarm', 'wf-event-restart-pod')
            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'AomWorkflowHasNoTrigger,HwTasks.Commands.Aom.SetAomWorkflowTriggerCommand'
            $run.Errors[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
            $run.Errors[0].TargetObject | Should -BeExactly 'wf-manual-failover'
            $run.Errors[0].Exception.Message | Should -BeExactly ("AOM workflow 'wf-manual-failover' is a manual workflow: it has no trigger to enable or disable, so nothing was sent for it. " +
                'Get-AomWorkflow -Type Cron (or Event) lists the workflows that have one.')
            $lines = @(Get-EmulatorRequestLine $script:emulator)
            $lines[0] | Should -BeExactly $script:listLine
            $lines | Select-Object -Skip 1 | Sort-Object | Should -BeExactly @(
                "PUT $($script:workflowPath)/wf-cron-nightly-cleanup/trigger/action?action=disable"
                "PUT $($script:workflowPath)/wf-cron-weekly-report/trigger/action?action=disable"
                "PUT $($script:workflowPath)/wf-event-disk-alarm/trigger/action?action=disable"
                "PUT $($script:workflowPath)/wf-event-restart-pod/trigger/action?action=disable")
            @(Get-EmulatorRequest $script:emulator -Path '*/wf-manual-failover/*').Count | Should -Be 0
        }

        It 'refuses a piped manual workflow under -WhatIf too, before any preview' {
            $run = Invoke-TestCommand { Get-AomWorkflow -Type Manual | Set-AomWorkflowTrigger -State Enabled -WhatIf }

            $run.Errors.FullyQualifiedErrorId | Should -BeExactly @('AomWorkflowHasNoTrigger,HwTasks.Commands.Aom.SetAomWorkflowTriggerCommand')
            @(Get-EmulatorRequestLine $script:emulator) | Should -BeExactly @($script:listLine)
        }

        It 'sends the request for piped objects that carry no Type, as before' {
            $results = @([pscustomobject]@{ WorkflowId = 'wf-cron-weekly-report' } | Set-AomWorkflowTrigger -State Enabled)

            $results.WorkflowId | Should -BeExactly @('wf-cron-weekly-report')
            Get-RequestLine (Get-SingleEmulatorRequest $script:emulator) | Should -BeExactly "PUT $($script:workflowPath)/wf-cron-weekly-report/trigger/action?action=enable"
        }
    }

    Context 'Bad arguments to the AOM cmdlets' {
        It 'refuses {<Command>} before sending anything: -<Parameter>, <Problem>' -ForEach @(
            @{ Command = { Set-AomWorkflowTrigger -WorkflowId ('w' * 65) -State Enabled }; Parameter = 'WorkflowId'; Problem = '1 to 64 characters' }
            @{ Command = { Set-AomWorkflowTrigger -WorkflowId '../x' -State Enabled }; Parameter = 'WorkflowId'; Problem = "must not contain '/'" }
            @{ Command = { Set-AomWorkflowTrigger -WorkflowId "wf`r`nx" -State Enabled }; Parameter = 'WorkflowId'; Problem = 'control characters' }
            @{ Command = { Set-AomWorkflowTrigger -WorkflowId '' -State Enabled }; Parameter = 'WorkflowId'; Problem = 'empty' }
            @{ Command = { Set-AomWorkflowTrigger -WorkflowId wf-1 -State On }; Parameter = 'State'; Problem = 'Cannot convert value "On" to type "HwTasks.Core.Services.Aom.AomTriggerState"'; Stage = 'Conversion' }
            @{ Command = { Set-AomWorkflowTrigger -WorkflowId wf-1 -State Unknown }; Parameter = 'State'; Problem = 'does not belong to the set "Enabled,Disabled"' }
            @{ Command = { Get-AomWorkflow -Type weekly }; Parameter = 'Type'; Problem = 'Cannot convert value "weekly" to type "HwTasks.Core.Services.Aom.AomWorkflowType"'; Stage = 'Conversion' }
            @{ Command = { Get-AomWorkflow -Type Unknown }; Parameter = 'Type'; Problem = 'does not belong to the set "Cron,Event,Manual"' }
        ) {
            $run = Invoke-TestCommand $Command

            Assert-RefusedParameter $run -Parameter $Parameter -Problem $Problem -Stage $(if ($Stage) { $Stage } else { 'Validation' })
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }
    }
}

Describe 'AOM workflow triggers by several ids' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'sets the trigger of each workflow of -WorkflowId a,b with its own request' {
        $results = @(Set-AomWorkflowTrigger -WorkflowId wf-cron-weekly-report, wf-cron-nightly-cleanup -State Enabled)

        $results.WorkflowId | Should -BeExactly @('wf-cron-weekly-report', 'wf-cron-nightly-cleanup')
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ }) | Should -BeExactly @(
            "PUT $($script:workflowPath)/wf-cron-weekly-report/trigger/action?action=enable"
            "PUT $($script:workflowPath)/wf-cron-nightly-cleanup/trigger/action?action=enable")
    }

    It 'names each workflow of -WorkflowId a,b under -WhatIf and sends nothing' {
        $output = Get-WhatIfLine $script:emulator 'Set-AomWorkflowTrigger -WorkflowId $a, $b -State Disabled -WhatIf' -ArgumentList 'wf-cron-weekly-report', 'wf-cron-nightly-cleanup'

        $output | Should -BeExactly @(
            "What if: Disable the timed trigger of AOM workflow wf-cron-weekly-report."
            "What if: Disable the timed trigger of AOM workflow wf-cron-nightly-cleanup.")
        @(Get-EmulatorRequestLog $script:emulator) | Should -BeNullOrEmpty
    }
}
