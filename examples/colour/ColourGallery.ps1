<#
    The colour and framing gallery: one picture per colour mode, palette and framing option, each made by the one-liner
    shown beside it, plus README.md, the table of pictures, one-liners and what Measure-CppnImage proves about each
    (a grey picture has greyness 1; a palette picture uses only the palette's colours: OffPalette 0).
    Run with the CppnPS module imported:
        ./examples/colour/ColourGallery.ps1 -OutputFolder docs/gallery/colour
    Outputs one object per picture: its file, one-liner, greyness and off-palette share.
#>
param([ValidateRange(8, 4096)][int] $Size = 192, [string] $OutputFolder = '.')

$ErrorActionPreference = 'Stop'
$pictures = @(
    @{ File = 'c01-grey.png'; Title = 'Grey: one output'; Command = 'New-CppnNetwork -Seed 7 -Radius -ColourMode Grey | Invoke-CppnRender -Zoom 2' }
    @{ File = 'c02-grey-inverse.png'; Title = 'Grey, inverted'; Command = 'New-CppnNetwork -Seed 7 -Radius -ColourMode Grey -Invert | Invoke-CppnRender -Zoom 2' }
    @{ File = 'c03-hsv.png'; Title = 'HSV: outputs read as hue (wrapped), saturation, value'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -ColourMode Hsv' }
    @{ File = 'c04-hsl.png'; Title = 'HSL: hue, saturation, lightness'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -ColourMode Hsl' }
    @{ File = 'c05-viridis.png'; Title = 'Palette: viridis'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -Palette viridis' }
    @{ File = 'c06-magma.png'; Title = 'Palette: magma'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -Palette magma' }
    @{ File = 'c07-gradient.png'; Title = 'Palette: a gradient of hex colours'; Command = "New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -Palette '#0b1d51,#ff7e5f,#feb47b,#ffffff'" }
    @{ File = 'c08-cmyk.png'; Title = 'CMYK: four outputs as ink'; Command = 'New-CppnNetwork -Seed 7 -Radius -ColourMode Cmyk | Invoke-CppnRender -Zoom 2' }
    @{ File = 'c09-invert.png'; Title = 'RGB, inverted'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -Invert' }
    @{ File = 'c10-alpha.png'; Title = 'An alpha channel: an RGBA PNG'; Command = 'New-CppnNetwork -Seed 7 -Radius -Alpha | Invoke-CppnRender -Zoom 2' }
    @{ File = 'c11-shared-neuron.png'; Title = 'A shared additive neuron: coherent colour'; Command = 'New-CppnNetwork -Seed 7 -Radius -SharedNeuron | Invoke-CppnRender -Zoom 2' }
    @{ File = 'f01-rotate.png'; Title = 'Rotated by 30 degrees'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -Rotate 30' }
    @{ File = 'f02-supersample.png'; Title = 'E3 with 4 x 4 supersampling: smooth edges'; Command = 'New-CppnNetwork -Init Uniform -Scale 100 -Seed 3 | Invoke-CppnRender -Supersample 4' }
    @{ File = 'f03-mirror-x.png'; Title = 'Mirrored in x'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -Symmetry MirrorX' }
    @{ File = 'f04-mirror-xy.png'; Title = 'Mirrored in x and y'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 2 -Symmetry MirrorXY' }
    @{ File = 'f05-radial-6.png'; Title = 'Six-fold radial symmetry'; Command = 'New-CppnNetwork -Seed 7 -Radius | Invoke-CppnRender -Zoom 3 -Symmetry Radial -Folds 6 -Supersample 2' }
)

$table = [System.Collections.Generic.List[string]]::new()
$table.Add('# Colour and framing gallery')
$table.Add('')
$table.Add(('Made by `examples/colour/ColourGallery.ps1` at {0} x {0}; each picture comes from the one-liner beside it ' -f $Size) +
    '(with `-Size` added). Greyness and OffPalette are what Measure-CppnImage reports for the picture.')
$table.Add('')
$table.Add('| picture | one-liner | Measure-CppnImage |')
$table.Add('|---|---|---|')
foreach ($picture in $pictures) {
    $image = & ([scriptblock]::Create($picture.Command + " -Size $Size"))
    $image | Export-CppnImage -Path (Join-Path $OutputFolder $picture.File) -Force
    $measure = $image | Measure-CppnImage
    $proof = 'greyness {0}' -f $measure.Greyness.ToString('0.###', [System.Globalization.CultureInfo]::InvariantCulture)
    if ($null -ne $measure.OffPalette) { $proof += ', OffPalette {0}' -f $measure.OffPalette.ToString([System.Globalization.CultureInfo]::InvariantCulture) }
    $table.Add(('| ![{0}]({1}) | **{0}**<br>`{2}` | {3} |' -f $picture.Title, $picture.File, $picture.Command.Replace('|', '\|'), $proof))
    [pscustomobject]@{ File = $picture.File; Command = $picture.Command; Greyness = $measure.Greyness; OffPalette = $measure.OffPalette }
}
[System.IO.File]::WriteAllText((Join-Path (Resolve-Path -LiteralPath $OutputFolder).ProviderPath 'README.md'), ($table -join "`n") + "`n")
