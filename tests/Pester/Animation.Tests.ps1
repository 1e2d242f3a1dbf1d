# New-CppnAnimation, Invoke-CppnRender -Animation / -Frame and Import-CppnAnimation, driven as users drive them.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:n7 = New-CppnNetwork -Seed 7 -Hidden 2 -Width 8
}

Describe 'New-CppnAnimation' {
    It 'tells the kind from the parameters: <Expected>' -ForEach @(
        @{ Arguments = @{ Zoom = 1, 0.2 }; Expected = 'Zoom' }
        @{ Arguments = @{ Turns = 2 }; Expected = 'Rotate' }
        @{ Arguments = @{ Amplitude = 0.2 }; Expected = 'Wave' }
        @{ Arguments = @{ Strength = 5 }; Expected = 'Spiral' }
        @{ Arguments = @{ PanPath = 'Horizontal' }; Expected = 'Pan' }
        @{ Arguments = @{ SweepLayer = 1; SweepRange = 0.5, 1.5 }; Expected = 'Sweep' }
        @{ Arguments = @{ Zoom = 0.5; Turns = 1; Frequency = 3 }; Expected = 'Combo' }
    ) {
        $animation = $n7 | New-CppnAnimation @Arguments -Frames 4
        "$($animation.Kind)" | Should -Be $Expected
        $animation.FrameCount | Should -Be 4
    }

    It 'two networks are a morph, more are keyframes' {
        "$((New-CppnNetwork -Seed 1), (New-CppnNetwork -Seed 2) | New-CppnAnimation -Frames 3 | ForEach-Object Kind)" | Should -Be 'Morph'
        "$((New-CppnNetwork -Seed 1), (New-CppnNetwork -Seed 2) | New-CppnAnimation -To (New-CppnNetwork -Seed 3) | ForEach-Object Kind)" | Should -Be 'Keyframes'
    }

    It 'networks of different shapes: MorphShapeMismatch' {
        { New-CppnNetwork -Seed 1 | New-CppnAnimation -To (New-CppnNetwork -Seed 2 -Hidden 3) } | Should -Throw -ErrorId 'MorphShapeMismatch,*'
    }

    It 'no motion named: InvalidAnimation, asking for -Kind' {
        { $n7 | New-CppnAnimation } | Should -Throw -ErrorId 'InvalidAnimation,*' -ExpectedMessage '*-Kind*'
    }

    It 'an unknown easing is refused when the parameter binds, naming the easings' {
        { $n7 | New-CppnAnimation -Zoom 0.5 -Easing Bouncy } | Should -Throw -ExpectedMessage '*Linear, Smoothstep, Sinusoid*'
    }

    It 'Tab completes -Easing and -Kind' {
        $line = 'New-CppnAnimation -Easing S'
        $names = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $names | Sort-Object | Should -Be @('Sinusoid', 'Smoothstep')
        $line = 'New-CppnAnimation -Kind Lat'
        $names = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText
        $names | Sort-Object | Should -Be @('LatentLoop', 'LatentWalk')
    }
}

