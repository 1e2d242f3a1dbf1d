<#
    Exports that the file system refuses or the user stops: a full disk, a folder that may not be written, a path too
    long, and Ctrl+C at random points. In every case the old file stays whole, no temporary file is left, and the error
    has its own ErrorId. The file systems are small tmpfs mounts the tests make, which needs root; without root those
    tests say so and are skipped.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:IsRoot = $IsLinux -and (id -u) -eq '0'
    $script:CanMount = $IsRoot -and (Get-Command mount -ErrorAction Ignore) -and (Get-Command umount -ErrorAction Ignore)
    if ($CanMount) {
        # Root in a container may still lack the right to mount: try once, and skip with the reason if it is refused.
        $probe = Join-Path ([System.IO.Path]::GetTempPath()) ('cppnps-mount-probe-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $probe
        mount -t tmpfs -o size=16k cppnps-probe $probe 2>$null
        $script:CanMount = $LASTEXITCODE -eq 0
        if ($CanMount) { umount $probe }
        Remove-Item -LiteralPath $probe -Force
    }
    # About 1.5 MB as a 16-bit PNG stored without compression: more than the small file systems below hold.
    $script:Large = New-CppnNetwork -Seed 4 | Invoke-CppnRender -Size 500
    $script:Old = [byte[]](1..200 | ForEach-Object { $_ })

    function New-SmallDisk([string] $Name, [string] $Options) {
        $folder = New-TestFolder $Name
        mount -t tmpfs -o "size=256k,$Options" cppnps-test $folder
        if ($LASTEXITCODE -ne 0) { throw "mount failed with exit code $LASTEXITCODE" }
        $folder
    }

    function Remove-SmallDisk([string] $Folder) {
        umount $Folder
        Remove-Item -LiteralPath $Folder -Force
    }

    function Assert-OldFileAlone([string] $Folder, [string] $Path) {
        [System.IO.File]::ReadAllBytes($Path) | Should -Be $Old
        @(Get-ChildItem -LiteralPath $Folder -Force).Name | Should -Be (Split-Path $Path -Leaf)
    }
}

Describe 'Writes the file system refuses' {
    It 'a full disk: DiskFull, the old file whole, no temporary file' {
        if (-not $CanMount) { Set-ItResult -Skipped -Because 'mounting a small tmpfs needs root and mount (Linux), and the right to mount'; return }
        $folder = New-SmallDisk 'full' 'mode=0755'
        try {
            $path = Join-Path $folder 'poster.png'
            [System.IO.File]::WriteAllBytes($path, $Old)
            $Large | Export-CppnImage -Path $path -Force -BitDepth 16 -CompressionLevel 0 -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Be 'DiskFull,CppnPS.Module.Commands.ExportCppnImageCommand'
            $failed[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
            Assert-OldFileAlone $folder $path
        }
        finally { Remove-SmallDisk $folder }
    }

    It 'a read-only folder: WriteDenied, the old file whole, no temporary file' {
        # Root may write to any folder whatever its permissions: as root the folder is a tmpfs mounted read-only.
        if ($IsRoot -and -not $CanMount) { Set-ItResult -Skipped -Because 'as root, a read-only folder needs mount (Linux) and the right to mount'; return }
        if (-not $IsLinux) { Set-ItResult -Skipped -Because 'the read-only folder is made with mount or chmod (Linux)'; return }
        $folder = if ($IsRoot) { New-SmallDisk 'readonly' 'mode=0755' } else { New-TestFolder 'readonly' }
        try {
            $path = Join-Path $folder 'poster.png'
            [System.IO.File]::WriteAllBytes($path, $Old)
            if ($IsRoot) { mount -o remount,ro $folder } else { chmod 555 $folder }
            $LASTEXITCODE | Should -Be 0
            New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 8 | Export-CppnImage -Path $path -Force -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].FullyQualifiedErrorId | Should -Be 'WriteDenied,CppnPS.Module.Commands.ExportCppnImageCommand'
            $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            Assert-OldFileAlone $folder $path
        }
        finally { if ($IsRoot) { Remove-SmallDisk $folder } else { chmod 755 $folder } }
    }

    It 'a file name too long: PathTooLong, nothing written; a name of 250 bytes is written' {
        $folder = New-TestFolder 'long-names'
        $image = New-CppnNetwork -Seed 1 | Invoke-CppnRender -Size 8
        $image | Export-CppnImage -Path (Join-Path $folder ('n' * 300 + '.png')) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'PathTooLong,CppnPS.Module.Commands.ExportCppnImageCommand'
        @(Get-ChildItem -LiteralPath $folder -Force).Count | Should -Be 0
        $image.Network | Export-CppnNetwork -Path (Join-Path $folder ('n' * 300 + '.json')) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'PathTooLong,CppnPS.Module.Commands.ExportCppnNetworkCommand'
        $written = $image | Export-CppnImage -Path (Join-Path $folder ('n' * 246 + '.png')) -PassThru
        $written.Name.Length | Should -Be 250
        @(Get-ChildItem -LiteralPath $folder -Force).Count | Should -Be 1
    }
}

