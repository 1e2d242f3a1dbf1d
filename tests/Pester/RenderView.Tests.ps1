# Invoke-CppnRender and Measure-CppnNetwork take every setting the caller does not give from the
# view a network carries (CppnNetwork.View: read from a PNG's metadata or a weights file's zoom),
# and a width or a height given alone keeps that view's aspect ratio.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
}

Describe 'A network''s saved view' {
    BeforeAll {
        $script:folder = New-TestFolder 'render-view'
        $script:network = New-CppnNetwork -Seed 23 -Hidden 3 -Width 8 -LatentSize 1
        $script:view = @{ Zoom = 2.5; Center = 0.25, -0.5; CoordinateMode = 'AspectCorrect'; Latent = 0.75 }
        # A 16:9 thumbnail.
        $thumbnail = $network | Invoke-CppnRender -Width 32 -Height 18 @view
        $script:thumbPath = Join-Path $folder 'thumb.png'
        $thumbnail | Export-CppnImage -LiteralPath $thumbPath
        $script:thumbnail = $thumbnail
    }

    It 'Is used by a copy made with Clone(), which carries no note properties, exactly as by the imported network' {
        $imported = Import-CppnNetwork -LiteralPath $thumbPath
        $copy = $imported.Clone()
        $copy.PSObject.Properties['Zoom'] | Should -BeNullOrEmpty -Because 'the copy must rely on its View alone'
        $expected = $network | Invoke-CppnRender -Size 40 @view
        $fromImport = $imported | Invoke-CppnRender -Size 40
        $fromCopy = $copy | Invoke-CppnRender -Size 40
        Test-SameSamples $expected $fromImport | Should -BeTrue
        Test-SameSamples $expected $fromCopy | Should -BeTrue
        Test-SameSamples ($network | Invoke-CppnRender -Size 40) $fromCopy | Should -BeFalse -Because 'the view must really have been applied'
    }

    It 'Gives way to every setting given on the command line, with or without the note properties' {
        $imported = Import-CppnNetwork -LiteralPath $thumbPath
        $given = @{ Size = 24; Zoom = 0.5; Center = -1, 2; CoordinateMode = 'Pixel'; Latent = -0.25 }
        $expected = $network | Invoke-CppnRender @given
        Test-SameSamples $expected ($imported | Invoke-CppnRender @given) | Should -BeTrue
        Test-SameSamples $expected ($imported.Clone() | Invoke-CppnRender @given) | Should -BeTrue
        # One setting given, the others from the view.
        $zoomOnly = $network | Invoke-CppnRender -Size 24 @view -Zoom 4
        Test-SameSamples $zoomOnly ($imported.Clone() | Invoke-CppnRender -Size 24 -Zoom 4) | Should -BeTrue
        Test-SameSamples $zoomOnly ($imported | Invoke-CppnRender -Size 24 -Zoom 4) | Should -BeTrue
    }

    It 'Keeps the picture''s 16:9 aspect ratio for -Width or -Height alone; -Size is square; no size renders the saved size' {
        $imported = Import-CppnNetwork -LiteralPath $thumbPath
        $wide = $imported.Clone() | Invoke-CppnRender -Width 64
        ($wide.Width, $wide.Height) | Should -Be @(64, 36)
        Test-SameSamples ($network | Invoke-CppnRender -Width 64 -Height 36 @view) $wide | Should -BeTrue
        $byHeight = $imported | Invoke-CppnRender -Height 9
        ($byHeight.Width, $byHeight.Height) | Should -Be @(16, 9)
        $rounded = $imported | Invoke-CppnRender -Width 100
        $rounded.Height | Should -Be 56 -Because '100 * 18 / 32 = 56.25'
        $square = $imported | Invoke-CppnRender -Size 20
        ($square.Width, $square.Height) | Should -Be @(20, 20)
        $both = $imported | Invoke-CppnRender -Width 10 -Height 30
        ($both.Width, $both.Height) | Should -Be @(10, 30)
        $again = $imported.Clone() | Invoke-CppnRender
        ($again.Width, $again.Height) | Should -Be @(32, 18)
        Test-SameSamples $thumbnail $again | Should -BeTrue
    }

    It 'Renders square from -Width or -Height alone when the network carries no view' {
        $plain = $network | Invoke-CppnRender -Width 30 -Latent 0
        ($plain.Width, $plain.Height) | Should -Be @(30, 30)
        $tall = $network | Invoke-CppnRender -Height 12 -Latent 0
        ($tall.Width, $tall.Height) | Should -Be @(12, 12)
        ($network | Invoke-CppnRender -Latent 0).Width | Should -Be 256
    }

    It 'Refuses a width whose height, kept in proportion, would be too large (InvalidRenderOptions)' {
        $tallView = $network | Invoke-CppnRender -Width 9 -Height 16 -Latent 0
        $tallPath = Join-Path $folder 'tall.png'
        $tallView | Export-CppnImage -LiteralPath $tallPath
        { Import-CppnNetwork -LiteralPath $tallPath | Invoke-CppnRender -Width 65536 -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidRenderOptions,CppnPS.Module.Commands.InvokeCppnRenderCommand'
    }

    It 'Is used by Measure-CppnNetwork too, with or without the note properties' {
        $imported = Import-CppnNetwork -LiteralPath $thumbPath
        $expected = @($network | Measure-CppnNetwork -Size 16 @view | ForEach-Object { "$($_.PreStd):$($_.PostStd)" })
        @($imported | Measure-CppnNetwork -Size 16 | ForEach-Object { "$($_.PreStd):$($_.PostStd)" }) | Should -Be $expected
        @($imported.Clone() | Measure-CppnNetwork -Size 16 | ForEach-Object { "$($_.PreStd):$($_.PostStd)" }) | Should -Be $expected
        @($network | Measure-CppnNetwork -Size 16 -Latent 0 | ForEach-Object { "$($_.PreStd):$($_.PostStd)" }) | Should -Not -Be $expected
    }
}

Describe '-CoordinateMode Article' {
    It 'Equals Normalized for a square picture and differs for a non-square one' {
        $network = New-CppnNetwork -Seed 4 -Hidden 2 -Width 8
        Test-SameSamples ($network | Invoke-CppnRender -Size 24) ($network | Invoke-CppnRender -Size 24 -CoordinateMode Article) | Should -BeTrue
        Test-SameSamples ($network | Invoke-CppnRender -Width 24 -Height 10) ($network | Invoke-CppnRender -Width 24 -Height 10 -CoordinateMode Article) | Should -BeFalse
    }

    It 'Is saved in a PNG and comes back with the network' {
        $folder = New-TestFolder 'article-mode'
        $network = New-CppnNetwork -Seed 4 -Hidden 2 -Width 8
        $picture = $network | Invoke-CppnRender -Width 24 -Height 10 -CoordinateMode Article
        $path = Join-Path $folder 'article.png'
        $picture | Export-CppnImage -LiteralPath $path
        $back = (Import-CppnNetwork -LiteralPath $path).Clone()
        $back.View.CoordinateMode | Should -Be 'Article'
        Test-SameSamples $picture ($back | Invoke-CppnRender) | Should -BeTrue
    }
}
