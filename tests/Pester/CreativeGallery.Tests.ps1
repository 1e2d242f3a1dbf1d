# The creative gallery (examples/creative/CreativeGallery.ps1 -> docs/gallery/creative): every activation of the
# catalogue has a picture, every picture is more than one flat colour, the compared pictures differ from what they are
# compared with, and the committed README shows every picture the script makes.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')

    $script:GalleryFolder = Join-Path $PSScriptRoot '../../docs/gallery/creative'
    $folder = New-TestFolder 'creative-gallery'
    $script:Pictures = @(& (Join-Path $PSScriptRoot '../../examples/creative/CreativeGallery.ps1') -Size 24 -OutputFolder $folder)
    $script:Folder = $folder
}

Describe 'The creative gallery' {
    It 'Writes every picture it lists, none of them one flat colour' {
        $script:Pictures.Count | Should -BeGreaterThan 0
        foreach ($picture in $script:Pictures) {
            Join-Path $script:Folder $picture.File | Should -Exist
            $picture.Measure.IsFlat | Should -BeFalse -Because "$($picture.File) should show its feature, not one colour"
        }
    }

    It 'Has a picture for every activation of the catalogue, read from the networks it renders' {
        $catalogue = @([CppnPS.Core.Activations.ActivationFunctions]::Names)
        $catalogue.Count | Should -Be ([Enum]::GetValues([CppnPS.Core.Activations.Activation]).Count)
        $shown = @($script:Pictures | ForEach-Object { $_.Activations })
        foreach ($name in $catalogue) {
            $shown | Should -Contain $name -Because "the gallery should show the activation $name in a hidden layer"
        }
    }

    It 'Shows the per-neuron forms: a count list and a seeded choice, each unlike the pure tanh layer of the same seed' {
        $mixes = @($script:Pictures | Where-Object { $_.Command -match "-Activation '[^']*[:|]" })
        $mixes.Count | Should -BeGreaterOrEqual 2
        foreach ($mix in $mixes) {
            $mix.Activations.Count | Should -BeGreaterThan 1 -Because "$($mix.File) mixes activations within a layer"
            $mix.Compare | Should -Not -BeNullOrEmpty
            $mix.Measure.MeanGradient | Should -Not -Be $mix.CompareMeasure.MeanGradient
        }
    }

    It 'Measures each compared picture against one rendered earlier, and the feature changes the picture' {
        $compared = @($script:Pictures | Where-Object Compare)
        $compared.Count | Should -BeGreaterThan 0
        foreach ($picture in $compared) {
            $earlier = $script:Pictures.File.IndexOf($picture.Compare)
            $earlier | Should -BeLessThan $script:Pictures.File.IndexOf($picture.File)
            $earlier | Should -BeGreaterOrEqual 0
            $picture.CompareMeasure.BitsPerPixel | Should -Be $script:Pictures[$earlier].Measure.BitsPerPixel
            @($picture.Measure.MeanGradient, $picture.Measure.Colourfulness) |
                Should -Not -Be @($picture.CompareMeasure.MeanGradient, $picture.CompareMeasure.Colourfulness)
        }
    }

    It 'Gives Fourier features finer detail with a larger sigma' {
        $fourier = @($script:Pictures | Where-Object { $_.Command -match '-FourierSigma' } |
                Sort-Object { [double]([regex]::Match($_.Command, '-FourierSigma (\S+)').Groups[1].Value) })
        $fourier.Count | Should -BeGreaterOrEqual 2
        $fourier[-1].Measure.MeanGradient | Should -BeGreaterThan $fourier[0].Measure.MeanGradient
    }

    It 'Without biases the picture is point-symmetric, colour c at p and 1 - c at -p, and the bias input breaks that' {
        # Row and col are k / n - 0.5, so the pixel mirrored through the centre of (i, j) is (n - i, n - j).
        function Get-Asymmetry([string] $Command, [int] $Size) {
            $samples = (& ([scriptblock]::Create("$Command -Size $Size"))).ToArray()
            $worst = 0.0
            for ($i = 1; $i -lt $Size; $i++) {
                for ($j = 1; $j -lt $Size; $j++) {
                    for ($c = 0; $c -lt 3; $c++) {
                        $d = [Math]::Abs($samples[($i * $Size + $j) * 3 + $c] + $samples[(($Size - $i) * $Size + $Size - $j) * 3 + $c] - 1)
                        if ($d -gt $worst) { $worst = $d }
                    }
                }
            }
            $worst
        }
        $noBias = @($script:Pictures | Where-Object { $_.Command -match '-Bias None' -and $_.Command -notmatch '-BiasInput' })
        $biasInput = @($script:Pictures | Where-Object { $_.Command -match '-Bias None' -and $_.Command -match '-BiasInput' })
        $noBias.Count | Should -Be 1
        $biasInput.Count | Should -Be 1
        Get-Asymmetry $noBias[0].Command 16 | Should -BeLessThan 1e-6
        Get-Asymmetry $biasInput[0].Command 16 | Should -BeGreaterThan 0.1
    }

    It 'docs/gallery/creative/README.md shows every picture the script makes, and the pictures are there' {
        $readme = Get-Content -LiteralPath (Join-Path $script:GalleryFolder 'README.md') -Raw
        foreach ($picture in $script:Pictures) {
            $readme.Contains("]($($picture.File))") | Should -BeTrue -Because "the README should show $($picture.File)"
            $readme.Contains('`' + $picture.Command.Replace('|', '\|') + '`') | Should -BeTrue -Because "the README should give the one-liner of $($picture.File)"
            Join-Path $script:GalleryFolder $picture.File | Should -Exist
        }
    }
}