Describe 'Ctrl+C during exports' {
    It 'stopped at 100 random points, every export leaves the old file or the whole new one, and no temporary file' {
        $folder = New-TestFolder 'stop-random'
        $path = Join-Path $folder 'poster.png'
        $image = New-CppnNetwork -Seed 6 -Hidden 4 -Width 16 | Invoke-CppnRender -Size 200
        $complete = Join-Path (New-TestFolder 'stop-complete') 'poster.png'
        # The stops are spread over about one export's time, measured warm (a first, cold export takes several times
        # longer, and most stops would then land after the export had finished).
        $image | Export-CppnImage -Path $complete -BitDepth 16 -CompressionLevel 9
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $image | Export-CppnImage -Path $complete -BitDepth 16 -CompressionLevel 9 -Force
        $longest = [Math]::Max(20, [int]($clock.ElapsedMilliseconds * 1.2))
        $new = [System.IO.File]::ReadAllBytes($complete)
        $random = [System.Random]::new(20260)
        $stopped = 0
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript('param($Manifest) Import-Module $Manifest').AddArgument($CppnModuleManifest).Invoke()
            for ($i = 0; $i -lt 100; $i++) {
                [System.IO.File]::WriteAllBytes($path, $Old)
                $ps.Commands.Clear()
                $null = $ps.AddCommand('Export-CppnImage').AddParameter('Image', $image).AddParameter('LiteralPath', $path).
                    AddParameter('BitDepth', 16).AddParameter('CompressionLevel', 9).AddParameter('Force')
                $async = $ps.BeginInvoke()
                Start-Sleep -Milliseconds $random.Next(0, $longest)
                $ps.Stop()
                try { $null = $ps.EndInvoke($async) } catch [System.Management.Automation.PipelineStoppedException] { $stopped++ }
                $ps.Streams.Error | Where-Object { $_.FullyQualifiedErrorId -notmatch 'PipelineStopped' } | Should -BeNullOrEmpty
                $ps.Streams.ClearStreams()
                $bytes = [System.IO.File]::ReadAllBytes($path)
                ($bytes.Length -eq $Old.Length -and [System.Linq.Enumerable]::SequenceEqual($bytes, $Old)) -or
                    [System.Linq.Enumerable]::SequenceEqual($bytes, $new) | Should -BeTrue -Because "stop $i"
                @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be 'poster.png' -Because "stop $i"
            }
        }
        finally { $ps.Dispose() }
        # Most stops land during the export: the test checks stopped writes, not finished ones.
        Write-Host ("    {0} of 100 stops ended an export part way (stops spread over {1} ms)" -f $stopped, $longest)
        $stopped | Should -BeGreaterThan 20
    }
}