Describe 'Invoke-CppnRender of an animation' {
    BeforeAll {
        $script:zoom = $n7 | New-CppnAnimation -Zoom 1, 0.2 -Frames 6
        $script:frames = @($zoom | Invoke-CppnRender -Size 24)
    }

    It 'emits one picture per frame, each carrying its index, time and the description' {
        $frames.Count | Should -Be 6
        $frames.Frame.Index | Should -Be @(0, 1, 2, 3, 4, 5)
        $frames.Frame.Time | Should -Be @(0, 0.2, 0.4, 0.6, 0.8, 1)
        @($frames.Frame.Description | Select-Object -Unique).Count | Should -Be 1
        $frames[0].Width | Should -Be 24
    }

    It 'frames are pictures every image cmdlet takes' {
        $folder = New-TestFolder 'animation-frames-as-images'
        ($frames[2] | Measure-CppnImage).Width | Should -Be 24
        $frames[2] | Export-CppnImage -LiteralPath (Join-Path $folder 'f2.png')
        (Read-TestPng (Join-Path $folder 'f2.png')).Width | Should -Be 24
    }

    It '-Frame k renders frame k alone, bit for bit' {
        foreach ($k in 0, 3, 5) {
            $alone = $zoom | Invoke-CppnRender -Size 24 -Frame $k
            $alone.Frame.Index | Should -Be $k
            Test-SameSamples $frames[$k] $alone | Should -BeTrue
        }
    }

    It 'a zoom frame equals a still at the same view, bit for bit' {
        $still = $n7 | Invoke-CppnRender -Size 24 -Zoom $frames[3].Options.Zoom
        Test-SameSamples $still $frames[3] | Should -BeTrue
    }

    It 'a morph starts and ends at the two networks'' stills' {
        $a = New-CppnNetwork -Seed 1 -Hidden 2 -Width 8
        $b = New-CppnNetwork -Seed 2 -Hidden 2 -Width 8
        $morph = @($a | New-CppnAnimation -To $b -Frames 5 | Invoke-CppnRender -Size 16)
        Test-SameSamples ($a | Invoke-CppnRender -Size 16) $morph[0] | Should -BeTrue
        Test-SameSamples ($b | Invoke-CppnRender -Size 16) $morph[-1] | Should -BeTrue
    }

    It 'a frame outside the animation: InvalidAnimation' {
        { $zoom | Invoke-CppnRender -Size 8 -Frame 6 } | Should -Throw -ErrorId 'InvalidAnimation,*'
    }

    It 'renders every kind: <Kind>' -ForEach @(
        @{ Kind = 'Zoom' }, @{ Kind = 'Rotate' }, @{ Kind = 'Wave' }, @{ Kind = 'Spiral' }, @{ Kind = 'Pan' }, @{ Kind = 'Combo' }, @{ Kind = 'Sweep' }
    ) {
        $pictures = @($n7 | New-CppnAnimation -Kind $Kind -Frames 3 | Invoke-CppnRender -Size 8)
        $pictures.Count | Should -Be 3
        Test-SameSamples $pictures[0] $pictures[1] | Should -BeFalse -Because 'the motion moves something'
    }

    It 'renders latent walks and loops' {
        $latent = New-CppnNetwork -Seed 4 -LatentSize 2 -Hidden 2 -Width 8
        @($latent | New-CppnAnimation -LatentFrom 0, 0 -LatentTo 1, 1 -Frames 3 | Invoke-CppnRender -Size 8).Count | Should -Be 3
        @($latent | New-CppnAnimation -Kind LatentLoop -LatentFrom 1, 0 -LatentTo 0, 1 -Frames 3 | Invoke-CppnRender -Size 8).Count | Should -Be 3
    }
}

Describe 'Stopping an animation' {
    It 'PowerShell.Stop() while an animation renders and encodes ends both and leaves nothing' {
        $manifest = Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1'
        $folder = New-TestFolder 'animation-stop-pipeline'
        $target = Join-Path $folder 'long.gif'
        $ps = [powershell]::Create()
        try {
            # 20,000 frames of 256 x 256: far longer than the wait for the first frames to be written.
            $null = $ps.AddScript("Import-Module '$manifest'; New-CppnNetwork -Seed 3 | New-CppnAnimation -Turns 3 -Frames 20000 | Invoke-CppnRender -Size 256 | Export-CppnAnimation -LiteralPath '$target'")
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddMinutes(2)
            while (-not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline -and
                -not @($ps.Streams.Progress | Where-Object { $_.Activity -eq 'Export-CppnAnimation' })) {
                Start-Sleep -Milliseconds 50
            }
            $async.IsCompleted | Should -BeFalse -Because 'the animation should still be running when it is stopped'
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            Write-Host ("    PowerShell.Stop() returned after {0} ms" -f [int]$clock.Elapsed.TotalMilliseconds)
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
        }
        finally {
            $ps.Dispose()
        }
    }
}

