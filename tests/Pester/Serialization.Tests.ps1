# Networks and images show as short summaries in every view and in ConvertTo-Json: the properties
# that carry them across processes (the genome JSON, the samples in base64) are hidden members, so
# only the serializer reads them. Export-Clixml / Import-Clixml still round-trip them exactly.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    # A wide network: its genome is over a megabyte of JSON, and 256 x 256 samples are 1 MiB of base64.
    $script:network = New-CppnNetwork -Seed 4 -Hidden 8 -Width 128
    $script:image = $script:network | Invoke-CppnRender -Size 256
    $script:genomeLength = $script:network.GenomeJson.Length
    $script:samplesLength = $script:image.SamplesBase64.Length
    # 200 characters of base64 in a row: no summary has them, every carrier does.
    $script:base64Run = '[A-Za-z0-9+/]{200,}'
}

Describe 'Views and ConvertTo-Json show summaries, not the serialization carriers' {
    It 'The carriers are large (so the bounds below would catch them)' {
        $script:genomeLength | Should -BeGreaterThan 1000000
        $script:samplesLength | Should -BeGreaterThan 1000000
    }

    It '<Command> of an image is short and has no base64' -ForEach @(
        @{ Command = 'Format-List *'; Render = { param($o) $o | Format-List * | Out-String } }
        @{ Command = 'Select-Object *'; Render = { param($o) $o | Select-Object * | Out-String } }
        @{ Command = 'Format-Table *'; Render = { param($o) $o | Format-Table * | Out-String } }
        @{ Command = 'ConvertTo-Json'; Render = { param($o) $o | ConvertTo-Json -WarningAction SilentlyContinue } }
    ) {
        $text = & $Render $script:image
        $text.Length | Should -BeLessThan 100000
        $text | Should -Not -Match $script:base64Run
        $text | Should -Not -Match 'SamplesBase64|MetadataJson|GenomeJson'
    }

    It '<Command> of a network is short and has no genome JSON' -ForEach @(
        @{ Command = 'Format-List *'; Render = { param($o) $o | Format-List * | Out-String } }
        @{ Command = 'Select-Object *'; Render = { param($o) $o | Select-Object * | Out-String } }
        @{ Command = 'ConvertTo-Json'; Render = { param($o) $o | ConvertTo-Json -WarningAction SilentlyContinue } }
    ) {
        $text = & $Render $script:network
        $text.Length | Should -BeLessThan 100000
        $text | Should -Not -Match $script:base64Run
        $text | Should -Not -Match 'cppnps-genome|GenomeJson'
    }

    It 'ConvertTo-Json -Depth 5 of an image never holds the carriers' {
        # Asked for depth, the network's layers come out as structured data; the carriers never do.
        $text = $script:image | ConvertTo-Json -Depth 5 -WarningAction SilentlyContinue
        $text | Should -Not -Match $script:base64Run
        $text | Should -Not -Match 'SamplesBase64|MetadataJson|GenomeJson'
    }

    It 'ConvertTo-Json of an image is an object with its size and network summary' {
        $json = $script:image | ConvertTo-Json -WarningAction SilentlyContinue | ConvertFrom-Json
        $json.Width | Should -Be 256
        $json.Height | Should -Be 256
        $json.Network.Layers.Count | Should -Be 10
    }

    It 'Get-Member lists no carrier unless asked with -Force' {
        @(Get-Member -InputObject $script:image -Name SamplesBase64, MetadataJson) | Should -BeNullOrEmpty
        @(Get-Member -InputObject $script:network -Name GenomeJson) | Should -BeNullOrEmpty
        @(Get-Member -InputObject $script:image -Name SamplesBase64 -Force).Count | Should -Be 1
    }
}

Describe 'Export-Clixml and Import-Clixml still carry networks and images' {
    It 'An image comes back as a CppnImage that writes the same PNG bytes' {
        $folder = New-TestFolder 'clixml'
        $xml = Join-Path $folder 'image.xml'
        $script:image | Export-Clixml -LiteralPath $xml
        $back = Import-Clixml -LiteralPath $xml
        $back | Should -BeOfType ([CppnPS.Core.Rendering.CppnImage])
        $script:image | Export-CppnImage -LiteralPath (Join-Path $folder 'original.png')
        $back | Export-CppnImage -LiteralPath (Join-Path $folder 'back.png')
        Get-TestFileHash (Join-Path $folder 'back.png') | Should -Be (Get-TestFileHash (Join-Path $folder 'original.png'))
    }

    It 'A network comes back as a CppnNetwork that renders the same samples' {
        $folder = New-TestFolder 'clixml-network'
        $xml = Join-Path $folder 'network.xml'
        $script:network | Export-Clixml -LiteralPath $xml
        $back = Import-Clixml -LiteralPath $xml
        $back | Should -BeOfType ([CppnPS.Core.Model.CppnNetwork])
        Test-SameSamples ($script:network | Invoke-CppnRender -Size 32) ($back | Invoke-CppnRender -Size 32) | Should -BeTrue
    }
}
