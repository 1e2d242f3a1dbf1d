<#
    Invoke-CppnMutation, Merge-CppnNetwork, Enter-CppnBreeding and Search-CppnNovelty driven as scripts drive them: a breeding loop, lineage through files,
    and the errors. (Their help examples run in Help.Tests.ps1.)
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')
    function Get-Hash($Network) { [CppnPS.Core.Evolution.NetworkHash]::Compute($Network) }

    # The README's loop: breed four children of each parent, keep the two most colourful.
    function Invoke-Breeding {
        $parents = 1..2 | ForEach-Object { New-CppnNetwork -Layers 6, 6 -Seed $_ }
        $generations = @()
        foreach ($generation in 1..3) {
            $children = $parents | Invoke-CppnMutation -Count 4 -Rate 0.3 -AddNeuronRate 0.5 -Seed $generation
            $generations += , @($children)
            $parents = $children | Sort-Object { ($_ | Invoke-CppnRender -Size 8 | Measure-CppnImage).Colourfulness } -Descending |
                Select-Object -First 2
        }
        $generations
    }
}

Describe 'A scripted breeding loop' {
    BeforeAll {
        $script:First = Invoke-Breeding
        $script:Second = Invoke-Breeding
    }

    It 'Gives the expected generations: eight children each, each bred from a survivor of the generation before' {
        $First.Count | Should -Be 3
        foreach ($generation in $First) { $generation.Count | Should -Be 8 }
        $previous = @(1..2 | ForEach-Object { Get-Hash (New-CppnNetwork -Layers 6, 6 -Seed $_) })
        foreach ($generation in $First) {
            foreach ($child in $generation) {
                $child.Provenance.Lineage.Operation | Should -Be 'mutate'
                $child.Provenance.Lineage.Parents.Count | Should -Be 1
                $child.Provenance.Lineage.Parents[0] | Should -BeIn $previous
            }
            $previous = @($generation | ForEach-Object { Get-Hash $_ })
        }
    }

    It 'Gives the same generations when run again' {
        for ($g = 0; $g -lt 3; $g++) {
            @($Second[$g] | ForEach-Object { Get-Hash $_ }) | Should -Be @($First[$g] | ForEach-Object { Get-Hash $_ })
        }
    }
}

