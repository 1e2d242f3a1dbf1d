# Third-party assemblies live in dependencies/ and load into CppnPS's own load context, so a session
# that already holds another version of one of them (here MathNet.Numerics 4.15.0, where CppnPS
# uses 5.x) still imports CppnPS and renders, and both versions keep serving their own callers.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')

    $script:ModuleRoot = Split-Path -Parent (Get-Module CppnPS).Path
    $script:OldMathNet = Get-TestForeignAssembly -Package 'MathNet.Numerics' -Version '4.15.0' -RelativePath 'lib/netstandard2.0/MathNet.Numerics.dll'

    # The same picture rendered here, to check that the child renders it bit for bit.
    $image = New-CppnNetwork -Seed 42 | Invoke-CppnRender -Width 24 -Height 16
    [float[]] $samples = $image.ToArray()
    $bytes = [byte[]]::new($samples.Length * 4)
    [System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
    $script:ExpectedHash = [Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes))

    # Child script: optionally loads the old MathNet before or after CppnPS, renders and exports,
    # then reports which MathNet each side sees, one "key=value" per line.
    $script:ChildScript = @'
param($manifest, $oldMathNet, $order, $png)
$ErrorActionPreference = 'Stop'
if ($order -eq 'before') { $null = [System.Reflection.Assembly]::LoadFrom($oldMathNet) }
Import-Module $manifest
if ($order -eq 'after') { $null = [System.Reflection.Assembly]::LoadFrom($oldMathNet) }
$image = New-CppnNetwork -Seed 42 | Invoke-CppnRender -Width 24 -Height 16
$image | Export-CppnImage -LiteralPath $png
$samples = $image.ToArray()
$bytes = [byte[]]::new($samples.Length * 4)
[System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
"hash=$([Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes)))"
# What a script in the session gets when it names a MathNet type: the version it loaded itself.
"session=$([MathNet.Numerics.LinearAlgebra.Matrix[double]].Assembly.GetName().Version)"
"sessionDense=$([MathNet.Numerics.LinearAlgebra.Matrix[double]]::Build.Dense(2, 2).RowCount)"
foreach ($assembly in [AppDomain]::CurrentDomain.GetAssemblies()) {
    $name = $assembly.GetName()
    if ($name.Name -in 'MathNet.Numerics', 'SixLabors.ImageSharp') {
        "loaded=$($name.Name) $($name.Version) $([System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name)"
    }
}
'@

    function ConvertFrom-ChildReport([string[]] $Lines) {
        $report = @{ loaded = @() }
        foreach ($line in $Lines) {
            $key, $value = $line -split '=', 2
            if ($key -eq 'loaded') { $report.loaded += $value } elseif ($null -ne $value) { $report[$key] = $value }
        }
        $report
    }
}

Describe 'Dependency isolation' {
    It 'Lays out only CppnPS assemblies beside the manifest and every third-party DLL in dependencies/' {
        $beside = Get-ChildItem -LiteralPath $script:ModuleRoot -File -Filter '*.dll' | ForEach-Object Name | Sort-Object
        $beside | Should -Be @('CppnPS.Captions.dll', 'CppnPS.Core.dll', 'CppnPS.Module.dll')
        $dependencies = Get-ChildItem -LiteralPath (Join-Path $script:ModuleRoot 'dependencies') -File -Filter '*.dll' | ForEach-Object Name
        $dependencies | Should -Contain 'MathNet.Numerics.dll'
        $dependencies | Should -Contain 'SixLabors.ImageSharp.dll'
        $dependencies | Should -Contain 'System.Memory.dll'
        $dependencies | Should -Contain 'System.Runtime.CompilerServices.Unsafe.dll'
    }

    It 'Loads the net8.0 build of CppnPS.Core on PowerShell 7, once, and lays out both builds' {
        Test-Path -LiteralPath (Join-Path $script:ModuleRoot 'net8.0/CppnPS.Core.dll') | Should -BeTrue
        $core = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'CppnPS.Core' })
        $core.Count | Should -Be 1
        $core[0].Location | Should -Be (Join-Path $script:ModuleRoot 'net8.0/CppnPS.Core.dll')
        [CppnPS.Core.Model.CppnNetwork].Assembly | Should -Be $core[0]
        $core[0].GetCustomAttributes([System.Runtime.Versioning.TargetFrameworkAttribute], $false)[0].FrameworkName | Should -Be '.NETCoreApp,Version=v8.0'
        $beside = [System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $script:ModuleRoot 'CppnPS.Core.dll'))
        $beside.Version | Should -Be $core[0].GetName().Version -Because 'CppnPS.Module.dll binds to either build by the same name and version'
    }

    It 'Loads MathNet.Numerics into the CppnPS load context, not the default one' {
        $null = New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 4
        $mathNet = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'MathNet.Numerics' -and $_.GetName().Version.Major -ge 5 }
        $mathNet | Should -Not -BeNullOrEmpty
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(@($mathNet)[0]).Name | Should -Be 'CppnPS'
        (Split-Path -Parent @($mathNet)[0].Location) | Should -Be (Join-Path $script:ModuleRoot 'dependencies')
    }

    It 'Imports and renders in a session that loaded MathNet.Numerics 4.15.0 <Order> CppnPS' -ForEach @(
        @{ Order = 'before' }
        @{ Order = 'after' }
    ) {
        $png = Join-Path $TestDrive "isolated-$Order.png"
        $report = ConvertFrom-ChildReport (Invoke-TestChildPwsh -Name 'isolation' -Script $script:ChildScript -ArgumentList $script:OldMathNet, $Order, $png)

        $report.hash | Should -Be $script:ExpectedHash
        (Read-TestPng -LiteralPath $png).Width | Should -Be 24
        # The session's own MathNet is the old one and still works; CppnPS uses its own, privately.
        $report.session | Should -Be '4.15.0.0'
        $report.sessionDense | Should -Be '2'
        $report.loaded | Should -Contain 'MathNet.Numerics 4.15.0.0 Default'
        $report.loaded | Should -Contain 'MathNet.Numerics 5.0.0.0 CppnPS'
        $report.loaded | Should -Contain 'SixLabors.ImageSharp 2.0.0.0 CppnPS'
    }
}
