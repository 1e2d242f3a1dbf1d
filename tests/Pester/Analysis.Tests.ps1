<#
    Measure-CppnNetwork, Measure-CppnImage, Join-CppnImage and Invoke-CppnRender's flat-picture warning,
    driven as users drive them. (Their help examples run in Help.Tests.ps1, with every other cmdlet's.)
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
}

Describe 'Measure-CppnNetwork' {
    It 'Shows the grey square forming layer by layer under PyTorch''s default initialisation (E1)' {
        $layers = @(New-CppnNetwork -Init TorchDefault -Seed 1 | Measure-CppnNetwork)
        $layers.Count | Should -Be 10
        $layers[0].GetType().FullName | Should -Be 'CppnPS.Core.Analysis.LayerStatistics'
        $layers.Index | Should -Be (0..9)
        $layers[-1].Spread | Should -BeLessThan 1e-3
        $layers[-2].Std | Should -BeLessThan ($layers[0].Std / 20)
        $layers[-2].NearZero | Should -BeGreaterThan 0.5
        $layers[-1].Mean | Should -BeGreaterThan 0.49
        $layers[-1].Mean | Should -BeLessThan 0.51
        @($layers[-1].UnitRanges).Count | Should -Be 3
    }

    It 'Shows the deep layers saturating with N(0, 1) weights' {
        $layers = @(New-CppnNetwork -Init Normal -Scale 1 -Seed 7 | Measure-CppnNetwork -Size 32)
        foreach ($layer in $layers[2..8]) { $layer.Saturated | Should -BeGreaterThan 0.3 }
        $layers[-1].Spread | Should -BeGreaterThan 0.5
    }

    It 'Probes the grid Invoke-CppnRender would render: its output spread is the picture''s' {
        $network = New-CppnNetwork -Seed 11 -Hidden 2 -Width 8
        $image = $network | Invoke-CppnRender -Size 20 -Zoom 3 -Center 0.5, -1
        $measured = $network | Measure-CppnNetwork -Size 20 -Zoom 3 -Center 0.5, -1 | Select-Object -Last 1
        $picture = $image | Measure-CppnImage
        [Math]::Abs($measured.Spread - $picture.Spread) | Should -BeLessThan 1e-4
        $measured.Pixels | Should -Be 400
    }

    It 'Prints a table with one row per layer' {
        $text = New-CppnNetwork -Seed 1 -Hidden 1 | Measure-CppnNetwork -Size 8 | Out-String -Width 200
        $text | Should -Match 'Layer\s+Shape\s+Activation\s+PreStd\s+Std\s+Min\s+Max\s+Saturated\s+NearZero\s+Spread'
        $text | Should -Match '2->16\s+tanh'
        $text | Should -Match '16->3\s+sigmoid'
    }

    It 'Stops with LatentSizeMismatch for a wrong latent vector' {
        $network = New-CppnNetwork -Seed 1 -LatentSize 2
        { $network | Measure-CppnNetwork -Latent 1, 2, 3 -ErrorAction Stop } |
            Should -Throw -ErrorId 'LatentSizeMismatch,CppnPS.Module.Commands.MeasureCppnNetworkCommand'
    }
}

Describe 'Measure-CppnImage' {
    It 'Finds the E1 picture flat and grey, and the E6 picture colourful and complex' {
        $grey = New-CppnNetwork -Init TorchDefault -Seed 1 | Invoke-CppnRender -Size 64 -WarningAction SilentlyContinue | Measure-CppnImage
        $art = New-CppnNetwork -Seed 7 | Invoke-CppnRender -Size 64 | Measure-CppnImage
        $grey.GetType().FullName | Should -Be 'CppnPS.Core.Analysis.ImageStatistics'
        $grey.IsFlat | Should -BeTrue
        $grey.Spread | Should -BeLessThan 1e-3
        $grey.Greyness | Should -BeGreaterThan 0.99
        $art.IsFlat | Should -BeFalse
        $art.Colourfulness | Should -BeGreaterThan 30
        $art.MeanGradient | Should -BeGreaterThan (100 * $grey.MeanGradient)
        $art.BitsPerPixel | Should -BeGreaterThan $grey.BitsPerPixel
        $art.Entropy | Should -BeGreaterThan 4
    }

    It 'Writes one object per piped picture, with a table view' {
        $images = 1, 2, 3 | ForEach-Object { New-CppnNetwork -Seed $_ | Invoke-CppnRender -Size 16 }
        @($images | Measure-CppnImage).Count | Should -Be 3
        ($images[0] | Measure-CppnImage | Out-String -Width 200) | Should -Match 'Size\s+Spread\s+Greyness\s+Colourfulness\s+Entropy\s+Gradient\s+TotalVariation\s+BitsPerPixel'
    }
}

