<#
    Every script in examples/ runs at a tiny size and writes its picture; the pictures behave as the article says
    (E1 is flat, the three zooms show the same view), and the README's gallery shows every picture the scripts write.
#>

BeforeDiscovery {
    $script:ExampleScripts = @(Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot '../../examples') -Filter '*.ps1' -File |
            Sort-Object Name | ForEach-Object { @{ Name = $_.Name; FullName = $_.FullName } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
    function Read-Example([string] $Name) { [CppnPSTests.PngFile]::Read((Join-Path $ExampleOutput $Name)) }
}

Describe 'The example scripts' {
    BeforeAll {
        # Run once, here, so the pictures stay in this block's test drive for every check below.
        $script:ExampleOutput = New-TestFolder 'examples'
        $script:Results = @{}
        foreach ($example in Get-ChildItem -LiteralPath (Join-Path $RepoRoot 'examples') -Filter '*.ps1' -File) {
            try {
                $ErrorActionPreference = 'Stop'
                $Results[$example.Name] = @{ Written = @(& $example.FullName -Size 16 -OutputFolder $ExampleOutput); Error = $null }
            }
            catch {
                $Results[$example.Name] = @{ Written = @(); Error = $_ }
            }
        }
    }

    It '<Name> writes its picture at a tiny size without an error' -ForEach $ExampleScripts {
        $result = $Results[$Name]
        $result.Error | Should -BeNullOrEmpty
        $result.Written.Count | Should -Be 1
        $result.Written[0] | Should -BeOfType [System.IO.FileInfo]
        $png = [CppnPSTests.PngFile]::Read($result.Written[0].FullName)
        $png.Width | Should -BeGreaterOrEqual 16
    }

    It 'E1 is one flat grey' {
        $pixels = (Read-Example 'e01-grey-square.png').Pixels
        ($pixels | Measure-Object -Minimum -Maximum) | ForEach-Object { $_.Maximum - $_.Minimum } | Should -BeLessOrEqual 1
        $pixels[0] | Should -BeIn 127, 128
    }

    It 'E2 is primary colours only: every channel is 0 or 255 almost everywhere' {
        $pixels = (Read-Example 'e02-raw-pixels.png').Pixels
        $extreme = @($pixels | Where-Object { $_ -le 2 -or $_ -ge 253 }).Count
        $extreme / $pixels.Count | Should -BeGreaterThan 0.95
    }

    It 'Z1 (render larger, crop), Z2 (scale inputs) and Z3 (shrink first-layer weights) show the same view' {
        $z1 = (Read-Example 'z1-larger-and-crop.png').Pixels
        $z2 = (Read-Example 'z2-scale-inputs.png').Pixels
        $z3 = (Read-Example 'z3-shrink-weights.png').Pixels
        $differ12 = 0; $differ23 = 0
        for ($i = 0; $i -lt $z2.Length; $i++) {
            if ([Math]::Abs([int]$z1[$i] - [int]$z2[$i]) -gt 1) { $differ12++ }
            if ([Math]::Abs([int]$z3[$i] - [int]$z2[$i]) -gt 1) { $differ23++ }
        }
        # Coordinates rounded to float differ in the last bit between the ways; with weights of
        # +-100 that can flip a pixel on a sharp edge, so allow a few.
        $differ12 / $z2.Length | Should -BeLessThan 0.02
        $differ23 / $z2.Length | Should -BeLessThan 0.02
    }

    It 'E7-E10 is one montage of four pictures, with their settings beside it' {
        $png = Read-Example 'e07-e10-depth-vs-width.png'
        $png.Width | Should -BeGreaterThan (4 * 16)
        $lines = @(Get-Content -LiteralPath (Join-Path $ExampleOutput 'e07-e10-depth-vs-width.txt'))
        $lines.Count | Should -Be 4
        $lines[2] | Should -BeLike '*2->16x17->3*'
        $lines[3] | Should -BeLike '*2->32x9->3*'
    }
}

Describe 'The README gallery' {
    It 'Shows every picture the examples write, from docs/gallery' {
        $readme = Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Raw
        $names = Get-ChildItem -LiteralPath (Join-Path $RepoRoot 'examples') -Filter '*.ps1' -File |
            ForEach-Object { [regex]::Match((Get-Content -LiteralPath $_.FullName -Raw), "'([a-z0-9-]+\.png)'").Groups[1].Value }
        @($names | Where-Object { $_ }).Count | Should -Be @(Get-ChildItem -LiteralPath (Join-Path $RepoRoot 'examples') -Filter '*.ps1').Count
        foreach ($png in $names | ForEach-Object { [pscustomobject]@{ Name = $_ } }) {
            $readme | Should -BeLike "*docs/gallery/$($png.Name)*" -Because "the README gallery should show $($png.Name)"
            Test-Path -LiteralPath (Join-Path $RepoRoot "docs/gallery/$($png.Name)") | Should -BeTrue -Because 'build.ps1 -Task Gallery writes it'
        }
    }
}
