# Tab completion: activation names through the module's completer, closed lists through enums.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')

    function Get-Completion([string] $InputScript) {
        @((TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText)
    }
}

Describe 'Tab completion' {
    It 'Completes activation names for <Line>' -ForEach @(
        @{ Line = 'New-CppnNetwork -Activation ta'; Expected = @('tanh') }
        @{ Line = 'New-CppnNetwork -OutputActivation si'; Expected = @('sigmoid', 'sin') }
        @{ Line = 'Set-CppnWeights -Layer 0 -Activation gau'; Expected = @('gaussian') }
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
