BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')

    # The bits of a single, so -0 and +0 (and every rounding) count as different.
    function Get-Bits([float] $value) { [BitConverter]::SingleToInt32Bits($value) }
}

# Scripts read and write weights as plain [float[][]] rows, [out][in] as in PyTorch.
Describe 'Weights from a script' {
    It 'Reads a layer''s weights, scales them in PowerShell and writes them back with Set-CppnWeights -Weight' {
        $network = New-CppnNetwork -Seed 5 -Hidden 2 -Width 6
        $before = $network.Layers[1]
        $rows = $before.GetWeights()
        $rows | Should -HaveCount 6
        , $rows | Should -BeOfType 'System.Single[][]'
        $scaled = foreach ($row in $rows) { , [float[]]($row | ForEach-Object { $_ * 0.5 }) }

        $network | Set-CppnWeights -Layer 1 -Weight $scaled

        $after = $network.Layers[1]
        for ($o = 0; $o -lt 6; $o++) {
            for ($i = 0; $i -lt 6; $i++) {
                Get-Bits $after[$o, $i] | Should -Be (Get-Bits ([float]($before.GetWeight($o, $i) * 0.5)))
            }
        }
        "$network" | Should -Match 'modified'
    }

    It 'Takes -Weight as <Name>' -ForEach @(
        @{ Name = '[float[][]]'; Make = { [float[][]]@(@(1, 2), @(3, 4), @(5, 6)) } }
        @{ Name = '[double[][]]'; Make = { [double[][]]@(@(1, 2), @(3, 4), @(5, 6)) } }
        @{ Name = 'nested arrays'; Make = { @(@(1, 2), @(3, 4), @(5, 6)) } }
        @{ Name = 'strings'; Make = { @(@('1', '2'), @('3', '4'), @('5', '6')) } }
        @{ Name = 'a 2-D array'; Make = { $a = [double[,]]::new(3, 2); $v = 1; foreach ($o in 0..2) { foreach ($i in 0..1) { $a[$o, $i] = $v++ } }; , $a } }
        @{ Name = 'GetWeights()'; Make = { [CppnPS.Core.Model.CppnLayer]::new([float[][]]@(@(1, 2), @(3, 4), @(5, 6)), $null, 'Tanh').GetWeights() } }
    ) {
        $network = New-CppnNetwork -Layers 3 -Seed 1
        Set-CppnWeights -Network $network -Layer 0 -Weight (& $Make)
        $layer = $network.Layers[0]
        $flat = foreach ($row in $layer.GetWeights()) { $row }
        $flat | Should -Be @(1, 2, 3, 4, 5, 6)
        $layer[2, 1] | Should -Be 6
    }

    It 'Refuses ragged rows (WeightShapeMismatch) and a row that is a number (InvalidWeightValue), leaving the network alone' {
        $network = New-CppnNetwork -Layers 3 -Seed 1
        $before = $network.Layers[0]
        { $network | Set-CppnWeights -Layer 0 -Weight @(@(1, 2), @(3), @(5, 6)) -ErrorAction Stop } |
            Should -Throw -ErrorId 'WeightShapeMismatch,*'
        $err = { $network | Set-CppnWeights -Layer 0 -Weight @(@(1, 2)) -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidWeightValue,*' -PassThru
        $err.Exception.Message | Should -Match 'leading comma'
        { $network | Set-CppnWeights -Layer 0 -Weight @(@(1, 'x'), @(3, 4), @(5, 6)) -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidWeightValue,*'
        $network.Layers[0] | Should -Be $before
        "$network" | Should -Not -Match 'modified'
    }

    It 'Builds, indexes, multiplies and adds layers with plain arrays' {
        $layer = [CppnPS.Core.Model.CppnLayer]::new([float[]](1, 2, 3, 4, 5, 6), 3, 2, [float[]](1, 1, 1), 'Sin')
        $layer[1, 0] | Should -Be 3
        $layer.Multiply(2)[2, 1] | Should -Be 12
        @($layer.Multiply(2, $false).Bias) | Should -Be @(1, 1, 1)
        $layer.Add($layer)[2, 1] | Should -Be 12
        $layer.WithBias($null).HasBias | Should -BeFalse
    }

    It 'Shows no MathNet type in any public member of <Assembly>' -ForEach @(
        @{ Assembly = 'CppnPS.Core'; Anchor = { [CppnPS.Core.Model.CppnNetwork] }; Expect = 'CppnPS.Core.Model.CppnLayer' }
        @{ Assembly = 'CppnPS.Module'; Anchor = { (Get-Command Set-CppnWeights).ImplementingType }; Expect = 'CppnPS.Module.Commands.SetCppnWeightsCommand' }
    ) {
        # MathNet lives in the module's private load context: a script could neither name such a
        # type nor build one that the module would accept.
        $exported = (& $Anchor).Assembly.GetExportedTypes()
        $exported.FullName | Should -Contain $Expect -Because 'the check must see the types scripts use'
        $flags = [System.Reflection.BindingFlags]'Public, Instance, Static, DeclaredOnly'
        $offenders = foreach ($type in $exported) {
            $seen = @(
                $type.BaseType
                $type.GetInterfaces()
                $type.GetProperties($flags) | ForEach-Object { $_.PropertyType; $_.GetIndexParameters().ParameterType }
                $type.GetFields($flags).FieldType
                $type.GetMethods($flags) | ForEach-Object { $_.ReturnType; $_.GetParameters().ParameterType }
                $type.GetConstructors($flags) | ForEach-Object { $_.GetParameters().ParameterType }
            )
            # A generic type's name lists its arguments, so List`1[MathNet...] is caught too.
            $seen | Where-Object { $_ -and $_.ToString() -match 'MathNet' } | ForEach-Object { "$($type.FullName): $_" }
        }
        $offenders | Should -BeNullOrEmpty
    }

    It 'Gives [float[][]] from CppnLayer.GetWeights and takes it in its constructor' {
        [CppnPS.Core.Model.CppnLayer].GetMethod('GetWeights').ReturnType | Should -Be ([float[][]])
        [CppnPS.Core.Model.CppnLayer].GetConstructors().ForEach({ $_.GetParameters()[0].ParameterType }) | Should -Contain ([float[][]])
    }
}

Describe 'Set-CppnWeights -Factor' {
    It 'Multiplies the biases too, as (float)(bias * factor) in double precision' {
        $network = New-CppnNetwork -Seed 8 -Hidden 2 -Width 5 -Bias All -BiasInit Same
        $before = $network.Layers[1]
        $network | Set-CppnWeights -Layer 1 -Factor 0.37
        $after = $network.Layers[1]
        for ($o = 0; $o -lt 5; $o++) {
            Get-Bits $after.GetBias($o) | Should -Be (Get-Bits ([float]([double]$before.GetBias($o) * 0.37)))
            $after.GetBias($o) | Should -Not -Be $before.GetBias($o)
            Get-Bits $after[$o, 0] | Should -Be (Get-Bits ($before[$o, 0] * [float]0.37))
        }
        # The other layers keep every bit.
        @($network.Layers[0].Bias) | Should -Be @((New-CppnNetwork -Seed 8 -Hidden 2 -Width 5 -Bias All -BiasInit Same).Layers[0].Bias)
    }

    It 'Changes the picture of a network whose only non-zero parameters are biases' {
        # With every weight 0 the picture is the output layer's activated bias, so only bias scaling can change it.
        $network = New-CppnNetwork -Seed 9 -Bias All | Set-CppnWeights -Factor 0 -PassThru
        $network = $network | Set-CppnWeights -Layer ($network.Layers.Count - 1) -Bias 2, -1, 0.5 -PassThru
        # Flat pictures on purpose: the render's flat-colour warning is expected.
        $before = $network | Invoke-CppnRender -Size 4 -WarningAction SilentlyContinue
        $network | Set-CppnWeights -Factor 0.5
        $after = $network | Invoke-CppnRender -Size 4 -WarningAction SilentlyContinue
        $halved = $network.Clone() | Set-CppnWeights -Layer ($network.Layers.Count - 1) -Bias 1, -0.5, 0.25 -PassThru
        Test-SameSamples ($halved | Invoke-CppnRender -Size 4 -WarningAction SilentlyContinue) $after | Should -BeTrue
        Test-SameSamples $before $after | Should -BeFalse
    }
}

Describe 'Set-CppnWeights in a pipeline' {
    It 'Warns, naming -PassThru, when a command after it waits for the network it does not emit' {
        $out = New-CppnNetwork -Seed 1 | Set-CppnWeights -Factor 0.5 -WarningVariable warnings -WarningAction SilentlyContinue |
            ForEach-Object { $_ }
        $out | Should -BeNullOrEmpty
        $warnings | Should -HaveCount 1
        "$($warnings[0])" | Should -Match '-PassThru'
    }

    It 'Does not warn <Case>' -ForEach @(
        @{ Case = 'with -PassThru'; Run = { $null = New-CppnNetwork -Seed 1 | Set-CppnWeights -Factor 0.5 -PassThru -WarningVariable w | ForEach-Object { $_ }; $w.Count } }
        @{ Case = 'at the end of a pipeline'; Run = { New-CppnNetwork -Seed 1 | Set-CppnWeights -Factor 0.5 -WarningVariable w; $w.Count } }
        @{ Case = 'on its own'; Run = { $n = New-CppnNetwork -Seed 1; Set-CppnWeights -Network $n -Factor 0.5 -WarningVariable w; $w.Count } }
    ) {
        & $Run | Should -Be 0
    }
}
