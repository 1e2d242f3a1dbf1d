#Requires -Version 7.0
<#
.SYNOPSIS
    One measurement of the CppnPS module driven as a user drives it; run by bench/CppnPS.Bench
    in a child pwsh. Prints one line of JSON.

.DESCRIPTION
    Bare         loads nothing: the peak memory of pwsh itself.
    ModuleSmall  imports the module, renders the article's network at 64x64 and exports a PNG.
    Poster       imports the module, renders the article's network (seed 1) at 4096x4096 and exports a PNG.
    DesignCard   the design-card pipeline at 256x256: once to warm the session up, then timed
                 -Iterations times (seconds of each).
    DeferredPoster   the article's network at -Size 8192 -Defer, rendered and exported as PNG a band at
                     a time (the path a 32768x32768 poster takes): its peak memory.
    SeedBatchPair, PosterPair, HdPair
                     whole jobs with and without export, paired in one warm session: every path is run once
                     first (so neither side pays for loading or compiling), then -Rounds times the job rendered
                     only and the same job rendered and exported as PNG, one after the other. SeedBatchPair is
                     the one-pipeline batch `1..N | % { New-CppnNetwork -Seed $_ } | Invoke-CppnRender -Size 256
                     | Export-CppnImage -Path { ... }` (N = -Iterations) against the same pipeline ending in
                     $null; PosterPair the article's network (seed 1) at 4096x4096, HdPair at 1920x1080.
                     Reports the seconds of each side per round, their medians and the median of the
                     per-round ratios (with export / render only).

    Every mode reports its peak resident memory (VmHWM of /proc/$PID/status) at the end.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateSet('Bare', 'ModuleSmall', 'Poster', 'DeferredPoster', 'DesignCard', 'SeedBatchPair', 'PosterPair', 'HdPair')]
    [string] $Mode,

    [string] $ModuleManifest,

    [string] $WorkDirectory,

    [ValidateRange(1, 100000)]
    [int] $Iterations = 10,

    [ValidateRange(1, 100)]
    [int] $Rounds = 3
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Get-PeakResidentBytes {
    $status = "/proc/$PID/status"
    if (Test-Path -LiteralPath $status) {
        $line = @((Get-Content -LiteralPath $status) -match '^VmHWM:')
        if ($line.Count -gt 0 -and $line[0] -match '(\d+)\s*kB') { return [long]$Matches[1] * 1024 }
    }
    return [System.Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64
}

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    if ($sorted.Count % 2) { return $sorted[($sorted.Count - 1) / 2] }
    return ($sorted[$sorted.Count / 2 - 1] + $sorted[$sorted.Count / 2]) / 2
}

# Runs $Render and $Export once each to warm up, then alternately $Rounds times; fills $result.
function Measure-Pair([scriptblock] $Render, [scriptblock] $Export) {
    & $Render
    & $Export
    $renders = [Collections.Generic.List[double]]::new()
    $exports = [Collections.Generic.List[double]]::new()
    $ratios = [Collections.Generic.List[double]]::new()
    for ($i = 0; $i -lt $Rounds; $i++) {
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        & $Render
        $renders.Add($stopwatch.Elapsed.TotalSeconds)
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        & $Export
        $exports.Add($stopwatch.Elapsed.TotalSeconds)
        $ratios.Add($exports[$i] / $renders[$i])
    }
    $result.renderSeconds = $renders.ToArray()
    $result.exportSeconds = $exports.ToArray()
    $result.seconds = Get-Median $exports
    $result.renderMedianSeconds = Get-Median $renders
    $result.ratio = Get-Median $ratios
}

$result = [ordered]@{ mode = $Mode }
if ($Mode -ne 'Bare') {
    $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
    Import-Module -Name $ModuleManifest
    $result.importSeconds = $stopwatch.Elapsed.TotalSeconds
    Set-Location -LiteralPath $WorkDirectory
}

switch ($Mode) {
    'ModuleSmall' {
        New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 64 | Export-CppnImage small.png -Force
    }
    'Poster' {
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 4096 | Export-CppnImage poster.png -Force
        $result.seconds = $stopwatch.Elapsed.TotalSeconds
        $result.fileBytes = (Get-Item -LiteralPath poster.png).Length
    }
    'DeferredPoster' {
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 8192 -Defer | Export-CppnImage deferred.png -Force
        $result.seconds = $stopwatch.Elapsed.TotalSeconds
        $result.fileBytes = (Get-Item -LiteralPath deferred.png).Length
    }
    'DesignCard' {
        New-CppnNetwork -Hidden 16 -Width 16 | Invoke-CppnRender -Size 256 | Export-CppnImage art.png -Force
        $times = [System.Collections.Generic.List[double]]::new()
        for ($i = 0; $i -lt $Iterations; $i++) {
            $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
            New-CppnNetwork -Hidden 16 -Width 16 | Invoke-CppnRender -Size 256 | Export-CppnImage art.png -Force
            $times.Add($stopwatch.Elapsed.TotalSeconds)
        }
        $result.seconds = $times.ToArray()
    }
    'SeedBatchPair' {
        $count = $Iterations
        Measure-Pair -Render { $null = 1..$count | ForEach-Object { New-CppnNetwork -Seed $_ } | Invoke-CppnRender -Size 256 } `
            -Export { 1..$count | ForEach-Object { New-CppnNetwork -Seed $_ } | Invoke-CppnRender -Size 256 | Export-CppnImage -Path { "seed$($_.Network.Seed).png" } -Force }
        $result.files = @(Get-ChildItem -LiteralPath . -Filter 'seed*.png').Count
        $result.fileBytes = (Get-ChildItem -LiteralPath . -Filter 'seed*.png' | Measure-Object -Property Length -Sum).Sum
    }
    'PosterPair' {
        $network = New-CppnNetwork -Seed 1
        Measure-Pair -Render { $null = $network | Invoke-CppnRender -Size 4096 } `
            -Export { $network | Invoke-CppnRender -Size 4096 | Export-CppnImage poster.png -Force }
        $result.fileBytes = (Get-Item -LiteralPath poster.png).Length
    }
    'HdPair' {
        $network = New-CppnNetwork -Seed 1
        Measure-Pair -Render { $null = $network | Invoke-CppnRender -Width 1920 -Height 1080 } `
            -Export { $network | Invoke-CppnRender -Width 1920 -Height 1080 | Export-CppnImage hd.png -Force }
        $result.fileBytes = (Get-Item -LiteralPath hd.png).Length
    }
}

$result.peakResidentBytes = Get-PeakResidentBytes
$result | ConvertTo-Json -Compress
