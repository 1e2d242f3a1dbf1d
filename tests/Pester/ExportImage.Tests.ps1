BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:image = New-CppnNetwork -Seed 12 -Hidden 3 -Width 8 | Invoke-CppnRender -Size 32
    $script:oldBytes = [byte[]](0x6F, 0x6C, 0x64, 0x21)
}

Describe 'Export-CppnImage changes the file system only when asked' {
    BeforeEach {
        $script:folder = New-TestFolder 'export'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
    }

    It '-WhatIf writes nothing' {
        $output = $image | Export-CppnImage 'whatif.png' -WhatIf
        $output | Should -BeNullOrEmpty
        @(Get-ChildItem -LiteralPath $folder) | Should -BeNullOrEmpty
    }

    It '-WhatIf still refuses <Case> with InvalidExportOptions: the options are checked before ShouldProcess' -ForEach @(
        @{ Case = 'a 16-bit JPEG named by its extension'; Name = 'x.jpg'; Arguments = @{ BitDepth = 16 } }
        @{ Case = '-CompressionLevel 10'; Name = 'x.png'; Arguments = @{ CompressionLevel = 10 } }
    ) {
        $err = { $image | Export-CppnImage $Name @Arguments -WhatIf -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidExportOptions,*' -PassThru
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }

    It '-WhatIf into a folder that does not exist writes nothing and creates no folder (the folder is checked when writing)' {
        $output = $image | Export-CppnImage (Join-Path 'no-such-folder' 'art.png') -WhatIf -ErrorVariable failed
        $output | Should -BeNullOrEmpty
        $failed | Should -BeNullOrEmpty
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }

    It 'A path that names a folder is a write error (ExportFailed), not an option error' {
        $err = { $image | Export-CppnImage -LiteralPath ($folder + [System.IO.Path]::DirectorySeparatorChar) -Format Png -ErrorAction Stop } |
            Should -Throw -ErrorId 'ExportFailed,*' -PassThru
        $err.Exception.Message | Should -BeLike '*names a folder*'
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }

    It '-WhatIf leaves an existing file as it was, even with -Force' {
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'old.png'), $oldBytes)
        $image | Export-CppnImage 'old.png' -WhatIf -Force
        [System.IO.File]::ReadAllBytes((Join-Path $folder 'old.png')) | Should -Be $oldBytes
    }

    It 'Refuses to overwrite without -Force (FileExists) and keeps the old bytes' {
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'old.png'), $oldBytes)
        $err = { $image | Export-CppnImage 'old.png' -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists,*' -PassThru
        $err.CategoryInfo.Category | Should -Not -Be 'NotSpecified'
        [System.IO.File]::ReadAllBytes((Join-Path $folder 'old.png')) | Should -Be $oldBytes
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('old.png')
    }

    It '-Force overwrites an existing file with the picture' {
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'old.png'), $oldBytes)
        $image | Export-CppnImage 'old.png' -Force
        $png = Read-TestPng (Join-Path $folder 'old.png')
        $png.Width | Should -Be 32
        $png.Height | Should -Be 32
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('old.png')
    }

    It '-PassThru outputs the FileInfo of the written file; without it nothing is output' {
        $file = $image | Export-CppnImage 'out.png' -PassThru
        $file | Should -BeOfType System.IO.FileInfo
        $file.FullName | Should -Be (Join-Path $folder 'out.png')
        $file.Length | Should -Be (Get-Item -LiteralPath (Join-Path $folder 'out.png')).Length
        $file.Length | Should -BeGreaterThan 0

        $image | Export-CppnImage 'quiet.png' | Should -BeNullOrEmpty
    }

    It '-LiteralPath writes a name with [brackets] exactly' {
        $file = $image | Export-CppnImage -LiteralPath 'art[1].png' -PassThru
        $file.Name | Should -Be 'art[1].png'
        Test-Path -LiteralPath (Join-Path $folder 'art[1].png') | Should -BeTrue
        (Read-TestPng (Join-Path $folder 'art[1].png')).Width | Should -Be 32
        @(Get-ChildItem -LiteralPath $folder).Name | Should -Be @('art[1].png')
    }

    It 'Accepts -LiteralPath through its aliases LP and PSPath' {
        $image | Export-CppnImage -LP 'lp[1].png'
        $image | Export-CppnImage -PSPath 'ps[1].png'
        (Read-TestPng (Join-Path $folder 'lp[1].png')).Width | Should -Be 32
        (Read-TestPng (Join-Path $folder 'ps[1].png')).Width | Should -Be 32
    }

    It 'Picks the format from the extension, or from -Format' {
        $image | Export-CppnImage 'photo.jpg'
        $image | Export-CppnImage 'photo.jpeg'
        $image | Export-CppnImage 'bitmap.bmp'
        $image | Export-CppnImage 'forced.img' -Format Png
        $jpg = [System.IO.File]::ReadAllBytes((Join-Path $folder 'photo.jpg'))
        $jpg[0..2] | Should -Be @(0xFF, 0xD8, 0xFF)
        [System.IO.File]::ReadAllBytes((Join-Path $folder 'photo.jpeg'))[0..1] | Should -Be @(0xFF, 0xD8)
        [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes((Join-Path $folder 'bitmap.bmp')), 0, 2) | Should -Be 'BM'
        (Read-TestPng (Join-Path $folder 'forced.img')).Width | Should -Be 32
    }

    It '-BitDepth 16 writes a 16-bit PNG with the same picture' {
        $image | Export-CppnImage 'deep.png' -BitDepth 16
        $image | Export-CppnImage 'shallow.png'
        $deep = Read-TestPng (Join-Path $folder 'deep.png')
        $shallow = Read-TestPng (Join-Path $folder 'shallow.png')
        $deep.BitDepth | Should -Be 16
        $deep.ColorType | Should -Be $shallow.ColorType
        $deep.Width | Should -Be 32
        # The high byte of each 16-bit sample is within one step of the 8-bit sample.
        $channels = $shallow.BytesPerPixel
        $worst = 0
        for ($i = 0; $i -lt $shallow.Pixels.Length; $i += 37) {
            $worst = [Math]::Max($worst, [Math]::Abs([int]$deep.Pixels[2 * $i] - [int]$shallow.Pixels[$i]))
        }
        $channels | Should -BeGreaterOrEqual 3
        $worst | Should -BeLessOrEqual 1
    }

    It '-CompressionLevel changes the file size, never the pixels' {
        $large = New-CppnNetwork -Seed 12 -Hidden 3 -Width 8 | Invoke-CppnRender -Size 128
        $large | Export-CppnImage 'level0.png' -CompressionLevel 0
        $large | Export-CppnImage 'level6.png'
        $large | Export-CppnImage 'level9.png' -CompressionLevel 9
        $sizes = foreach ($name in 'level0.png', 'level6.png', 'level9.png') { (Get-Item -LiteralPath $name).Length }
        $sizes[0] | Should -BeGreaterThan $sizes[1]
        $sizes[1] | Should -BeGreaterOrEqual $sizes[2]
        $hash = (Read-TestPng (Join-Path $folder 'level6.png')).PixelHash()
        (Read-TestPng (Join-Path $folder 'level0.png')).PixelHash() | Should -Be $hash
        (Read-TestPng (Join-Path $folder 'level9.png')).PixelHash() | Should -Be $hash
    }

    It 'Refuses <Case> with InvalidExportOptions and writes nothing' -ForEach @(
        @{ Case = '-CompressionLevel 10'; Arguments = @{ CompressionLevel = 10 } }
        @{ Case = '-BitDepth 12'; Arguments = @{ BitDepth = 12 } }
        @{ Case = '-Quality 0'; Arguments = @{ Quality = 0 } }
        @{ Case = 'a 16-bit JPEG'; Arguments = @{ BitDepth = 16; Format = 'Jpeg' } }
    ) {
        $err = { $image | Export-CppnImage 'bad.png' @Arguments -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidExportOptions,*' -PassThru
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }
}

