# A montage (Join-CppnImage without -Path) is a CppnImage: every image cmdlet takes it.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')

    function Get-JpegSize {
        # Width and height from a baseline or progressive JPEG's start-of-frame segment.
        param([string] $LiteralPath)
        $b = [System.IO.File]::ReadAllBytes($LiteralPath)
        if ($b[0] -ne 0xFF -or $b[1] -ne 0xD8) { throw 'Not a JPEG.' }
        $pos = 2
        while ($pos + 9 -lt $b.Length) {
            if ($b[$pos] -ne 0xFF) { throw "No marker at $pos." }
            $marker = $b[$pos + 1]
            $length = $b[$pos + 2] * 256 + $b[$pos + 3]
            if ($marker -in 0xC0, 0xC1, 0xC2) {
                return @(($b[$pos + 7] * 256 + $b[$pos + 8]), ($b[$pos + 5] * 256 + $b[$pos + 6]))
            }
            $pos += 2 + $length
        }
        throw 'No start-of-frame segment.'
    }
}

Describe 'A montage is a picture' {
    BeforeAll {
        $script:folder = New-TestFolder 'montage'
        $script:images = 1..3 | ForEach-Object { New-CppnNetwork -Seed $_ -Hidden 1 | Invoke-CppnRender -Size 10 }
        $script:montage = $images | Join-CppnImage -Columns 2 -Gap 3 -Background '#204060'
    }

    It 'Comes down the pipeline without -Path, as a CppnImage with its tiles and no network of its own' {
        $montage | Should -BeOfType ([CppnPS.Core.Rendering.CppnImage])
        ($montage.Width, $montage.Height) | Should -Be @(29, 29)
        $montage.IsMontage | Should -BeTrue
        $montage.Network | Should -BeNullOrEmpty
        $montage.Tiles.Count | Should -Be 3
        $montage.Tiles[2].Image.Network.Seed | Should -Be 3
        ($montage | Format-Table | Out-String) | Should -BeLike '*montage of 3 picture(s)*'
    }

    It 'Exports as a 16-bit PNG, pixel for pixel, without a network in it' {
        $path = Join-Path $folder 'sheet16.png'
        $montage | Export-CppnImage -LiteralPath $path -BitDepth 16
        $png = Read-TestPng $path
        ($png.Width, $png.Height, $png.BitDepth) | Should -Be @(29, 29, 16)
        $png.Text.Count | Should -Be 0
        $samples = $montage.ToArray()
        foreach ($i in 0, ((3 * 29 + 3) * 3 + 1), ((20 * 29 + 17) * 3 + 2)) {
            $expected = [CppnPS.Core.Imaging.SampleLevels]::ToUInt16($samples[$i])
            ($png.Pixels[2 * $i] * 256 + $png.Pixels[2 * $i + 1]) | Should -Be $expected
        }
        $png.Pixels[0] * 256 + $png.Pixels[1] | Should -Be ([CppnPS.Core.Imaging.SampleLevels]::ToUInt16(0x20 / 255))
    }

    It 'Exports as a JPEG' {
        $path = Join-Path $folder 'sheet.jpg'
        $file = $montage | Export-CppnImage -LiteralPath $path -PassThru
        $file.Length | Should -BeGreaterThan 0
        Get-JpegSize $path | Should -Be @(29, 29)
    }

    It 'Measures like any picture' {
        $stats = $montage | Measure-CppnImage
        $stats | Should -BeOfType ([CppnPS.Core.Analysis.ImageStatistics])
        $expected = [CppnPS.Core.Analysis.ImageAnalyzer]::Measure($montage)
        $stats.MeanRed | Should -Be $expected.MeanRed
        $stats.MeanRed | Should -Not -Be ($images[0] | Measure-CppnImage).MeanRed
    }

    It 'Shows like any picture' {
        $lines = @(Invoke-TestChildPwsh -Name 'show-montage' -Script @'
param($manifest)
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
Import-Module $manifest
$images = 1..3 | ForEach-Object { New-CppnNetwork -Seed $_ -Hidden 1 | Invoke-CppnRender -Size 10 }
$images | Join-CppnImage -Columns 2 -Gap 3 | Show-CppnImage -Width 10 -Force
'@)
        # 29 x 29 fitted to 10 columns: 10 x 10 pixels, two pixel rows per text row.
        $lines.Count | Should -Be 5
        foreach ($line in $lines) { ($line.ToCharArray() | Where-Object { $_ -eq [char]0x2580 }).Count | Should -Be 10 }
    }

    It 'Joins into a larger montage, and writes its sidecar with the inner montage as one tile' {
        $path = Join-Path $folder 'outer.png'
        $montage, $images[0] | Join-CppnImage -LiteralPath $path -Gap 0 -Sidecar
        (Read-TestPng $path).Width | Should -Be (29 + 29)
        $lines = @(Get-Content -LiteralPath (Join-Path $folder 'outer.txt'))
        $lines[0] | Should -Be 'tile 1 (row 0, column 0) at 0,0: 29x29 montage of 3 picture(s)'
        $lines[1] | Should -BeLike 'tile 2 (row 0, column 1) at 38,9: 10x10, zoom 1, Normalized; *seed 1*'
    }
}
