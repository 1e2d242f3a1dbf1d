#Requires -Version 7.0
<#
.SYNOPSIS
    Writes the neuron maps that docs/analysis.md shows: every hidden neuron of the article's E1, E6 and E9 networks.

.DESCRIPTION
    Each picture is one row of grey neuron pictures per hidden layer, first layer at the top, and the network's
    picture at the bottom (Get-CppnNeuronMap, stacked by Join-CppnImage). Run it after ./build.ps1.

.EXAMPLE
    ./tools/Invoke-NeuronMaps.ps1
#>
[CmdletBinding()]
param(
    [ValidateRange(8, 256)][int] $Size = 32,
    [string] $OutputFolder = (Join-Path (Split-Path -Parent $PSScriptRoot) 'docs/images')
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path (Split-Path -Parent $PSScriptRoot) 'out/CppnPS/CppnPS.psd1') -Force

$networks = [ordered]@{
    'neurons-e01-grey-square.png' = New-CppnNetwork -Init TorchDefault -Seed 1
    'neurons-e06-normal-weights.png' = New-CppnNetwork -Init Normal -Scale 1 -Seed 7
    'neurons-e09-hidden-16x16.png' = New-CppnNetwork -Hidden 16 -Width 16 -Seed 7
}
foreach ($name in $networks.Keys) {
    $networks[$name] | Get-CppnNeuronMap -Size $Size |
        Join-CppnImage -Columns 1 -Gap 0 -Background '#808080' -Path (Join-Path $OutputFolder $name) -Force
}
