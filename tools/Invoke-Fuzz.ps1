#Requires -Version 7.0
<#
.SYNOPSIS
    Fuzzes CppnPS's file readers with SharpFuzz in libFuzzer mode, each harness for a given time (not part of CI).

.DESCRIPTION
    Harnesses (tools/fuzz/CppnPS.Fuzz/Program.cs):
      genome     cppnps-genome and cppn-weights-v1 JSON (GenomeJson.Read, then written and read again)
      pngtext    the PNG text chunk reader (PngTextReader.ReadNetworkText)
      pngimport  a PNG file read as Import-CppnNetwork reads it (NetworkFile.Read), its network and view written again
    Each starts from the committed seed corpus in tools/fuzz/corpus (genome/ or png/), copied to a working folder
    under -WorkPath, where the corpus grows and findings (crash-*, timeout-*, oom-*) are written.

    What it needs, once:
      - clang and libFuzzer (Debian: apt-get install clang-14 libfuzzer-14-dev libclang-rt-14-dev);
      - the libfuzzer-dotnet driver, built from https://github.com/Metalnem/libfuzzer-dotnet (libfuzzer-dotnet.cc):
        clang -O2 -fsanitize=fuzzer libfuzzer-dotnet.cc -o libfuzzer-dotnet; give its path with -Driver;
      - the SharpFuzz.CommandLine 2.3.0 dotnet tool, which this script installs under -WorkPath.
    The script builds the harness project, instruments its copy of CppnPS.Core.dll with sharpfuzz, and runs each
    harness in turn. libFuzzer's last lines (executions, speed, peak memory) are printed per harness.

.PARAMETER Seconds
    How long each harness runs.

.PARAMETER Runs
    Stop a harness after this many executions instead (0: by time only).

.EXAMPLE
    dotnet pwsh -NoProfile -File tools/Invoke-Fuzz.ps1 -Driver ~/libfuzzer-dotnet/libfuzzer-dotnet -Seconds 600
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Driver,
    [int] $Seconds = 600,
    [long] $Runs = 0,
    [ValidateSet('genome', 'pngtext', 'pngimport')] [string[]] $Target = @('genome', 'pngtext', 'pngimport'),
    [string] $WorkPath = (Join-Path ([System.IO.Path]::GetTempPath()) 'cppnps-fuzz')
)
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false
$root = Split-Path $PSScriptRoot -Parent
$driverPath = (Resolve-Path -LiteralPath $Driver).ProviderPath
$bin = Join-Path $WorkPath 'bin'
$tools = Join-Path $WorkPath 'tools'
New-Item -ItemType Directory -Force -Path $WorkPath | Out-Null

dotnet build (Join-Path $PSScriptRoot 'fuzz/CppnPS.Fuzz/CppnPS.Fuzz.csproj') -c Release -o $bin -nologo
if ($LASTEXITCODE -ne 0) { throw "The harness did not build (exit code $LASTEXITCODE)." }
$sharpfuzz = Join-Path $tools 'sharpfuzz'
if (-not (Test-Path -LiteralPath $sharpfuzz)) {
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path $tools
    if ($LASTEXITCODE -ne 0) { throw "SharpFuzz.CommandLine could not be installed (exit code $LASTEXITCODE)." }
}
& $sharpfuzz (Join-Path $bin 'CppnPS.Core.dll')
if ($LASTEXITCODE -ne 0) { throw "sharpfuzz could not instrument CppnPS.Core.dll (exit code $LASTEXITCODE)." }

foreach ($name in $Target) {
    $corpus = Join-Path $WorkPath "corpus-$name"
    $findings = Join-Path $WorkPath "findings-$name"
    New-Item -ItemType Directory -Force -Path $corpus, $findings | Out-Null
    $seeds = if ($name -eq 'genome') { 'genome' } else { 'png' }
    Copy-Item -Path (Join-Path $root "tools/fuzz/corpus/$seeds/*") -Destination $corpus -Force
    $arguments = @("--target_path=$(Join-Path $bin 'CppnPS.Fuzz')", '-timeout=10', '-rss_limit_mb=2560', '-print_final_stats=1',
        "-artifact_prefix=$findings/", "-max_total_time=$Seconds")
    if ($Runs -gt 0) { $arguments += "-runs=$Runs" }
    $env:CPPNPS_FUZZ_TARGET = $name
    Write-Host "== ${name}: up to $Seconds s$(if ($Runs -gt 0) { " or $Runs runs" }), corpus $corpus, findings $findings"
    & $driverPath @arguments $corpus 2>&1 | Select-Object -Last 12 | ForEach-Object { Write-Host $_ }
    Write-Host "== ${name}: exit code $LASTEXITCODE; findings: $(@(Get-ChildItem -LiteralPath $findings -File).Count)"
}
