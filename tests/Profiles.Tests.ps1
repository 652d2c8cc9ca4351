# Profiles of the credentials file: Save-HwCloudProfile (the exact file it writes, mode 0600),
# Get-HwCloudProfile, Remove-HwCloudProfile, -ProfileName on a service command (the profile's key
# signs the request the emulator accepts), Get-HwCloudContext -ListAvailable, and what
# Disconnect-HwCloud says the next command falls back to. Every test has its own credentials file
# (HUAWEICLOUD_SDK_CREDENTIALS_FILE in a temporary folder) and no credential variables.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:emulator = Initialize-TestSuite
    $script:variables = Save-TestCredentialVariables
    $script:url = $script:emulator.Url
    $script:secretKey = $script:emulator.SecretKey
    $script:project = $script:emulator.ProjectId
    $script:cluster = '6ec9a0a4-76be-4262-8697-e7af1fac7920'
    $script:statusPath = "/v1.1/$($script:project)/clusters/$($script:cluster)/cdm/job/jdbc2hive/status"
    $script:manifest = Join-Path (Get-RepositoryRoot) 'HwTasks.psd1'
    $script:ownerOnly = if (-not $IsWindows) { [System.IO.UnixFileMode]'UserRead, UserWrite' }
}

AfterAll {
    Restore-TestCredentialVariables $script:variables
    Stop-TestEmulator $script:emulator
}

