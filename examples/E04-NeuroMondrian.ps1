<#
    E4: zoom into the centre by multiplying the inputs by 0.01: the article's "neuro-Mondrian", large flat blocks.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Init Uniform -Scale 100 -Seed 3 |
    Invoke-CppnRender -Size $Size -Zoom 0.01 |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e04-neuro-mondrian.png') -Force -PassThru
