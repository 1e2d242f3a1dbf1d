# Export-CppnAnimation: GIF, a folder of PNG frames and MP4 (through ffmpeg), read back by readers of the
# tests' own (the xunit tests read the GIFs back with ImageSharp); bad input gets an ErrorId and leaves nothing.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:Manifest = Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1'

    function Read-TestGif {
        # Walks a GIF's blocks: image count, each frame's delay (hundredths of a second), the NETSCAPE2.0 loop
        # extension's repeat count (null without one) and the comment extensions' text.
        param([Parameter(Mandatory)][string] $LiteralPath)
        $b = [System.IO.File]::ReadAllBytes($LiteralPath)
        if ([System.Text.Encoding]::ASCII.GetString($b, 0, 6) -ne 'GIF89a') { throw 'Not a GIF89a file.' }
        $result = [ordered]@{ Width = $b[6] + 256 * $b[7]; Height = $b[8] + 256 * $b[9]; Frames = 0; Delays = [System.Collections.Generic.List[int]]::new(); Repeat = $null; Comments = [System.Collections.Generic.List[string]]::new() }
        $p = 13
        if ($b[10] -band 0x80) { $p += 3 * [math]::Pow(2, ($b[10] -band 7) + 1) }
        $readBlocks = {
            $data = [System.IO.MemoryStream]::new()
            while ($b[$script:at] -ne 0) { $data.Write($b, $script:at + 1, $b[$script:at]); $script:at += $b[$script:at] + 1 }
            $script:at++
            , $data.ToArray()
        }
        while ($true) {
            $script:at = $p
            switch ($b[$p]) {
                0x3B { return [pscustomobject]$result }
                0x21 {
                    $label = $b[$p + 1]
                    $script:at = $p + 2
                    $data = & $readBlocks
                    if ($label -eq 0xF9) { $result.Delays.Add($data[1] + 256 * $data[2]) }
                    elseif ($label -eq 0xFE) { $result.Comments.Add([System.Text.Encoding]::UTF8.GetString($data)) }
                    elseif ($label -eq 0xFF -and [System.Text.Encoding]::ASCII.GetString($data, 0, 11) -eq 'NETSCAPE2.0') { $result.Repeat = $data[12] + 256 * $data[13] }
                    $p = $script:at
                }
                0x2C {
                    $result.Frames++
                    $packed = $b[$p + 9]
                    $script:at = $p + 10
                    if ($packed -band 0x80) { $script:at += 3 * [math]::Pow(2, ($packed -band 7) + 1) }
                    $script:at++            # LZW minimum code size
                    $null = & $readBlocks
                    $p = $script:at
                }
                default { throw "Unexpected block 0x$('{0:X2}' -f $b[$p]) at $p." }
            }
        }
    }

    $script:network = New-CppnNetwork -Seed 7 -Hidden 2 -Width 8
    $script:description = '{"format":"cppnps-animation","frames":6}'
    # Six frames marked as an animation, so the writers have a description to embed.
    $script:frames = @(0..5 | ForEach-Object {
            $picture = $network | Invoke-CppnRender -Size 32 -Zoom (1 - $_ / 10)
            $picture.WithFrame([CppnPS.Core.Motion.FrameInfo]::new($_, 6, $_ / 5, $description))
        })
    $script:ffmpeg = Get-Command ffmpeg -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    $script:ffprobe = Get-Command ffprobe -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
}

