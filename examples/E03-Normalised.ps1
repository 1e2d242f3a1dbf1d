<#
    E3: the same weights with coordinates normalised to k / n - 0.5 (-0.5..0.5): colour sectors that widen towards
    the edges, with the interesting detail in the centre.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Init Uniform -Scale 100 -Seed 3 |
    Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e03-normalised.png') -Force -PassThru