Describe 'Invoke-CppnMutation' {
    It 'Changes nothing at rate 0, but records the parent' {
        $parent = New-CppnNetwork -Seed 4
        $child = $parent | Invoke-CppnMutation -Rate 0 -Seed 1
        Get-Hash $child | Should -Be (Get-Hash $parent)
        $child.Provenance.Lineage.Parents | Should -Be @(Get-Hash $parent)
    }

    It 'Keeps every neuron''s activation and parameter, and mutates activations per neuron' {
        $parent = New-CppnNetwork -Layers 8, 8 -Activation 'tanh:4,leakyrelu(0.2):4', 'elu(0.5)' -Seed 4
        $child = $parent | Invoke-CppnMutation -Rate 0.5 -Seed 2
        $child.Layers.ActivationText | Should -Be $parent.Layers.ActivationText
        $wide = New-CppnNetwork -Layers 16 -Seed 4
        $changed = $wide | Invoke-CppnMutation -Rate 0 -ActivationRate 0.5 -Seed 3
        $changed.Layers[0].HasMixedActivations | Should -BeTrue
        $changed.Layers[1].ActivationText | Should -Be $wide.Layers[1].ActivationText
    }

    It 'Keeps the lineage through a genome file and a PNG' {
        $folder = New-TestFolder 'lineage'
        $child = New-CppnNetwork -Seed 4 | Invoke-CppnMutation -Rate 0.5 -Seed 2
        $child | Export-CppnNetwork -Path (Join-Path $folder 'child.json')
        $child | Invoke-CppnRender -Size 8 | Export-CppnImage -Path (Join-Path $folder 'child.png')
        foreach ($file in 'child.json', 'child.png') {
            $back = Import-CppnNetwork -Path (Join-Path $folder $file)
            $back.Provenance.Lineage.Seed | Should -Be $child.Provenance.Lineage.Seed
            $back.Provenance.Lineage.Parents | Should -Be $child.Provenance.Lineage.Parents
            Get-Hash $back | Should -Be (Get-Hash $child)
        }
    }

    It 'Refuses a rate above 1 when binding' {
        { New-CppnNetwork -Seed 1 | Invoke-CppnMutation -Rate 2 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,CppnPS.Module.Commands.InvokeCppnMutationCommand'
    }
}

Describe 'Merge-CppnNetwork' {
    It 'Gives the parent back when a network is crossed with itself' {
        $parent = New-CppnNetwork -Seed 5
        $child = Merge-CppnNetwork $parent, $parent -Mode Weight -Seed 1
        Get-Hash $child | Should -Be (Get-Hash $parent)
        $child.Provenance.Lineage.Operation | Should -Be 'crossover'
    }

    It 'Takes each neuron''s activation from one of the parents' {
        $a = New-CppnNetwork -Layers 8 -Activation 'sin:4,leakyrelu(0.2):4' -Seed 5
        $b = New-CppnNetwork -Layers 8 -Activation 'elu(0.5):8' -Seed 6
        $child = Merge-CppnNetwork $a, $b -Seed 3
        foreach ($o in 0..7) {
            $child.Layers[0].GetActivation($o) | Should -BeIn @($a.Layers[0].GetActivation($o), $b.Layers[0].GetActivation($o))
        }
        $child.Layers[0].HasMixedActivations | Should -BeTrue
    }

    It 'Takes the parents from the pipeline too, and the same seed gives the same children' {
        $a = New-CppnNetwork -Seed 1; $b = New-CppnNetwork -Seed 2
        $x = @($a, $b | Merge-CppnNetwork -Count 2 -Seed 3)
        $y = @(Merge-CppnNetwork $a, $b -Count 2 -Seed 3)
        $x.Count | Should -Be 2
        @($x | ForEach-Object { Get-Hash $_ }) | Should -Be @($y | ForEach-Object { Get-Hash $_ })
        $x[0].Provenance.Lineage.Parents | Should -Be @((Get-Hash $a), (Get-Hash $b))
    }

    It 'Refuses parents of different shapes with ParentShapeMismatch' {
        $a = New-CppnNetwork -Seed 1; $b = New-CppnNetwork -Layers 8, 8 -Seed 2
        { Merge-CppnNetwork $a, $b -ErrorAction Stop } | Should -Throw -ErrorId 'ParentShapeMismatch,CppnPS.Module.Commands.MergeCppnNetworkCommand'
    }

    It 'Refuses anything but two parents with ParentCount' {
        { New-CppnNetwork -Seed 1 | Merge-CppnNetwork -ErrorAction Stop } | Should -Throw -ErrorId 'ParentCount,CppnPS.Module.Commands.MergeCppnNetworkCommand'
    }
}

Describe 'Enter-CppnBreeding' {
    It 'Gives the expected generations from scripted picks: the picks survive, back returns, and saves write files' {
        $folder = New-TestFolder 'breeding'
        Push-Location -LiteralPath $folder
        try {
            $start = New-CppnNetwork -Layers 6, 6 -Seed 3
            $screen = $null
            $last = @($start | Enter-CppnBreeding -PopulationSize 4 -Size 8 -Seed 2 -Command '1 3', '2', 'b', 's 2 two.png', 'n 1 one.json', 'q' -InformationVariable screen)
            $first = @($start | Enter-CppnBreeding -PopulationSize 4 -Size 8 -Seed 2 -Command @())
            $last.Count | Should -Be 4
            # Generation 2 starts with pictures 1 and 3 of generation 1, unchanged; 'b' came back to it from generation 3.
            Get-Hash $last[0] | Should -Be (Get-Hash $first[0])
            Get-Hash $last[1] | Should -Be (Get-Hash $first[2])
            # One screen before each command: generations 1, 2, 3, then 2 again (back), shown again after each save.
            @($screen | Where-Object { "$_" -like 'Generation *' } | ForEach-Object { ("$_" -split '[ :]')[1] }) | Should -Be @('1', '2', '3', '2', '2', '2')
            @($screen | Where-Object { "$_" -match '\e\[38;2;' }).Count | Should -BeGreaterThan 0
            Get-Hash (Import-CppnNetwork -Path (Join-Path $folder 'two.png')) | Should -Be (Get-Hash $last[1])
            Get-Hash (Import-CppnNetwork -Path (Join-Path $folder 'one.json')) | Should -Be (Get-Hash $last[0])
        }
        finally {
            Pop-Location
        }
    }

    It 'Stops with NoConsole in a host without a real console' {
        $output = Invoke-TestChildPwsh -Name 'noconsole' -Script @'
Import-Module $args[0]
try { New-CppnNetwork -Seed 1 | Enter-CppnBreeding -ErrorAction Stop; 'no error' }
catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
'@
        $output[0] | Should -Be 'NoConsole,CppnPS.Module.Commands.EnterCppnBreedingCommand'
        $output[1] | Should -Match 'needs a real console'
    }
}

Describe 'Search-CppnNovelty' {
    It 'Writes the most novel pictures as a montage whose tiles carry their networks, the same for the same seed' {
        $a = New-CppnNetwork -Layers 6, 6 -Seed 1 | Search-CppnNovelty -Generations 3 -PopulationSize 4 -Count 4 -Size 8 -Seed 5
        $b = New-CppnNetwork -Layers 6, 6 -Seed 1 | Search-CppnNovelty -Generations 3 -PopulationSize 4 -Count 4 -Size 8 -Seed 5
        $a.IsMontage | Should -BeTrue
        $a.Tiles.Count | Should -Be 4
        @($a.Tiles | ForEach-Object { Get-Hash $_.Image.Network }) | Should -Be @($b.Tiles | ForEach-Object { Get-Hash $_.Image.Network })
        $a.Tiles[0].Image.Network.Provenance.Lineage.Operation | Should -Be 'mutate'
    }
}
