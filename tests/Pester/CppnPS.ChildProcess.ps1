<#
    Dot-source in BeforeAll (after CppnPS.TestHelpers.ps1) for tests that need a fresh process.

    Invoke-TestChildPwsh runs a script in a new pwsh, started the way this session was started:
    under `dotnet pwsh` (the local tool) the process is dotnet itself and pwsh.dll its first
    argument. The script gets the module manifest as $args[0] and any -ArgumentList after it.
    Get-TestForeignAssembly restores tests/Pester/ForeignAssemblies and returns the path of a
    package's DLL, for tests that load another version of a dependency before CppnPS.
#>

function Get-TestPwshCommand {
    $processPath = [Environment]::ProcessPath
    $pwshDll = Join-Path $PSHOME 'pwsh.dll'
    if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'dotnet' -and (Test-Path -LiteralPath $pwshDll)) {
        return @($processPath, $pwshDll)
    }
    if ([System.IO.Path]::GetFileNameWithoutExtension($processPath) -eq 'pwsh') { return @($processPath) }
    return @(Join-Path $PSHOME $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))
}

function Invoke-TestChildPwsh {
    # Runs $Script in a new pwsh and returns its output lines; throws with the output when it fails.
    param(
        [Parameter(Mandatory)][string] $Script,
        [object[]] $ArgumentList = @(),
        [string] $Name = 'child'
    )
    $file = Join-Path $TestDrive "$Name-$([guid]::NewGuid().ToString('N')).ps1"
    Set-Content -LiteralPath $file -Value $Script -Encoding utf8
    $command = @(Get-TestPwshCommand)
    $manifest = Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1'
    $arguments = @($command | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $file, $manifest) + $ArgumentList
    $output = & $command[0] @arguments 2>&1 | ForEach-Object { "$_" }
    if ($LASTEXITCODE -ne 0) { throw "The child pwsh exited with $LASTEXITCODE`n$($output -join "`n")" }
    return $output
}

function Get-TestForeignAssembly {
    # The DLL of a package that tests/Pester/ForeignAssemblies/ForeignAssemblies.Download.csproj downloads.
    param([Parameter(Mandatory)][string] $Package, [Parameter(Mandatory)][string] $Version, [Parameter(Mandatory)][string] $RelativePath)
    $project = Join-Path $PSScriptRoot 'ForeignAssemblies/ForeignAssemblies.Download.csproj'
    $dotnet = if ([System.IO.Path]::GetFileNameWithoutExtension([Environment]::ProcessPath) -eq 'dotnet') { [Environment]::ProcessPath } else { 'dotnet' }
    $restoreOutput = & $dotnet restore $project -nologo 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Could not restore $project`n$($restoreOutput -join "`n")" }
    $assets = Get-Content -LiteralPath (Join-Path $PSScriptRoot 'ForeignAssemblies/obj/project.assets.json') -Raw | ConvertFrom-Json
    foreach ($folder in $assets.packageFolders.PSObject.Properties.Name) {
        $candidate = Join-Path $folder "$($Package.ToLowerInvariant())/$Version/$RelativePath"
        if (Test-Path -LiteralPath $candidate) { return $candidate }
    }
    throw "$Package $Version was restored but $RelativePath was not found in: $($assets.packageFolders.PSObject.Properties.Name -join ', ')."
}
