<#
    Latent walk: z1 = (-1, -1) to z2 = (1, 1), sinusoid easing, forward and back.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

New-CppnNetwork -Seed 4 -LatentSize 2 | New-CppnAnimation -LatentFrom -1, -1 -LatentTo 1, 1 -Easing Sinusoid -PingPong -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a08-latent-walk.gif') -FrameRate 12 -Force -PassThru
