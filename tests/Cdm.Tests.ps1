BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:jobPath = "/v1.1/$($script:emulator.ProjectId)/clusters/$script:cluster/cdm/job"
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'CDM jobs' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    Context 'Start-CdmJob' {
        It 'sends PUT .../start with {"variables":{}} and writes one typed submission' {
            $submission = @(Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive)

            $submission.Count | Should -Be 1
            $submission[0] | Assert-LocatedModel ([HwTasks.Core.Services.Cdm.CdmJobSubmission])
            $submission[0].JobName | Should -BeExactly 'jdbc2hive'
            $submission[0].ClusterId | Should -BeExactly $script:cluster
            $submission[0].Status | Should -Be 'Booting'
            $submission[0].CreatedTime | Should -BeOfType [datetimeoffset]
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.Count | Should -Be 1
            Get-RequestLine $log[0] | Should -BeExactly "PUT $($script:jobPath)/jdbc2hive/start"
            $log[0].body | Should -BeExactly '{"variables":{}}'
            $log[0].headers.'Content-Type' | Should -BeExactly 'application/json;charset=UTF-8'
            $log[0].status | Should -Be 200
        }

        It 'sends -Variables as text, ordered by name' {
            Start-CdmJob -ClusterId $script:cluster -JobName obs2hive_logs -Variables @{ date = '2024-06-01'; batch = 7; full = $true } | Out-Null

            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log.Count | Should -Be 1
            $log[0].body | Should -BeExactly '{"variables":{"batch":"7","date":"2024-06-01","full":"true"}}'
        }

        It 'refuses -Variables with <Case> as InvalidVariables before any request' -ForEach @(
            @{ Case = 'a nested table'; Variables = @{ date = @{ nested = 1 } }; Problem = "gives 'date' a Hashtable value" }
            @{ Case = 'a null value'; Variables = @{ date = $null }; Problem = "gives 'date' a null value" }
            @{ Case = 'a name that starts with a digit'; Variables = @{ '1bad' = 'x' }; Problem = "has the name '1bad'" }
            @{ Case = 'a line feed in a value'; Variables = @{ date = "a`nb" }; Problem = 'control characters' }
        ) {
            $err = { Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -Variables $Variables } | Should -Throw -PassThru

            $err.FullyQualifiedErrorId | Should -BeExactly 'InvalidVariables,HwTasks.Commands.Cdm.StartCdmJobCommand'
            $err.Exception.Message | Should -Match '-Variables '
            $err.Exception.Message | Should -Match ([regex]::Escape($Problem))
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'writes CdmJobNotFound for an unknown piped job and still starts the next one' {
            $err = $null
            $started = @('no_such_job', 'jdbc2hive' | ForEach-Object { [pscustomobject]@{ ClusterId = $script:cluster; JobName = $_ } } |
                    Start-CdmJob -ErrorVariable err -ErrorAction SilentlyContinue)

            $started.JobName | Should -BeExactly @('jdbc2hive')
            $err.Count | Should -Be 1
            $log = @(Get-EmulatorRequestLog $script:emulator)
            Assert-ServiceErrorRecord $err[0] $log[0] 'CdmJobNotFound,HwTasks.Commands.Cdm.StartCdmJobCommand' 'ObjectNotFound' "Cdm.0100: Job[no_such_job] doesn't exist."
            $err[0].Exception.Message | Should -MatchExactly "Cdm\.0100: Job\[no_such_job\] doesn't exist\. \(request id [0-9a-f]{32}\)$"
            $err[0].TargetObject | Should -BeExactly 'no_such_job'
        }

        It 'writes CdmClusterNotFound, not CdmJobNotFound, when <Command> names a cluster that is gone' -ForEach @(
            @{ Command = 'Start-CdmJob'; Run = { Start-CdmJob -ClusterId $args[0] -JobName jdbc2hive -ErrorVariable +failures -ErrorAction SilentlyContinue }; Type = 'StartCdmJobCommand' }
            @{ Command = 'Get-CdmJob'; Run = { Get-CdmJob -ClusterId $args[0] -ErrorVariable +failures -ErrorAction SilentlyContinue }; Type = 'GetCdmJobCommand' }
            @{ Command = 'Get-CdmJobStatus'; Run = { Get-CdmJobStatus -ClusterId $args[0] -JobName jdbc2hive -ErrorVariable +failures -ErrorAction SilentlyContinue }; Type = 'GetCdmJobStatusCommand' }
        ) {
            $gone = '00000000-0000-4000-8000-000000000000'
            $failures = [System.Collections.ArrayList]::new()

            $output = @(& $Run $gone)

            $output | Should -BeNullOrEmpty
            $failures.Count | Should -Be 1
            $log = @(Get-EmulatorRequestLog $script:emulator)
            Assert-ServiceErrorRecord $failures[0] $log[-1] "CdmClusterNotFound,HwTasks.Commands.Cdm.$Type" 'ObjectNotFound' "Cdm.0002: Cluster[$gone] doesn't exist."
        }

        It 'waits with -Wait, showing progress, and writes the final run' {
            Set-TestCdmJobSeed $script:emulator @{ name = 'quick'; bootSeconds = 0.2; runSeconds = 0.6; rows = 10 }

            $run = Invoke-TestThreadJob $script:emulator { Start-CdmJob -ClusterId $args[0] -JobName quick -Wait -PollIntervalSec 0.2 -WaitTimeoutSec 30 } -ArgumentList $script:cluster

            $run.Errors | Should -BeNullOrEmpty
            $run.Output.Count | Should -Be 1
            $run.Output[0].Status | Should -Be 'Succeeded'
            $run.Output[0].Progress | Should -Be 100
            $run.Progress | Where-Object { $_.RecordType -eq 'Processing' -and $_.Activity -ceq "Waiting for CDM job 'quick' on cluster $($script:cluster)" } |
                Should -Not -BeNullOrEmpty
            $run.Progress | Where-Object RecordType -EQ 'Completed' | Should -Not -BeNullOrEmpty
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log[0].method | Should -BeExactly 'PUT'
            $polls = @($log | Select-Object -Skip 1 | ForEach-Object { Get-RequestLine $_ })
            $polls | Should -Not -BeNullOrEmpty
            $polls | Where-Object { $_ -cne "GET $($script:jobPath)/quick/status" } | Should -BeNullOrEmpty
        }

        It 'writes the final run of a run that ends Failed, and CdmJobFailed with the service''s summary' {
            Set-TestCdmJobSeed $script:emulator @{ name = 'doomed'; bootSeconds = 0.1; runSeconds = 0.3; failWith = 'Connection refused: mysql:3306' }

            $err = $null
            $final = @(Start-CdmJob -ClusterId $script:cluster -JobName doomed | Wait-HwTask -PollIntervalSec 0.2 -TimeoutSec 30 -ErrorVariable err -ErrorAction SilentlyContinue)

            $final.Count | Should -Be 1
            $final[0].Status | Should -Be 'Failed'
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -BeExactly 'CdmJobFailed,HwTasks.Commands.Tasks.WaitHwTaskCommand'
            $err[0].Exception.Message | Should -BeExactly "CDM job 'doomed' on cluster $($script:cluster) ended Failed: Connection refused: mysql:3306"
        }
    }

    Context 'Start-CdmJob and Stop-CdmJob with -WhatIf' {
        It 'send nothing and write nothing' {
            $output = @(
                Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -WhatIf
                Stop-CdmJob -ClusterId $script:cluster -JobName jdbc2hive -WhatIf
            )

            $output | Should -BeNullOrEmpty
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'name the job and the cluster in the What if message' {
            # pwsh writes What if: straight to the host, so a fresh process shows it on standard output.
            $run = Invoke-FreshPwsh -Script @'
param($manifest, $cluster)
Import-Module $manifest
Start-CdmJob -ClusterId $cluster -JobName jdbc2hive -WhatIf
Stop-CdmJob -ClusterId $cluster -JobName jdbc2hive -WhatIf
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $script:cluster

            $run.Output | Should -BeExactly @(
                "What if: Start CDM job 'jdbc2hive' on cluster $($script:cluster)."
                "What if: Stop CDM job 'jdbc2hive' on cluster $($script:cluster)."
            )
            $run.ExitCode | Should -Be 0
        }
    }

    Context 'Get-CdmJob' {
        It 'lists the cluster in pages of 100 and pipes its failed jobs into Start-CdmJob' {
            # Run the job that fails, let the emulator clock finish it, then restart everything that failed.
            Start-CdmJob -ClusterId $script:cluster -JobName mysql2dws_orders | Out-Null
            Move-TestEmulatorClock $script:emulator 600
            Clear-EmulatorRequestLog $script:emulator

            $restarted = @(Get-CdmJob -ClusterId $script:cluster | Where-Object Status -EQ FAILED | Start-CdmJob)

            $restarted.JobName | Should -BeExactly @('mysql2dws_orders')
            Get-EmulatorRequestLine $script:emulator | Should -BeExactly @(
                "GET $($script:jobPath)/all?page_no=1&page_size=100"
                "PUT $($script:jobPath)/mysql2dws_orders/start"
            )
        }

        It 'honours -Skip and -First' {
            $all = @(Get-CdmJob -ClusterId $script:cluster | ForEach-Object JobName)
            $some = @(Get-CdmJob -ClusterId $script:cluster -Skip 1 -First 2 | ForEach-Object JobName)

            $all.Count | Should -BeGreaterOrEqual 4
            $some | Should -BeExactly $all[1..2]
        }
    }

    Context 'Stop-CdmJob' {
        It 'stops a running job and writes its run, which CDM ends Failed with "Job was stopped by user."' {
            Start-CdmJob -ClusterId $script:cluster -JobName oracle2mrs_hbase | Out-Null
            Clear-EmulatorRequestLog $script:emulator

            $stopped = @(Stop-CdmJob -ClusterId $script:cluster -JobName oracle2mrs_hbase -Confirm:$false)

            $stopped.Count | Should -Be 1
            $stopped[0].Status | Should -Be 'Failed'
            $stopped[0].ErrorSummary | Should -BeExactly 'Job was stopped by user.'
            Get-EmulatorRequestLine $script:emulator | Should -BeExactly @(
                "PUT $($script:jobPath)/oracle2mrs_hbase/stop"
                "GET $($script:jobPath)/oracle2mrs_hbase/status"
            )
        }

        It 'has a high confirm impact' {
            Get-TestConfirmImpact Stop-CdmJob | Should -Be 'High'
        }
    }

    Context 'Get-CdmJobStatus' {
        It 'reads the latest run, whose creation-date CDM sends as text, with CreatedTime as a DateTimeOffset' {
            $status = @(Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive)

            $status.Count | Should -Be 1
            $status[0].JobName | Should -BeExactly 'jdbc2hive'
            $status[0].CreatedTime | Should -BeOfType [datetimeoffset]
        }
    }
}

Describe 'CDM jobs by several names and across clusters' {
    BeforeEach {
        Use-FreshTestEmulator $script:emulator
    }

    It 'starts each job of -JobName a,b once, one request each, with <Throttle> in flight' -ForEach @(
        @{ Throttle = 1 }
        @{ Throttle = 2 }
    ) {
        $runs = @(Start-CdmJob -ClusterId $script:cluster -JobName jdbc2hive, obs2hive_logs -ThrottleLimit $Throttle)

        @($runs.JobName | Sort-Object) | Should -BeExactly @('jdbc2hive', 'obs2hive_logs')
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ } | Sort-Object) | Should -BeExactly @(
            "PUT $($script:jobPath)/jdbc2hive/start"
            "PUT $($script:jobPath)/obs2hive_logs/start")
    }

    It 'names each job of -JobName a,b under -WhatIf and sends nothing' {
        # pwsh writes What if: straight to the host, so a fresh process shows it on standard output.
        $run = Invoke-FreshPwsh -Script @'
param($manifest, $cluster, $url, $ak, $sk, $project)
Import-Module $manifest
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey (ConvertTo-SecureString $sk -AsPlainText -Force) | Out-Null
Start-CdmJob -ClusterId $cluster -JobName jdbc2hive, obs2hive_logs -WhatIf
'@ -ArgumentList (@((Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $script:cluster) + (Get-TestEmulatorArgument $script:emulator))

        $run.Output | Should -BeExactly @(
            "What if: Start CDM job 'jdbc2hive' on cluster $($script:cluster)."
            "What if: Start CDM job 'obs2hive_logs' on cluster $($script:cluster)."
        )
        @(Get-EmulatorRequestLog $script:emulator) | Should -BeNullOrEmpty
    }

    It 'writes CdmJobNotFound for the unknown name of -JobName a,b and still stops the other' {
        $err = $null
        $stopped = @(Stop-CdmJob -ClusterId $script:cluster -JobName no_such_job, jdbc2hive -Force -ErrorVariable err -ErrorAction SilentlyContinue 3>$null)

        $stopped.JobName | Should -BeExactly @('jdbc2hive')
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeExactly 'CdmJobNotFound,HwTasks.Commands.Cdm.StopCdmJobCommand'
        $err[0].TargetObject | Should -BeExactly 'no_such_job'
    }

    It 'reads the status of -JobName a,b, each its own run' {
        $status = @(Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive, mysql2dws_orders)

        $status.JobName | Should -BeExactly @('jdbc2hive', 'mysql2dws_orders')
    }

    It 'lists every job of every cluster without -ClusterId, without prompting' {
        $second = '7fa0b1c2-0000-4000-8000-000000000002'
        Set-TestEmulatorSeed $script:emulator (@{ cdm = @{ clusters = @(
                        @{ id = $script:cluster; name = 'etl'; jobs = @(@{ name = 'orders' }, @{ name = 'ledger' }) }
                        @{ id = $second; name = 'etl2'; jobs = @(@{ name = 'customers' }) }) } } | ConvertTo-Json -Depth 8)

        $run = Invoke-TestCommand { Get-CdmJob }

        $run.Errors | Should -BeNullOrEmpty
        @($run.Output | ForEach-Object { "$($_.ClusterId)/$($_.JobName)" } | Sort-Object) | Should -BeExactly @(
            "$($script:cluster)/ledger", "$($script:cluster)/orders", "$second/customers")
        @(Get-EmulatorRequestLog $script:emulator | ForEach-Object { Get-RequestLine $_ })[0] | Should -BeExactly "GET /v1.1/$($script:emulator.ProjectId)/clusters"
    }

    It 'refuses <Case> without -ClusterId with InvalidClusterId, before any request' -ForEach @(
        @{ Case = '-JobName'; Command = { Get-CdmJob -JobName jdbc2hive }; Names = '-JobName' }
        @{ Case = '-First'; Command = { Get-CdmJob -First 3 }; Names = '-First' }
    ) {
        $run = Invoke-TestCommand $Command

        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'InvalidClusterId,HwTasks.Commands.Cdm.GetCdmJobCommand'
        $run.Errors[0].Exception.Message | Should -BeLike "*$Names*-ClusterId*"
        @(Get-EmulatorRequestLog $script:emulator) | Should -BeNullOrEmpty
    }
}
