# Show-CppnImage draws with 24-bit ANSI half blocks only where the output is a terminal, and
# otherwise writes a warning that says why, and nothing else. The tests run it in a child pwsh,
# whose output they capture: a redirected output, as a file or a pipe would be.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')

    $script:Escape = [char]0x1b
    $script:HalfBlock = [char]0x2580
    # One child run for every case: each case's output between marker lines.
    $childScript = @'
param($manifest)
$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
Import-Module $manifest
$image = New-CppnNetwork -Seed 5 | Invoke-CppnRender -Width 40 -Height 20
'#plain'
$image | Show-CppnImage 3>&1 | ForEach-Object { "$_" }
'#forced'
$image | Show-CppnImage -Width 10 -Force
'#solid'
# Every weight times zero, then the output layer's biases set: one colour everywhere, sigmoid of
# the biases, different in each channel. (Invoke-CppnRender warns about a flat picture.)
$network = New-CppnNetwork -Seed 9 | Set-CppnWeights -Factor 0 -PassThru
$network = $network | Set-CppnWeights -Layer ($network.Layers.Count - 1) -Bias 2, -1, 0.5 -PassThru
$solid = $network | Invoke-CppnRender -Size 8 -WarningAction SilentlyContinue
$solid | Show-CppnImage -Width 4 -Force
"#colour $(($solid.ToArray()[0..2] | ForEach-Object { [CppnPS.Core.Imaging.SampleLevels]::ToByte($_) }) -join ';')"
'#end'
'@
    $lines = @(Invoke-TestChildPwsh -Name 'show' -Script $childScript)
    $script:Sections = @{}
    $current = $null
    foreach ($line in $lines) {
        if ($line -like '#colour *') { $script:SolidColour = $line.Substring(8); continue }
        if ($line -match '^#(\w+)$') { $current = $Matches[1]; $script:Sections[$current] = [System.Collections.Generic.List[string]]::new(); continue }
        if ($current) { $script:Sections[$current].Add($line) }
    }
}

Describe 'Show-CppnImage' {
    It 'Draws nothing when the output is redirected, and says why in a warning' {
        $plain = @($script:Sections['plain'])
        $plain.Count | Should -Be 1
        $plain[0] | Should -BeLike '*output is redirected*-Force*'
        ($plain -join "`n").Contains([string]$script:Escape) | Should -BeFalse
        ($plain -join "`n").Contains([string]$script:HalfBlock) | Should -BeFalse
    }

    It 'With -Force and -Width 10, draws 10 columns and one text row per two pixel rows (40x20 -> 10x5 -> 3 rows)' {
        $forced = @($script:Sections['forced'])
        $forced.Count | Should -Be 3
        foreach ($line in $forced) {
            ($line.ToCharArray() | Where-Object { $_ -eq $script:HalfBlock }).Count | Should -Be 10
            $line | Should -Match "^($([regex]::Escape($script:Escape))\[[0-9;]*m|$script:HalfBlock)+$"
            $line.EndsWith("$script:Escape[0m") | Should -BeTrue
        }
    }

    It 'Gives each half block the rendered colour, as 24-bit foreground and background' {
        $solid = @($script:Sections['solid'])
        $solid.Count | Should -Be 2
        # sigmoid(2), sigmoid(-1), sigmoid(0.5) in 8 bits.
        $script:SolidColour | Should -Be '225;69;159'
        foreach ($line in $solid) {
            $line.Contains("$script:Escape[38;2;$($script:SolidColour)m") | Should -BeTrue
            $line.Contains("$script:Escape[48;2;$($script:SolidColour)m") | Should -BeTrue
            # The same colour throughout: set once per row, not once per cell.
            ([regex]::Matches($line, '\[38;2;')).Count | Should -Be 1
        }
    }

    It 'Writes nothing to the pipeline, and the image itself with -PassThru' {
        $image = New-CppnNetwork -Seed 2 | Invoke-CppnRender -Size 8
        @($image | Show-CppnImage -Width 4 -WarningAction SilentlyContinue -InformationAction SilentlyContinue 6>$null).Count | Should -Be 0
        $passed = $image | Show-CppnImage -Width 4 -PassThru -WarningAction SilentlyContinue 6>$null
        [object]::ReferenceEquals($passed, $image) | Should -BeTrue
    }
}
