#Requires -Version 7.0
<#
.SYNOPSIS
    Counts how many of Get-CppnQuote's sentences repeat a sentence of the training corpus verbatim.
.DESCRIPTION
    Generates -Count sentences for -Seed with the laid-out module and looks each up, exactly, among the corpus's
    sentences (tools/quotes/sentences.txt, as the training script cut them). Prints one line with the figures.
.EXAMPLE
    dotnet pwsh -NoProfile -File ./tools/quotes/Measure-QuoteNovelty.ps1 -Count 1000
#>
[CmdletBinding()]
param(
    [int] $Count = 1000,
    [int] $Seed = 1,
    [string] $ModuleManifestPath = (Join-Path $PSScriptRoot '../../out/CppnPS/CppnPS.psd1')
)
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
Import-Module $ModuleManifestPath
$corpus = [System.Collections.Generic.HashSet[string]]::new([string[]](Get-Content -LiteralPath (Join-Path $PSScriptRoot 'sentences.txt')), [StringComparer]::Ordinal)
$sentences = @(Get-CppnQuote -Seed $Seed -Count $Count)
$copied = @($sentences | Where-Object { $corpus.Contains($_) }).Count
$distinct = @($sentences | Sort-Object -Unique -CaseSensitive).Count
'{0} of {1} sentences (seed {2}) repeat a corpus sentence verbatim; {3} are distinct; mean length {4:N0} characters.' -f $copied, $sentences.Count, $Seed, $distinct, ($sentences | Measure-Object -Property Length -Average).Average
