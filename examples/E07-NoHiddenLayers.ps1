<#
    E7: no hidden 16 -> 16 layers, only 2 -> 16 -> 3: smooth, simple shapes.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Hidden 0 -Width 16 -Seed 7 |
    Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e07-hidden-0.png') -Force -PassThru
