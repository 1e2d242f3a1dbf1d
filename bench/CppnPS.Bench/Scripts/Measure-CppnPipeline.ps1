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
    SeedBatch    seeds 1..-Iterations of the article's network at 256x256, each rendered and
                 exported as PNG, timed as a whole (module import timed separately).
    SeedBatchRender  the same seeds rendered only (the images dropped): the batch without export.
    PosterRender     the 4096x4096 render of Poster alone, without the export.
    DeferredPoster   the article's network at -Size 8192 -Defer, rendered and exported as PNG a band at
                     a time (the path a 32768x32768 poster takes): its peak memory.

    Every mode reports its peak resident memory (VmHWM of /proc/$PID/status) at the end.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateSet('Bare', 'ModuleSmall', 'Poster', 'PosterRender', 'DeferredPoster', 'DesignCard', 'SeedBatch', 'SeedBatchRender')]
    [string] $Mode,

    [string] $ModuleManifest,

    [string] $WorkDirectory,

    [ValidateRange(1, 100000)]
    [int] $Iterations = 10
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
    'PosterRender' {
        $network = New-CppnNetwork -Seed 1
        $null = $network | Invoke-CppnRender -Size 256
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        $null = $network | Invoke-CppnRender -Size 4096
        $result.seconds = $stopwatch.Elapsed.TotalSeconds
    }
    'DeferredPoster' {
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 8192 -Defer | Export-CppnImage deferred.png -Force
        $result.seconds = $stopwatch.Elapsed.TotalSeconds
        $result.fileBytes = (Get-Item -LiteralPath deferred.png).Length
    }
    'SeedBatchRender' {
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        foreach ($seed in 1..$Iterations) {
            $null = New-CppnNetwork -Seed $seed | Invoke-CppnRender -Size 256
        }
        $result.seconds = $stopwatch.Elapsed.TotalSeconds
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
    'SeedBatch' {
        $stopwatch = [System.Diagnostics.Stopwatch]::StartNew()
        foreach ($seed in 1..$Iterations) {
            New-CppnNetwork -Seed $seed | Invoke-CppnRender -Size 256 | Export-CppnImage "seed$seed.png" -Force
        }
        $result.seconds = $stopwatch.Elapsed.TotalSeconds
        $result.files = @(Get-ChildItem -LiteralPath . -Filter 'seed*.png').Count
    }
}

$result.peakResidentBytes = Get-PeakResidentBytes
$result | ConvertTo-Json -Compress
