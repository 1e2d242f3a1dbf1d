<#
    E10: eight hidden layers of 32 instead of sixteen of 16 (about the same number of weights): smoother than E9.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Hidden 8 -Width 32 -Seed 7 |
    Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e10-hidden-8x32.png') -Force -PassThru