Describe 'Export-CppnAnimation to GIF' {
    BeforeEach {
        $script:folder = New-TestFolder 'animation-gif'
    }

    It 'writes every frame with the delay of -FrameRate, looping, with the description as a comment' {
        $target = Join-Path $folder 'zoom.gif'
        $file = $frames | Export-CppnAnimation -LiteralPath $target -FrameRate 25 -PassThru
        $file.FullName | Should -Be $target
        $gif = Read-TestGif $target
        $gif.Frames | Should -Be 6
        "$($gif.Width)x$($gif.Height)" | Should -Be '32x32'
        $gif.Delays | Should -Be @(4, 4, 4, 4, 4, 4)
        $gif.Repeat | Should -Be 0
        $gif.Comments | Should -Be @($description)
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('zoom.gif')
    }

    It 'at 30 fps the delays are whole hundredths that add up to the exact times' {
        $target = Join-Path $folder 'thirty.gif'
        $frames | Export-CppnAnimation -LiteralPath $target
        (Read-TestGif $target).Delays | Should -Be @(3, 4, 3, 3, 4, 3)
    }

    It '-PlayOnce leaves out the loop extension' {
        $target = Join-Path $folder 'once.gif'
        $frames | Export-CppnAnimation -LiteralPath $target -PlayOnce
        $gif = Read-TestGif $target
        $gif.Repeat | Should -BeNullOrEmpty
        $gif.Frames | Should -Be 6
    }

    It '-Dither changes the pixels, not the frame count' {
        $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'plain.gif')
        $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'dithered.gif') -Dither
        (Read-TestGif (Join-Path $folder 'dithered.gif')).Frames | Should -Be 6
        Get-TestFileHash (Join-Path $folder 'dithered.gif') | Should -Not -Be (Get-TestFileHash (Join-Path $folder 'plain.gif'))
    }

    It 'the same frames give the same bytes' {
        $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'a.gif')
        $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'b.gif')
        Get-TestFileHash (Join-Path $folder 'a.gif') | Should -Be (Get-TestFileHash (Join-Path $folder 'b.gif'))
    }

    It 'an animation rendered on one thread or on all gives the same bytes, dithered or not' {
        $animation = New-CppnNetwork -Seed 7 -Hidden 2 -Width 8 | New-CppnAnimation -Zoom 1, 0.5 -Frames 8
        foreach ($dither in $false, $true) {
            $animation | Invoke-CppnRender -Size 40 -ThrottleLimit 1 | Export-CppnAnimation -LiteralPath (Join-Path $folder "one-$dither.gif") -Dither:$dither
            $animation | Invoke-CppnRender -Size 40 | Export-CppnAnimation -LiteralPath (Join-Path $folder "all-$dither.gif") -Dither:$dither
            (Read-TestGif (Join-Path $folder "one-$dither.gif")).Frames | Should -Be 8
            Get-TestFileHash (Join-Path $folder "one-$dither.gif") | Should -Be (Get-TestFileHash (Join-Path $folder "all-$dither.gif"))
        }
    }

    It 'pictures without frame information make a GIF without a comment' {
        $target = Join-Path $folder 'stills.gif'
        0..2 | ForEach-Object { $network | Invoke-CppnRender -Size 16 -Zoom (1 + $_) } | Export-CppnAnimation -LiteralPath $target
        $gif = Read-TestGif $target
        $gif.Frames | Should -Be 3
        $gif.Comments.Count | Should -Be 0
    }

    It '-WhatIf writes nothing' {
        $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'what.gif') -WhatIf
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }
}

Describe 'Export-CppnAnimation to a folder of PNG frames' {
    It 'writes numbered PNGs, each with the description and its network' {
        $folder = New-TestFolder 'animation-frames'
        $target = Join-Path $folder 'frames'
        $frames | Export-CppnAnimation -LiteralPath $target
        $names = @(Get-ChildItem -LiteralPath $target -Force | Sort-Object Name | ForEach-Object Name)
        $names | Should -Be @(0..5 | ForEach-Object { 'frame-{0:D4}.png' -f $_ })
        $png = Read-TestPng (Join-Path $target 'frame-0003.png')
        $png.Text['cppnps-animation'] | Should -Be $description
        $png.Text.ContainsKey('cppnps') | Should -BeTrue
        (Import-CppnNetwork -LiteralPath (Join-Path $target 'frame-0003.png')).Seed | Should -Be 7
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('frames')
    }

    It '-NamePattern names the frames' {
        $folder = New-TestFolder 'animation-pattern'
        $frames | Select-Object -First 2 | Export-CppnAnimation -LiteralPath (Join-Path $folder 'out') -NamePattern 'zoom_{0:D3}.png'
        @(Get-ChildItem -LiteralPath (Join-Path $folder 'out') | Sort-Object Name).Name | Should -Be @('zoom_000.png', 'zoom_001.png')
    }
}

Describe 'Export-CppnAnimation to MP4' {
    It 'pipes the frames to ffmpeg: an H.264 video of every frame, checked with ffprobe' {
        if (-not $ffmpeg -or -not $ffprobe) {
            Set-ItResult -Skipped -Because 'ffmpeg or ffprobe is not on PATH (apt-get install ffmpeg); the MP4 output was not checked'
            return
        }
        $folder = New-TestFolder 'animation-mp4'
        $target = Join-Path $folder 'zoom.mp4'
        $frames | Export-CppnAnimation -LiteralPath $target -FrameRate 12
        $probe = & $ffprobe.Source -v error -select_streams v:0 -count_frames -show_entries stream=codec_name,width,height,nb_read_frames,avg_frame_rate -of csv=p=0 $target
        $LASTEXITCODE | Should -Be 0
        $probe | Should -Be 'h264,32,32,12/1,6'
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('zoom.mp4')
    }

    It 'without ffmpeg on PATH: FfmpegNotFound, saying how to install it, and no file' {
        $folder = New-TestFolder 'animation-noffmpeg'
        $empty = New-TestFolder 'empty-path'
        $saved = $env:PATH
        try {
            $env:PATH = $empty
            { $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'a.mp4') } |
                Should -Throw -ErrorId 'FfmpegNotFound,*' -ExpectedMessage '*apt-get install ffmpeg*'
        }
        finally {
            $env:PATH = $saved
        }
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }

    It 'ffmpeg failing mid-stream: FfmpegFailed with its message, and no file' {
        if ($IsWindows) {
            Set-ItResult -Skipped -Because 'the stand-in ffmpeg that fails is a shell script'
            return
        }
        $folder = New-TestFolder 'animation-ffmpegfails'
        $bin = New-TestFolder 'failing-ffmpeg'
        $fake = Join-Path $bin 'ffmpeg'
        # Takes part of the first frame, then fails as a real encoder does on bad input.
        Set-Content -LiteralPath $fake -Value "#!/bin/sh`nhead -c 100 > /dev/null`necho 'Conversion failed!' >&2`nexit 3" -NoNewline
        & chmod +x $fake
        $big = $network | Invoke-CppnRender -Size 256
        $saved = $env:PATH
        try {
            $env:PATH = "$bin$([System.IO.Path]::PathSeparator)$saved"
            { 1..40 | ForEach-Object { $big } | Export-CppnAnimation -LiteralPath (Join-Path $folder 'a.mp4') } |
                Should -Throw -ErrorId 'FfmpegFailed,*' -ExpectedMessage '*Conversion failed!*'
        }
        finally {
            $env:PATH = $saved
        }
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }
}

