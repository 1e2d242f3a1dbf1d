<#
    E11: eight hidden layers of 128: the article's "neuro-Pollock".
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Hidden 8 -Width 128 -Seed 7 |
    Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e11-neuro-pollock.png') -Force -PassThru
