<#
    E7-E10 side by side: 0, 1 and 16 hidden layers of 16, then 8 hidden layers of 32. Depth adds detail much faster than
    width does. Writes the montage and, beside it, a .txt with each picture's settings.
    Run with the CppnPS module imported. Writes one PNG (and its .txt) into -OutputFolder and outputs the PNG's FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

$shapes = @{ Hidden = 0; Width = 16 }, @{ Hidden = 1; Width = 16 }, @{ Hidden = 16; Width = 16 }, @{ Hidden = 8; Width = 32 }
$shapes | ForEach-Object { New-CppnNetwork @_ -Seed 7 | Invoke-CppnRender -Size $Size } |
    Join-CppnImage -Path (Join-Path $OutputFolder 'e07-e10-depth-vs-width.png') -Columns 4 -Gap ([Math]::Max(2, $Size / 32)) -Sidecar -Force -PassThru