Describe 'Export-CppnImage -NoMetadata and -Rounding' {
    BeforeEach {
        $script:folder = New-TestFolder 'export-options'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
    }

    It 'A PNG carries the network by default; -NoMetadata leaves it out and keeps the pixels' {
        $image | Export-CppnImage 'with.png'
        $image | Export-CppnImage 'without.png' -NoMetadata
        $with = Read-TestPng (Join-Path $folder 'with.png')
        $without = Read-TestPng (Join-Path $folder 'without.png')
        $with.Text.Keys | Should -Contain 'cppnps'
        $without.Text.Count | Should -Be 0
        @($without.ChunkTypes | Where-Object { $_ -in 'tEXt', 'zTXt', 'iTXt' }) | Should -BeNullOrEmpty
        $without.PixelHash() | Should -Be $with.PixelHash()
        (Get-Item -LiteralPath 'without.png').Length | Should -BeLessThan (Get-Item -LiteralPath 'with.png').Length
        { Import-CppnNetwork 'without.png' -ErrorAction Stop } | Should -Throw -ErrorId 'NoGenomeInImage,*'
    }

    It '-Rounding Truncate writes floor(v * 255) of the float32 product, as (frame * 255).astype(uint8) does' {
        $image | Export-CppnImage 'truncated.png' -Rounding Truncate
        $image | Export-CppnImage 'nearest.png'
        $truncated = Read-TestPng (Join-Path $folder 'truncated.png')
        $nearest = Read-TestPng (Join-Path $folder 'nearest.png')
        $samples = [float[]](Get-TestSamples $image)
        $truncated.Pixels.Length | Should -Be $samples.Length
        $mismatches = 0
        $differFromNearest = 0
        for ($i = 0; $i -lt $samples.Length; $i++) {
            # The product is exact in double; the cast to float rounds it as a float32 multiply would.
            $v = [Math]::Min(1.0, [Math]::Max(0.0, [double]$samples[$i]))
            $expected = [int][Math]::Floor([double][float]($v * 255.0))
            if ($truncated.Pixels[$i] -ne $expected) { $mismatches++ }
            if ($nearest.Pixels[$i] -ne $truncated.Pixels[$i]) { $differFromNearest++ }
        }
        $mismatches | Should -Be 0
        # Rounding to the nearest level gives one more for about half the samples.
        $differFromNearest | Should -BeGreaterThan ($samples.Length / 4)
    }

    It '-Rounding Nearest is the default' {
        $image | Export-CppnImage 'default.png'
        $image | Export-CppnImage 'nearest.png' -Rounding Nearest
        Get-TestFileHash 'nearest.png' | Should -Be (Get-TestFileHash 'default.png')
    }
}

