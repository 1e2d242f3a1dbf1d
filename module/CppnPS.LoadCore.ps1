# Loads the build of CppnPS.Core that suits this PowerShell, then the types file that names Core's
# types: PowerShell 7.4+ (.NET 8 or later) gets net8.0/CppnPS.Core.dll, whose render kernels use FMA,
# AVX2 and AVX-512; Windows PowerShell 5.1 (.NET Framework) gets the netstandard2.0 build beside the
# manifest. Both compute the same bits. CppnPS.Module.dll then binds to whichever is loaded.
# It runs in the caller's scope (ScriptsToProcess), so its work is wrapped to leave no variable behind.
& {
    $loaded = [System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'CppnPS.Core' }
    if (-not $loaded) {
        $useNet8 = $PSVersionTable.PSEdition -eq 'Core' -and [Environment]::Version.Major -ge 8
        $folder = if ($useNet8) { Join-Path $PSScriptRoot 'net8.0' } else { $PSScriptRoot }
        Add-Type -LiteralPath (Join-Path $folder 'CppnPS.Core.dll')
    }
    $types = Join-Path $PSScriptRoot 'CppnPS.Types.ps1xml'
    $known = @(Get-TypeData -TypeName 'Deserialized.CppnPS.Core.Model.CppnNetwork', 'CppnPS.Core.Model.CppnNetwork' -ErrorAction Ignore)
    if ($known.Count -eq 0) { Update-TypeData -AppendPath $types }
}
