<#
    Sweep: the first layer's weights scaled from 0 to 2, like CPPN-X's scan.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

New-CppnNetwork -Seed 6 | New-CppnAnimation -SweepLayer 0 -SweepRange 0, 2 -PingPong -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a11-sweep.gif') -FrameRate 12 -Force -PassThru
