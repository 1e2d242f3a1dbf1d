#Requires -Version 7.0
<#
.SYNOPSIS
    Declares the current public surface of CppnPS.Core and CppnPS.Module in their PublicAPI.*.txt files.

.DESCRIPTION
    The projects use Microsoft.CodeAnalysis.PublicApiAnalyzers: a public type or member that is not listed in
    PublicAPI.Shipped.txt or PublicAPI.Unshipped.txt fails the Release build (RS0016), and so does a listed one
    that is gone (RS0017). After a deliberate change to the public surface, run this script: it applies the
    analyzer's own code fix through `dotnet format analyzers` to add new symbols to PublicAPI.Unshipped.txt, and
    removes the lines of symbols that no longer exist. Review the diff: every line is a promise to users.

    -Ship moves everything declared in PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt (do it when a version
    is released).

.EXAMPLE
    dotnet pwsh -NoProfile -File ./tools/Update-PublicApi.ps1
#>
[CmdletBinding()]
param(
    [switch] $Ship
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false

$root = Split-Path $PSScriptRoot -Parent
$projects = 'src/CppnPS.Core/CppnPS.Core.csproj', 'src/CppnPS.Captions/CppnPS.Captions.csproj', 'src/CppnPS.Module/CppnPS.Module.csproj'

foreach ($project in $projects) {
    $path = Join-Path $root $project
    $folder = Split-Path $path -Parent
    $unshippedPath = Join-Path $folder 'PublicAPI.Unshipped.txt'
    $shippedPath = Join-Path $folder 'PublicAPI.Shipped.txt'

    # Symbols that are gone (RS0017) are named in full by the diagnostic: remove their lines from either file.
    # The analyzer's own fix for RS0017 only marks them removed, which is for symbols a release already shipped.
    $build = & dotnet build $path -c Debug -p:TreatWarningsAsErrors=false -nologo 2>&1
    $gone = @($build | Select-String -Pattern "RS0017: Symbol '(.+?)' is part of the declared API" |
        ForEach-Object { $_.Matches[0].Groups[1].Value } | Sort-Object -Unique)
    foreach ($file in $shippedPath, $unshippedPath) {
        $kept = @(Get-Content $file | Where-Object { $_ -and $gone -notcontains $_ })
        Set-Content -Path $file -Value $kept
    }

    # New symbols (RS0016): the analyzer's code fix writes each one's full signature into PublicAPI.Unshipped.txt.
    & dotnet format analyzers $path --diagnostics RS0016 --severity warn --verbosity quiet
    if ($LASTEXITCODE -ne 0) { throw "dotnet format analyzers failed for $project." }
    if ($Ship) {
        $lines = @(Get-Content $shippedPath) + @(Get-Content $unshippedPath) | Where-Object { $_ } | Sort-Object -Unique -CaseSensitive
        Set-Content -Path $shippedPath -Value $lines
        Set-Content -Path $unshippedPath -Value @()
    }
    else {
        $lines = @(Get-Content $unshippedPath) | Where-Object { $_ } | Sort-Object -Unique -CaseSensitive
        Set-Content -Path $unshippedPath -Value $lines
    }
    Write-Host ("{0}: {1} shipped, {2} unshipped" -f $project, @(Get-Content $shippedPath | Where-Object { $_ }).Count, @(Get-Content $unshippedPath | Where-Object { $_ }).Count)
}
