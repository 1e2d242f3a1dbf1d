# Pictures too large to hold in memory: Invoke-CppnRender passes them on deferred, Export-CppnImage renders and
# encodes them a band at a time; the cmdlets that need samples refuse them with DeferredImage.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:Manifest = Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1'
    $script:network = New-CppnNetwork -Seed 3 -Hidden 3 -Width 8
    # 32768 x 32768 x 3 floats do not fit in one .NET array: deferred without being asked.
    $script:poster = $network | Invoke-CppnRender -Size 32768
}

Describe 'A deferred picture' {
    BeforeEach {
        $script:folder = New-TestFolder 'deferred'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
    }

    It 'is what Invoke-CppnRender passes on for a picture too large to hold, and -Verbose says so' {
        $poster.IsDeferred | Should -BeTrue
        $poster.Width | Should -Be 32768
        $verbose = $network | Invoke-CppnRender -Size 32768 -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        "$verbose" | Should -BeLike '*deferred*'
        ($network | Invoke-CppnRender -Size 16).IsDeferred | Should -BeFalse
    }

    It 'exported with -Defer gives the file of the rendered picture, at <BitDepth> bits' -ForEach @(@{ BitDepth = 8 }, @{ BitDepth = 16 }) {
        $deferred = $network | Invoke-CppnRender -Width 70 -Height 45 -Zoom 3 -Defer
        $deferred.IsDeferred | Should -BeTrue
        $deferred | Export-CppnImage 'deferred.png' -BitDepth $BitDepth
        $network | Invoke-CppnRender -Width 70 -Height 45 -Zoom 3 | Export-CppnImage 'rendered.png' -BitDepth $BitDepth
        $a = [System.IO.File]::ReadAllBytes((Join-Path $folder 'deferred.png'))
        $b = [System.IO.File]::ReadAllBytes((Join-Path $folder 'rendered.png'))
        [System.Linq.Enumerable]::SequenceEqual($a, $b) | Should -BeTrue
        (Import-CppnNetwork 'deferred.png').View.Zoom | Should -Be 3
    }

    It 'crosses into another process (Start-Job) deferred and exports to the same file' {
        $job = Start-Job -ScriptBlock {
            param($manifest)
            Import-Module $manifest
            New-CppnNetwork -Seed 3 -Hidden 3 -Width 8 | Invoke-CppnRender -Width 40 -Height 30 -Defer
        } -ArgumentList $script:Manifest
        $received = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop | Select-Object -First 1
        $image = [CppnPS.Core.Rendering.CppnImage]$received
        $image.IsDeferred | Should -BeTrue
        $image | Export-CppnImage 'received.png'
        $network | Invoke-CppnRender -Width 40 -Height 30 | Export-CppnImage 'local.png'
        $a = [System.IO.File]::ReadAllBytes((Join-Path $folder 'received.png'))
        $b = [System.IO.File]::ReadAllBytes((Join-Path $folder 'local.png'))
        [System.Linq.Enumerable]::SequenceEqual($a, $b) | Should -BeTrue
    }

    It '<Command> refuses it with DeferredImage and a message that says what to do' -ForEach @(
        @{ Command = 'Show-CppnImage'; Script = { $poster | Show-CppnImage -Force -ErrorAction Stop } }
        @{ Command = 'Measure-CppnImage'; Script = { $poster | Measure-CppnImage -ErrorAction Stop } }
        @{ Command = 'Join-CppnImage'; Script = { $poster | Join-CppnImage -ErrorAction Stop } }
        @{ Command = 'Export-CppnImage to JPEG'; Script = { $poster | Export-CppnImage 'poster.jpg' -ErrorAction Stop } }
    ) {
        $err = $Script | Should -Throw -ErrorId 'DeferredImage,*' -PassThru
        $err.Exception.Message | Should -BeLike '*Export-CppnImage*png*'
        @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
    }

    It 'Ctrl+C during a deferred export stops it and leaves no file' {
        $target = Join-Path $folder 'poster.png'
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript("Import-Module '$script:Manifest'; New-CppnNetwork -Seed 3 -Hidden 16 -Width 64 | Invoke-CppnRender -Size 32768 | Export-CppnImage -LiteralPath '$target'")
            $async = $ps.BeginInvoke()
            Start-Sleep -Milliseconds 1500
            $async.IsCompleted | Should -BeFalse -Because 'the poster should still be rendering when it is stopped'
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $clock.Stop()
            Write-Host ("    PowerShell.Stop() returned after {0} ms" -f [int]$clock.Elapsed.TotalMilliseconds)
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
        }
        finally {
            $ps.Dispose()
        }
    }
}
