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
