<#
    Optimize-CppnNetwork driven as users drive it: a fit that lowers the loss, its lineage and its errors.
    (Its help examples run in Help.Tests.ps1.)
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:Folder = New-TestFolder 'fitting'
    $script:TargetImage = New-CppnNetwork -Layers 8, 8 -Seed 5 | Invoke-CppnRender -Size 16
    $script:TargetFile = Join-Path $Folder 'target.png'
    $TargetImage | Export-CppnImage -Path $TargetFile
    function Get-Loss($Network) {
        [CppnPS.Core.Fitting.NetworkFitter]::Loss($Network, [CppnPS.Core.Fitting.FitTarget]::FromImage($TargetImage, 16), $null)
    }
}

Describe 'Optimize-CppnNetwork' {
    It 'Lowers the loss on a simple target, and records the fit in the lineage' {
        $start = New-CppnNetwork -Layers 8, 8 -Seed 1
        $fitted = $start | Optimize-CppnNetwork -Target $TargetImage -Size 16 -Steps 150 -LearningRate 0.01 -BatchSize 64 -Seed 3
        (Get-Loss $fitted) | Should -BeLessThan ((Get-Loss $start) / 2)
        $fitted.Architecture | Should -Be $start.Architecture
        $fitted.Provenance.Lineage.Operation | Should -Be 'fit'
        $fitted.Provenance.Lineage.Parents | Should -Be @([CppnPS.Core.Evolution.NetworkHash]::Compute($start))
        $fitted.Provenance.Lineage.Details | Should -Match 'PSNR \d+\.\d\d dB$'
    }

    It 'Reads the target from a file, and the same seed gives the same network' {
        $start = New-CppnNetwork -Layers 8, 8 -Seed 1
        $a = $start | Optimize-CppnNetwork -TargetPath $TargetFile -Steps 5 -Seed 4 -ThrottleLimit 1
        $b = $start | Optimize-CppnNetwork $TargetFile -Steps 5 -Seed 4 -ThrottleLimit 2
        [CppnPS.Core.Evolution.NetworkHash]::Compute($a) | Should -Be ([CppnPS.Core.Evolution.NetworkHash]::Compute($b))
    }

    It 'Reports the step, the loss and the PSNR as verbose text' {
        $lines = New-CppnNetwork -Layers 4 -Seed 1 | Optimize-CppnNetwork -Target $TargetImage -Steps 40 -Seed 1 -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $lines[-1].Message | Should -Match '^step 40/40, loss [0-9.e-]+, PSNR \d+\.\d\d dB$'
    }

    It 'Refuses zero steps with InvalidFitOptions' {
        { New-CppnNetwork -Seed 1 | Optimize-CppnNetwork -Target $TargetImage -Steps 0 -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidFitOptions,CppnPS.Module.Commands.OptimizeCppnNetworkCommand'
    }

    It 'Refuses a target too large from its header, before decoding, with TargetTooLarge' {
        $huge = Join-Path $Folder 'huge.png'
        # A PNG signature and header claiming 5000 x 5000 pixels, and no pixel data at all.
        [System.IO.File]::WriteAllBytes($huge, [Convert]::FromBase64String('iVBORw0KGgoAAAANSUhEUgAAE4gAABOICAIAAADS+hCc'))
        { New-CppnNetwork -Seed 1 | Optimize-CppnNetwork -TargetPath $huge -ErrorAction Stop } |
            Should -Throw -ErrorId 'TargetTooLarge,CppnPS.Module.Commands.OptimizeCppnNetworkCommand'
    }

    It 'Refuses a file that is not a picture with InvalidFitTarget, and a missing one with PathNotFound' {
        $text = Join-Path $Folder 'not-a-picture.png'
        Set-Content -LiteralPath $text -Value 'hello'
        { New-CppnNetwork -Seed 1 | Optimize-CppnNetwork -TargetPath $text -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidFitTarget,CppnPS.Module.Commands.OptimizeCppnNetworkCommand'
        { New-CppnNetwork -Seed 1 | Optimize-CppnNetwork -TargetPath (Join-Path $Folder 'missing.png') -ErrorAction Stop } |
            Should -Throw -ErrorId 'PathNotFound,CppnPS.Module.Commands.OptimizeCppnNetworkCommand'
    }
}
