<#
    E13: other inputs and activations: the radius input r = sqrt(row^2 + col^2) and alternating sin and gaussian
    layers give rings and repeating, symmetric shapes.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Radius -Layers 32, 32, 32, 32 -Activation sin, gaussian, sin, tanh -Seed 7 |
    Invoke-CppnRender -Size $Size -Zoom 2 |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e13-sin-gaussian.png') -Force -PassThru
