# Connect-HwCloud, New-HwCloudContext, Get-HwCloudContext and Disconnect-HwCloud: where credentials
# come from, that no secret is ever shown, and what a call does without any.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:url = $script:emulator.Url
    $script:accessKey = $script:emulator.AccessKey
    $script:secretKey = $script:emulator.SecretKey
    $script:defaults = Get-TestEmulatorDefault
    $script:statusPath = '/v1.1/{project_id}/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive/status'
}

AfterAll {
    Stop-TestEmulator $script:emulator
}

Describe 'Credentials and contexts' {
    BeforeEach {
        # As in a new session: no session default, and no IAM token cached for the last one.
        Disconnect-HwCloud
        Use-FreshTestEmulator $script:emulator
    }

    Context 'Connect-HwCloud' {
        It 'returns a typed context that shows no secret and no full access key' {
            $secret = ConvertTo-SecureString $script:secretKey -AsPlainText -Force
            $contexts = @(Connect-HwCloud -EndpointUrl $script:url -Region cn-north-4 -AccessKey $script:accessKey -SecretKey $secret)

            $contexts.Count | Should -Be 1
            $context = $contexts[0]
            $context | Should -BeOfType ([HwTasks.Core.HwCloudContext])
            "$($context.AuthenticationType)" | Should -BeExactly 'AccessKey'
            $context.Identity | Should -BeExactly 'AK EMUL…0001'
            $context.Region | Should -BeExactly 'cn-north-4'
            $context.CredentialSource | Should -BeExactly 'the -AccessKey and -SecretKey parameters'
            $everything = (@($context.PSObject.Properties | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join '|') + "$context" + ($context | Format-List * | Out-String)
            $everything | Should -Not -BeLikeExactly "*$($script:secretKey)*"
            $everything | Should -Not -BeLikeExactly "*$($script:accessKey)*"
        }

        It 'says on -Debug and -Verbose where the credentials and region came from, but never shows a secret' {
            $run = Invoke-TestCommand { Invoke-HwCloudRequest -Service Cdm -Path $script:statusPath -Debug -Verbose }

            $run.Errors | Should -BeNullOrEmpty
            $run.Debug -ccontains 'Credentials: AccessKey AK EMUL…0001 from the -AccessKey and -SecretKey parameters (context from the session default set by Connect-HwCloud).' | Should -BeTrue
            $run.Debug -ccontains 'Region: cn-north-4 from the session default set by Connect-HwCloud.' | Should -BeTrue
            $run.Debug -ccontains '  Authorization: REDACTED' | Should -BeTrue
            $run.Verbose -clike "CDM request: GET $([WildcardPattern]::Escape($script:url))/v1.1/*-> 200 OK*" | Should -Not -BeNullOrEmpty
            foreach ($secret in $script:secretKey, $script:accessKey, 'Signature=') { $run.Text | Should -Not -BeLikeExactly "*$secret*" }
            Get-EmulatorRequestLogText $script:emulator | Should -Not -BeLikeExactly "*$($script:secretKey)*"
        }

        It 'signs the security token of temporary credentials' {
            $run = Invoke-TestCommand {
                $secret = New-TestSecret $script:defaults.TemporarySecretKey
                $token = New-TestSecret $script:defaults.SecurityToken
                Connect-HwCloud -EndpointUrl $script:url -Region cn-north-4 -ProjectId $script:emulator.ProjectId -AccessKey $script:defaults.TemporaryAccessKey -SecretKey $secret -SecurityToken $token | Out-Null
                Invoke-HwCloudRequest -Service Cdm -Path $script:statusPath -Debug
            }

            $run.Errors | Should -BeNullOrEmpty
            $run.Debug -ccontains '  X-Security-Token: REDACTED' | Should -BeTrue
            $run.Text | Should -Not -BeLikeExactly "*$($script:defaults.SecurityToken)*"
            $request = Get-SingleEmulatorRequest $script:emulator
            $request.status | Should -Be 200
            $request.headers.'X-Security-Token' | Should -BeExactly 'REDACTED'
        }

        It 'gets an IAM token once for a password login and takes the project from its scope' {
            $run = Invoke-TestCommand {
                $password = New-TestSecret $script:defaults.Password
                Connect-HwCloud -EndpointUrl $script:url -Region cn-north-4 -UserName $script:defaults.UserName -DomainName $script:defaults.AccountName -Password $password | Out-Null
                Invoke-HwCloudRequest -Service Cdm -Path $script:statusPath
                Invoke-HwCloudRequest -Service Cdm -Path $script:statusPath -Debug -Verbose
            }

            $run.Errors | Should -BeNullOrEmpty
            $run.Output.Count | Should -Be 2
            $log = @(Get-EmulatorRequestLog $script:emulator)
            $log | ForEach-Object { if ($_.path -eq '/v3/auth/tokens') { "$($_.method) $($_.path)" } else { $_.method } } | Should -BeExactly @('POST /v3/auth/tokens', 'GET', 'GET')
            $log[0].body | Should -BeExactly '{"auth":{"identity":{"methods":["REDACTED"],"password":{"user":{"domain":{"name":"REDACTED"},"name":"REDACTED","password":"REDACTED"}}},"scope":{"project":{"name":"REDACTED"}}}}'
            $log | Select-Object -Skip 1 | ForEach-Object { $_.headers.'X-Auth-Token' } | Should -BeExactly @('REDACTED', 'REDACTED')
            $run.Debug -ccontains 'Project id: from the scope of the IAM token.' | Should -BeTrue
            $run.Text | Should -Not -BeLikeExactly "*$($script:defaults.Password)*"
        }

        It 'reports a wrong password as AuthenticationFailed (AuthenticationError) naming the IAM request' {
            $run = Invoke-TestCommand {
                $password = ConvertTo-SecureString 'not-the-password' -AsPlainText -Force
                Connect-HwCloud -EndpointUrl $script:url -Region cn-north-4 -UserName ops-admin -DomainName hwtasks-demo -Password $password | Out-Null
                Invoke-HwCloudRequest -Service Cdm -Path $script:statusPath
            }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
            $run.Errors[0].FullyQualifiedErrorId | Should -BeLikeExactly 'AuthenticationFailed,*'
            $run.Errors[0].Exception.Message | Should -MatchExactly 'IAM KeystoneCreateUserTokenByPassword failed: HTTP 401 Unauthorized, 401: The username or password is wrong\. \(request id [0-9a-f]{32}\)'
            $run.Text | Should -Not -BeLikeExactly '*not-the-password*'
        }
    }

    Context 'New-HwCloudContext with -Context' {
        It 'wins over the session default: the other account may not use this project (PermissionDenied)' {
            $run = Invoke-TestCommand {
                $secret = New-TestSecret $script:defaults.OtherSecretKey
                $other = New-HwCloudContext -EndpointUrl $script:url -Region cn-north-4 -AccessKey $script:defaults.OtherAccessKey -SecretKey $secret
                Invoke-HwCloudRequest -Service Cdm -Path "/v1.1/$($script:emulator.ProjectId)/clusters/6ec9a0a4-76be-4262-8697-e7af1fac7920/cdm/job/jdbc2hive/status" -Context $other
            }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $run.Errors[0].FullyQualifiedErrorId | Should -BeLikeExactly 'PermissionDenied,*'
        }
    }

    Context 'Disconnect-HwCloud' {
        It 'clears the session default' {
            Disconnect-HwCloud

            @(Get-HwCloudContext).Count | Should -Be 0
        }
    }
}

Describe 'Connect-HwCloud -Context' {
    BeforeEach {
        Disconnect-HwCloud
        Reset-TestEmulator $script:emulator
    }

    It 'makes a context made before the session default, as it is, and commands use it' {
        $context = New-HwCloudContext -EndpointUrl $script:url -Region cn-north-4 -ProjectId $script:emulator.ProjectId `
            -AccessKey $script:accessKey -SecretKey (New-TestSecret $script:secretKey)

        $connected = Connect-HwCloud -Context $context

        [object]::ReferenceEquals($connected, $context) | Should -BeTrue
        [object]::ReferenceEquals((Get-HwCloudContext), $context) | Should -BeTrue
        @(Get-CdmJob -ClusterId $script:defaults.CdmClusterId).Count | Should -Be 5
    }

    It 'refuses -<Parameter> with -Context, naming New-HwCloudContext, and keeps the session as it was' -ForEach @(
        @{ Parameter = 'Region'; Value = 'cn-east-3' }
        @{ Parameter = 'EndpointUrl'; Value = 'http://127.0.0.1:9' }
    ) {
        $context = New-HwCloudContext -EndpointUrl $script:url -Region cn-north-4 -AccessKey $script:accessKey -SecretKey (New-TestSecret $script:secretKey)
        $arguments = @{ Context = $context; $Parameter = $Value }

        $run = Invoke-TestCommand { Connect-HwCloud @arguments }

        $run.Errors.Count | Should -Be 1
        $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly "Invalid$Parameter,HwTasks.Commands.Context.ConnectHwCloudCommand"
        $run.Errors[0].Exception.Message | Should -BeLike "-$Parameter cannot be combined with -Context*New-HwCloudContext*"
        $verbose = @(Get-HwCloudContext -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
        "$verbose" | Should -Match '^No (session default is set|context)'
    }
}

Describe 'A credentials file with profiles but no [basic]' {
    It 'suggests -ProfileName with the profile name after Disconnect-HwCloud, in the NoCredentials error and the verbose message' {
        $file = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-profiles-' + [guid]::NewGuid().ToString('N'))
        Set-Content -Path $file -Value "[emu]`nak = $($script:accessKey)`nsk = not-used-here`n" -Encoding utf8NoBOM
        try {
            $run = Invoke-FreshPwsh -Script @'
param($manifest, $file)
foreach ($name in 'HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'CLOUD_SDK_AK', 'CLOUD_SDK_SK') { Remove-Item "env:$name" -ErrorAction Ignore }
$env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file
Import-Module $manifest -ErrorAction Stop
Disconnect-HwCloud -Verbose 4>&1 | Select-Object -Last 1 | ForEach-Object Message
$failure = try { Get-CdmJobStatus -ClusterId c1 -JobName j -Region cn-north-4 -ErrorAction Stop } catch { $_ }
$failure.FullyQualifiedErrorId
$failure.Exception.Message
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $file
        }
        finally { Remove-Item $file -ErrorAction SilentlyContinue }

        $hint = "The credentials file '$file' holds the profile emu but no [basic]: pass -ProfileName emu (or run Connect-HwCloud -ProfileName emu)."
        $run.Output[0] | Should -BeLikeExactly "*has no ``[basic``] section. It stops with NoCredentials. $([WildcardPattern]::Escape($hint))"
        $run.Output[1] | Should -BeExactly 'NoCredentials,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
        $run.Output[2] | Should -BeLikeExactly "No Huawei Cloud credentials were found. $([WildcardPattern]::Escape($hint)) Otherwise run Connect-HwCloud*"
    }
}

Describe 'A session without credentials' {
    # A new pwsh that never connected, with no credential in the environment and no credentials file.
    It 'stops a call with NoCredentials (InvalidOperation) and says how to give credentials' {
        $missing = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-no-credentials-' + [guid]::NewGuid().ToString('N'))
        $run = Invoke-FreshPwsh -Script @'
param($manifest, $missing)
foreach ($name in 'HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN', 'CLOUD_SDK_AK', 'CLOUD_SDK_SK') { Remove-Item "env:$name" -ErrorAction Ignore }
$env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $missing
Import-Module $manifest -ErrorAction Stop
$records = @(try { Invoke-HwCloudRequest -Service Cdm -Path '/v1.1/{project_id}/clusters' -Region cn-north-4 2>&1 } catch { $_ })
$failures = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
'output: ' + ($records.Count - $failures.Count)
'errors: ' + $failures.Count
$failures[0].FullyQualifiedErrorId
"$($failures[0].CategoryInfo.Category)"
$failures[0].Exception.Message
'@ -ArgumentList (Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'), $missing

        $run.Output | Should -BeExactly @(
            'output: 0'
            'errors: 1'
            'NoCredentials,HwTasks.Commands.Requests.InvokeHwCloudRequestCommand'
            'InvalidOperation'
            ('No Huawei Cloud credentials were found. Run Connect-HwCloud (with -AccessKey and -SecretKey, -Credential, -Token or ' +
                "-UserName/-DomainName/-Password), set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, or create $missing with a [basic] section holding ak and sk."))
        $run.ExitCode | Should -Be 0
    }
}
