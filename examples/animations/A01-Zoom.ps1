<#
    Zoom: from zoom 1 to 0.2, the repository's default.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

New-CppnNetwork -Seed 7 | New-CppnAnimation -Zoom 1, 0.2 -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a01-zoom.gif') -FrameRate 12 -Force -PassThru
