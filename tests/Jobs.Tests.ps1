# Contexts across runspaces and processes. A session default belongs to its runspace: in
# Start-ThreadJob and ForEach-Object -Parallel a command without credentials fails naming the fix
# (-Context $using:ctx), and works with it. A context passed to Start-Job arrives deserialized,
# without its secret: one from a profile or the environment is found again in the job's process,
# one built from parameters is refused with the fix.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:variables = Save-TestCredentialVariables
    $script:url = $script:emulator.Url
    $script:manifest = Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'
    $script:secretKey = $script:emulator.SecretKey
    $script:project = $script:emulator.ProjectId
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:statusPath = "/v1.1/$($script:project)/clusters/$($script:cluster)/cdm/job/jdbc2hive/status"
    $script:noCredentials = ('No Huawei Cloud credentials were found. This runspace has no session default, and another runspace of this ' +
        'process has one: a session default (Connect-HwCloud) stays in the runspace that set it, so ForEach-Object -Parallel and ' +
        'Start-ThreadJob script blocks do not see it. Pass it along: run $ctx = Get-HwCloudContext in the parent and -Context ' +
        '$using:ctx on the command (or use -ProfileName). Otherwise run Connect-HwCloud (with -AccessKey and -SecretKey, -Credential, ' +
        '-Token or -UserName/-DomainName/-Password), set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create {0} with a [basic] ' +
        'section holding ak and sk.')

    # A job of that kind (Start-Job, Start-ThreadJob) that imports the module and reads the status of
    # jdbc2hive with -Context $using:ctx: the context crosses as each kind of job carries $using: values.
    function Start-StatusJob {
        param([string] $Kind, $ctx)
        & $Kind -ArgumentList $script:manifest, $script:cluster -ScriptBlock {
            param($manifest, $cluster)
            Import-Module $manifest
            Get-CdmJobStatus -ClusterId $cluster -JobName jdbc2hive -Context $using:ctx
        }
    }

    # The one request of a job's call went out signed with the emulator's key, to its project.
    function Assert-OneSuccessfulStatusRequest {
        $request = Get-SingleEmulatorRequest $script:emulator
        "$($request.method) $($request.path) -> $($request.status)" | Should -BeExactly "GET $($script:statusPath) -> 200"
    }
}

AfterAll {
    Restore-TestCredentialVariables $script:variables
    Stop-TestEmulator $script:emulator
}

