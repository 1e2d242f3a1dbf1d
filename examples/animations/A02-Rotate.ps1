<#
    Rotate: one full turn, a seamless loop.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

New-CppnNetwork -Seed 11 | New-CppnAnimation -Turns 1 -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a02-rotate.gif') -FrameRate 12 -Force -PassThru
