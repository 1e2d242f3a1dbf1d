# The laid-out module packs into a .nupkg that PSResourceGet installs from a local folder
# repository; the installed copy imports by name and renders. The install runs in a child pwsh
# whose HOME and XDG_DATA_HOME are a temporary folder, and which computes its own module path,
# so the repository registration and the installed module never touch the real user profile.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')
}

Describe 'Packaging' {
    It 'Packs, installs from a local repository with Install-PSResource, imports by name, renders and captions' {
        $moduleFolder = Split-Path -Parent (Get-Module CppnPS).Path
        $repository = Join-Path $TestDrive 'repository'
        $profileRoot = Join-Path $TestDrive 'profile'
        # .NET reports a special folder that does not exist as an empty path, and PSResourceGet
        # would then keep its repository list in the current folder: create them all.
        $dataHome = Join-Path $profileRoot '.local/share'
        $configHome = Join-Path $profileRoot '.config'
        $cacheHome = Join-Path $profileRoot '.cache'
        New-Item -ItemType Directory -Path $repository, $profileRoot, $dataHome, $configHome, $cacheHome | Out-Null
        Compress-PSResource -Path $moduleFolder -DestinationPath $repository -ErrorAction Stop
        $package = @(Get-ChildItem -LiteralPath $repository -Filter 'CppnPS.*.nupkg')
        $package.Count | Should -Be 1
        $package[0].Name | Should -Be "CppnPS.$((Get-Module CppnPS).Version).nupkg"

        $script = @'
param($manifest, $repository)
$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name CppnPSLocal -Uri $repository -Trusted
Install-PSResource -Name CppnPS -Repository CppnPSLocal -Scope CurrentUser -TrustRepository -Quiet
Import-Module CppnPS
$module = Get-Module CppnPS
$image = New-CppnNetwork -Seed 3 | Invoke-CppnRender -Size 32
"path=$($module.ModuleBase)"
"samples=$($image.Samples.Length)"
"core=$([System.IO.Path]::GetRelativePath($module.ModuleBase, [CppnPS.Core.Model.CppnNetwork].Assembly.Location))"
"desktop=$(Test-Path -LiteralPath (Join-Path $module.ModuleBase 'CppnPS.Core.dll'))"
$captioned = $image | Add-CppnCaption -Text 'Стоик' -FontSize 8 -Margin 2
$png = Join-Path ([System.IO.Path]::GetTempPath()) "cppnps-package-$PID.png"
$captioned | Export-CppnImage -Path $png -Force
"caption=$((Import-CppnCaption -LiteralPath $png).Text)"
"font=$(Test-Path -LiteralPath (Join-Path $module.ModuleBase 'fonts/LICENSE.txt'))"
Remove-Item -LiteralPath $png
'@
        $names = 'HOME', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'PSModulePath'
        $saved = @{}
        foreach ($name in $names) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
        try {
            [Environment]::SetEnvironmentVariable('HOME', $profileRoot)
            [Environment]::SetEnvironmentVariable('XDG_DATA_HOME', $dataHome)
            [Environment]::SetEnvironmentVariable('XDG_CONFIG_HOME', $configHome)
            [Environment]::SetEnvironmentVariable('XDG_CACHE_HOME', $cacheHome)
            [Environment]::SetEnvironmentVariable('PSModulePath', $null)
            $output = Invoke-TestChildPwsh -Script $script -ArgumentList $repository -Name 'install'
        }
        finally {
            foreach ($name in $names) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
        ($output | Where-Object { $_ -like 'path=*' }) | Should -BeLike "path=$profileRoot*"
        $output | Should -Contain 'samples=3072'
        $output | Should -Contain "core=$([System.IO.Path]::Combine('net8.0', 'CppnPS.Core.dll'))" -Because 'PowerShell 7 loads the net8.0 build'
        $output | Should -Contain 'desktop=True' -Because 'the package holds the netstandard2.0 build for Windows PowerShell 5.1 too'
        $output | Should -Contain 'caption=Стоик' -Because 'the installed copy captions with its own native library and font'
        $output | Should -Contain 'font=True' -Because 'the font ships with its licence'
        Test-Path -LiteralPath (Join-Path $dataHome 'PSResourceGet') | Should -BeTrue -Because 'the repository list belongs to the throwaway profile'
    }
}
