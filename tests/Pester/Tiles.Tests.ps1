<#
    Invoke-CppnRender -Region and Join-CppnTile as users drive them: tiles equal the whole render's pixels, join in any
    order into the same picture and the same PNG bytes, survive another process, and bad tiles stop with InvalidTiles.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:Network = New-CppnNetwork -Seed 12 -Hidden 4 -Width 10 -Radius
    function Get-Tiles([int] $Width, [int] $Height, [int] $TileWidth, [int] $TileHeight, [string] $Engine = 'Fast') {
        foreach ($region in [CppnPS.Core.Coordinates.CanvasRegion]::Split($Width, $Height, $TileWidth, $TileHeight)) {
            $Network | Invoke-CppnRender -Width $Width -Height $Height -Region $region.X, $region.Y, $region.Width, $region.Height -Engine $Engine -Zoom 2.5 -CoordinateMode AspectCorrect
        }
    }
}

Describe 'Tiles of a poster' {
    It 'joined in reverse order with the <Engine> engine, equal a single render; streamed to PNG, the same bytes' -ForEach @(@{ Engine = 'Fast' }, @{ Engine = 'Reference' }) {
        $tiles = @(Get-Tiles 45 31 16 9 $Engine)
        [array]::Reverse($tiles)
        $whole = $Network | Invoke-CppnRender -Width 45 -Height 31 -Engine $Engine -Zoom 2.5 -CoordinateMode AspectCorrect
        Test-SameSamples $whole ($tiles | Join-CppnTile) | Should -BeTrue
        $folder = New-TestFolder "tiles-$Engine"
        $whole | Export-CppnImage -Path (Join-Path $folder 'whole.png') -BitDepth 16
        $file = $tiles | Join-CppnTile -Path (Join-Path $folder 'joined.png') -BitDepth 16 -PassThru
        $file | Should -BeOfType [System.IO.FileInfo]
        Get-TestFileHash $file.FullName | Should -Be (Get-TestFileHash (Join-Path $folder 'whole.png'))
        @(Get-ChildItem -LiteralPath $folder -Force).Count | Should -Be 2
    }

    It 'carries its region and the whole picture''s settings, also through Export-Clixml' {
        $tile = $Network | Invoke-CppnRender -Width 40 -Height 20 -Region 30, 5, 10, 15
        $tile.Width | Should -Be 10
        $tile.Height | Should -Be 15
        $tile.Options.Width | Should -Be 40
        "$($tile.Region)" | Should -Be '30, 5, 10, 15'
        $path = Join-Path (New-TestFolder 'clixml') 'tile.xml'
        $tile | Export-Clixml -LiteralPath $path
        $back = [CppnPS.Core.Rendering.CppnImage](Import-Clixml -LiteralPath $path)
        "$($back.Region)" | Should -Be '30, 5, 10, 15'
        Test-SameSamples $tile $back | Should -BeTrue
    }

    It 'refuses <Case> with InvalidRenderOptions' -ForEach @(
        @{ Case = 'a region outside the picture'; Region = 30, 0, 11, 5; Defer = $false }
        @{ Case = 'an empty region'; Region = 0, 0, 0, 5; Defer = $false }
        @{ Case = 'a region with -Defer'; Region = 0, 0, 5, 5; Defer = $true }
    ) {
        { $Network | Invoke-CppnRender -Width 40 -Height 20 -Region $Region -Defer:$Defer -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidRenderOptions,CppnPS.Module.Commands.InvokeCppnRenderCommand'
    }

    It 'refuses <Case> with InvalidTiles and writes nothing' -ForEach @(
        @{ Case = 'a missing tile'; Make = { @(Get-Tiles 20 10 10 10)[0] } }
        @{ Case = 'overlapping tiles'; Make = { @(Get-Tiles 20 10 10 10) + ($Network | Invoke-CppnRender -Width 20 -Height 10 -Region 5, 5, 2, 2 -Zoom 2.5 -CoordinateMode AspectCorrect) } }
        @{ Case = 'tiles of two pictures'; Make = { @(Get-Tiles 20 10 10 10)[0], ($Network | Invoke-CppnRender -Width 20 -Height 10 -Region 10, 0, 10, 10) } }
        @{ Case = 'a whole picture'; Make = { $Network | Invoke-CppnRender -Size 8 } }
    ) {
        $folder = New-TestFolder 'bad-tiles'
        { & $Make | Join-CppnTile -Path (Join-Path $folder 'x.png') -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidTiles,CppnPS.Module.Commands.JoinCppnTileCommand'
        @(Get-ChildItem -LiteralPath $folder -Force).Count | Should -Be 0
    }

    It 'keeps an existing file without -Force (FileExists)' {
        $folder = New-TestFolder 'tiles-exists'
        $path = Join-Path $folder 'poster.png'
        Set-Content -LiteralPath $path -Value 'old'
        Get-Tiles 20 10 10 10 | Join-CppnTile -Path $path -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'FileExists,CppnPS.Module.Commands.JoinCppnTileCommand'
        Get-Content -LiteralPath $path | Should -Be 'old'
    }
}
