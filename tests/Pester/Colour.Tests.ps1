# Colour modes and framing through the cmdlets: parameters, the scheme stored with the network and in the PNG,
# the channels written, the errors and tab completion.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')

    function Get-Completion([string] $InputScript) {
        @((TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText)
    }

    # The PNG colour type and bit depth from the IHDR chunk.
    function Get-PngHeader([string] $Path) {
        $bytes = [System.IO.File]::ReadAllBytes((Resolve-Path -LiteralPath $Path).ProviderPath)
        @{ BitDepth = $bytes[24]; ColourType = $bytes[25] }
    }
}

Describe 'Colour modes and framing' {
    BeforeEach {
        $script:folder = New-TestFolder 'colour'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
    }

    It 'New-CppnNetwork -ColourMode <Mode> makes <Outputs> output(s), and the network renders in that mode by default' -ForEach @(
        @{ Mode = 'Grey'; Extra = @{}; Outputs = 1 }
        @{ Mode = 'Hsv'; Extra = @{ Alpha = $true }; Outputs = 4 }
        @{ Mode = 'Cmyk'; Extra = @{ SharedNeuron = $true; Alpha = $true }; Outputs = 6 }
    ) {
        $network = New-CppnNetwork -Seed 4 -Hidden 2 -Width 8 -ColourMode $Mode @Extra
        $network.Layers[-1].OutputCount | Should -Be $Outputs
        $image = $network | Invoke-CppnRender -Size 16
        $image.Options.Colour.Mode | Should -Be $Mode
    }

    It 'A grey picture has greyness 1, is written as a grey PNG at 8 and 16 bits, and re-renders from the PNG' {
        $network = New-CppnNetwork -Seed 4 -Radius -ColourMode Grey -Invert
        $image = $network | Invoke-CppnRender -Size 32 -Zoom 3
        ($image | Measure-CppnImage).Greyness | Should -Be 1
        $image | Export-CppnImage -Path grey8.png
        $image | Export-CppnImage -Path grey16.png -BitDepth 16
        (Get-PngHeader grey8.png).ColourType | Should -Be 0
        (Get-PngHeader grey16.png).BitDepth | Should -Be 16
        $again = Import-CppnNetwork -Path grey8.png | Invoke-CppnRender
        $again.Options.Colour.Invert | Should -BeTrue
        $again.ToArray() | Should -Be $image.ToArray()
    }

    It 'A palette picture uses only the palette''s colours' {
        $image = New-CppnNetwork -Seed 6 -Radius | Invoke-CppnRender -Size 48 -Zoom 4 -Palette viridis
        $image.Options.Colour.Mode | Should -Be 'Palette'
        ($image | Measure-CppnImage).OffPalette | Should -Be 0
        $gradient = New-CppnNetwork -Seed 6 | Invoke-CppnRender -Size 24 -Palette '#000000', '#ff8800', '#ffffff'
        ($gradient | Measure-CppnImage).OffPalette | Should -Be 0
    }

    It 'An alpha picture is written as an RGBA PNG through the band writer, deferred or not' {
        $network = New-CppnNetwork -Seed 2 -Alpha
        $network | Invoke-CppnRender -Size 40 | Export-CppnImage -Path rgba.png
        $network | Invoke-CppnRender -Size 40 -Defer | Export-CppnImage -Path deferred.png
        (Get-PngHeader rgba.png).ColourType | Should -Be 6
        (Get-FileHash rgba.png).Hash | Should -Be (Get-FileHash deferred.png).Hash
    }

    It 'An alpha picture keeps its alpha through Export-Clixml and Import-Clixml' {
        $image = New-CppnNetwork -Seed 2 -ColourMode Grey -Alpha | Invoke-CppnRender -Size 12
        $image | Export-Clixml -Path image.xml
        $back = Import-Clixml -Path image.xml
        $image | Export-CppnImage -Path before.png
        $back | Export-CppnImage -Path after.png
        (Get-PngHeader after.png).ColourType | Should -Be 4
        (Get-FileHash after.png).Hash | Should -Be (Get-FileHash before.png).Hash
    }

    It 'Symmetry holds pixel for pixel through the cmdlet, and -Supersample 1 equals the plain render' {
        $network = New-CppnNetwork -Seed 9 -Radius
        $mirror = $network | Invoke-CppnRender -Width 21 -Height 13 -Symmetry MirrorX -Rotate 20
        for ($r = 0; $r -lt 13; $r++) {
            for ($c = 0; $c -lt 21; $c++) {
                $mirror.GetSample($r, $c, 1) | Should -Be $mirror.GetSample($r, 20 - $c, 1)
            }
        }
        ($network | Invoke-CppnRender -Size 16 -Supersample 1).ToArray() | Should -Be ($network | Invoke-CppnRender -Size 16).ToArray()
    }

    It 'Refuses <What> with <ErrorId>' -ForEach @(
        @{ What = 'an unknown palette'; ErrorId = 'UnknownPalette'; Arguments = @{ Palette = 'rainbow' } }
        @{ What = 'a palette of one colour'; ErrorId = 'InvalidPalette'; Arguments = @{ Palette = '#ff0000' } }
        @{ What = 'a malformed hex colour'; ErrorId = 'InvalidPalette'; Arguments = @{ Palette = '#ff0000', 'orange1' } }
        @{ What = 'a palette with another mode'; ErrorId = 'InvalidRenderOptions'; Arguments = @{ ColourMode = 'Hsv'; Palette = 'magma' } }
        @{ What = 'Radial symmetry without -Folds'; ErrorId = 'InvalidRenderOptions'; Arguments = @{ Symmetry = 'Radial' } }
        @{ What = '-Folds without Radial symmetry'; ErrorId = 'InvalidRenderOptions'; Arguments = @{ Folds = 3 } }
    ) {
        { New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 | Invoke-CppnRender -Size 8 @Arguments -ErrorAction Stop } |
            Should -Throw -ErrorId "$ErrorId,*"
    }

    It 'Refuses a mode that needs more outputs than the network has (ColourOutputsMismatch)' {
        $grey = New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 -ColourMode Grey
        { $grey | Invoke-CppnRender -Size 8 -ColourMode Hsv -ErrorAction Stop } | Should -Throw -ErrorId 'ColourOutputsMismatch,*'
        { $grey | Invoke-CppnRender -Size 8 -Defer -Alpha -ErrorAction Stop } | Should -Throw -ErrorId 'ColourOutputsMismatch,*'
    }

    It 'Refuses unknown mode and symmetry names through parameter binding' {
        { New-CppnNetwork -ColourMode Sepia } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,*'
        { New-CppnNetwork -Seed 1 | Invoke-CppnRender -Symmetry Spiral } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,*'
        { New-CppnNetwork -Seed 1 | Invoke-CppnRender -Supersample 5 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'Completes <Line>' -ForEach @(
        @{ Line = 'Invoke-CppnRender -Palette vi'; Expected = @('viridis') }
        @{ Line = 'New-CppnNetwork -Palette ma'; Expected = @('magma') }
        @{ Line = 'Invoke-CppnRender -ColourMode Hs'; Expected = @('Hsl', 'Hsv') }
        @{ Line = 'Invoke-CppnRender -Symmetry Mirror'; Expected = @('MirrorX', 'MirrorXY', 'MirrorY') }
    ) {
        @(Get-Completion $Line | Sort-Object) | Should -Be $Expected
    }
}

Describe 'The colour gallery' {
    It 'Proves its points with Measure-CppnImage, and docs/gallery/colour shows every picture it makes' {
        $folder = New-TestFolder 'colour-gallery'
        $script = Join-Path $PSScriptRoot '../../examples/colour/ColourGallery.ps1'
        $pictures = @(& $script -Size 24 -OutputFolder $folder)
        $pictures.Count | Should -BeGreaterOrEqual 16
        foreach ($picture in $pictures) {
            Join-Path $folder $picture.File | Should -Exist
            if ($picture.Command -match 'ColourMode Grey') { $picture.Greyness | Should -Be 1 }
            if ($picture.Command -match '-Palette') { $picture.OffPalette | Should -Be 0 }
            else { $picture.OffPalette | Should -BeNullOrEmpty }
        }
        $readme = Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../docs/gallery/colour/README.md') -Raw
        foreach ($picture in $pictures) {
            $readme | Should -BeLike "*]($($picture.File))*"
            Join-Path $PSScriptRoot "../../docs/gallery/colour/$($picture.File)" | Should -Exist
        }
    }
}
