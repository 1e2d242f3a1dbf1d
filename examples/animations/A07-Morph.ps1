<#
    Morph: every weight of seed 1 blended into seed 2 and back (ping-pong), smoothstep easing.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

New-CppnNetwork -Seed 1 | New-CppnAnimation -To (New-CppnNetwork -Seed 2) -PingPong -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a07-morph.gif') -FrameRate 12 -Force -PassThru