Describe 'The flat-picture warning of Invoke-CppnRender' {
    It 'Warns about a flat picture, with the reason and the fix' {
        $null = New-CppnNetwork -Init TorchDefault -Seed 1 | Invoke-CppnRender -Size 16 -WarningVariable warnings -WarningAction SilentlyContinue
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -BeLike '*under one 8-bit level*'
        "$($warnings[0])" | Should -BeLike '*sigmoid(0) = 0.5*'
        "$($warnings[0])" | Should -BeLike '*-Init Normal -Scale 1*'
    }

    It 'Stops the pipeline under -WarningAction Stop and still renders under -WarningAction SilentlyContinue' {
        $network = New-CppnNetwork -Init TorchDefault -Seed 1
        { $network | Invoke-CppnRender -Size 16 -WarningAction Stop } | Should -Throw
        $image = $network | Invoke-CppnRender -Size 16 -WarningAction SilentlyContinue
        $image.Width | Should -Be 16
    }

    It 'Stays silent for a picture with colour, and for a single pixel' {
        $null = New-CppnNetwork -Seed 7 | Invoke-CppnRender -Size 16 -WarningVariable colourful
        $null = New-CppnNetwork -Seed 7 | Invoke-CppnRender -Size 1 -WarningVariable single
        @($colourful).Count | Should -Be 0
        @($single).Count | Should -Be 0
    }
}

Describe 'Join-CppnImage' {
    BeforeEach {
        $script:folder = New-TestFolder ('join-' + [guid]::NewGuid().ToString('N'))
    }

    It 'Writes the pictures in a grid with gaps and background, and a sidecar with their settings' {
        $images = 1..3 | ForEach-Object { New-CppnNetwork -Seed $_ -Hidden 1 | Invoke-CppnRender -Size 10 }
        $path = Join-Path $folder 'sheet.png'
        $file = $images | Join-CppnImage -Path $path -Columns 2 -Gap 3 -Background '#204060' -Sidecar -PassThru
        $file.FullName | Should -Be $path
        $png = [CppnPSTests.PngFile]::Read($path)
        $png.Width | Should -Be (2 * 10 + 3 * 3)
        $png.Height | Should -Be (2 * 10 + 3 * 3)
        $png.Pixels[0..2] | Should -Be @(0x20, 0x40, 0x60)
        # The first picture's top-left pixel sits at (3, 3).
        $first = $images[0].ToArray()
        $offset = (3 * $png.Width + 3) * 3
        $png.Pixels[$offset] | Should -Be ([CppnPS.Core.Imaging.SampleLevels]::ToByte($first[0]))
        $lines = @(Get-Content -LiteralPath (Join-Path $folder 'sheet.txt'))
        $lines.Count | Should -Be 3
        $lines[2] | Should -BeLike 'tile 3 (row 1, column 0) at 3,16: 10x10, zoom 1, Normalized; 2->16x2->3 tanh/sigmoid*seed 3*'
    }

    It 'Keeps an existing file without -Force, replaces it with -Force, and writes nothing under -WhatIf' {
        $image = New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 4
        $path = Join-Path $folder 'one.png'
        Set-Content -LiteralPath $path -Value 'old'
        $image | Join-CppnImage -Path $path -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'FileExists,*'
        Get-Content -LiteralPath $path | Should -Be 'old'
        $image | Join-CppnImage -Path (Join-Path $folder 'new.png') -WhatIf
        Test-Path -LiteralPath (Join-Path $folder 'new.png') | Should -BeFalse
        $image | Join-CppnImage -Path $path -Force
        [CppnPSTests.PngFile]::Read($path).Width | Should -Be (4 + 2 * 8)
    }

    It 'With -Sidecar, an existing settings file stops the picture too without -Force; -Force replaces both' {
        $image = New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 4
        $path = Join-Path $folder 'pair.png'
        $sidecar = Join-Path $folder 'pair.txt'
        Set-Content -LiteralPath $sidecar -Value 'old'
        $image | Join-CppnImage -Path $path -Sidecar -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'FileExists,*'
        $failed[0].Exception.Message | Should -BeLike "*$sidecar*"
        Test-Path -LiteralPath $path | Should -BeFalse
        Get-Content -LiteralPath $sidecar | Should -Be 'old'
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('pair.txt')
        $image | Join-CppnImage -Path $path -Sidecar -Force
        [CppnPSTests.PngFile]::Read($path).Width | Should -Be (4 + 2 * 8)
        Get-Content -LiteralPath $sidecar | Should -BeLike 'tile 1 *'
    }

    It 'Refuses an unknown background colour before writing anything' {
        $image = New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 4
        { $image | Join-CppnImage -Path (Join-Path $folder 'x.png') -Background 'blurple' -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidMontageOptions,CppnPS.Module.Commands.JoinCppnImageCommand'
        Test-Path -LiteralPath (Join-Path $folder 'x.png') | Should -BeFalse
    }
}