Describe 'Export-CppnAnimation bad input' {
    BeforeEach {
        $script:folder = New-TestFolder 'animation-errors'
    }

    AfterEach {
        @(Get-ChildItem -LiteralPath $folder -Force -Recurse) | Should -BeNullOrEmpty
    }

    It 'no frames: NoFrames' {
        @() | Export-CppnAnimation -LiteralPath (Join-Path $folder 'none.gif') -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems.FullyQualifiedErrorId | Should -BeLike 'NoFrames,*'
    }

    It 'frames of different sizes: FrameSizeMismatch' {
        $other = $network | Invoke-CppnRender -Size 16
        { @($frames[0], $frames[1], $other) | Export-CppnAnimation -LiteralPath (Join-Path $folder 'mixed.gif') } |
            Should -Throw -ErrorId 'FrameSizeMismatch,*' -ExpectedMessage '*Frame 2 is 16x16 but the first frame is 32x32*'
    }

    It 'an extension that is not an animation: UnknownAnimationFormat' {
        { $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'a.webm') } | Should -Throw -ErrorId 'UnknownAnimationFormat,*'
    }

    It 'a GIF faster than 100 fps: InvalidAnimationOptions' {
        { $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'fast.gif') -FrameRate 120 } |
            Should -Throw -ErrorId 'InvalidAnimationOptions,*' -ExpectedMessage '*FrameRate*'
    }

    It 'a missing folder: DirectoryNotFound' {
        { $frames | Export-CppnAnimation -LiteralPath (Join-Path $folder 'no/such/a.gif') } | Should -Throw -ErrorId 'DirectoryNotFound,*'
    }
}

Describe 'Export-CppnAnimation keeps what exists' {
    It 'an existing file: FileExists, kept byte for byte; -Force replaces it' {
        $folder = New-TestFolder 'animation-exists'
        $target = Join-Path $folder 'a.gif'
        [System.IO.File]::WriteAllBytes($target, [byte[]](1, 2, 3))
        { $frames | Export-CppnAnimation -LiteralPath $target } | Should -Throw -ErrorId 'FileExists,*'
        [System.IO.File]::ReadAllBytes($target) | Should -Be ([byte[]](1, 2, 3))
        $frames | Export-CppnAnimation -LiteralPath $target -Force
        (Read-TestGif $target).Frames | Should -Be 6
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('a.gif')
    }

    It 'PowerShell.Stop() during a long export ends it, keeps the old file and leaves no temporary file' {
        $folder = New-TestFolder 'animation-stop'
        $target = Join-Path $folder 'long.gif'
        [System.IO.File]::WriteAllBytes($target, [byte[]](1, 2, 3))
        $ps = [powershell]::Create()
        try {
            # Thousands of 384 x 384 frames: minutes of encoding, far longer than the wait for progress.
            $null = $ps.AddScript("Import-Module '$script:Manifest'; `$p = New-CppnNetwork -Seed 3 | Invoke-CppnRender -Size 384; 1..5000 | ForEach-Object { `$p } | Export-CppnAnimation -LiteralPath '$target' -Force")
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddMinutes(2)
            while (-not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline -and
                -not @($ps.Streams.Progress | Where-Object { $_.Activity -eq 'Export-CppnAnimation' })) {
                Start-Sleep -Milliseconds 50
            }
            $async.IsCompleted | Should -BeFalse -Because 'the export should still be encoding when it is stopped'
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            Write-Host ("    PowerShell.Stop() returned after {0} ms" -f [int]$clock.Elapsed.TotalMilliseconds)
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            [System.IO.File]::ReadAllBytes($target) | Should -Be ([byte[]](1, 2, 3))
            @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('long.gif')
        }
        finally {
            $ps.Dispose()
        }
    }
}
