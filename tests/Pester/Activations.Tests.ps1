# Activations per network, per layer and per neuron through the cmdlets: counts, a seeded choice,
# parameters, PyTorch's names in weights files, and the specific errors for bad texts.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
}

Describe 'Per-neuron activations' {
    It 'New-CppnNetwork gives each neuron the activation its count says' {
        $network = New-CppnNetwork -Seed 3 -Hidden 1 -Width 16 -Activation 'tanh:8,sin:4,gaussian:4'
        $network.Layers[0].ActivationText | Should -BeExactly 'tanh:8,sin:4,gaussian:4'
        $network.Layers[0].GetActivation(9).Kind | Should -Be 'Sin'
        $network.Layers[2].ActivationText | Should -BeExactly 'sigmoid'
    }

    It 'A seeded choice reproduces for the seed and survives a genome file' {
        $a = New-CppnNetwork -Seed 8 -Hidden 2 -Width 32 -Activation 'tanh|sin|gaussian|leakyrelu(0.2)'
        $b = New-CppnNetwork -Seed 8 -Hidden 2 -Width 32 -Activation 'tanh|sin|gaussian|leakyrelu(0.2)'
        @($a.Layers.ActivationText) | Should -Be @($b.Layers.ActivationText)
        $a.Layers[0].HasMixedActivations | Should -BeTrue
        $path = Join-Path $TestDrive 'mixed.json'
        $a | Export-CppnNetwork -Path $path
        $back = Import-CppnNetwork -Path $path
        @($back.Layers.ActivationText) | Should -Be @($a.Layers.ActivationText)
        $imageA = $a | Invoke-CppnRender -Size 16
        $imageB = $back | Invoke-CppnRender -Size 16
        $imageA.ToArray() | Should -Be $imageB.ToArray()
    }

    It 'Set-CppnWeights changes one layer to per-neuron activations' {
        $network = New-CppnNetwork -Seed 2 -Hidden 1 -Width 8
        $network | Set-CppnWeights -Layer 1 -Activation 'elu(0.5):4,hat:4'
        $network.Layers[1].ActivationText | Should -BeExactly 'elu(0.5):4,hat:4'
    }

    It 'Counts that do not add up to the width are refused (ActivationCountMismatch) by <Command>' -ForEach @(
        @{ Command = 'New-CppnNetwork'; Script = { New-CppnNetwork -Width 16 -Activation 'tanh:8,sin:4' } }
        @{ Command = 'Set-CppnWeights'; Script = { New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 | Set-CppnWeights -Layer 0 -Activation 'tanh:3' -ErrorAction Stop } }
    ) {
        $err = $Script | Should -Throw -ErrorId 'ActivationCountMismatch,*' -PassThru
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.Exception.Message | Should -Match 'make them add up to'
    }

    It 'A bad text leaves the layer as it was' {
        $network = New-CppnNetwork -Seed 1 -Hidden 1 -Width 4
        $before = $network.Layers[0].GetWeights()
        { $network | Set-CppnWeights -Layer 0 -Weight ([float[][]](,[float[]](1, 1) * 4)) -Activation 'tanh:3' -ErrorAction Stop } |
            Should -Throw -ErrorId 'ActivationCountMismatch,*'
        $network.Layers[0].GetWeights()[0] | Should -Be $before[0]
    }

    It 'An unknown name in counts or a choice is refused (UnknownActivation): <Text>' -ForEach @(
        @{ Text = 'tanh:8,softmax:8' }, @{ Text = 'tanh|softmax' }, @{ Text = 'tanh(2)' }
    ) {
        { New-CppnNetwork -Width 16 -Activation $Text } | Should -Throw -ErrorId 'UnknownActivation,*'
    }
}

Describe 'PyTorch activations in cppn-weights-v1' {
    It 'Imports <Stem> and round-trips it through a weights file' -ForEach @(
        @{ Stem = 'act-leakyrelu'; Text = 'leakyrelu(0.2)' }
        @{ Stem = 'act-gelu-tanh'; Text = 'gelutanh' }
        @{ Stem = 'act-elu'; Text = 'elu(0.7)' }
    ) {
        $path = Join-Path $RepoRoot "tests/vectors/$Stem.weights.json"
        $network = Import-CppnNetwork -Path $path
        $network.Layers[0].ActivationText | Should -BeExactly $Text
        $out = Join-Path $TestDrive "$Stem.json"
        $network | Export-CppnNetwork -Path $out -Format WeightsV1
        (Import-CppnNetwork -Path $out).Layers[0].ActivationText | Should -BeExactly $Text
    }
}
