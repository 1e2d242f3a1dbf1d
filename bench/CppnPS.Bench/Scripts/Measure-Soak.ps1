<#
    The soak: renders and exports many pictures in one session and reports, as one JSON line, the peak resident memory
    (VmHWM) after render 100 and after the last, and the process's open files (/proc/self/fd) at the start and at the
    end. Linux only (it reads /proc).
#>
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $WorkDirectory,
    [int] $Renders = 1000,
    [int] $Size = 128
)
$ErrorActionPreference = 'Stop'
Import-Module $ModuleManifest

function Get-PeakResidentBytes { [long](((Get-Content /proc/self/status) -match '^VmHWM:' -split '\s+')[1]) * 1024 }
function Get-OpenFileCount { @(Get-ChildItem /proc/self/fd -ErrorAction Ignore).Count }

$path = Join-Path $WorkDirectory 'soak.png'
$networkPath = Join-Path $WorkDirectory 'soak.json'
# Each operation once first, so the assemblies and files every later one reuses are open when counting starts
# (the runtime maps an assembly such as System.IO.Pipelines the first time a path needs it).
$warm = New-CppnNetwork -Seed 0 -Radius
$warm | Invoke-CppnRender -Size $Size | Export-CppnImage -Path $path -Force
$warm | Export-CppnNetwork -Path $networkPath -Force
$null = Import-CppnNetwork -Path $networkPath
$null = Import-CppnNetwork -Path $path
[GC]::Collect(); [GC]::WaitForPendingFinalizers()
$filesAtStart = Get-OpenFileCount
$peakAt100 = $null
$clock = [System.Diagnostics.Stopwatch]::StartNew()
for ($i = 1; $i -le $Renders; $i++) {
    $network = New-CppnNetwork -Seed $i -Hidden (1 + $i % 4) -Width 16 -Radius:($i % 2 -eq 0)
    $network | Invoke-CppnRender -Size $Size | Export-CppnImage -Path $path -Force
    if ($i % 10 -eq 0) {
        # A tenth of the exports also write and read back the network, so the readers soak too.
        $network | Export-CppnNetwork -Path $networkPath -Force
        $null = Import-CppnNetwork -Path $networkPath
        $null = Import-CppnNetwork -Path $path
    }
    if ($i -eq 100) { $peakAt100 = Get-PeakResidentBytes; $managedAt100 = [GC]::GetTotalMemory($true); $threadsAt100 = [System.Diagnostics.Process]::GetCurrentProcess().Threads.Count }
}
$seconds = $clock.Elapsed.TotalSeconds
[GC]::Collect(); [GC]::WaitForPendingFinalizers()
[ordered]@{
    renders          = $Renders
    size             = $Size
    seconds          = $seconds
    peakAt100Bytes   = $peakAt100
    peakAtEndBytes   = Get-PeakResidentBytes
    openFilesAtStart = $filesAtStart
    openFilesAtEnd   = Get-OpenFileCount
    managedAt100Bytes = $managedAt100
    managedAtEndBytes = [GC]::GetTotalMemory($true)
    threadsAt100     = $threadsAt100
    threadsAtEnd     = [System.Diagnostics.Process]::GetCurrentProcess().Threads.Count
    mallocArenaMax   = $env:MALLOC_ARENA_MAX
} | ConvertTo-Json -Compress
