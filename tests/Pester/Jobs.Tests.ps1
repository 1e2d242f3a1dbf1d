# Networks and images cross into other runspaces and processes: thread jobs and
# ForEach-Object -Parallel share the live objects; Start-Job (another process, as remoting would)
# serialises them, and the module rebuilds them on the receiving side. The seed-batch fan-out is
# the README's Invoke-Command example, run through Start-Job.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:Manifest = Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1'
    $script:Networks = @(1..3 | New-CppnNetwork -Hidden 2 -Width 8)
    $script:Expected = @($script:Networks | Invoke-CppnRender -Size 16)

    # The README's fan-out: each machine (here, each job) renders its share of the seeds.
    $script:RenderSeeds = {
        param([string] $Manifest, [int[]] $Seeds)
        Import-Module $Manifest
        $Seeds | New-CppnNetwork -Hidden 2 -Width 8 | Invoke-CppnRender -Size 16
    }
}

Describe 'Jobs and parallel pipelines' {
    It 'Start-ThreadJob renders a network passed to it and returns the image' {
        $job = Start-ThreadJob -ScriptBlock {
            param($manifest, $network)
            Import-Module $manifest
            $network | Invoke-CppnRender -Size 16
        } -ArgumentList $script:Manifest, $script:Networks[0]
        $image = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        $image | Should -BeOfType ([CppnPS.Core.Rendering.CppnImage])
        Test-SameSamples $script:Expected[0] $image | Should -BeTrue
    }

    It 'ForEach-Object -Parallel renders networks and images flow back' {
        $manifest = $script:Manifest
        $images = @($script:Networks | ForEach-Object -ThrottleLimit 3 -Parallel {
                Import-Module $using:manifest
                $_ | Invoke-CppnRender -Size 16
            })
        $images.Count | Should -Be 3
        foreach ($image in $images) {
            $image | Should -BeOfType ([CppnPS.Core.Rendering.CppnImage])
            $index = [array]::IndexOf(@($script:Networks.Seed), $image.Network.Seed)
            Test-SameSamples $script:Expected[$index] $image | Should -BeTrue
        }
    }

    It 'Start-Job (another process) fans out a seed batch; the images come back as real images and export' {
        $folder = New-TestFolder 'fan-out'
        $jobs = @(
            Start-Job -ScriptBlock $script:RenderSeeds -ArgumentList $script:Manifest, @(1, 2)
            Start-Job -ScriptBlock $script:RenderSeeds -ArgumentList $script:Manifest, @(3)
        )
        $images = @($jobs | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop | Sort-Object { $_.Network.Seed })
        $images.Count | Should -Be 3
        for ($i = 0; $i -lt 3; $i++) {
            $images[$i] | Should -BeOfType ([CppnPS.Core.Rendering.CppnImage])
            Test-SameSamples $script:Expected[$i] $images[$i] | Should -BeTrue
        }
        $images | Export-CppnImage -Path { Join-Path $folder "seed-$($_.Network.Seed).png" }
        @(Get-ChildItem -LiteralPath $folder -Filter 'seed-*.png').Count | Should -Be 3
    }

    It 'Start-Job takes a network from this session and gives back the same picture' {
        $job = Start-Job -ScriptBlock {
            param($manifest, $network)
            Import-Module $manifest
            $network | Invoke-CppnRender -Size 16
        } -ArgumentList $script:Manifest, $script:Networks[1]
        $image = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop
        Test-SameSamples $script:Expected[1] $image | Should -BeTrue
    }
}
