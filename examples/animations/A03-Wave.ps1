<#
    Wave: amplitude 0.1, frequency 2, a seamless loop.
    Run with the CppnPS module imported. Writes one GIF into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 96, [ValidateRange(2, 1000)][int] $Frames = 24, [string] $OutputFolder = '.')

New-CppnNetwork -Seed 5 | New-CppnAnimation -Kind Wave -Frames $Frames |
    Invoke-CppnRender -Size $Size |
    Export-CppnAnimation -Path (Join-Path $OutputFolder 'a03-wave.gif') -FrameRate 12 -Force -PassThru
