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

Describe 'Import-CppnNetwork decides the format from the content' {
    BeforeEach {
        $script:folder = New-TestFolder 'by-content'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
    }

    It 'Refuses a <Format> picture written by CppnPS (named <Name>) with NoGenomeInImage, saying only CppnPS PNGs carry their network' -ForEach @(
        @{ Format = 'Jpeg'; Name = 'art.jpg' }
        @{ Format = 'Bmp'; Name = 'art.bmp' }
        @{ Format = 'Jpeg'; Name = 'art.json' }
    ) {
        New-CppnNetwork -Seed 3 -Hidden 2 -Width 8 | Invoke-CppnRender -Size 16 | Export-CppnImage -LiteralPath $Name -Format $Format
        $err = { Import-CppnNetwork -LiteralPath $Name -ErrorAction Stop } | Should -Throw -ErrorId 'NoGenomeInImage,*' -PassThru
        $err.Exception.Message | Should -BeLike '*Only PNGs written by CppnPS*'
        $err.Exception.Message | Should -Not -BeLike '*not valid JSON*'
        $err.Exception.Message | Should -BeLike "*$Name*"
    }

    It 'Refuses a PNG that CppnPS did not write (NoGenomeInImage)' {
        # A 1x1 PNG from another program: no cppnps text.
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'foreign.png'), [Convert]::FromBase64String(
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='))
        $err = { Import-CppnNetwork 'foreign.png' -ErrorAction Stop } | Should -Throw -ErrorId 'NoGenomeInImage,*' -PassThru
        $err.Exception.Message | Should -BeLike '*foreign.png*Only PNGs written by CppnPS*'
    }

    It 'Reads a PNG named .json and a genome named .png' {
        $network = New-CppnNetwork -Seed 5 -Hidden 2 -Width 8
        $network | Invoke-CppnRender -Size 16 -Zoom 3 | Export-CppnImage 'picture.json' -Format Png
        $network | Export-CppnNetwork 'genome.png'
        $fromPicture = Import-CppnNetwork 'picture.json' -ErrorAction Stop
        $fromPicture.Zoom | Should -Be 3
        Test-SameSamples ($network | Invoke-CppnRender -Size 16) ($fromPicture | Invoke-CppnRender -Size 16 -Zoom 1) | Should -BeTrue
        (Import-CppnNetwork 'genome.png' -ErrorAction Stop).Architecture | Should -Be $network.Architecture
    }

    It 'Export-CppnNetwork -Format takes Genome and WeightsV1 of the shared format list, not Png' {
        $network = New-CppnNetwork -Seed 5 -Hidden 2 -Width 8
        $network | Export-CppnNetwork 'genome.json' -Format Genome
        (Import-CppnNetwork 'genome.json').Architecture | Should -Be $network.Architecture
        { $network | Export-CppnNetwork 'net.png' -Format Png -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        Test-Path -LiteralPath (Join-Path $folder 'net.png') | Should -BeFalse
    }

    It 'Names the file when a PNG is truncated (InvalidGenome)' {
        New-CppnNetwork -Seed 7 -Hidden 2 -Width 8 | Invoke-CppnRender -Size 16 | Export-CppnImage 'whole.png'
        $bytes = [System.IO.File]::ReadAllBytes((Join-Path $folder 'whole.png'))
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'cut.png'), $bytes[0..([int]($bytes.Length / 2))])
        $err = { Import-CppnNetwork 'cut.png' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidGenome,*' -PassThru
        $err.Exception.Message | Should -BeLike "$(Join-Path $folder 'cut.png'): *truncated*"
    }
}

Describe 'PNGs of wide networks' {
    BeforeAll {
        # Every text chunk of a PNG: keyword and the length of its text once unpacked, read here
        # byte by byte (not by CppnPS) the way Pillow does before its 1 MiB check.
        function Get-PngTextLength {
            param([string] $LiteralPath)
            $b = [System.IO.File]::ReadAllBytes($LiteralPath)
            $at = 8
            while ($at -lt $b.Length) {
                $length = ([int]$b[$at] -shl 24) -bor ([int]$b[$at + 1] -shl 16) -bor ([int]$b[$at + 2] -shl 8) -bor [int]$b[$at + 3]
                $type = [System.Text.Encoding]::ASCII.GetString($b, $at + 4, 4)
                $data = $at + 8
                if ($type -in 'tEXt', 'zTXt', 'iTXt') {
                    $zero = [Array]::IndexOf($b, [byte]0, $data)
                    $keyword = [System.Text.Encoding]::Latin1.GetString($b, $data, $zero - $data)
                    $text = $zero + 1
                    $compressed = $type -eq 'zTXt'
                    if ($type -eq 'zTXt') { $text++ }
                    if ($type -eq 'iTXt') {
                        $compressed = $b[$text] -eq 1
                        $text = [Array]::IndexOf($b, [byte]0, [Array]::IndexOf($b, [byte]0, $text + 2) + 1) + 1
                    }
                    $size = $data + $length - $text
                    if ($compressed) {
                        $zlib = [System.IO.Compression.ZLibStream]::new([System.IO.MemoryStream]::new($b, $text, $size), [System.IO.Compression.CompressionMode]::Decompress)
                        $unpacked = [System.IO.MemoryStream]::new()
                        $zlib.CopyTo($unpacked)
                        $size = $unpacked.Length
                    }
                    [pscustomobject]@{ Keyword = $keyword; Length = $size }
                }
                $at += 12 + $length
            }
        }
    }

    It 'Keeps every text chunk of a -Hidden <Hidden> -Width <Width> network under 1 MiB unpacked, in <Parts> chunk(s), and imports it bit for bit' -ForEach @(
        @{ Hidden = 8; Width = 128; Parts = 1 }
        @{ Hidden = 1; Width = 640; Parts = 3 }
    ) {
        $folder = New-TestFolder 'wide'
        $network = New-CppnNetwork -Seed 12 -Hidden $Hidden -Width $Width
        $network | Invoke-CppnRender -Size 8 | Export-CppnImage -LiteralPath (Join-Path $folder 'wide.png')

        $chunks = @(Get-PngTextLength (Join-Path $folder 'wide.png'))
        $chunks.Count | Should -Be $Parts
        foreach ($chunk in $chunks) { $chunk.Length | Should -BeLessThan 1MB }
        if ($Parts -eq 1) { $chunks[0].Keyword | Should -Be 'cppnps' }
        else { $chunks.Keyword | Should -Be @(1..$Parts | ForEach-Object { "cppnps $_/$Parts" }) }

        $imported = Import-CppnNetwork -LiteralPath (Join-Path $folder 'wide.png') -ErrorAction Stop
        $network | Export-CppnNetwork -LiteralPath (Join-Path $folder 'original.json')
        $imported | Export-CppnNetwork -LiteralPath (Join-Path $folder 'imported.json')
        Get-TestFileHash (Join-Path $folder 'imported.json') | Should -Be (Get-TestFileHash (Join-Path $folder 'original.json'))
    }
}