Describe 'A batch is written while the next picture is made' {
    BeforeAll {
        $script:batch = @(1..4 | ForEach-Object { New-CppnNetwork -Seed $_ -Hidden 2 -Width 8 | Invoke-CppnRender -Size 48 })
    }

    BeforeEach {
        $script:folder = New-TestFolder 'overlap'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
    }

    It '-PassThru gives each file once, in the order of the pictures, each as written alone' {
        $files = @($batch | Export-CppnImage -Path { "seed$($_.Network.Seed).png" } -PassThru)
        $files.Name | Should -Be @('seed1.png', 'seed2.png', 'seed3.png', 'seed4.png')
        foreach ($picture in $batch) {
            $alone = Join-Path $folder ("alone{0}.png" -f $picture.Network.Seed)
            Export-CppnImage -Image $picture -LiteralPath $alone
            $expected = [System.IO.File]::ReadAllBytes($alone)
            [System.IO.File]::ReadAllBytes((Join-Path $folder ("seed{0}.png" -f $picture.Network.Seed))) | Should -Be $expected
        }
    }

    It 'A failed write in the middle is reported once, at its place, and the others are written' {
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'seed2.png'), $oldBytes)
        $files = @($batch | Export-CppnImage -Path { "seed$($_.Network.Seed).png" } -PassThru -ErrorVariable failed -ErrorAction SilentlyContinue)
        $files.Name | Should -Be @('seed1.png', 'seed3.png', 'seed4.png')
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'FileExists,*'
        $failed[0].TargetObject | Should -BeLike '*seed2.png'
        [System.IO.File]::ReadAllBytes((Join-Path $folder 'seed2.png')) | Should -Be $oldBytes
    }

    It '-ErrorAction Stop ends the batch at the failed write: the pictures after it are not written' {
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'seed2.png'), $oldBytes)
        { $batch | Export-CppnImage -Path { "seed$($_.Network.Seed).png" } -ErrorAction Stop } | Should -Throw -ErrorId 'FileExists,*'
        Join-Path $folder 'seed1.png' | Should -Exist
        Join-Path $folder 'seed3.png' | Should -Not -Exist
        Join-Path $folder 'seed4.png' | Should -Not -Exist
    }

    It 'The same file named by every picture ends as the last picture, written alone' {
        $batch | Export-CppnImage -Path 'same.png' -Force
        Export-CppnImage -Image $batch[-1] -LiteralPath (Join-Path $folder 'last.png')
        [System.IO.File]::ReadAllBytes((Join-Path $folder 'same.png')) | Should -Be ([System.IO.File]::ReadAllBytes((Join-Path $folder 'last.png')))
    }

    It 'Stopping the pipeline while a picture is written and the next is made leaves whole files or none, and no temporary file' {
        # A busy 2048 x 2048 picture (48 MiB of samples, within a band, so it is written while the command before runs on)
        # takes seconds to deflate at level 9; the command before then waits as a long render would.
        $busy = New-CppnNetwork -Seed 5 -Hidden 2 -Width 16 | Invoke-CppnRender -Size 2048
        $target = Join-Path $folder 'busy.png'
        $ps = [powershell]::Create()
        try {
            $manifest = Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1'
            $null = $ps.AddScript("Import-Module '$manifest'; & { `$args[0]; Start-Sleep -Seconds 60 } `$args[0] | Export-CppnImage -LiteralPath '$target' -CompressionLevel 9").AddArgument($busy)
            $async = $ps.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while (-not (Get-ChildItem -LiteralPath $folder -Force) -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
            @(Get-ChildItem -LiteralPath $folder -Force).Count | Should -BeGreaterThan 0 -Because 'the write should have started'
            $ps.Stop()
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $left = @(Get-ChildItem -LiteralPath $folder -Force)
            @($left | Where-Object Name -ne 'busy.png') | Should -BeNullOrEmpty
            if ($left.Count -eq 1) {
                Export-CppnImage -Image $busy -LiteralPath (Join-Path $TestDrive 'busy-alone.png') -CompressionLevel 9 -Force
                [System.IO.File]::ReadAllBytes($target) | Should -Be ([System.IO.File]::ReadAllBytes((Join-Path $TestDrive 'busy-alone.png')))
            }
        }
        finally {
            $ps.Dispose()
        }
    }
}
