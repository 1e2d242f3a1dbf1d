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

    It 'Completes the last name of a count or choice list, keeping what is before it, for <Line>' -ForEach @(
        @{ Line = "New-CppnNetwork -Activation 'tanh:8,si"; Expected = @("'tanh:8,sigmoid'", "'tanh:8,sin'", "'tanh:8,silu'") }
        @{ Line = "New-CppnNetwork -Activation 'tanh|ga"; Expected = @("'tanh|gaussian'") }
        @{ Line = "New-CppnNetwork -Activation 'tanh:8, GELU:4, So"; Expected = @("'tanh:8, GELU:4, softplus'") }
        @{ Line = 'New-CppnNetwork -OutputActivation "tanh|leakyrelu(0.2)|sig'; Expected = @('"tanh|leakyrelu(0.2)|sigmoid"') }
        @{ Line = "Set-CppnWeights -Layer 0 -Activation 'sin:8,ha"; Expected = @("'sin:8,hat'") }
        @{ Line = "New-CppnNetwork -Activation 'ta"; Expected = @("'tanh'") }
    ) {
        Get-Completion $Line | Should -Be $Expected
    }

    It 'Completes to a text New-CppnNetwork accepts' {
        $completion = @(Get-Completion "New-CppnNetwork -Activation 'tanh:8,sin:4,gau")
        $completion | Should -Be @("'tanh:8,sin:4,gaussian'")
        $network = & ([scriptblock]::Create("New-CppnNetwork -Seed 1 -Hidden 0 -Activation $($completion[0].TrimEnd("'")):4'"))
        $network.Layers[0].ActivationText | Should -Be 'tanh:8,sin:4,gaussian:4'
    }

    It 'Offers no activation name where a count or a parameter is being typed: <Line>' -ForEach @(
        @{ Line = "New-CppnNetwork -Activation 'tanh:8,sin:" }
        @{ Line = "New-CppnNetwork -Activation 'tanh|leakyrelu(0." }
    ) {
        $names = [CppnPS.Core.Activations.ActivationFunctions]::Names
        $offered = @(Get-Completion $Line | Where-Object { $_ })
        @($offered | Where-Object { $text = $_.Trim("'"); @($names | Where-Object { $text.EndsWith($_) }).Count -gt 0 }) | Should -BeNullOrEmpty
    }

    It 'Completes activation names for every parameter of the module that takes an activation' {
        $parameters = @(Get-Command -Module CppnPS -CommandType Cmdlet | ForEach-Object {
                foreach ($parameter in $_.Parameters.Values) {
                    if ($parameter.Name -like '*Activation' -and $parameter.ParameterType -in [string], [string[]]) {
                        [pscustomobject]@{ Command = $_.Name; Parameter = $parameter }
                    }
                }
            })
        $parameters.Count | Should -BeGreaterOrEqual 3
        foreach ($entry in $parameters) {
            $completer = $entry.Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] }
            $completer.Type.Name | Should -Be 'ActivationCompleter' -Because "$($entry.Command) -$($entry.Parameter.Name) takes an activation"
        }
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
