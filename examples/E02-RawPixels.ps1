<#
    E2: weights U(-100, 100) fed with raw pixel coordinates 0..127, as on the article's 128 x 128 image: colourful but
    simple, primary colours in bands that grow towards the bottom right. -Zoom (128 / Size) keeps the coordinates 0..127
    at any size.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Init Uniform -Scale 100 -Seed 3 |
    Invoke-CppnRender -Size $Size -CoordinateMode Pixel -Zoom (128 / $Size) |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e02-raw-pixels.png') -Force -PassThru
