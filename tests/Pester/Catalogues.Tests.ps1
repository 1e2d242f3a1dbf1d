# The cmdlets surface Core's catalogues: activation names (completion, errors, views), bit depths
# (completion, errors) and the network limits (parameter validation), each declared once in CppnPS.Core.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')

    $script:Names = @([CppnPS.Core.Activations.ActivationFunctions]::Names)
    $script:Limits = [CppnPS.Core.Model.NetworkOptions]

    function Get-Completion([string] $InputScript) {
        @((TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length).CompletionMatches.CompletionText)
    }

    function Get-RangeMaximum([string] $Command, [string] $Parameter) {
        $attribute = (Get-Command $Command).Parameters[$Parameter].Attributes |
            Where-Object { $_ -is [System.Management.Automation.ValidateRangeAttribute] }
        $attribute.MaxRange
    }
}

Describe 'Activation names' {
    It 'Tab completes exactly the catalogue, in its order, for <Line>' -ForEach @(
        @{ Line = 'New-CppnNetwork -Activation ' }
        @{ Line = 'New-CppnNetwork -OutputActivation ' }
        @{ Line = 'Set-CppnWeights -Layer 0 -Activation ' }
    ) {
        $script:Names.Count | Should -Be ([Enum]::GetValues([CppnPS.Core.Activations.Activation]).Count)
        Get-Completion $Line | Should -Be $script:Names
    }

    It 'Accepts any case and the aliases' {
        $network = New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 -Activation TANH, Gaussian -OutputActivation Logistic
        @($network.Layers | ForEach-Object { [CppnPS.Core.Activations.ActivationFunctions]::ToName($_.Activation) }) |
            Should -Be @('tanh', 'gaussian', 'sigmoid')
    }

    It 'Lists the catalogue in the UnknownActivation error of <Command>' -ForEach @(
        @{ Command = 'New-CppnNetwork'; Script = { New-CppnNetwork -Activation softmax } }
        @{ Command = 'Set-CppnWeights'; Script = { New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 | Set-CppnWeights -Layer 0 -Activation softmax -ErrorAction Stop } }
    ) {
        $err = $Script | Should -Throw -ErrorId 'UnknownActivation,*' -PassThru
        $err.Exception.Message | Should -BeLikeExactly "*Use one of: $([CppnPS.Core.Activations.ActivationFunctions]::NameList) (*"
    }

    It 'Shows the canonical names in the layer view of Measure-CppnNetwork' {
        $text = New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 -Activation SIN | Measure-CppnNetwork -Size 8 | Out-String -Width 200
        $text | Should -MatchExactly '\ssin\s'
        $text | Should -MatchExactly '\ssigmoid\s'
        $text | Should -Not -MatchExactly 'Sin|Sigmoid'
    }
}

Describe 'Bit depths' {
    It 'Export-CppnImage -BitDepth tab completes exactly ImageExportOptions.BitDepths, in its order' {
        $depths = @([CppnPS.Core.Imaging.ImageExportOptions]::BitDepths | ForEach-Object { "$_" })
        $depths.Count | Should -BeGreaterThan 1
        Get-Completion 'Export-CppnImage -BitDepth ' | Should -Be $depths
    }

    It 'Lists the bit depths in the InvalidExportOptions error' {
        $image = New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 | Invoke-CppnRender -Size 4
        $err = { $image | Export-CppnImage 'bad.png' -BitDepth 12 -WhatIf -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidExportOptions,*' -PassThru
        $err.Exception.Message | Should -BeLike "*BitDepth must be $([CppnPS.Core.Imaging.ImageExportOptions]::BitDepths -join ' or ').*"
    }
}

Describe 'Network limits' {
    It 'New-CppnNetwork validates <Parameter> against NetworkOptions.<Constant>' -ForEach @(
        @{ Parameter = 'Width'; Constant = 'MaxLayerWidth'; Offset = 0 }
        @{ Parameter = 'Layers'; Constant = 'MaxLayerWidth'; Offset = 0 }
        @{ Parameter = 'LatentSize'; Constant = 'MaxLatentSize'; Offset = 0 }
        @{ Parameter = 'Hidden'; Constant = 'MaxHiddenLayers'; Offset = -1 }
    ) {
        Get-RangeMaximum 'New-CppnNetwork' $Parameter | Should -Be ($script:Limits::$Constant + $Offset)
    }

    It 'New-CppnNetwork -Layers takes at most NetworkOptions.MaxHiddenLayers widths' {
        $count = (Get-Command New-CppnNetwork).Parameters['Layers'].Attributes |
            Where-Object { $_ -is [System.Management.Automation.ValidateCountAttribute] }
        $count.MaxLength | Should -Be $script:Limits::MaxHiddenLayers
    }

    It 'Accepts a width at the limit and refuses one past it' {
        $width = $script:Limits::MaxLayerWidth
        (New-CppnNetwork -Seed 1 -Hidden 0 -Width $width).HiddenWidths | Should -Be @($width)
        { New-CppnNetwork -Width ($width + 1) } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        { New-CppnNetwork -Layers 4, ($width + 1) } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'Refuses a network over the parameter limit with InvalidNetworkOptions, before allocating it' {
        $err = { New-CppnNetwork -Hidden 16 -Width $script:Limits::MaxLayerWidth -Bias All } |
            Should -Throw -ErrorId 'InvalidNetworkOptions,*' -PassThru
        $err.Exception.Message | Should -BeLike '*weights and biases*'
    }
}
