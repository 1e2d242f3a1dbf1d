<#
    E12: a funnel, 2 -> 128 -> 64 -> 32 -> 16 -> 8 -> 4 -> 3: "looks more natural".
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Layers 128, 64, 32, 16, 8, 4 -Seed 7 |
    Invoke-CppnRender -Size $Size |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e12-funnel.png') -Force -PassThru
