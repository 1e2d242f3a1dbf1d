<#
    Get-CppnNeuronMap driven as users drive it. (Its help examples run in Help.Tests.ps1.)
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
}

Describe 'Get-CppnNeuronMap' {
    It 'Writes one montage per hidden layer, one tile per neuron, then the picture Invoke-CppnRender renders' {
        $network = New-CppnNetwork -Layers 4, 5, 6 -Seed 3
        $maps = @($network | Get-CppnNeuronMap -Size 8 -Zoom 2)
        $maps.Count | Should -Be 4
        $maps[0..2].IsMontage | Should -Be @($true, $true, $true)
        $maps[0..2] | ForEach-Object { $_.Tiles.Count } | Should -Be @(4, 5, 6)
        $maps[3].IsMontage | Should -BeFalse
        $render = $network | Invoke-CppnRender -Size 8 -Zoom 2
        [System.Linq.Enumerable]::SequenceEqual([float[]]$maps[3].ToArray(), [float[]]$render.ToArray()) | Should -BeTrue
    }

    It 'Flattens layer by layer in the article''s grey square: every neuron of the last hidden layer is flat' {
        $maps = @(New-CppnNetwork -Init TorchDefault -Seed 1 | Get-CppnNeuronMap -Size 16)
        @($maps[0].Tiles | Where-Object { ($_.Image | Measure-CppnImage).IsFlat }).Count | Should -BeLessThan 16
        @($maps[8].Tiles | Where-Object { ($_.Image | Measure-CppnImage).IsFlat }).Count | Should -Be 16
    }

    It 'Refuses a wrong latent vector with LatentSizeMismatch' {
        { New-CppnNetwork -LatentSize 2 -Seed 1 | Get-CppnNeuronMap -Size 4 -Latent 1 -ErrorAction Stop } |
            Should -Throw -ErrorId 'LatentSizeMismatch,CppnPS.Module.Commands.GetCppnNeuronMapCommand'
    }
}