Describe 'Contexts across runspaces' {
    BeforeEach {
        $script:file = Use-TestCredentialsFile
        # This runspace is connected; the jobs' runspaces are not.
        Use-FreshTestEmulator $script:emulator
    }

    AfterEach {
        Disconnect-HwCloud
        Remove-TestCredentialsFile $script:file
    }

    Context 'Start-ThreadJob' {
        It 'fails without credentials, naming -Context $using:ctx, while this runspace is connected, and sends nothing' {
            $run = Receive-TestJob (Start-ThreadJob -ArgumentList $script:manifest, $script:cluster -ScriptBlock {
                    param($manifest, $cluster)
                    Import-Module $manifest
                    Get-CdmJobStatus -ClusterId $cluster -JobName jdbc2hive -Region cn-north-4
                })

            $run.Output | Should -BeNullOrEmpty
            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'NoCredentials,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
            $run.Errors[0].Exception.Message | Should -BeExactly ($script:noCredentials -f $script:file)
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'calls as the parent with -Context $using:ctx from Get-HwCloudContext' {
            $ctx = Get-HwCloudContext

            $run = Receive-TestJob (Start-StatusJob Start-ThreadJob $ctx)

            $run.Errors | Should -BeNullOrEmpty
            $run.Output.JobName | Should -BeExactly 'jdbc2hive'
            $run.Output.ProjectId | Should -BeExactly $script:project
            Assert-OneSuccessfulStatusRequest
        }
    }

    Context 'ForEach-Object -Parallel' {
        It 'fails without credentials, naming -Context $using:ctx, while this runspace is connected, and sends nothing' {
            $manifest = $script:manifest
            $cluster = $script:cluster

            $records = @(1 | ForEach-Object -Parallel {
                    Import-Module $using:manifest
                    try { Get-CdmJobStatus -ClusterId $using:cluster -JobName jdbc2hive -Region cn-north-4 -ErrorAction Stop } catch { $_ }
                })

            $records.Count | Should -Be 1
            $records[0].FullyQualifiedErrorId | Should -BeExactly 'NoCredentials,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
            $records[0].Exception.Message | Should -BeExactly ($script:noCredentials -f $script:file)
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'calls as the parent with -Context $using:ctx from Get-HwCloudContext' {
            $ctx = Get-HwCloudContext
            $manifest = $script:manifest
            $cluster = $script:cluster

            $statuses = @(1 | ForEach-Object -Parallel {
                    Import-Module $using:manifest
                    Get-CdmJobStatus -ClusterId $using:cluster -JobName jdbc2hive -Context $using:ctx
                })

            $statuses.JobName | Should -BeExactly 'jdbc2hive'
            Assert-OneSuccessfulStatusRequest
        }
    }

    Context 'Start-Job' {
        It 'finds a profile''s context ($using:) again in the job''s process, from the same file and section' {
            Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) -Region cn-north-4 -ProjectId $script:project
            $ctx = New-HwCloudContext -ProfileName prod -EndpointUrl $script:url

            $run = Receive-TestJob (Start-Job -ArgumentList $script:manifest, $script:cluster -ScriptBlock {
                    param($manifest, $cluster)
                    Import-Module $manifest
                    $received = $using:ctx
                    $received.PSObject.TypeNames[0]
                    $status = Get-CdmJobStatus -ClusterId $cluster -JobName jdbc2hive -Context $received
                    "$($status.JobName) in $($status.Region)"
                    $PID
                })

            $run.Errors | Should -BeNullOrEmpty
            $run.Output[0..1] | Should -BeExactly @('Deserialized.HwTasks.Core.HwCloudContext', 'jdbc2hive in cn-north-4')
            $run.Output[2] | Should -Not -Be $PID
            Assert-OneSuccessfulStatusRequest
        }

        It 'finds the environment''s context (-ArgumentList) again in the job, which inherits the variables' {
            $env:HUAWEICLOUD_SDK_AK = $script:emulator.AccessKey
            $env:HUAWEICLOUD_SDK_SK = $script:secretKey
            $ctx = New-HwCloudContext -EndpointUrl $script:url -Region cn-north-4 -ProjectId $script:project

            $run = Receive-TestJob (Start-Job -ArgumentList $script:manifest, $script:cluster, $ctx -ScriptBlock {
                    param($manifest, $cluster, $context)
                    Import-Module $manifest
                    $status = Get-CdmJobStatus -ClusterId $cluster -JobName jdbc2hive -Context $context
                    $status.JobName
                    "$($context.CredentialSourceKind)"
                })

            $run.Errors | Should -BeNullOrEmpty
            $run.Output | Should -BeExactly @('jdbc2hive', 'Environment')
            Assert-OneSuccessfulStatusRequest
        }

        It 'refuses a context built from parameters, saying to save a profile, and sends nothing' {
            $ctx = Get-HwCloudContext

            $run = Receive-TestJob (Start-StatusJob Start-Job $ctx)

            $run.Output | Should -BeNullOrEmpty
            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ParameterArgumentTransformationError,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
            $run.Errors[0].Exception.Message | Should -BeExactly ("Cannot process argument transformation on parameter 'Context'. This context was built from " +
                'the -AccessKey and -SecretKey parameters in another process. Its secret does not travel with it (by design), so it cannot be used ' +
                'here. Save the credentials as a profile (Save-HwCloudProfile -ProfileName <name> -Credential <AK and SK>) and pass -ProfileName ' +
                '<name> in the job, or New-HwCloudContext -ProfileName <name> there.')
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'refuses a profile''s context when the profile now holds another key, and sends nothing' {
            Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) -Region cn-north-4
            $ctx = New-HwCloudContext -ProfileName prod -EndpointUrl $script:url
            Save-HwCloudProfile prod -Credential (New-TestCredential OTHERACCOUNTAK000001 OtherAccountSecretKey0000000000000000001) -Force

            $run = Receive-TestJob (Start-StatusJob Start-Job $ctx)

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ParameterArgumentTransformationError,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
            $run.Errors[0].Exception.Message | Should -BeExactly ("Cannot process argument transformation on parameter 'Context'. The context was " +
                "AK EMUL…0001 from credentials file $($script:file) [prod], but in this process that source holds AK OTHE…0001. Build the " +
                'context again from the source as it is now, or pass -ProfileName in the job.')
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'never puts a secret or the full access key into the serialized context, at any depth' {
            Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential)
            $contexts = (Get-HwCloudContext), (New-HwCloudContext -ProfileName prod)

            foreach ($depth in 1, 5) {
                $xml = $contexts | ForEach-Object { [System.Management.Automation.PSSerializer]::Serialize($_, $depth) }
                $xml | Should -Not -BeLikeExactly "*$($script:secretKey)*"
                $xml | Should -Not -BeLikeExactly "*$($script:emulator.AccessKey)*"
            }
            $received = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($contexts[1]))
            "$($received.CredentialSourceKind)|$($received.ProfileName)|$($received.CredentialsFilePath)|$($received.Identity)" |
                Should -BeExactly "CredentialsFile|prod|$($script:file)|AK EMUL…0001"
        }
    }
}
