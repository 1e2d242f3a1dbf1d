<#
    Zoom, way 1: render E3's network four times larger and keep the centre quarter. The crop is the same picture
    as -Zoom 0.25 (way 2), because the coordinates are normalised to the image size.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

$big = New-CppnNetwork -Init Uniform -Scale 100 -Seed 3 | Invoke-CppnRender -Size (4 * $Size)
$samples = $big.ToArray()
$crop = [float[]]::new($Size * $Size * 3)
$offset = [int](1.5 * $Size)
for ($row = 0; $row -lt $Size; $row++) {
    [Array]::Copy($samples, (($offset + $row) * $big.Width + $offset) * 3, $crop, $row * $Size * 3, $Size * 3)
}
# The crop's own settings: the zoom that renders exactly this view.
$options = [CppnPS.Core.Coordinates.RenderOptions]@{ Width = $Size; Height = $Size; Zoom = 0.25 }
[CppnPS.Core.Rendering.CppnImage]::new($Size, $Size, $crop, $big.Network, $options) |
    Export-CppnImage -Path (Join-Path $OutputFolder 'z1-larger-and-crop.png') -Force -PassThru
