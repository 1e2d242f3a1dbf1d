#Requires -Version 7.0
<#
.SYNOPSIS
    Measures how long Export-CppnImage takes to stop after Ctrl+C (PowerShell.Stop()), by hand.

.DESCRIPTION
    Renders a -Size x -Size picture, then exports it in another runspace of this process and stops
    that pipeline -DelayMilliseconds after the export began, as Ctrl+C at the prompt does.
    Prints the export time without a stop (the first run), the stop latency, whether the old file
    survived byte for byte and whether any temporary file was left. Not a test: timings are not
    assertions.

.EXAMPLE
    dotnet pwsh -NoProfile -File bench/CppnPS.Bench/Scripts/Measure-ExportStop.ps1 -ModuleManifest out/CppnPS/CppnPS.psd1 -Size 8192 -CompressionLevel 9
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $ModuleManifest,

    [ValidateRange(16, 16384)]
    [int] $Size = 4096,

    [ValidateRange(0, 9)]
    [int] $CompressionLevel = 9,

    [ValidateSet('8', '16')]
    [string] $BitDepth = '8',

    [int] $DelayMilliseconds = 2000,

    [switch] $SkipFullExport
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$manifest = (Resolve-Path -LiteralPath $ModuleManifest).ProviderPath
Import-Module $manifest
$folder = Join-Path ([System.IO.Path]::GetTempPath()) ('cppnps-stop-' + [guid]::NewGuid().ToString('N'))
$null = New-Item -ItemType Directory -Path $folder
try {
    $target = Join-Path $folder 'big.png'
    [System.IO.File]::WriteAllText($target, 'the old file')
    $old = [System.IO.File]::ReadAllBytes($target)

    # A busy picture (8 hidden layers of 16, N(0, 1)), so deflate has real work to do.
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $image = New-CppnNetwork -Seed 7 -Hidden 4 -Width 16 | Invoke-CppnRender -Size $Size
    '{0}x{0} rendered in {1:N1} s' -f $Size, $clock.Elapsed.TotalSeconds

    function Start-Export([string] $Path) {
        $ps = [powershell]::Create()
        $null = $ps.AddCommand('Import-Module').AddParameter('Name', $manifest).AddStatement()
        $null = $ps.AddCommand('Export-CppnImage').AddParameter('Image', $image).AddParameter('LiteralPath', $Path).
            AddParameter('CompressionLevel', $CompressionLevel).AddParameter('BitDepth', [int]$BitDepth).AddParameter('Force')
        return $ps
    }

    if (-not $SkipFullExport) {
        $ps = Start-Export (Join-Path $folder 'full.png')
        $clock.Restart()
        $null = $ps.Invoke()
        '-CompressionLevel {0} -BitDepth {1}: a whole export takes {2:N1} s ({3:N0} bytes)' -f $CompressionLevel, $BitDepth,
            $clock.Elapsed.TotalSeconds, (Get-Item -LiteralPath (Join-Path $folder 'full.png')).Length
        $ps.Dispose()
        Remove-Item -LiteralPath (Join-Path $folder 'full.png')
    }

    $ps = Start-Export $target
    $async = $ps.BeginInvoke()
    Start-Sleep -Milliseconds $DelayMilliseconds
    if ($async.IsCompleted) { throw "The export finished within $DelayMilliseconds ms; give a larger -Size or a shorter delay." }
    $clock.Restart()
    $ps.Stop()
    $stopped = $clock.Elapsed.TotalSeconds
    'Stopped {0} ms after the export began: PowerShell.Stop() returned after {1:N3} s, state {2}' -f $DelayMilliseconds, $stopped, $ps.InvocationStateInfo.State
    $same = [System.Linq.Enumerable]::SequenceEqual([byte[]]$old, [System.IO.File]::ReadAllBytes($target))
    'Old file kept byte for byte: {0}; files in the folder: {1}' -f $same, ((Get-ChildItem -LiteralPath $folder -Force).Name -join ', ')
    $ps.Dispose()
}
finally {
    Remove-Item -LiteralPath $folder -Recurse -Force
}
