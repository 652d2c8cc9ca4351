# Module loading as users do it, each case in a fresh pwsh: assembly loading is process-wide, so an
# import in this process would prove nothing about the next one.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:root = Get-RepositoryRoot
    $script:manifest = Join-Path $script:root 'HwTasks.psd1'
    $script:commandCount = (Import-PowerShellDataFile $script:manifest).CmdletsToExport.Count
    # A command that works offline: building a context touches HwTasks.Core and the SecureString path.
    $script:probe = '$sk = ConvertTo-SecureString "EmulatorSecretKey00000000000000000000001" -AsPlainText -Force; ' +
        '(New-HwCloudContext -AccessKey EMULATORAK0000000001 -SecretKey $sk -Region cn-north-4).Region'
}

Describe 'Import-Module HwTasks' {
    It 'exports every cmdlet after import and after -Force re-imports three times in a row' {
        $run = Invoke-FreshPwsh -Script (@'
param($manifest)
Import-Module $manifest; (Get-Command -Module HwTasks).Count
foreach ($i in 1..3) { Import-Module $manifest -Force; (Get-Command -Module HwTasks).Count; PROBE }
'@ -replace 'PROBE', $script:probe) -ArgumentList $script:manifest
        $run.Output | Should -Be @($script:commandCount, $script:commandCount, 'cn-north-4', $script:commandCount, 'cn-north-4', $script:commandCount, 'cn-north-4')
        $run.ExitCode | Should -Be 0
    }

    It 'exports every cmdlet again after Remove-Module and a new import' {
        $run = Invoke-FreshPwsh -Script (@'
param($manifest)
Import-Module $manifest; Remove-Module HwTasks; (Get-Command -Module HwTasks).Count
Import-Module $manifest; (Get-Command -Module HwTasks).Count; PROBE
'@ -replace 'PROBE', $script:probe) -ArgumentList $script:manifest
        $run.Output | Should -Be @(0, $script:commandCount, 'cn-north-4')
    }

    It 'imports by name from a PSModulePath folder in the packaged layout, with its help' {
        $modules = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-modules-' + [guid]::NewGuid().ToString('N'))
        $package = Join-Path $modules "HwTasks/$((Import-PowerShellDataFile $script:manifest).ModuleVersion)"
        New-Item -ItemType Directory -Path $package | Out-Null
        try {
            Copy-Item (Join-Path $script:root 'HwTasks.psd1'), (Join-Path $script:root 'HwTasks.psm1'), (Join-Path $script:root 'HwTasks.format.ps1xml'), (Join-Path $script:root 'HwTasks.types.ps1xml') $package
            Copy-Item (Join-Path $script:root 'bin'), (Join-Path $script:root 'en-US') $package -Recurse
            $run = Invoke-FreshPwsh -Script (@'
param($modules)
$env:PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
Import-Module HwTasks -ErrorAction Stop
(Get-Module HwTasks).ModuleBase
(Get-Command -Module HwTasks).Count
(Get-Help Start-CdmJob).Synopsis
(Get-Help about_HwTasks | Out-String) -match 'about_HwTasks'
PROBE
'@ -replace 'PROBE', $script:probe) -ArgumentList $modules
            $run.Output | Should -Be @($package, $script:commandCount, 'Starts a run of a CDM (Cloud Data Migration) job, optionally waiting for it to finish.', 'True', 'cn-north-4')
        }
        finally {
            Remove-Item $modules -Recurse -Force
        }
    }

    It 'imports the checkout manifest and calls a command under ConstrainedLanguage' {
        # As an application-control policy (WDAC/AppLocker) runs scripts: the preflight script module
        # may use no .NET method calls.
        $run = Invoke-FreshPwsh -Script (@'
param($manifest)
$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'
Import-Module $manifest -ErrorAction Stop
$ExecutionContext.SessionState.LanguageMode
(Get-Command -Module HwTasks).Count
(New-HwCloudContext -AccessKey EMULATORAK0000000001 -SecretKey (ConvertTo-SecureString "EmulatorSecretKey00000000000000000000001" -AsPlainText -Force) -Region cn-north-4).Region
'@) -ArgumentList $script:manifest
        $run.Output | Should -Be @('ConstrainedLanguage', $script:commandCount, 'cn-north-4')
        $run.ExitCode | Should -Be 0
    }

    It 'says how to fix a checkout that is not built' {
        $checkout = Join-Path ([System.IO.Path]::GetTempPath()) ('hwtasks-unbuilt-' + [guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $checkout | Out-Null
        try {
            Copy-Item (Join-Path $script:root 'HwTasks.psd1'), (Join-Path $script:root 'HwTasks.psm1'), (Join-Path $script:root 'HwTasks.format.ps1xml'), (Join-Path $script:root 'HwTasks.types.ps1xml') $checkout
            $run = Invoke-FreshPwsh -Script 'param($m) try { Import-Module $m -ErrorAction Stop } catch { $_.Exception.Message }' -ArgumentList (Join-Path $checkout 'HwTasks.psd1')
            $run.Output -join ' ' | Should -BeLike "HwTasks is not built: '*bin/HwTasks.dll' is missing. Run 'dotnet build' (or ./build.ps1) in '$checkout', then import the module again."
        }
        finally {
            Remove-Item $checkout -Recurse -Force
        }
    }
}

Describe 'HwTasks beside other modules'' copies of its dependencies' {
    BeforeAll {
        $script:emulator = Start-TestEmulator
        $script:others = @(
            Get-TestPackageFile Microsoft.Extensions.Http 8.0.1 lib/net8.0/Microsoft.Extensions.Http.dll
            Get-TestPackageFile Microsoft.Extensions.Options 8.0.2 lib/net8.0/Microsoft.Extensions.Options.dll
            # The same assembly version as HwTasks' own copy, from another package version.
            Get-TestPackageFile Microsoft.Extensions.DependencyInjection.Abstractions 10.0.0 lib/net10.0/Microsoft.Extensions.DependencyInjection.Abstractions.dll
        ) -join [System.IO.Path]::PathSeparator
        $script:newerJson = Get-TestPackageFile System.Text.Json 11.0.0 lib/net10.0/System.Text.Json.dll
    }

    AfterAll {
        Stop-TestEmulator $script:emulator
    }

    It 'calls services, parses JSON and keeps its own Microsoft.Extensions.Http private when another module loaded older copies first' {
        $run = Invoke-FreshPwsh -Script @'
param($others, $newerJson, $manifest, $url, $ak, $sk, $project)
# What other modules did first: old-style ones load into the default context, an isolated one
# brings System.Text.Json 11 in a load context of its own.
foreach ($file in $others -split [regex]::Escape([System.IO.Path]::PathSeparator)) { [System.Reflection.Assembly]::LoadFrom($file) | Out-Null }
$isolated = [System.Runtime.Loader.AssemblyLoadContext]::new('another module', $false)
$isolated.LoadFromAssemblyPath($newerJson).GetName().Version.Major

Import-Module $manifest -ErrorAction Stop
$sk = ConvertTo-SecureString $sk -AsPlainText -Force
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey $sk | Out-Null
$job = Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -ErrorAction Stop
$job -is [HwTasks.Core.Services.Cdm.CdmJob]
$job.JobName
$loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.Http' }
($loaded | ForEach-Object { '{0}:{1}' -f $_.GetName().Version.Major, ([System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_) -eq [System.Runtime.Loader.AssemblyLoadContext]::Default) } | Sort-Object) -join ' '
[System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([HwTasks.Core.HwCloudContext].Assembly) -eq [System.Runtime.Loader.AssemblyLoadContext]::Default
'@ -ArgumentList (@($script:others, $script:newerJson, $script:manifest) + (Get-TestEmulatorArgument $script:emulator))
        # 8 in the default context (the other module's), 10 in HwTasks' own; HwTasks.Core itself public.
        $run.Output | Should -Be @('11', 'True', 'jdbc2hive', '10:False 8:True', 'True')
        $run.ExitCode | Should -Be 0
    }
    It 'hands a stranger''s request for a name in bin/dependencies nothing of its own, before and after its calls, and still works' {
        $run = Invoke-FreshPwsh -Script @'
param($olderHttp, $manifest, $url, $ak, $sk, $project)
# What a script or another module asks for by name; without HwTasks it is not found.
function Ask([string] $name) {
    try { [System.Reflection.Assembly]::Load($name).Location } catch { 'not found: ' + $name }
}
Import-Module $manifest -ErrorAction Stop
Ask 'Microsoft.Extensions.Http'
$sk = ConvertTo-SecureString $sk -AsPlainText -Force
Connect-HwCloud -EndpointUrl $url -Region cn-north-4 -ProjectId $project -AccessKey $ak -SecretKey $sk | Out-Null
(Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -ErrorAction Stop).JobName
Ask 'Microsoft.Extensions.Http'
Ask 'Microsoft.Extensions.DependencyInjection'
# Another module's compiled code with a reference to a name in bin/dependencies, bound at first use.
Add-Type -IgnoreWarnings -WarningAction Ignore -ReferencedAssemblies $olderHttp -TypeDefinition 'public static class Stranger { public static string Ask() { return typeof(Microsoft.Extensions.Http.HttpClientFactoryOptions).Assembly.Location; } }'
# It asks for version 8, which HwTasks' copy (10) would satisfy.
try { [Stranger]::Ask() } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.FileName }
(Get-CdmJob -ClusterId 6ec9a0a4-76be-4262-8697-e7af1fac7920 -JobName jdbc2hive -ErrorAction Stop).JobName
'@ -ArgumentList (@((Get-TestPackageFile Microsoft.Extensions.Http 8.0.1 lib/net8.0/Microsoft.Extensions.Http.dll), $script:manifest) + (Get-TestEmulatorArgument $script:emulator))
        $run.Output | Should -Be @('not found: Microsoft.Extensions.Http', 'jdbc2hive', 'not found: Microsoft.Extensions.Http',
            'not found: Microsoft.Extensions.DependencyInjection',
            'FileNotFoundException: Microsoft.Extensions.Http, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60', 'jdbc2hive')
        $run.ExitCode | Should -Be 0
    }
}
