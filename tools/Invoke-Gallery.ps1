#Requires -Version 7.0
<#
.SYNOPSIS
    Runs every script in examples/ and writes their pictures to a folder (docs/gallery by default).

.DESCRIPTION
    Imports the module from -ModuleManifestPath (the laid-out out/CppnPS), then runs each examples/*.ps1 with -Size and
    -OutputFolder, in name order, and lists what each wrote. build.ps1 -Task Gallery calls it in a child pwsh so the
    freshly built module is never loaded into the build's own session.

.EXAMPLE
    pwsh -File tools/Invoke-Gallery.ps1 -ModuleManifestPath out/CppnPS/CppnPS.psd1 -OutputFolder docs/gallery
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $ModuleManifestPath,
    [string] $ExamplesFolder = (Join-Path $PSScriptRoot '../examples'),
    [string] $OutputFolder = (Join-Path $PSScriptRoot '../docs/gallery'),
    [ValidateRange(8, 4096)][int] $Size = 256
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
Import-Module (Resolve-Path -LiteralPath $ModuleManifestPath).ProviderPath -Force
$null = New-Item -ItemType Directory -Path $OutputFolder -Force
$OutputFolder = (Resolve-Path -LiteralPath $OutputFolder).ProviderPath

$scripts = @(Get-ChildItem -LiteralPath $ExamplesFolder -Filter '*.ps1' -File | Sort-Object Name)
if ($scripts.Count -eq 0) { throw "No example scripts in $ExamplesFolder." }
foreach ($script in $scripts) {
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    $written = @(& $script.FullName -Size $Size -OutputFolder $OutputFolder)
    foreach ($file in $written) {
        Write-Host ('{0,-32} -> {1} ({2:N1} s)' -f $script.Name, $file.Name, $watch.Elapsed.TotalSeconds)
    }
    if ($written.Count -eq 0) { throw "$($script.Name) wrote no picture." }
}