Describe 'Profiles and contexts' {
    BeforeEach {
        Disconnect-HwCloud
        Reset-TestEmulator $script:emulator
        $script:file = Use-TestCredentialsFile
    }

    AfterEach {
        Disconnect-HwCloud
        Remove-TestCredentialsFile $script:file
    }

    Context 'Save-HwCloudProfile' {
        It 'creates the folder (0700) and the file (0600) and writes exactly the section, showing no secret' {
            $run = Invoke-TestCommand {
                Save-HwCloudProfile -ProfileName prod -Credential (Get-TestEmulatorCredential) -Region cn-north-4 -ProjectId $script:project `
                    -IamEndpoint https://iam.cn-north-4.myhuaweicloud.com -Verbose -Debug
            }

            $run.Errors | Should -BeNullOrEmpty
            $run.Output | Should -BeNullOrEmpty
            $run.Verbose | Should -Contain "Added profile [prod] in '$($script:file)' (readable by its owner only)."
            $run.Text | Should -Not -BeLikeExactly "*$($script:secretKey)*"
            [System.IO.File]::ReadAllText($script:file) | Should -BeExactly (
                "[prod]`nak = $($script:emulator.AccessKey)`nsk = $($script:secretKey)`nregion = cn-north-4`n" +
                "project_id = $($script:project)`niam_endpoint = https://iam.cn-north-4.myhuaweicloud.com`n")
            if (-not $IsWindows) {
                [System.IO.File]::GetUnixFileMode($script:file) | Should -Be $script:ownerOnly
                [System.IO.File]::GetUnixFileMode((Split-Path -Parent $script:file)) | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite, UserExecute')
            }
        }

        It 'adds a profile after the other sections, keeping their lines and comments, and stores the security token' {
            Set-TestCredentialsFile $script:file '# written by hand', '[basic]', 'ak = BASICAK0000000000001', '; the old key', 'sk = basic-secret'
            $token = ConvertTo-SecureString 'emulator-security-token-0001' -AsPlainText -Force

            Save-HwCloudProfile temp -Credential (New-TestCredential EMULATORTMPAK0000001 EmulatorTemporarySecretKey00000000000001) -SecurityToken $token

            [System.IO.File]::ReadAllText($script:file) | Should -BeExactly (
                "# written by hand`n[basic]`nak = BASICAK0000000000001`n; the old key`nsk = basic-secret`n`n" +
                "[temp]`nak = EMULATORTMPAK0000001`nsk = EmulatorTemporarySecretKey00000000000001`nsecurity_token = emulator-security-token-0001`n")
        }

        It 'tightens an existing file that others could read to 0600' -Skip:$IsWindows {
            Set-TestCredentialsFile $script:file '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret'
            [System.IO.File]::SetUnixFileMode($script:file, [System.IO.UnixFileMode]'UserRead, UserWrite, GroupRead, OtherRead')

            Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential)

            [System.IO.File]::GetUnixFileMode($script:file) | Should -Be $script:ownerOnly
        }

        It 'refuses to overwrite an existing profile without -Force (ProfileExists, ResourceExists) and leaves the file as it was' {
            Set-TestCredentialsFile $script:file '[Prod]', 'ak = OLDAK000000000000001', 'sk = old-secret'
            $before = [System.IO.File]::ReadAllText($script:file)

            $run = Invoke-TestCommand { Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ProfileExists,HwTasks.Commands.Profiles.SaveHwCloudProfileCommand'
            $run.Errors[0].CategoryInfo.Category | Should -Be 'ResourceExists'
            $run.Errors[0].Exception.Message | Should -BeExactly "Profile [prod] already exists in the credentials file '$($script:file)'. Pass -Force to replace it."
            [System.IO.File]::ReadAllText($script:file) | Should -BeExactly $before
        }

        It 'replaces the keys of an existing profile with -Force, keeping its comments, the other sections and the CRLF line ends' {
            Set-TestCredentialsFile $script:file -NewLine "`r`n" -Line @(
                '[prod]', '# rotated every 90 days', 'ak = OLDAK000000000000001', 'sk = old-secret', 'region = cn-east-3', '', '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret')

            Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) -Region cn-north-4 -Force

            [System.IO.File]::ReadAllText($script:file) | Should -BeExactly (
                "[prod]`r`nak = $($script:emulator.AccessKey)`r`nsk = $($script:secretKey)`r`nregion = cn-north-4`r`n# rotated every 90 days`r`n`r`n" +
                "[basic]`r`nak = BASICAK0000000000001`r`nsk = basic-secret`r`n")
        }

        It 'writes the saved profile with -PassThru' {
            $saved = @(Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) -Region cn-north-4 -PassThru)

            $saved.Count | Should -Be 1
            $saved[0] | Should -BeOfType ([HwTasks.Core.Auth.Credentials.HwCloudProfile])
            $saved[0].ProfileName | Should -BeExactly 'prod'
            $saved[0].MaskedAccessKey | Should -BeExactly 'EMUL…0001'
            $saved[0].Region | Should -BeExactly 'cn-north-4'
        }

        It 'refuses a secret key the file could not give back as given (InvalidProfileValue), writing nothing and never showing it' {
            $run = Invoke-TestCommand { Save-HwCloudProfile prod -Credential (New-TestCredential $script:emulator.AccessKey 'secret with a trailing space ') }

            Assert-InvalidArgument $run 'InvalidProfileValue,HwTasks.Commands.Profiles.SaveHwCloudProfileCommand' `
                'The secret key must be one line without whitespace at either end, or the credentials file would not give it back as given.' | Out-Null
            $run.Text | Should -Not -BeLikeExactly '*trailing space*'
            Test-Path $script:file | Should -BeFalse
        }

        It 'writes nothing with -WhatIf and names the profile, the masked key and the file in the What if message' {
            # pwsh writes What if: straight to the host, so a fresh process shows it on standard output.
            $run = Invoke-FreshPwsh -Script @'
param($manifest, $file)
$env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file
Import-Module $manifest
$sk = ConvertTo-SecureString 'EmulatorSecretKey00000000000000000000001' -AsPlainText -Force
Save-HwCloudProfile prod -Credential ([pscredential]::new('EMULATORAK0000000001', $sk)) -WhatIf
'exists: ' + (Test-Path $file)
'@ -ArgumentList $script:manifest, $script:file

            $run.Output | Should -BeExactly @(
                "What if: Add profile [prod] with AK EMUL…0001 to the credentials file '$($script:file)'."
                'exists: False')
            $run.ExitCode | Should -Be 0
        }
    }

    Context 'Get-HwCloudProfile' {
        BeforeEach {
            Set-TestCredentialsFile $script:file @(
                '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret', ''
                '[temp]', 'ak = EMULATORTMPAK0000001', 'sk = temp-secret', 'security_token = temp-token', 'region = cn-north-4', "project_id = $($script:project)", ''
                '[broken]', 'ak = BROKENAK000000000001')
        }

        It 'lists every profile in the order of the file: masked key, type, region, project and file, never a secret' {
            $profiles = @(Get-HwCloudProfile)

            $profiles | ForEach-Object { $_ | Should -BeOfType ([HwTasks.Core.Auth.Credentials.HwCloudProfile]) }
            $profiles.ProfileName | Should -BeExactly @('basic', 'temp', 'broken')
            $profiles.MaskedAccessKey | Should -BeExactly @('BASI…0001', 'EMUL…0001', 'BROK…0001')
            $profiles | ForEach-Object { "$($_.AuthenticationType)" } | Should -BeExactly @('AccessKey', 'TemporaryAccessKey', '')
            $profiles | ForEach-Object { "$($_.Region)|$($_.ProjectId)" } | Should -BeExactly @('|', "cn-north-4|$($script:project)", '|')
            $profiles.Path | Sort-Object -Unique | Should -BeExactly $script:file
            $everything = ($profiles | Format-List * | Out-String) + ($profiles | Format-Table | Out-String) + ($profiles | ConvertTo-Json)
            foreach ($secret in 'basic-secret', 'temp-secret', 'temp-token', 'BASICAK0000000000001') { $everything | Should -Not -BeLikeExactly "*$secret*" }
        }

        It 'has a table view of name, masked key, type, region, project and file' {
            $view = (Get-FormatData HwTasks.Core.Auth.Credentials.HwCloudProfile).FormatViewDefinition[0]

            $view.Control.Headers.Label | Should -BeExactly @('ProfileName', 'AccessKey', 'AuthenticationType', 'Region', 'ProjectId', 'Path')
            $view.Control.Rows[0].Columns.DisplayEntry.Value | Should -BeExactly @('ProfileName', 'MaskedAccessKey', 'AuthenticationType', 'Region', 'ProjectId', 'Path')
        }

        It 'selects by name and wildcard, and reports a missing name as ProfileNotFound (ObjectNotFound)' {
            $run = Invoke-TestCommand { Get-HwCloudProfile -ProfileName 'T*', missing, BASIC }

            $run.Output.ProfileName | Should -BeExactly @('temp', 'basic')
            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ProfileNotFound,HwTasks.Commands.Profiles.GetHwCloudProfileCommand'
            $run.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $run.Errors[0].Exception.Message | Should -BeExactly "The credentials file '$($script:file)' has no profile [missing]."
        }

        It 'writes nothing, and says so on the verbose stream, when the file does not exist' {
            Remove-Item -LiteralPath $script:file

            $run = Invoke-TestCommand { Get-HwCloudProfile -Verbose }

            $run.Output | Should -BeNullOrEmpty
            $run.Errors | Should -BeNullOrEmpty
            $run.Verbose | Should -BeExactly @("The credentials file '$($script:file)' does not exist.")
        }

        It 'completes -ProfileName of a service command with the profiles of the file' {
            $completions = (TabExpansion2 -inputScript 'Get-CdmJob -ProfileName b' -cursorColumn 25).CompletionMatches

            $completions.CompletionText | Should -BeExactly @('basic', 'broken')
        }
    }

    Context 'Remove-HwCloudProfile' {
        BeforeEach {
            Set-TestCredentialsFile $script:file @(
                '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret', ''
                '[tmp-1]', 'ak = TMP1AK00000000000001', '# inside tmp-1', 'sk = tmp1-secret', ''
                '# the production account', '[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret', ''
                '[tmp-2]', 'ak = TMP2AK00000000000001', 'sk = tmp2-secret')
        }

        It 'removes a section with its comments inside and keeps every other line, with -Force and without asking' {
            Remove-HwCloudProfile tmp-1 -Force

            [System.IO.File]::ReadAllText($script:file) | Should -BeExactly (
                "[basic]`nak = BASICAK0000000000001`nsk = basic-secret`n`n# the production account`n[prod]`nak = PRODAK00000000000001`nsk = prod-secret`n`n" +
                "[tmp-2]`nak = TMP2AK00000000000001`nsk = tmp2-secret`n")
            if (-not $IsWindows) { [System.IO.File]::GetUnixFileMode($script:file) | Should -Be $script:ownerOnly }
        }

        It 'removes what Get-HwCloudProfile pipes to it, and the last section without a blank line left at the end' {
            Get-HwCloudProfile 'tmp-*' | Remove-HwCloudProfile -Confirm:$false

            [System.IO.File]::ReadAllText($script:file) | Should -BeExactly (
                "[basic]`nak = BASICAK0000000000001`nsk = basic-secret`n`n# the production account`n[prod]`nak = PRODAK00000000000001`nsk = prod-secret`n")
        }

        It 'reports a profile the file does not have as ProfileNotFound (ObjectNotFound) and removes the others' {
            $run = Invoke-TestCommand { Remove-HwCloudProfile missing, tmp-2 -Force }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ProfileNotFound,HwTasks.Commands.Profiles.RemoveHwCloudProfileCommand'
            $run.Errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $run.Errors[0].Exception.Message | Should -BeExactly "The credentials file '$($script:file)' has no profile [missing]."
            (Get-HwCloudProfile).ProfileName | Should -BeExactly @('basic', 'tmp-1', 'prod')
        }

        It 'has a high confirm impact: it asks without -Force (a non-interactive pwsh cannot), and -WhatIf -Force only tells' {
            $run = Invoke-FreshPwsh -Script @'
param($manifest, $file)
$env:HUAWEICLOUD_SDK_CREDENTIALS_FILE = $file
Import-Module $manifest
try { Remove-HwCloudProfile prod -ErrorAction Stop } catch { 'refused: ' + $_.Exception.Message; 'id: ' + $_.FullyQualifiedErrorId }
Remove-HwCloudProfile prod -Force -WhatIf
(Get-HwCloudProfile).ProfileName -join ','
'@ -ArgumentList $script:manifest, $script:file

            $run.Output | Should -BeExactly @(
                "refused: Remove-HwCloudProfile asks before it acts (Remove profile [prod] with AK PROD…0001 from the credentials file '$($script:file)'), but this session cannot answer a prompt. Pass -Force to act without asking, or -WhatIf to see what it would do."
                'id: ConfirmationUnavailable,HwTasks.Commands.Profiles.RemoveHwCloudProfileCommand'
                "What if: Remove profile [prod] with AK PROD…0001 from the credentials file '$($script:file)'."
                'basic,tmp-1,prod,tmp-2')
            Get-TestConfirmImpact Remove-HwCloudProfile | Should -Be 'High'
        }
    }

    Context 'Save-HwCloudProfile -EndpointUrl' {
        It 'stores endpoint_url, shows it in Get-HwCloudProfile, and sends a -ProfileName call there' {
            Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) -Region cn-north-4 -ProjectId $script:project -EndpointUrl $script:url

            [System.IO.File]::ReadAllText($script:file) | Should -BeExactly (
                "[prod]`nak = $($script:emulator.AccessKey)`nsk = $($script:secretKey)`nregion = cn-north-4`n" +
                "project_id = $($script:project)`nendpoint_url = $($script:url)`n")
            (Get-HwCloudProfile prod).EndpointUrl | Should -BeExactly $script:url
            (Connect-HwCloud -ProfileName prod).EndpointUrl.OriginalString | Should -BeExactly $script:url
            Disconnect-HwCloud

            $run = Invoke-TestCommand { Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive -ProfileName prod }

            $run.Errors | Should -BeNullOrEmpty
            $run.Output.JobName | Should -BeExactly 'jdbc2hive'
            @(Get-EmulatorRequestLog $script:emulator | Where-Object Path -EQ $script:statusPath).Count | Should -Be 1
        }

        It 'lets -EndpointUrl on the command win over the profile''s' {
            Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) -Region cn-north-4 -ProjectId $script:project -EndpointUrl 'http://127.0.0.1:9'

            (New-HwCloudContext -ProfileName prod -EndpointUrl $script:url).EndpointUrl.OriginalString | Should -BeExactly $script:url
        }

        It 'refuses an address with user information before writing the file' {
            $run = Invoke-TestCommand { Save-HwCloudProfile prod -Credential (Get-TestEmulatorCredential) -EndpointUrl 'https://user:secret@example.com' }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeLikeExactly 'ParameterArgumentValidationError,*'
            $run.Text | Should -Not -BeLikeExactly '*secret@*'
            Test-Path $script:file | Should -BeFalse
        }

        It 'reports a hand-written endpoint_url that is not an http(s) address, naming the key and the fix' {
            Set-TestCredentialsFile $script:file '[prod]', "ak = $($script:emulator.AccessKey)", "sk = $($script:secretKey)", 'endpoint_url = ftp://pw:hidden@example.com'

            $run = Invoke-TestCommand { Connect-HwCloud -ProfileName prod }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeLikeExactly 'InvalidProfileValue,*'
            $run.Errors[0].Exception.Message | Should -BeLikeExactly "The endpoint_url of section ``[prod``] of '$($script:file)' is not an absolute http or https address*Save-HwCloudProfile -EndpointUrl."
            $run.Text | Should -Not -BeLikeExactly '*hidden*'
        }
    }

    Context '-ProfileName' {
        BeforeEach {
            Set-TestCredentialsFile $script:file '[prod]', "ak = $($script:emulator.AccessKey)", "sk = $($script:secretKey)", 'region = cn-north-4', "project_id = $($script:project)"
            # The session default is another account, which may not use the emulator's project.
            $other = ConvertTo-SecureString 'OtherAccountSecretKey0000000000000000001' -AsPlainText -Force
            Connect-HwCloud -EndpointUrl $script:url -Region cn-north-4 -ProjectId $script:project -AccessKey OTHERACCOUNTAK000001 -SecretKey $other | Out-Null
        }

        It 'signs a service call with the profile''s key, in its region and project, ahead of the session default' {
            $run = Invoke-TestCommand { Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive -ProfileName prod -EndpointUrl $script:url -Debug }

            $run.Errors | Should -BeNullOrEmpty
            $run.Output.JobName | Should -BeExactly 'jdbc2hive'
            $run.Debug | Should -Contain "Credentials: AccessKey AK EMUL…0001 from credentials file $($script:file) [prod] (context from the -ProfileName parameter)."
            $run.Debug | Should -Contain 'Region: cn-north-4 from the -ProfileName parameter.'
            $run.Debug | Should -Contain 'Project id: from the -ProfileName parameter.'
            $run.Text | Should -Not -BeLikeExactly "*$($script:secretKey)*"
            # The emulator verified the signature with the profile's key pair and let its account use the project.
            $request = Get-SingleEmulatorRequest $script:emulator
            "$($request.method) $($request.path) -> $($request.status)" | Should -BeExactly "GET $($script:statusPath) -> 200"
        }

        It 'leaves the session default to commands without it (the other account: PermissionDenied)' {
            $run = Invoke-TestCommand { Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'PermissionDenied,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
        }

        It 'stops with ProfileNotFound naming the sections the file has, sending nothing' {
            $run = Invoke-TestCommand { Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive -ProfileName staging -EndpointUrl $script:url }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ProfileNotFound,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
            $run.Errors[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
            $run.Errors[0].Exception.Message | Should -BeExactly "The credentials file '$($script:file)' has no [staging] section. Sections: prod."
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'cannot be combined with -Context (ContextAndProfileName)' {
            $run = Invoke-TestCommand { Get-CdmJobStatus -ClusterId $script:cluster -JobName jdbc2hive -ProfileName prod -Context (Get-HwCloudContext) }

            $run.Errors.Count | Should -Be 1
            $run.Errors[0].FullyQualifiedErrorId | Should -BeExactly 'ContextAndProfileName,HwTasks.Commands.Cdm.GetCdmJobStatusCommand'
            $run.Errors[0].Exception.Message | Should -BeExactly '-Context and -ProfileName both say which credentials to use. Pass one of them.'
            @(Get-EmulatorRequestLog $script:emulator).Count | Should -Be 0
        }

        It 'gives Connect-HwCloud the profile''s region and project, and drops the project for another region' {
            $same = Connect-HwCloud -ProfileName prod
            $other = New-HwCloudContext -ProfileName prod -Region cn-east-3

            "$($same.Region)|$($same.ProjectId)|$($same.CredentialSourceKind)|$($same.ProfileName)" | Should -BeExactly "cn-north-4|$($script:project)|CredentialsFile|prod"
            "$($other.Region)|$($other.ProjectId)" | Should -BeExactly 'cn-east-3|'
        }
    }

    Context 'Get-HwCloudContext -ListAvailable' {
        It 'lists the session default, the environment''s context and each profile''s, with no secret' {
            Set-TestCredentialsFile $script:file '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret', '[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret', 'region = cn-east-3'
            $env:HUAWEICLOUD_SDK_AK = 'ENVIRONMENTAK0000001'
            $env:HUAWEICLOUD_SDK_SK = 'environment-secret'
            Connect-TestEmulator $script:emulator | Out-Null

            $contexts = @(Get-HwCloudContext -ListAvailable)

            $contexts | ForEach-Object { $_ | Should -BeOfType ([HwTasks.Core.HwCloudContext]) }
            $contexts.CredentialSource | Should -BeExactly @(
                'the -AccessKey and -SecretKey parameters'
                'environment variables HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK'
                "credentials file $($script:file) [basic]"
                "credentials file $($script:file) [prod]")
            $contexts.Identity | Should -BeExactly @('AK EMUL…0001', 'AK ENVI…0001', 'AK BASI…0001', 'AK PROD…0001')
            $contexts | ForEach-Object { "$($_.CredentialSourceKind)|$($_.ProfileName)|$($_.Region)" } | Should -BeExactly @(
                'Parameters||cn-north-4', 'Environment||', 'CredentialsFile|basic|', 'CredentialsFile|prod|cn-east-3')
            $everything = ($contexts | Format-List * | Out-String) + ($contexts | ForEach-Object { "$_" })
            foreach ($secret in 'basic-secret', 'prod-secret', 'environment-secret', $script:secretKey) { $everything | Should -Not -BeLikeExactly "*$secret*" }
        }

        It 'tells the rows apart in the table by their source, within 120 columns' {
            Set-TestCredentialsFile $script:file '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret', '[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret', 'region = cn-east-3'
            $env:HUAWEICLOUD_SDK_AK = 'ENVIRONMENTAK0000001'
            $env:HUAWEICLOUD_SDK_SK = 'environment-secret'
            Connect-TestEmulator $script:emulator | Out-Null

            $lines = Get-FormattedLine { Get-HwCloudContext -ListAvailable } 120

            $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 120 }
            $lines[0] | Should -BeExactly 'Source               AuthenticationType Identity           Region         EndpointUrl'
            @($lines | Select-Object -Skip 2 | ForEach-Object { $_.Substring(0, 20).TrimEnd() }) | Should -BeExactly @('Parameters', 'Environment', 'profile basic', 'profile prod')
        }

        It 'warns about an incomplete profile and lists the others' {
            Set-TestCredentialsFile $script:file '[half]', 'ak = HALFAK00000000000001', '[prod]', 'ak = PRODAK00000000000001', 'sk = prod-secret'

            $run = Invoke-TestCommand { Get-HwCloudContext -ListAvailable }

            $run.Output.Identity | Should -BeExactly 'AK PROD…0001'
            $run.Warnings | Should -BeExactly @("Section [half] of '$($script:file)' must set both ak and sk.")
        }
    }

    Context 'Disconnect-HwCloud' {
        BeforeEach {
            Connect-TestEmulator $script:emulator | Out-Null
        }

        It 'says the next command will use the environment variables when they are set' {
            $env:HUAWEICLOUD_SDK_AK = 'ENVIRONMENTAK0000001'
            $env:HUAWEICLOUD_SDK_SK = 'environment-secret'

            $run = Invoke-TestCommand { Disconnect-HwCloud -Verbose }

            $run.Verbose | Should -BeExactly @(
                'The session default context is cleared; the IAM tokens and project ids cached for AK EMUL…0001 are forgotten.'
                'The next command without -Context or -ProfileName will use AK ENVI…0001 from environment variables HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK.')
            $run.Text | Should -Not -BeLikeExactly '*environment-secret*'
        }

        It 'says the next command will use the [basic] section of the credentials file' {
            Set-TestCredentialsFile $script:file '[basic]', 'ak = BASICAK0000000000001', 'sk = basic-secret'

            $run = Invoke-TestCommand { Disconnect-HwCloud -Verbose }

            $run.Verbose[-1] | Should -BeExactly "The next command without -Context or -ProfileName will use AK BASI…0001 from credentials file $($script:file) [basic]."
        }

        It 'says the next command finds no credentials and will stop with NoCredentials' {
            $run = Invoke-TestCommand { Disconnect-HwCloud -Verbose }

            $run.Verbose[-1] | Should -BeExactly ("The next command without -Context or -ProfileName finds no credentials: none of HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK " +
                "or CLOUD_SDK_AK/CLOUD_SDK_SK is set, and '$($script:file)' does not exist. It stops with NoCredentials.")
            @(Get-HwCloudContext).Count | Should -Be 0
        }

        It 'names the error an incomplete fallback will stop the next command with' {
            $env:HUAWEICLOUD_SDK_AK = 'ENVIRONMENTAK0000001'

            $run = Invoke-TestCommand { Disconnect-HwCloud -Verbose }

            $run.Verbose[-1] | Should -BeExactly ('The next command without -Context or -ProfileName stops with IncompleteEnvironmentCredentials: ' +
                'HUAWEICLOUD_SDK_SK is not set while HUAWEICLOUD_SDK_AK is. Set both, or neither to use the credentials file.')
        }
    }
}
