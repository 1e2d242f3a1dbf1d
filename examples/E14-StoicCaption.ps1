<#
    E14: the article's last picture, captioned with a philosophical quote that a network generated. Get-CppnQuote
    samples a small character-level network trained on Marcus Aurelius and Epictetus (George Long's translations);
    Add-CppnCaption draws the caption in the shipped DejaVu Serif on a translucent band.
    Run with the CppnPS module imported. Writes one PNG into -OutputFolder and outputs its FileInfo.
#>
param([ValidateRange(8, 4096)][int] $Size = 256, [string] $OutputFolder = '.')

# Text needs room to be read: below 128 pixels the picture is drawn at 128.
$side = [Math]::Max($Size, 128)
$quote = Get-CppnQuote -Seed 3
New-CppnNetwork -Seed 7 | Invoke-CppnRender -Size $side |
    Add-CppnCaption -Text "My neural network is a stoic:`n$quote" -Font Serif -FontSize ($side / 21) |
    Export-CppnImage -Path (Join-Path $OutputFolder 'e14-stoic-caption.png') -Force -PassThru
