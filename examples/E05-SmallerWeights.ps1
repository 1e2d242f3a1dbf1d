<#
    E5: instead of zooming, smaller weights, U(-3, 3): a finer, more intricate pattern.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Init Uniform -Scale 3 -Seed 3 |
    Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e05-smaller-weights.png') -Force -PassThru
