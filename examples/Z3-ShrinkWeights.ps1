<#
    Zoom, way 3: shrink the first layer's weights to a quarter (its bias unchanged). W (0.25 x) = (0.25 W) x, so this is
    the same picture as -Zoom 0.25. (The article's own third way, smaller weights in every layer, is E5: it changes the
    picture too, not only the view.)
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

$network = New-CppnNetwork -Init Uniform -Scale 100 -Seed 3
$network | Set-CppnWeights -Layer 0 -Weight $network.Layers[0].Multiply(0.25).GetWeights()
$network | Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'z3-shrink-weights.png') -Force -PassThru
