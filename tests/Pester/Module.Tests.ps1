BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:ExpectedCmdlets = @(
        'Enter-CppnBreeding'
        'Export-CppnAnimation'
        'Export-CppnImage'
        'Export-CppnNetwork'
        'Get-CppnNeuronMap'
        'Import-CppnAnimation'
        'Import-CppnNetwork'
        'Invoke-CppnMutation'
        'Invoke-CppnRender'
        'Join-CppnImage'
        'Join-CppnTile'
        'Measure-CppnImage'
        'Measure-CppnNetwork'
        'Merge-CppnNetwork'
        'New-CppnAnimation'
        'New-CppnNetwork'
        'Optimize-CppnNetwork'
        'Search-CppnNovelty'
        'Set-CppnWeights'
        'Show-CppnImage'
        'Add-CppnCaption'
        'Get-CppnQuote'
        'Import-CppnCaption'
    ) | Sort-Object
}

Describe 'The CppnPS module' {
    It 'Exports exactly the listed cmdlets and the Set-CppnWeight alias' {
        $commands = Get-Command -Module CppnPS
        @($commands | Where-Object CommandType -EQ 'Cmdlet' | ForEach-Object Name | Sort-Object) | Should -Be $ExpectedCmdlets
        @($commands | Where-Object CommandType -EQ 'Alias' | ForEach-Object Name) | Should -Be @('Set-CppnWeight')
        @($commands | Where-Object CommandType -NotIn 'Cmdlet', 'Alias') | Should -BeNullOrEmpty
        (Get-Alias -Name Set-CppnWeight).ResolvedCommandName | Should -Be 'Set-CppnWeights'
    }

    It 'Has a manifest that passes Test-ModuleManifest' {
        $manifest = Test-ModuleManifest -Path $CppnModuleManifest -ErrorAction Stop
        $manifest.Name | Should -Be 'CppnPS'
        $manifest.RootModule | Should -Be 'CppnPS.Module.dll'
        @($manifest.ExportedCmdlets.Keys | Sort-Object) | Should -Be $ExpectedCmdlets
        @($manifest.ExportedFunctions.Keys) | Should -BeNullOrEmpty
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }

    It 'Takes the version from one place, the source manifest, into the laid-out manifest and both assemblies' {
        $version = (Import-PowerShellDataFile -LiteralPath (Join-Path $PSScriptRoot '../../module/CppnPS.psd1')).ModuleVersion
        $version | Should -Match '^\d+\.\d+\.\d+$'
        (Import-PowerShellDataFile -LiteralPath $CppnModuleManifest).ModuleVersion | Should -Be $version
        (Get-Module CppnPS).Version.ToString(3) | Should -Be $version
        $folder = Split-Path -Parent $CppnModuleManifest
        foreach ($dll in 'CppnPS.Module.dll', 'CppnPS.Core.dll') {
            $product = [System.Diagnostics.FileVersionInfo]::GetVersionInfo((Join-Path $folder $dll)).ProductVersion
            ($product -split '\+')[0] | Should -Be $version
        }
    }

    It '<Name> declares its output type <Type>' -ForEach @(
        @{ Name = 'New-CppnNetwork'; Type = 'CppnPS.Core.Model.CppnNetwork' }
        @{ Name = 'Set-CppnWeights'; Type = 'CppnPS.Core.Model.CppnNetwork' }
        @{ Name = 'Invoke-CppnRender'; Type = 'CppnPS.Core.Rendering.CppnImage' }
        @{ Name = 'Export-CppnImage'; Type = 'System.IO.FileInfo' }
        @{ Name = 'Import-CppnNetwork'; Type = 'CppnPS.Core.Model.CppnNetwork' }
        @{ Name = 'Export-CppnNetwork'; Type = 'System.IO.FileInfo' }
    ) {
        (Get-Command $Name).OutputType.Name | Should -Contain $Type
    }

    It '<Name> pairs -Path with a -LiteralPath that has the aliases PSPath and LP' -ForEach @(
        @{ Name = 'Export-CppnImage' }
        @{ Name = 'Import-CppnNetwork' }
        @{ Name = 'Export-CppnNetwork' }
    ) {
        $parameters = (Get-Command $Name).Parameters
        $parameters.Keys | Should -Contain 'Path'
        $parameters.Keys | Should -Contain 'LiteralPath'
        $parameters['LiteralPath'].Aliases | Should -Contain 'PSPath'
        $parameters['LiteralPath'].Aliases | Should -Contain 'LP'
    }

    It '<Name> supports -WhatIf and -Confirm' -ForEach @(
        @{ Name = 'Export-CppnImage' }
        @{ Name = 'Export-CppnNetwork' }
    ) {
        $parameters = (Get-Command $Name).Parameters
        $parameters.Keys | Should -Contain 'WhatIf'
        $parameters.Keys | Should -Contain 'Confirm'
    }

    It 'Has help with a synopsis, a description and an example for <Name>' -ForEach @(
        @{ Name = 'New-CppnNetwork' }
        @{ Name = 'Set-CppnWeights' }
        @{ Name = 'Invoke-CppnRender' }
        @{ Name = 'Export-CppnImage' }
        @{ Name = 'Import-CppnNetwork' }
        @{ Name = 'Export-CppnNetwork' }
    ) {
        $help = Get-Help $Name -Full
        # Without MAML, PowerShell makes the synopsis from the syntax and leaves the rest empty.
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis.Trim() | Should -Not -BeLike "$Name *"
        $help.description | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterThan 0
    }
}

Describe 'Default views' {
    It 'Prints a network as a one-line summary, not a dump of matrices' {
        $text = New-CppnNetwork -Seed 1 | Out-String
        $text | Should -Match ([regex]::Escape('2->16x9->3'))
        $text | Should -Match 'seed 1\b'
        $text | Should -Match 'tanh/sigmoid'
        $text | Should -Not -Match 'DenseMatrix|Layers|Provenance|Single\['
        @($text -split '\r?\n' | Where-Object { $_.Trim() }).Count | Should -BeLessOrEqual 3
    }

    It 'Prints an image as a one-line summary with its size and network' {
        $text = New-CppnNetwork -Seed 1 | Invoke-CppnRender -Width 24 -Height 16 | Out-String
        $text | Should -Match '\b24\b'
        $text | Should -Match '\b16\b'
        $text | Should -Match ([regex]::Escape('2->16x9->3'))
        $text | Should -Not -Match 'Samples|SampleBuffer|Single\['
        @($text -split '\r?\n' | Where-Object { $_.Trim() }).Count | Should -BeLessOrEqual 3
    }

    It 'Prints one row per network for a batch' {
        $text = 1..3 | ForEach-Object { New-CppnNetwork -Seed $_ -Hidden 2 -Width 4 } | Out-String
        $rows = @($text -split '\r?\n' | Where-Object { $_ -match '2->4x3->3' })
        $rows.Count | Should -Be 3
        $rows[2] | Should -Match 'seed 3\b'
    }
}