Describe 'Import-CppnAnimation' {
    It 'reads the animation back from a GIF, and any frame re-renders from it, bit for bit and at any size' {
        $folder = New-TestFolder 'animation-import'
        $target = Join-Path $folder 'zoom.gif'
        $original = $n7 | New-CppnAnimation -Zoom 1, 0.2 -Frames 6
        $frames = @($original | Invoke-CppnRender -Size 24)
        $frames | Export-CppnAnimation -LiteralPath $target
        $read = Import-CppnAnimation -LiteralPath $target
        "$($read.Kind)" | Should -Be 'Zoom'
        $read.FrameCount | Should -Be 6
        Test-SameSamples $frames[4] ($read | Invoke-CppnRender -Size 24 -Frame 4) | Should -BeTrue
        ($read | Invoke-CppnRender -Size 40 -Frame 4).Width | Should -Be 40
    }

    It 'reads it from a PNG frame' {
        $folder = New-TestFolder 'animation-import-png'
        $n7 | New-CppnAnimation -Kind Spiral -Frames 3 | Invoke-CppnRender -Size 16 | Export-CppnAnimation -LiteralPath (Join-Path $folder 'frames')
        "$((Import-CppnAnimation -LiteralPath (Join-Path $folder 'frames/frame-0001.png')).Kind)" | Should -Be 'Spiral'
    }

    It 'a picture without a description: NoAnimationInFile' {
        $folder = New-TestFolder 'animation-import-none'
        $still = Join-Path $folder 'still.png'
        $n7 | Invoke-CppnRender -Size 8 | Export-CppnImage -LiteralPath $still
        Import-CppnAnimation -LiteralPath $still -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.FullyQualifiedErrorId | Should -BeLike 'NoAnimationInFile,*'
    }
}

Describe 'The animation examples and their gallery' {
    BeforeAll {
        $script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
        $script:Scripts = @(Get-ChildItem -LiteralPath (Join-Path $RepoRoot 'examples/animations') -Filter '*.ps1' -File | Sort-Object Name)
    }

    It 'cover every kind of motion' {
        $kinds = foreach ($script in $Scripts) {
            $folder = New-TestFolder ('anim-example-' + $script.BaseName)
            $file = & $script.FullName -Size 12 -Frames 3 -OutputFolder $folder
            $file | Should -BeOfType [System.IO.FileInfo]
            $animation = Import-CppnAnimation -LiteralPath $file.FullName
            $animation.FrameCount | Should -Be 3
            "$($animation.Kind)"
        }
        $kinds | Sort-Object -Unique | Should -Be ([Enum]::GetNames([CppnPS.Core.Motion.MotionKind]) | Sort-Object)
    }

    It 'each GIF is in docs/gallery/animations and shown in the README with its one-liner' {
        $readme = Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Raw
        foreach ($script in $Scripts) {
            $text = Get-Content -LiteralPath $script.FullName -Raw
            $gif = [regex]::Match($text, "'([a-z0-9-]+\.gif)'").Groups[1].Value
            $gif | Should -Not -BeNullOrEmpty
            Test-Path -LiteralPath (Join-Path $RepoRoot "docs/gallery/animations/$gif") | Should -BeTrue
            $readme | Should -BeLike "*docs/gallery/animations/$gif*"
            $oneLiner = ([regex]::Match($text, '(?m)^(New-CppnNetwork|1, 2, 3)[^\r\n]*-Frames \$Frames')).Value
            $oneLiner | Should -Not -BeNullOrEmpty
            $readme | Should -BeLike ('*' + [WildcardPattern]::Escape(($oneLiner -replace '\$Frames', '24')) + '*')
        }
    }
}
