<#
    Keyframes: a morph through three networks and back to the first.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

1, 2, 3 | ForEach-Object { New-CppnNetwork -Seed $_ } | New-CppnAnimation -Kind Keyframes -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a10-keyframes.gif') -FrameRate 12 -Force -PassThru
