BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
}

# The inputs computed from the coordinates: d, the angle, the bias input and Fourier features.
Describe 'New-CppnNetwork inputs' {
    BeforeEach {
        $script:folder = New-TestFolder 'inputs'
        Push-Location -LiteralPath $folder
    }

    AfterEach { Pop-Location }

    It 'Adds d, sin and cos theta, bias and the Fourier sines then cosines, in that order' {
        $network = New-CppnNetwork -Seed 4 -Hidden 1 -Width 8 -Radius -Distance -Angle SinCos -BiasInput -FourierFeatures 3 -FourierSigma 2 -LatentSize 1
        $network.Inputs[0..6] | Should -Be 'row', 'col', 'r', 'd', 'sin_theta', 'cos_theta', 'bias'
        $network.Inputs[7..9] | Should -Match '^sin2pi:-?[0-9.E+-]+:-?[0-9.E+-]+$'
        $network.Inputs[10..12] | Should -Be ($network.Inputs[7..9] -replace '^sin2pi:', 'cos2pi:')
        $network.Inputs[13] | Should -Be 'z1'
        $network.Layers[0].InputCount | Should -Be 14
        (New-CppnNetwork -Seed 4 -Angle Theta).Inputs | Should -Be 'row', 'col', 'theta'
    }

    It 'Draws the same frequencies for the same seed, and others for another' {
        $a = (New-CppnNetwork -Seed 9 -FourierFeatures 4).Inputs
        (New-CppnNetwork -Seed 9 -FourierFeatures 4).Inputs | Should -Be $a
        (New-CppnNetwork -Seed 10 -FourierFeatures 4).Inputs | Should -Not -Be $a
    }

    It 'Keeps the inputs, and the picture, through a genome file' {
        $network = New-CppnNetwork -Seed 6 -Hidden 2 -Width 8 -Distance -Angle Theta -BiasInput -FourierFeatures 5 -FourierSigma 0.7
        $network | Export-CppnNetwork 'inputs.json'
        $back = Import-CppnNetwork 'inputs.json'
        $back.Inputs | Should -Be $network.Inputs
        ($back | Invoke-CppnRender -Size 24).ToArray() | Should -Be ($network | Invoke-CppnRender -Size 24).ToArray()
    }

    It 'Leaves a network without the new inputs as it was' {
        (New-CppnNetwork -Seed 3 -Radius -LatentSize 2).Inputs | Should -Be 'row', 'col', 'r', 'z1', 'z2'
    }

    It 'Refuses <Case> with InvalidFourierFeatures' -ForEach @(
        @{ Case = 'a feature count of 0'; Script = { New-CppnNetwork -FourierFeatures 0 } }
        @{ Case = 'a negative feature count'; Script = { New-CppnNetwork -FourierFeatures -2 } }
        @{ Case = 'a sigma without features'; Script = { New-CppnNetwork -FourierSigma 2 } }
        @{ Case = 'a sigma of 0'; Script = { New-CppnNetwork -FourierFeatures 4 -FourierSigma 0 } }
        @{ Case = 'a negative sigma'; Script = { New-CppnNetwork -FourierFeatures 4 -FourierSigma -1 } }
        @{ Case = 'a NaN sigma'; Script = { New-CppnNetwork -FourierFeatures 4 -FourierSigma ([double]::NaN) } }
    ) {
        $err = { & $Script } | Should -Throw -ErrorId 'InvalidFourierFeatures,*' -PassThru
        $err.Exception.Message | Should -Match 'Fourier'
    }

    It 'Completes the -Angle values' {
        $line = 'New-CppnNetwork -Angle '
        @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText) | Sort-Object | Should -Be 'None', 'SinCos', 'Theta'
    }
}

# SIREN, variance scaling, the output layer's scale and biases N(0, s^2).
Describe 'New-CppnNetwork initialisation' {
    It 'Draws a SIREN whose first layer lies within w0 / fan_in' {
        $network = New-CppnNetwork -Seed 2 -Hidden 1 -Width 64 -Init Siren -SirenOmega 12 -Activation sin
        $first = @($network.Layers[0].GetWeights() | ForEach-Object { $_ })
        ($first | Measure-Object -Maximum).Maximum | Should -BeLessOrEqual 6
        ($first | ForEach-Object { [Math]::Abs($_) } | Measure-Object -Maximum).Maximum | Should -BeGreaterThan 3
        $network.Provenance.Init | Should -Be 'Siren'
        $network.Provenance.Scale | Should -BeNullOrEmpty -Because 'SIREN has no scale'
    }

    It 'Gives the same weights for the same seed with variance scaling' {
        $a = New-CppnNetwork -Seed 8 -Init VarianceScaling -FanMode FanAvg -Distribution Uniform -OutputScale 0.5 -BiasInit Normal -BiasScale 0.2
        $b = New-CppnNetwork -Seed 8 -Init VarianceScaling -FanMode FanAvg -Distribution Uniform -OutputScale 0.5 -BiasInit Normal -BiasScale 0.2
        @($a.Layers[-1].GetWeights() | ForEach-Object { $_ }) | Should -Be @($b.Layers[-1].GetWeights() | ForEach-Object { $_ })
        $a.Layers[0].Bias | Should -Be $b.Layers[0].Bias
    }

    It 'Refuses <Case> with InvalidInitOptions' -ForEach @(
        @{ Case = 'a fan mode without variance scaling'; Script = { New-CppnNetwork -FanMode FanOut } }
        @{ Case = 'a distribution without variance scaling'; Script = { New-CppnNetwork -Init Normal -Distribution Uniform } }
        @{ Case = 'w0 without SIREN'; Script = { New-CppnNetwork -SirenOmega 10 } }
        @{ Case = 'a w0 of 0'; Script = { New-CppnNetwork -Init Siren -SirenOmega 0 } }
        @{ Case = 'a bias scale without normal biases'; Script = { New-CppnNetwork -BiasScale 2 } }
        @{ Case = 'a negative bias scale'; Script = { New-CppnNetwork -BiasInit Normal -BiasScale -1 } }
        @{ Case = 'an output scale with SIREN'; Script = { New-CppnNetwork -Init Siren -OutputScale 2 } }
        @{ Case = 'a negative output scale'; Script = { New-CppnNetwork -OutputScale -1 } }
        @{ Case = 'variance scaling with scale 0'; Script = { New-CppnNetwork -Init VarianceScaling -Scale 0 } }
    ) {
        $err = { & $Script } | Should -Throw -ErrorId 'InvalidInitOptions,*' -PassThru
        $err.Exception.Message | Should -Not -BeNullOrEmpty
    }

    It 'Completes the -Init, -FanMode and -Distribution values' {
        foreach ($case in @(@{ Line = 'New-CppnNetwork -Init '; Expected = 'Normal', 'Siren', 'TorchDefault', 'Uniform', 'VarianceScaling' }
                @{ Line = 'New-CppnNetwork -FanMode '; Expected = 'FanAvg', 'FanIn', 'FanOut' }
                @{ Line = 'New-CppnNetwork -Distribution '; Expected = 'Normal', 'TruncatedNormal', 'Uniform' })) {
            @((TabExpansion2 -inputScript $case.Line -cursorColumn $case.Line.Length).CompletionMatches.CompletionText) | Sort-Object |
                Should -Be $case.Expected
        }
    }
}
