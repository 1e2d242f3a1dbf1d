<#
    Zoom, way 2: multiply the inputs by 0.25 (-Zoom). No crop needed.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Init Uniform -Scale 100 -Seed 3 |
    Invoke-CppnRender -Size $Size -Zoom 0.25 |
    Export-CppnImage -Path (Join-Path $OutputFolder 'z2-scale-inputs.png') -Force -PassThru
