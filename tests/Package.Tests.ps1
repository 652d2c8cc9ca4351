# What a user installs (build.ps1 -Task Layout, the layout step of -Task Package) and what its help
# promises about the environment: each case in a fresh pwsh, as an installed copy runs.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:root = Get-RepositoryRoot
    $script:version = (Import-PowerShellDataFile (Join-Path $script:root 'HwTasks.psd1')).ModuleVersion
}

Describe 'The packaged module' {
    BeforeAll {
        $script:modules = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-package-' + [guid]::NewGuid().ToString('N'))
        $script:layout = Invoke-FreshPwsh -Script @'
param($build, $modules)
& $build -Task Layout -OutputPath $modules *> $null
$env:PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
Import-Module HwTasks -ErrorAction Stop
$data = (Get-Module HwTasks).PrivateData.PSData
$data.LicenseUri; $data.ProjectUri; $data.ReleaseNotes
(Get-HwCloudRegion -Service Kafka -Name eu-west-101).Endpoint
$about = Get-Help about_HwTasks | Out-String
$about -match 'Install-PSResource HwTasks.Testing'
$about -match 'HTTPS_PROXY' -and $about -match 'NO_PROXY'
'@ -ArgumentList (Join-Path $script:root 'build.ps1'), $script:modules
        $script:package = Join-Path $script:modules "HwTasks/$($script:version)"
    }

    AfterAll {
        if (Test-Path $script:modules) { Remove-Item $script:modules -Recurse -Force }
    }

    It 'holds the module, its help, LICENSE, CHANGELOG.md and the user''s README, and nothing else' {
        $script:layout.ExitCode | Should -Be 0
        @(Get-ChildItem $script:package | ForEach-Object Name | Sort-Object) | Should -BeExactly @(
            'bin', 'CHANGELOG.md', 'en-US', 'HwTasks.format.ps1xml', 'HwTasks.psd1', 'HwTasks.types.ps1xml', 'LICENSE', 'README.md')
        Test-Path (Join-Path $script:package 'en-US/HwTasks.dll-Help.xml') | Should -BeTrue
        Test-Path (Join-Path $script:package 'en-US/about_HwTasks.help.txt') | Should -BeTrue
    }

    It 'has the checkout''s manifest without the preflight script module, which only an unbuilt checkout needs' {
        $packaged = Import-PowerShellDataFile (Join-Path $script:package 'HwTasks.psd1')
        $checkout = Import-PowerShellDataFile (Join-Path $script:root 'HwTasks.psd1')

        $checkout.NestedModules | Should -BeExactly @('HwTasks.psm1')
        $packaged.ContainsKey('NestedModules') | Should -BeFalse -Because 'a script module costs every import the engine''s script-module machinery'
        $checkout.Remove('NestedModules')
        @($packaged.Keys | Sort-Object) | Should -BeExactly @($checkout.Keys | Sort-Object)
        foreach ($key in $checkout.Keys) { $packaged[$key] | ConvertTo-Json -Depth 5 | Should -BeExactly ($checkout[$key] | ConvertTo-Json -Depth 5) -Because $key }
    }

    It 'carries the MIT license, the changelog and docs/README.package.md as README.md, not the contributor README' {
        (Get-Content (Join-Path $script:package 'LICENSE'))[0] | Should -BeExactly 'MIT License'
        Get-Content (Join-Path $script:package 'LICENSE') -Raw | Should -BeExactly (Get-Content (Join-Path $script:root 'LICENSE') -Raw)
        Get-Content (Join-Path $script:package 'CHANGELOG.md') -Raw | Should -BeExactly (Get-Content (Join-Path $script:root 'CHANGELOG.md') -Raw)
        $readme = Get-Content (Join-Path $script:package 'README.md') -Raw
        $readme | Should -BeExactly (Get-Content (Join-Path $script:root 'docs/README.package.md') -Raw)
        $readme | Should -BeLikeExactly '*Install-PSResource HwTasks.Testing*'
        $readme | Should -Not -BeLikeExactly '*dotnet*' -Because 'a package user has no source checkout to build or run'
    }

    It 'imports by name and publishes no project or license address while the project has no home' {
        $script:layout.Output | Should -BeExactly @(
            'What changed in each version: CHANGELOG.md in the module folder.'
            'https://dms.eu-west-101.myhuaweicloud.eu'
            'True'
            'True')
    }

    It 'writes ProjectUri and LicenseUri from the one ProjectHome setting, and none while it is empty' {
        $props = [xml] (Get-Content -Raw (Join-Path $script:root 'Directory.Build.props'))
        $ast = [System.Management.Automation.Language.Parser]::ParseFile((Join-Path $script:root 'build.ps1'), [ref] $null, [ref] $null)
        . ([scriptblock]::Create($ast.Find({ param($n) $n -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $n.Name -eq 'Write-PackageManifest' }, $true).Extent.Text))
        $written = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-manifest-' + [guid]::NewGuid().ToString('N') + '.psd1')
        try {
            Write-PackageManifest (Join-Path $script:root 'HwTasks.psd1') $written 'HwTasks.psm1' 'https://example.test/hwtasks/'
            $data = (Import-PowerShellDataFile $written).PrivateData.PSData
        }
        finally { Remove-Item $written -ErrorAction SilentlyContinue }

        "$(@($props.Project.PropertyGroup.ProjectHome) -join '')".Trim() | Should -BeExactly '' -Because 'the project has no public home yet'
        $data.ProjectUri | Should -BeExactly 'https://example.test/hwtasks'
        $data.LicenseUri | Should -BeExactly 'https://example.test/hwtasks/blob/main/LICENSE'
        $packaged = Import-PowerShellDataFile (Join-Path $script:package 'HwTasks.psd1')
        @($packaged.PrivateData.PSData.Keys) | Should -Not -Contain 'ProjectUri'
        @($packaged.PrivateData.PSData.Keys) | Should -Not -Contain 'LicenseUri'
        (Get-Content -Raw (Join-Path $script:package 'HwTasks.psd1')) | Should -Not -Match 'https?://'
    }

    It 'has a changelog with an Unreleased section and 0.1.0' {
        $headings = @(Get-Content (Join-Path $script:root 'CHANGELOG.md') | Where-Object { $_ -like '## *' })

        $headings | Should -BeExactly @('## [Unreleased]', '## [0.1.0] - 2026-12-01')
    }
}

