# Tab completion: activation names and bit depths through the module's completers, closed lists through enums.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')

    function Get-Completion([string] $InputScript) {
        @((TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText)
    }
}

Describe 'Tab completion' {
    It 'Completes activation names for <Line>' -ForEach @(
        @{ Line = 'New-CppnNetwork -Activation ta'; Expected = @('tanh') }
        @{ Line = 'New-CppnNetwork -OutputActivation si'; Expected = @('sigmoid', 'sin', 'silu') }
        @{ Line = 'Set-CppnWeights -Layer 0 -Activation gau'; Expected = @('gaussian') }
    ) {
        Get-Completion $Line | Should -Be $Expected
    }

    It 'Completes the bit depths for <Line>' -ForEach @(
        @{ Line = 'Export-CppnImage -BitDepth '; Expected = @('8', '16') }
        @{ Line = 'Export-CppnImage -BitDepth 1'; Expected = @('16') }
        @{ Line = 'Export-CppnImage art.png -BitDepth 8'; Expected = @('8') }
    ) {
        Get-Completion $Line | Should -Be $Expected
    }

    It 'Completes the closed lists for <Line>' -ForEach @(
        @{ Line = 'New-CppnNetwork -Init T'; Expected = 'TorchDefault' }
        @{ Line = 'New-CppnNetwork -Bias A'; Expected = 'All' }
        @{ Line = 'Invoke-CppnRender -CoordinateMode As'; Expected = 'AspectCorrect' }
        @{ Line = 'Invoke-CppnRender -Engine R'; Expected = 'Reference' }
        @{ Line = 'Export-CppnImage -Format J'; Expected = 'Jpeg' }
        @{ Line = 'Export-CppnNetwork -Format W'; Expected = 'WeightsV1' }
    ) {
        Get-Completion $Line | Should -Contain $Expected
    }
}
