<#
.SYNOPSIS
    Runs the Pester integration tests against a laid-out CppnPS module and writes a JSON summary.

.DESCRIPTION
    build.ps1 starts this script in a child pwsh, so the freshly built module is loaded there and
    never in the build's own session. The summary (passed, failed, failedBlocks, failedContainers,
    skipped, notRun, result) is what build.ps1 adds to its totals.

.EXAMPLE
    pwsh -NoProfile -File tests/Pester/Invoke-CppnPester.ps1 -PesterModulePath ~/.nuget/packages/pester/5.7.1/tools/Pester.psd1 -ModuleManifestPath out/CppnPS/CppnPS.psd1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PesterModulePath,
    [Parameter(Mandatory)] [string] $ModuleManifestPath,
    [string] $TestPath = $PSScriptRoot,
    [string] $ResultPath,
    [string] $SummaryPath,
    # Runs the suite under this culture (build.ps1 uses de-DE, whose decimal separator is a comma);
    # child processes the tests start get it through LANG and LC_ALL.
    [string] $Culture
)

$ErrorActionPreference = 'Stop'

if ($Culture) {
    $cultureInfo = [System.Globalization.CultureInfo]::GetCultureInfo($Culture)
    [System.Globalization.CultureInfo]::CurrentCulture = $cultureInfo
    [System.Globalization.CultureInfo]::CurrentUICulture = $cultureInfo
    [System.Globalization.CultureInfo]::DefaultThreadCurrentCulture = $cultureInfo
    [System.Globalization.CultureInfo]::DefaultThreadCurrentUICulture = $cultureInfo
    $posixName = $Culture.Replace('-', '_') + '.UTF-8'
    $env:LANG = $posixName
    $env:LC_ALL = $posixName
    if ((1.5).ToString() -eq '1.5' -and $cultureInfo.NumberFormat.NumberDecimalSeparator -ne '.') {
        throw "The culture $Culture did not take effect (1.5 prints as 1.5)."
    }
}

Import-Module -Name $PesterModulePath -Force

# The tests import the module from here (see CppnPS.TestHelpers.ps1).
$env:CPPNPS_MODULE_PATH = (Resolve-Path -LiteralPath $ModuleManifestPath).ProviderPath

$config = New-PesterConfiguration
$config.Run.Path = $TestPath
$config.Run.PassThru = $true
$config.Run.Exit = $false
$config.Output.Verbosity = 'Detailed'
# Plain text in CI logs and files; colours only on a terminal.
$config.Output.RenderMode = if ([Console]::IsOutputRedirected) { 'Plaintext' } else { 'Auto' }
if ($ResultPath) {
    $config.TestResult.Enabled = $true
    $config.TestResult.OutputFormat = 'NUnitXml'
    $config.TestResult.OutputPath = $ResultPath
}

$result = Invoke-Pester -Configuration $config

$summary = [ordered]@{
    passed           = [int]$result.PassedCount
    failed           = [int]$result.FailedCount
    failedBlocks     = [int]$result.FailedBlocksCount
    failedContainers = [int]$result.FailedContainersCount
    skipped          = [int]$result.SkippedCount
    notRun           = [int]$result.NotRunCount
    result           = [string]$result.Result
}
if ($SummaryPath) {
    $summary | ConvertTo-Json | Set-Content -LiteralPath $SummaryPath -Encoding utf8
}
else {
    $summary | ConvertTo-Json
}

if ($result.Result -ne 'Passed') { exit 1 }
