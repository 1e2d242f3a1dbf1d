#Requires -Version 7.0
<#
.SYNOPSIS
    Builds, tests and cleans CppnPS.

.DESCRIPTION
    Build  publishes src/CppnPS.Module and lays the module out under out/CppnPS, ready for
           Import-Module ./out/CppnPS/CppnPS.psd1.
    Test   runs Build, then the xunit tests of the core and the Pester integration tests against
           the laid-out module, and ends with the line "N passed, N failed".
    Clean  removes out/ and every bin/ and obj/ folder under src/ and tests/.
    Bench  runs Build, then the benchmark (bench/CppnPS.Bench, Release): render speed and peak
           memory of the engines, the module in child pwsh sessions, and the article's PyTorch
           model and a plain C kernel from -SharedBench when they and their tools are present.
           Prints a markdown report and writes it to out/bench/report.md. Not part of Test.
    Package runs Build, then packs out/CppnPS into out/package/CppnPS.<version>.nupkg with
           Compress-PSResource (PSResourceGet, part of PowerShell 7.4 and later), ready for
           Publish-PSResource or a local folder repository and Install-PSResource.
    Gallery runs Build, then every script in examples/ (the article's experiments) in a child pwsh,
           writing their 256 x 256 pictures to docs/gallery/ (the README's gallery).

    The freshly built assembly is never loaded into this session: once loaded it cannot be
    unloaded, which would lock the files and hide a stale build. Pester runs in a child pwsh.

.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File ./build.ps1 -Task Test

.EXAMPLE
    dotnet pwsh -NoProfile -File ./build.ps1 -Task Bench -SharedBench ../shared/bench
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Clean', 'Bench', 'Gallery', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Bench only: the folder holding ref_cppn.py and cppn_avx2.c; the comparisons are skipped when it is absent.
    [string] $SharedBench = (Join-Path $PSScriptRoot '../shared/bench')
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# Native tools report failure through exit codes, which this script checks itself.
$PSNativeCommandUseErrorActionPreference = $false

$RepoRoot = $PSScriptRoot
$OutDir = Join-Path $RepoRoot 'out'
$ModuleOut = Join-Path $OutDir 'CppnPS'
$PublishDir = Join-Path $OutDir "obj/publish/$Configuration"
$TestResultsDir = Join-Path $OutDir 'test-results'
$ModuleSourceDir = Join-Path $RepoRoot 'module'
$ManifestSource = Join-Path $ModuleSourceDir 'CppnPS.psd1'

# Assemblies the host provides; shipping a copy would shadow (or clash with) the host's own.
$HostProvidedAssemblies = @(
    'System.Management.Automation.dll'
    'Microsoft.PowerShell.CoreCLR.Eventing.dll'
    'Microsoft.Management.Infrastructure.dll'
)

function Invoke-Native {
    # Runs a native command, echoing it, and returns its exit code (native failures do not throw).
    param([Parameter(Mandatory)][string] $FilePath, [string[]] $ArgumentList = @())
    Write-Host "> $FilePath $($ArgumentList -join ' ')" -ForegroundColor DarkGray
    & $FilePath @ArgumentList | Out-Host
    return $LASTEXITCODE
}

function Get-ManifestVersion {
    # The one place the version is stamped; Directory.Build.props reads it for the assemblies, and
    # the laid-out DLL's product version is checked against it below.
    $version = (Import-PowerShellDataFile -LiteralPath $ManifestSource).ModuleVersion
    if ([string]::IsNullOrWhiteSpace($version)) { throw "No ModuleVersion in $ManifestSource." }
    return $version
}

function Invoke-Build {
    $version = Get-ManifestVersion

    if (Test-Path -LiteralPath $PublishDir) { Remove-Item -LiteralPath $PublishDir -Recurse -Force }
    $rc = Invoke-Native dotnet @('publish', (Join-Path $RepoRoot 'src/CppnPS.Module'), '-c', $Configuration, '-o', $PublishDir, '-nologo')
    if ($rc -ne 0) { throw "dotnet publish failed (exit code $rc)." }

    if (Test-Path -LiteralPath $ModuleOut) { Remove-Item -LiteralPath $ModuleOut -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $ModuleOut -Force

    # The two CppnPS assemblies next to the manifest; every third-party assembly (MathNet.Numerics,
    # ImageSharp, System.Text.Json and the netstandard2.0 shims Windows PowerShell 5.1 lacks) in
    # dependencies/, where only CppnPS's own resolver (Internal/DependencyIsolation.cs) loads them,
    # so they cannot clash with other versions loaded in the same session.
    $dependencyOut = Join-Path $ModuleOut 'dependencies'
    $null = New-Item -ItemType Directory -Path $dependencyOut -Force
    foreach ($dll in Get-ChildItem -LiteralPath $PublishDir -File -Filter '*.dll') {
        if ($HostProvidedAssemblies -contains $dll.Name) { continue }
        $destination = if ($dll.Name -like 'CppnPS.*') { $ModuleOut } else { $dependencyOut }
        Copy-Item -LiteralPath $dll.FullName -Destination $destination
    }
    # Captions (CppnPS.Captions.dll): SkiaSharp's native library for each shipped platform in
    # dependencies/native/<rid>/ (Internal/NativeDependencies.cs loads it from there, never from the system),
    # and the DejaVu fonts with their licence in fonts/ (captions use no system font).
    Copy-CaptionAssets -DependencyOut $dependencyOut

    # Symbols of our own assemblies, so errors carry file and line.
    Get-ChildItem -LiteralPath $PublishDir -File -Filter 'CppnPS.*.pdb' | Copy-Item -Destination $ModuleOut

    # Core's net8.0 build (the FMA, AVX2 and AVX-512 kernels) in net8.0/: CppnPS.LoadCore.ps1 loads it on
    # PowerShell 7.4+ (.NET 8+), and the netstandard2.0 build beside the manifest on Windows PowerShell 5.1.
    # Its third-party references bind to the same assembly versions in dependencies/.
    $coreNet8Dir = Join-Path $OutDir "obj/core-net8.0/$Configuration"
    if (Test-Path -LiteralPath $coreNet8Dir) { Remove-Item -LiteralPath $coreNet8Dir -Recurse -Force }
    $rc = Invoke-Native dotnet @('build', (Join-Path $RepoRoot 'src/CppnPS.Core'), '-c', $Configuration, '-f', 'net8.0', '-o', $coreNet8Dir, '-nologo')
    if ($rc -ne 0) { throw "dotnet build of CppnPS.Core for net8.0 failed (exit code $rc)." }
    $net8Out = Join-Path $ModuleOut 'net8.0'
    $null = New-Item -ItemType Directory -Path $net8Out -Force
    foreach ($file in 'CppnPS.Core.dll', 'CppnPS.Core.pdb') { Copy-Item -LiteralPath (Join-Path $coreNet8Dir $file) -Destination $net8Out }

    Copy-Item -LiteralPath $ManifestSource -Destination $ModuleOut
    Get-ChildItem -LiteralPath $ModuleSourceDir -File -Filter '*.ps1xml' | Copy-Item -Destination $ModuleOut
    Copy-Item -LiteralPath (Join-Path $ModuleSourceDir 'CppnPS.LoadCore.ps1') -Destination $ModuleOut
    # Help (MAML, about_ topics): from module/ and from the publish output, whichever has it.
    foreach ($helpDir in @((Join-Path $ModuleSourceDir 'en-US'), (Join-Path $PublishDir 'en-US'))) {
        if (Test-Path -LiteralPath $helpDir -PathType Container) {
            $target = Join-Path $ModuleOut 'en-US'
            $null = New-Item -ItemType Directory -Path $target -Force
            Get-ChildItem -LiteralPath $helpDir -File | Copy-Item -Destination $target -Force
        }
    }

    foreach ($required in 'CppnPS.psd1', 'CppnPS.Format.ps1xml', 'CppnPS.LoadCore.ps1', 'CppnPS.Module.dll', 'CppnPS.Core.dll', 'net8.0/CppnPS.Core.dll',
        'dependencies/MathNet.Numerics.dll', 'dependencies/SixLabors.ImageSharp.dll', 'dependencies/System.IO.Hashing.dll',
        'CppnPS.Captions.dll', 'dependencies/SkiaSharp.dll', 'fonts/DejaVuSans.ttf', 'fonts/DejaVuSerif.ttf', 'fonts/LICENSE.txt') {
        if (-not (Test-Path -LiteralPath (Join-Path $ModuleOut $required))) {
            throw "The module layout lacks $required."
        }
    }

    # Reads the version resource from the file without loading the assembly into this session.
    $fileVersion = [System.Diagnostics.FileVersionInfo]::GetVersionInfo((Join-Path $ModuleOut 'CppnPS.Module.dll')).ProductVersion
    if ($null -eq $fileVersion -or ($fileVersion -split '\+')[0] -ne $version) {
        throw "CppnPS.Module.dll has product version '$fileVersion', expected '$version'."
    }

    Write-Host "CppnPS $version ($Configuration) is laid out in $ModuleOut"
    Write-Host "Import it with: Import-Module '$(Join-Path $ModuleOut 'CppnPS.psd1')'"
}

# The platforms whose libSkiaSharp the module ships (runtime identifiers of the SkiaSharp.NativeAssets packages).
$CaptionNativeRids = @('win-x64', 'win-x86', 'win-arm64', 'linux-x64', 'linux-arm64', 'linux-musl-x64', 'osx')

function Copy-CaptionAssets {
    # The native libraries come from the SkiaSharp.NativeAssets packages that CppnPS.Captions restored (a
    # netstandard2.0 publish leaves them out), found through its assets file, which names the package folders the
    # restore used; symbols (.pdb) stay behind. The fonts and their licence come from module/fonts.
    param([Parameter(Mandatory)][string] $DependencyOut)
    $assets = Get-Content -LiteralPath (Join-Path $RepoRoot 'src/CppnPS.Captions/obj/project.assets.json') -Raw | ConvertFrom-Json
    $packageRoots = @($assets.packageFolders.PSObject.Properties.Name)
    $nativePackages = @($assets.libraries.PSObject.Properties | Where-Object { $_.Name -like 'SkiaSharp.NativeAssets.*' } | ForEach-Object { $_.Value.path })
    foreach ($rid in $CaptionNativeRids) {
        $library = foreach ($root in $packageRoots) {
            foreach ($package in $nativePackages) {
                Get-ChildItem -LiteralPath (Join-Path $root "$package/runtimes/$rid/native") -File -Filter 'libSkiaSharp.*' -ErrorAction Ignore |
                    Where-Object Extension -ne '.pdb'
            }
        }
        if (-not $library) { throw "No SkiaSharp.NativeAssets package restored for CppnPS.Captions holds the native library for $rid." }
        $target = Join-Path $DependencyOut "native/$rid"
        $null = New-Item -ItemType Directory -Path $target -Force
        $library | Select-Object -First 1 | Copy-Item -Destination $target
    }
    $fontsOut = Join-Path $ModuleOut 'fonts'
    $null = New-Item -ItemType Directory -Path $fontsOut -Force
    Get-ChildItem -LiteralPath (Join-Path $ModuleSourceDir 'fonts') -File | Copy-Item -Destination $fontsOut
}

function Get-TrxCounts {
    # Reads passed/failed from a VSTest TRX file; errors, timeouts and aborts count as failures.
    param([Parameter(Mandatory)][string] $TrxPath)
    $xml = [xml](Get-Content -LiteralPath $TrxPath -Raw)
    $ns = [System.Xml.XmlNamespaceManager]::new($xml.NameTable)
    $ns.AddNamespace('t', 'http://microsoft.com/schemas/VisualStudio/TeamTest/2010')
    $counters = $xml.SelectSingleNode('/t:TestRun/t:ResultSummary/t:Counters', $ns)
    if ($null -eq $counters) { throw "No result counters in $TrxPath." }
    $count = { param($name) $v = $counters.GetAttribute($name); if ($v) { [int]$v } else { 0 } }
    return [pscustomobject]@{
        Passed = & $count 'passed'
        Failed = (& $count 'failed') + (& $count 'error') + (& $count 'timeout') + (& $count 'aborted')
    }
}

function Get-ChildPwshCommand {
    # The pwsh that runs this script, as an executable plus leading arguments. Under `dotnet pwsh`
    # (the local tool) the process is dotnet itself and $PSHOME is the tool's folder, so the child
    # is `dotnet <PSHOME>/pwsh.dll`; an installed pwsh is simply started again.
    $processPath = [Environment]::ProcessPath
    $processName = [System.IO.Path]::GetFileNameWithoutExtension($processPath)
    $pwshDll = Join-Path $PSHOME 'pwsh.dll'
    if ($processName -eq 'dotnet' -and (Test-Path -LiteralPath $pwshDll)) {
        return @($processPath, $pwshDll)
    }
    if ($processName -eq 'pwsh') { return @($processPath) }
    $exe = Join-Path $PSHOME ($(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))
    return @($exe)
}

function Get-PesterModulePath {
    $project = Join-Path $RepoRoot 'tests/Pester/Pester.Download.csproj'
    $rc = Invoke-Native dotnet @('restore', $project, '-nologo')
    if ($rc -ne 0) { throw "Could not restore $project (exit code $rc), so Pester is not available." }

    # The assets file names the package folder the restore used (honours NUGET_PACKAGES and nuget.config).
    $assets = Get-Content -LiteralPath (Join-Path $RepoRoot 'tests/Pester/obj/project.assets.json') -Raw | ConvertFrom-Json
    $version = ([xml](Get-Content -LiteralPath $project -Raw)).SelectSingleNode('//PackageDownload[@Include="Pester"]').GetAttribute('Version').Trim('[', ']')
    foreach ($folder in $assets.packageFolders.PSObject.Properties.Name) {
        $candidate = Join-Path $folder "pester/$version/tools/Pester.psd1"
        if (Test-Path -LiteralPath $candidate) { return $candidate }
    }
    throw "Pester $version was restored but its Pester.psd1 was not found in: $($assets.packageFolders.PSObject.Properties.Name -join ', ')."
}

function Invoke-Test {
    $problems = [System.Collections.Generic.List[string]]::new()
    $passed = 0
    $failed = 0
    $skipped = 0
    try {
        Invoke-Build
    }
    catch {
        Write-Host "ERROR: the build failed, so no test ran: $($_.Exception.Message)" -ForegroundColor Red
        Write-Host '0 passed, 0 failed'
        exit 1
    }

    if (Test-Path -LiteralPath $TestResultsDir) { Remove-Item -LiteralPath $TestResultsDir -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $TestResultsDir -Force

    # --- xunit: the core library ---
    $trx = Join-Path $TestResultsDir 'core.trx'
    $rc = Invoke-Native dotnet @('test', (Join-Path $RepoRoot 'tests/CppnPS.Core.Tests'), '-c', $Configuration, '-nologo',
        '--logger', 'trx;LogFileName=core.trx', '--results-directory', $TestResultsDir)
    if (Test-Path -LiteralPath $trx) {
        $core = Get-TrxCounts -TrxPath $trx
        $passed += $core.Passed
        $failed += $core.Failed
        Write-Host "xunit: $($core.Passed) passed, $($core.Failed) failed"
        if ($rc -ne 0 -and $core.Failed -eq 0) { $problems.Add("dotnet test exited with $rc although its TRX reports no failure.") }
    }
    else {
        $problems.Add("dotnet test produced no TRX (exit code $rc): the core tests did not run.")
    }

    # --- Pester: the laid-out module, driven as users drive it, in a child pwsh; then the whole
    # suite once more under de-DE (comma decimal separator), where culture bugs show. ---
    foreach ($culture in '', 'de-DE') {
        $label = if ($culture) { "Pester ($culture)" } else { 'Pester' }
        $suffix = if ($culture) { "-$culture" } else { '' }
        $summaryPath = Join-Path $TestResultsDir "pester$suffix-summary.json"
        try {
            $pesterModule = Get-PesterModulePath
            $child = @(Get-ChildPwshCommand)
            $runner = Join-Path $RepoRoot 'tests/Pester/Invoke-CppnPester.ps1'
            $childArgs = @($child | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $runner,
                '-PesterModulePath', $pesterModule,
                '-ModuleManifestPath', (Join-Path $ModuleOut 'CppnPS.psd1'),
                '-TestPath', (Join-Path $RepoRoot 'tests/Pester'),
                '-ResultPath', (Join-Path $TestResultsDir "pester$suffix.xml"),
                '-SummaryPath', $summaryPath)
            if ($culture) { $childArgs += @('-Culture', $culture) }
            $rc = Invoke-Native $child[0] $childArgs
            if (Test-Path -LiteralPath $summaryPath) {
                $summary = Get-Content -LiteralPath $summaryPath -Raw | ConvertFrom-Json
                $pesterFailed = [int]$summary.failed + [int]$summary.failedBlocks + [int]$summary.failedContainers
                $passed += [int]$summary.passed
                $failed += $pesterFailed
                $skipped += [int]$summary.skipped
                Write-Host ("{0}: {1} passed, {2} failed ({3} tests, {4} blocks, {5} containers), {6} skipped" -f
                    $label, $summary.passed, $pesterFailed, $summary.failed, $summary.failedBlocks, $summary.failedContainers, $summary.skipped)
                if ([int]$summary.passed + $pesterFailed -eq 0) { $problems.Add("$label found no tests.") }
            }
            else {
                $problems.Add("$label wrote no summary (child pwsh exit code $rc): the integration tests did not run.")
            }
        }
        catch {
            $problems.Add("$label could not run: $($_.Exception.Message)")
        }
    }

    foreach ($problem in $problems) { Write-Host "ERROR: $problem" -ForegroundColor Red }
    # A skipped test checked nothing: it is neither passed nor failed, and the reason is printed where it was skipped.
    if ($skipped -gt 0) { Write-Host "SKIPPED: $skipped test(s) did not run and are not counted as passed; see '[!]' above for why." -ForegroundColor Yellow }
    Write-Host "$passed passed, $failed failed"
    if ($failed -gt 0 -or $problems.Count -gt 0) { exit 1 }
}

function Invoke-Clean {
    if (Test-Path -LiteralPath $OutDir) { Remove-Item -LiteralPath $OutDir -Recurse -Force }
    foreach ($root in 'src', 'tests') {
        $dir = Join-Path $RepoRoot $root
        if (-not (Test-Path -LiteralPath $dir)) { continue }
        Get-ChildItem -LiteralPath $dir -Directory -Recurse -Include 'bin', 'obj' |
            Where-Object { Test-Path -LiteralPath $_.FullName } |
            Remove-Item -Recurse -Force
    }
    Write-Host 'Removed out/ and the bin/ and obj/ folders under src/ and tests/.'
}

function Invoke-Bench {
    # The module layout first: the benchmark drives out/CppnPS from child pwsh sessions.
    Invoke-Build

    $project = Join-Path $RepoRoot 'bench/CppnPS.Bench'
    $rc = Invoke-Native dotnet @('build', $project, '-c', 'Release', '-nologo', '-v', 'quiet')
    if ($rc -ne 0) { throw "dotnet build of the benchmark failed (exit code $rc)." }

    # The children run the same pwsh as this script (see Get-ChildPwshCommand).
    $child = @(Get-ChildPwshCommand)
    $benchArgs = @((Join-Path $project 'bin/Release/net10.0/CppnPS.Bench.dll'),
        '--repo-root', $RepoRoot,
        '--shared-bench', $SharedBench,
        '--output', (Join-Path $OutDir 'bench/report.md'),
        '--pwsh', $child[0])
    foreach ($leading in @($child | Select-Object -Skip 1)) { $benchArgs += @('--pwsh-arg', $leading) }
    $rc = Invoke-Native dotnet $benchArgs
    if ($rc -ne 0) { throw "The benchmark failed (exit code $rc)." }
}

function Invoke-Gallery {
    Invoke-Build
    # A child pwsh, as for Pester: the freshly built module is never loaded into this session.
    $child = @(Get-ChildPwshCommand)
    $galleryArgs = @($child | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', (Join-Path $RepoRoot 'tools/Invoke-Gallery.ps1'),
        '-ModuleManifestPath', (Join-Path $ModuleOut 'CppnPS.psd1'),
        '-OutputFolder', (Join-Path $RepoRoot 'docs/gallery'))
    $rc = Invoke-Native $child[0] $galleryArgs
    if ($rc -ne 0) { throw "The gallery failed (exit code $rc)." }
}

function Invoke-Package {
    Invoke-Build
    $packageDir = Join-Path $OutDir 'package'
    if (Test-Path -LiteralPath $packageDir) { Remove-Item -LiteralPath $packageDir -Recurse -Force }
    New-Item -ItemType Directory -Path $packageDir | Out-Null
    # In a child pwsh: packing reads the manifest, and this session never loads the fresh build.
    $child = @(Get-ChildPwshCommand)
    $command = "Compress-PSResource -Path '$($ModuleOut -replace "'", "''")' -DestinationPath '$($packageDir -replace "'", "''")' -ErrorAction Stop"
    $rc = Invoke-Native $child[0] (@($child | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command', $command))
    if ($rc -ne 0) { throw "Packing the module failed (exit code $rc)." }
    $package = Get-ChildItem -LiteralPath $packageDir -Filter '*.nupkg' | Select-Object -First 1
    if (-not $package) { throw "Compress-PSResource wrote no .nupkg to $packageDir." }
    Write-Host "Package: $($package.FullName)"
}

Push-Location -LiteralPath $RepoRoot
try {
    switch ($Task) {
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Clean' { Invoke-Clean }
        'Bench' { Invoke-Bench }
        'Gallery' { Invoke-Gallery }
        'Package' { Invoke-Package }
    }
}
finally {
    Pop-Location
}