Describe 'Proxy variables, as about_HwTasks documents them' {
    BeforeAll {
        $script:emulator = Start-TestEmulator
        # A loopback port nothing listens on: a proxy there refuses every connection.
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start()
        $script:deadProxy = "http://127.0.0.1:$($probe.LocalEndpoint.Port)"
        $probe.Stop()
        $script:call = @'
param($manifest, $url, $ak, $sk, $project, $setLater)
Import-Module $manifest
$sk = ConvertTo-SecureString $sk -AsPlainText -Force
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey $sk | Out-Null
foreach ($attempt in 1, 2) {
    try { "workflows: $(@(Get-AomWorkflow -MaximumRetryCount 0 -ErrorAction Stop).Count)" } catch { $_.FullyQualifiedErrorId }
    if ($setLater) { $env:HTTP_PROXY = $setLater }
}
'@
        # Runs the call in a fresh pwsh with only these proxy variables set (lower-case names, which win
        # over upper-case ones outside Windows, and ALL_PROXY are cleared for it).
        function Invoke-ThroughProxy([string] $HttpProxy, [string] $NoProxy, [string] $SetLater = '') {
            $names = 'HTTP_PROXY', 'NO_PROXY', 'ALL_PROXY'
            if (-not $IsWindows) { $names += 'http_proxy', 'no_proxy', 'all_proxy' }
            # Removed, not emptied: .NET takes an empty no_proxy over NO_PROXY.
            $set = { param($name, $value) if ($value) { Set-Item "env:$name" $value } else { Remove-Item "env:$name" -ErrorAction SilentlyContinue } }
            $saved = @{}
            foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); & $set $name $null }
            & $set HTTP_PROXY $HttpProxy
            & $set NO_PROXY $NoProxy
            try {
                Invoke-FreshPwsh -Script $script:call -ArgumentList (@(Join-Path $script:root 'HwTasks.psd1') + (Get-TestEmulatorArgument $script:emulator) + $SetLater)
            }
            finally {
                foreach ($name in $names) { & $set $name $saved[$name] }
            }
        }
    }

    AfterAll {
        Stop-TestEmulator $script:emulator
    }

    It 'sends through HTTP_PROXY, loopback addresses included' {
        $run = Invoke-ThroughProxy -HttpProxy $script:deadProxy

        $run.Output | Should -BeExactly @('ConnectionFailed,HwTasks.Commands.Aom.GetAomWorkflowCommand', 'ConnectionFailed,HwTasks.Commands.Aom.GetAomWorkflowCommand')
    }

    It 'reaches the hosts NO_PROXY lists directly' {
        $run = Invoke-ThroughProxy -HttpProxy $script:deadProxy -NoProxy 127.0.0.1

        $run.Output | Should -BeExactly @('workflows: 5', 'workflows: 5')
    }

    It 'reads the variables once per process, at the first call' {
        $run = Invoke-ThroughProxy -SetLater $script:deadProxy

        $run.Output | Should -BeExactly @('workflows: 5', 'workflows: 5') -Because 'HTTP_PROXY was set after the first call'
    }
}
