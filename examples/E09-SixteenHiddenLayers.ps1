<#
    E9: sixteen hidden layers of 16: more and sharper detail than eight.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Hidden 16 -Width 16 -Seed 7 |
    Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e09-hidden-16x16.png') -Force -PassThru
