#Requires -Version 7.0
<#
.SYNOPSIS
    Measures how a picture's complexity grows with the network's depth and with its width, and writes the tables into
    docs/analysis.md.

.DESCRIPTION
    For every depth (hidden W -> W layers after the first 2 -> W layer) and width, renders -Seeds networks with weights
    N(0, 1) (the article's main style) at -Size x -Size and measures each picture with Measure-CppnImage. Writes two
    markdown tables, the mean gradient and the compressed bits per pixel (mean over the seeds, with the standard error
    of the mean), between the markers <!-- sweep:begin --> and <!-- sweep:end --> of -AnalysisPath, and prints them.

.EXAMPLE
    pwsh -File tools/Measure-DepthWidth.ps1 -ModuleManifestPath out/CppnPS/CppnPS.psd1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $ModuleManifestPath,
    [int[]] $Depth = @(0, 1, 2, 4, 8, 16),
    [int[]] $Width = @(8, 16, 32, 64, 128),
    [ValidateRange(2, 1000)][int] $Seeds = 20,
    [ValidateRange(16, 4096)][int] $Size = 256,
    [string] $AnalysisPath = (Join-Path $PSScriptRoot '../docs/analysis.md')
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
Import-Module (Resolve-Path -LiteralPath $ModuleManifestPath).ProviderPath -Force
$inv = [System.Globalization.CultureInfo]::InvariantCulture

function Get-MeanAndError([double[]] $Values) {
    $mean = ($Values | Measure-Object -Average).Average
    $variance = ($Values | ForEach-Object { ($_ - $mean) * ($_ - $mean) } | Measure-Object -Sum).Sum / ($Values.Count - 1)
    [pscustomobject]@{ Mean = $mean; Error = [Math]::Sqrt($variance / $Values.Count) }
}

$cells = @{}
$watch = [System.Diagnostics.Stopwatch]::StartNew()
foreach ($d in $Depth) {
    foreach ($w in $Width) {
        $measures = foreach ($seed in 1..$Seeds) {
            New-CppnNetwork -Hidden $d -Width $w -Init Normal -Scale 1 -Seed $seed |
                Invoke-CppnRender -Size $Size -WarningAction SilentlyContinue | Measure-CppnImage
        }
        $cells["$d,$w"] = [pscustomobject]@{
            Gradient = Get-MeanAndError @($measures.MeanGradient)
            Bits     = Get-MeanAndError @($measures.BitsPerPixel)
        }
        Write-Host ('depth {0,2} width {1,3}: gradient {2:F4}, {3:F2} bits/px ({4:F0} s)' -f $d, $w,
            $cells["$d,$w"].Gradient.Mean, $cells["$d,$w"].Bits.Mean, $watch.Elapsed.TotalSeconds)
    }
}

function Format-Table([string] $Title, [string] $Property, [string] $Format) {
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add("$Title")
    $lines.Add('')
    $lines.Add('| hidden layers \ width | ' + (($Width | ForEach-Object { $_.ToString($inv) }) -join ' | ') + ' |')
    $lines.Add('|---|' + (($Width | ForEach-Object { '---:' }) -join '|') + '|')
    foreach ($d in $Depth) {
        $row = foreach ($w in $Width) {
            $cell = $cells["$d,$w"].$Property
            $cell.Mean.ToString($Format, $inv) + ' ± ' + $cell.Error.ToString($Format, $inv)
        }
        $lines.Add("| $d | " + ($row -join ' | ') + ' |')
    }
    $lines -join "`n"
}

$header = "Measured with ``tools/Measure-DepthWidth.ps1``: weights N(0, 1), $Seeds seeds (1..$Seeds) per cell, " +
    "$Size x $Size pictures at zoom 1; each cell is the mean over the seeds ± its standard error."
$tables = @(
    $header
    ''
    (Format-Table '**Mean gradient** (mean RGB change between neighbouring pixels):' 'Gradient' 'F4')
    ''
    (Format-Table '**Compressed size** (bits per pixel after PNG''s Sub filter and Deflate):' 'Bits' 'F2')
) -join "`n"
Write-Host $tables

$text = [System.IO.File]::ReadAllText((Resolve-Path -LiteralPath $AnalysisPath).ProviderPath)
$pattern = '(?s)(<!-- sweep:begin -->\n).*?(<!-- sweep:end -->)'
if ($text -notmatch $pattern) { throw "$AnalysisPath has no <!-- sweep:begin --> ... <!-- sweep:end --> markers." }
$text = [regex]::Replace($text, $pattern, { param($m) $m.Groups[1].Value + $tables + "`n" + $m.Groups[2].Value })
[System.IO.File]::WriteAllText((Resolve-Path -LiteralPath $AnalysisPath).ProviderPath, $text, [System.Text.UTF8Encoding]::new($false))
