BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
}

Describe 'Export-CppnNetwork and Import-CppnNetwork' {
    BeforeEach {
        $script:folder = New-TestFolder 'genomes'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
    }

    It 'Round-trips a network so it renders identical bytes' {
        $original = New-CppnNetwork -Seed 21 -Hidden 3 -Width 12 -Activation sin -Radius
        $original | Export-CppnNetwork 'net.json'
        $imported = Import-CppnNetwork 'net.json'

        $imported | Should -BeOfType 'CppnPS.Core.Model.CppnNetwork'
        $imported.Architecture | Should -Be $original.Architecture
        $imported.ActivationSummary | Should -Be $original.ActivationSummary
        @($imported.Inputs) | Should -Be @($original.Inputs)

        $a = $original | Invoke-CppnRender -Size 48
        $b = $imported | Invoke-CppnRender -Size 48
        Test-SameSamples $a $b | Should -BeTrue
        $a | Export-CppnImage 'a.png'
        $b | Export-CppnImage 'b.png'
        (Read-TestPng 'a.png').PixelHash() | Should -Be (Read-TestPng 'b.png').PixelHash()
    }

    It 'Round-trips every weight of a changed network, not just its seed' {
        $changed = New-CppnNetwork -Seed 4 -Hidden 2 -Width 8 -Bias All
        $changed | Set-CppnWeights -Factor 0.37 -Layer 1
        $changed | Set-CppnWeights -Layer 0 -Activation gaussian
        $changed | Export-CppnNetwork 'changed.json'
        $imported = Import-CppnNetwork 'changed.json'
        Test-SameSamples ($changed | Invoke-CppnRender -Size 32) ($imported | Invoke-CppnRender -Size 32) | Should -BeTrue
        Test-SameSamples ((New-CppnNetwork -Seed 4 -Hidden 2 -Width 8 -Bias All) | Invoke-CppnRender -Size 32) ($imported | Invoke-CppnRender -Size 32) |
            Should -BeFalse
    }

    It 'Round-trips through the PyTorch-layout weights format (-Format WeightsV1)' {
        $original = New-CppnNetwork -Seed 9 -Hidden 2 -Width 8
        $original | Export-CppnNetwork 'weights.json' -Format WeightsV1
        $imported = Import-CppnNetwork 'weights.json'
        $imported.Architecture | Should -Be $original.Architecture
        Test-SameSamples ($original | Invoke-CppnRender -Size 32) ($imported | Invoke-CppnRender -Size 32) | Should -BeTrue
    }

    It 'Writes the same genome bytes for the same seed' {
        New-CppnNetwork -Seed 30 -Hidden 2 -Width 8 | Export-CppnNetwork 'one.json'
        New-CppnNetwork -Seed 30 -Hidden 2 -Width 8 | Export-CppnNetwork 'two.json'
        Get-TestFileHash 'one.json' | Should -Be (Get-TestFileHash 'two.json')
    }

    It 'Reads back a PNG written by Export-CppnImage as a network that renders the same picture' {
        $original = New-CppnNetwork -Seed 17 -Hidden 4 -Width 8
        $rendered = $original | Invoke-CppnRender -Size 40
        $rendered | Export-CppnImage 'art.png'
        $fromPng = Import-CppnNetwork 'art.png'
        $fromPng | Should -BeOfType 'CppnPS.Core.Model.CppnNetwork'
        $again = $fromPng | Invoke-CppnRender -Size 40
        Test-SameSamples $rendered $again | Should -BeTrue
        $again | Export-CppnImage 'again.png'
        (Read-TestPng 'again.png').PixelHash() | Should -Be (Read-TestPng 'art.png').PixelHash()
    }

    It 'Brings back the view a PNG was rendered with, so a thumbnail renders again larger with one pipeline' {
        $network = New-CppnNetwork -Seed 23 -Hidden 3 -Width 8 -LatentSize 1
        $thumbnail = $network | Invoke-CppnRender -Size 24 -Zoom 2.5 -Center 0.25, -0.5 -CoordinateMode AspectCorrect -Latent 0.75
        $thumbnail | Export-CppnImage 'thumb.png'
        $imported = Import-CppnNetwork 'thumb.png'
        $imported.Zoom | Should -Be 2.5
        $imported.Center | Should -Be @(0.25, -0.5)
        $imported.CoordinateMode | Should -Be 'AspectCorrect'
        $poster = $imported | Invoke-CppnRender -Size 48
        $expected = $network | Invoke-CppnRender -Size 48 -Zoom 2.5 -Center 0.25, -0.5 -CoordinateMode AspectCorrect -Latent 0.75
        Test-SameSamples $expected $poster | Should -BeTrue
        $plain = $network | Invoke-CppnRender -Size 48
        Test-SameSamples $plain $poster | Should -BeFalse -Because 'the view must really have been applied'
    }

    It 'Refuses a PNG that carries no network (NoGenomeInImage)' {
        # A valid 1 x 1 RGB PNG with no text chunk.
        $bytes = [Convert]::FromBase64String('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNocFAAAAIkAOGrWWInAAAAAElFTkSuQmCC')
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'plain.png'), $bytes)
        (Read-TestPng 'plain.png').Width | Should -Be 1
        { Import-CppnNetwork 'plain.png' -ErrorAction Stop } | Should -Throw -ErrorId 'NoGenomeInImage,*'
    }

    It '-LiteralPath reads and writes names with [brackets]' {
        $original = New-CppnNetwork -Seed 2 -Hidden 1 -Width 4
        $original | Export-CppnNetwork -LiteralPath 'net[1].json'
        Test-Path -LiteralPath (Join-Path $folder 'net[1].json') | Should -BeTrue
        $imported = Import-CppnNetwork -LiteralPath 'net[1].json'
        Test-SameSamples ($original | Invoke-CppnRender -Size 16) ($imported | Invoke-CppnRender -Size 16) | Should -BeTrue

        $original | Invoke-CppnRender -Size 16 | Export-CppnImage -LiteralPath 'art[1].png'
        (Import-CppnNetwork -LiteralPath 'art[1].png').Architecture | Should -Be $original.Architecture
    }

    It '-Path expands wildcards, one network per file' {
        foreach ($seed in 1..3) { New-CppnNetwork -Seed $seed -Hidden 1 -Width 4 | Export-CppnNetwork "batch$seed.json" }
        $networks = Import-CppnNetwork 'batch*.json'
        @($networks).Count | Should -Be 3
        @($networks | ForEach-Object Architecture | Select-Object -Unique) | Should -Be @('2->4x2->3')
    }

    It 'Export-CppnNetwork honours -WhatIf, refuses to overwrite without -Force, and -PassThru gives FileInfo' {
        $network = New-CppnNetwork -Seed 5 -Hidden 1 -Width 4
        $network | Export-CppnNetwork 'w.json' -WhatIf
        Test-Path -LiteralPath (Join-Path $folder 'w.json') | Should -BeFalse

        [System.IO.File]::WriteAllText((Join-Path $folder 'w.json'), 'old')
        { $network | Export-CppnNetwork 'w.json' -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists,*'
        [System.IO.File]::ReadAllText((Join-Path $folder 'w.json')) | Should -Be 'old'

        $file = $network | Export-CppnNetwork 'w.json' -Force -PassThru
        $file | Should -BeOfType System.IO.FileInfo
        $file.FullName | Should -Be (Join-Path $folder 'w.json')
        (Import-CppnNetwork 'w.json').Architecture | Should -Be '2->4x2->3'
    }
}

