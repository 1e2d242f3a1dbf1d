<#
    E1: PyTorch's default initialisation, U(-1/sqrt(fan_in), 1/sqrt(fan_in)), on the article's 8 x 16 tanh
    network: every weighted sum collapses towards 0, tanh(0) = 0, sigmoid(0) = 0.5, so the picture is one flat grey.
    Invoke-CppnRender warns about it; the warning is silenced here because grey is the point.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

New-CppnNetwork -Init TorchDefault -Seed 1 |
    Invoke-CppnRender -Size $Size -WarningAction SilentlyContinue |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e01-grey-square.png') -Force -PassThru
