<#
    Latent loop: a circle in latent space, a seamless loop.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

New-CppnNetwork -Seed 4 -LatentSize 2 | New-CppnAnimation -Kind LatentLoop -LatentFrom 1, 0 -LatentTo 0, 1 -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a09-latent-loop.gif') -FrameRate 12 -Force -PassThru