Describe 'Culture independence' {
    BeforeAll {
        $script:savedCulture = [System.Globalization.CultureInfo]::CurrentCulture
    }

    AfterEach {
        [System.Globalization.CultureInfo]::CurrentCulture = $savedCulture
    }

    It 'Writes the same genome and renders the same samples under de-DE as under the invariant culture' {
        $folder = New-TestFolder 'culture'
        $network = New-CppnNetwork -Seed 6 -Hidden 2 -Width 8 -Scale 0.75
        [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::InvariantCulture
        $network | Export-CppnNetwork -LiteralPath (Join-Path $folder 'invariant.json')
        $invariant = $network | Invoke-CppnRender -Size 24 -Zoom 1.5 -Center 0.25, -0.125

        [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::GetCultureInfo('de-DE')
        $network | Export-CppnNetwork -LiteralPath (Join-Path $folder 'german.json')
        $german = $network | Invoke-CppnRender -Size 24 -Zoom 1.5 -Center 0.25, -0.125
        $reimported = Import-CppnNetwork -LiteralPath (Join-Path $folder 'invariant.json')

        Get-TestFileHash (Join-Path $folder 'german.json') | Should -Be (Get-TestFileHash (Join-Path $folder 'invariant.json'))
        Test-SameSamples $invariant $german | Should -BeTrue
        Test-SameSamples $invariant ($reimported | Invoke-CppnRender -Size 24 -Zoom 1.5 -Center 0.25, -0.125) | Should -BeTrue
        "$network" | Should -Match '2->8x3->3'
    }
}

Describe 'PowerShell serialisation' {
    It 'A network survives Export-Clixml / Import-Clixml (as it would Start-Job or remoting) and renders the same picture' {
        $folder = New-TestFolder 'clixml'
        $network = New-CppnNetwork -Seed 14 -Hidden 2 -Width 8
        $network | Export-Clixml -LiteralPath (Join-Path $folder 'net.xml')
        $deserialised = Import-Clixml -LiteralPath (Join-Path $folder 'net.xml')
        $image = $deserialised | Invoke-CppnRender -Size 16 -ErrorAction Stop
        Test-SameSamples ($network | Invoke-CppnRender -Size 16) $image | Should -BeTrue
    }
}
