# Ctrl+C during a long render or a long export: PowerShell.Stop() on a pipeline in another
# runspace of this process must end it promptly (the render and the encoder poll the cmdlet's
# cancellation token per row), leave no file behind, neither the target nor a temporary one, and
# keep an old file byte for byte.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:Manifest = Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1'
}

Describe 'Stopping a render' {
    It 'PowerShell.Stop() ends a long render promptly and leaves no file' {
        $folder = New-TestFolder 'stopping'
        $target = Join-Path $folder 'big.png'
        $ps = [powershell]::Create()
        try {
            # About 2.7e11 multiply-adds: minutes of work, far longer than the wait below.
            $null = $ps.AddScript("Import-Module '$script:Manifest'; New-CppnNetwork -Seed 3 -Hidden 16 -Width 64 | Invoke-CppnRender -Width 2000 -Height 2000 | Export-CppnImage -LiteralPath '$target'")
            $async = $ps.BeginInvoke()
            Start-Sleep -Milliseconds 1500
            $async.IsCompleted | Should -BeFalse -Because 'the render should still be running when it is stopped'
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $clock.Stop()
            Write-Host ("    PowerShell.Stop() returned after {0} ms" -f [int]$clock.Elapsed.TotalMilliseconds)
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            # A stop that waited for the render would have let it run to 100 %; this one ended it part way.
            $percents = @($ps.Streams.Progress | Where-Object Activity -eq 'Invoke-CppnRender' | ForEach-Object PercentComplete)
            $percents | Should -Not -Contain 100
            @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
        }
        finally {
            $ps.Dispose()
        }
    }

    It 'Reports progress on a long render, then completes the progress record' {
        $ps = [powershell]::Create()
        try {
            # Progress appears once a render has run for half a second; this one (about 8e10
            # multiply-adds on one thread) runs for seconds even on a fast core.
            $null = $ps.AddScript("Import-Module '$script:Manifest'; `$null = New-CppnNetwork -Seed 3 -Hidden 8 -Width 64 | Invoke-CppnRender -Size 1536 -ThrottleLimit 1")
            $null = $ps.Invoke()
            $ps.HadErrors | Should -BeFalse
            $records = @($ps.Streams.Progress | Where-Object Activity -eq 'Invoke-CppnRender')
            $records.Count | Should -BeGreaterThan 1
            $records[0].StatusDescription | Should -BeLike 'Rendering 1536x1536 with 2->64x9->3*'
            $records[-1].RecordType | Should -Be 'Completed'
            @($records | Where-Object { $_.PercentComplete -gt 0 -and $_.PercentComplete -le 100 }).Count | Should -BeGreaterThan 0
        }
        finally {
            $ps.Dispose()
        }
    }
}

Describe 'Stopping an export' {
    BeforeAll {
        # A busy 4096 x 4096 picture: deflate at level 9 takes many seconds over it.
        $script:big = New-CppnNetwork -Seed 5 -Hidden 2 -Width 16 | Invoke-CppnRender -Size 4096
    }

    It 'PowerShell.Stop() during a level-9 export ends it, keeps the old file and leaves no temporary file' {
        $folder = New-TestFolder 'stopping-export'
        $target = Join-Path $folder 'big.png'
        [System.IO.File]::WriteAllBytes($target, [byte[]](1, 2, 3, 4))
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddCommand('Import-Module').AddParameter('Name', $script:Manifest).AddStatement()
            $null = $ps.AddCommand('Export-CppnImage').AddParameter('Image', $script:big).AddParameter('LiteralPath', $target).
                AddParameter('CompressionLevel', 9).AddParameter('Force')
            $async = $ps.BeginInvoke()
            # Stop once the encoder has reported progress, so the stop lands inside the encoding.
            $deadline = [DateTime]::UtcNow.AddMinutes(2)
            while (-not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline -and
                -not @($ps.Streams.Progress | Where-Object { $_.Activity -eq 'Export-CppnImage' -and $_.PercentComplete -gt 0 })) {
                Start-Sleep -Milliseconds 50
            }
            $async.IsCompleted | Should -BeFalse -Because 'the export should still be encoding when it is stopped'
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            Write-Host ("    PowerShell.Stop() returned after {0} ms" -f [int]$clock.Elapsed.TotalMilliseconds)
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            [System.IO.File]::ReadAllBytes($target) | Should -Be ([byte[]](1, 2, 3, 4))
            @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('big.png')
        }
        finally {
            $ps.Dispose()
        }
    }

    It 'Reports progress on a long export, then completes the progress record' {
        $folder = New-TestFolder 'export-progress'
        $ps = [powershell]::Create()
        try {
            # A deferred picture is rendered band by band as it is encoded, so this export (about 8e10
            # multiply-adds) runs for seconds even where encoding alone would be too quick to show progress.
            $deferred = New-CppnNetwork -Seed 3 -Hidden 8 -Width 64 | Invoke-CppnRender -Size 1536 -Defer
            $null = $ps.AddCommand('Import-Module').AddParameter('Name', $script:Manifest).AddStatement()
            $null = $ps.AddCommand('Export-CppnImage').AddParameter('Image', $deferred).
                AddParameter('LiteralPath', (Join-Path $folder 'big.png')).AddParameter('CompressionLevel', 1)
            $null = $ps.Invoke()
            $ps.HadErrors | Should -BeFalse
            $records = @($ps.Streams.Progress | Where-Object Activity -eq 'Export-CppnImage')
            $records.Count | Should -BeGreaterThan 1
            $records[0].StatusDescription | Should -Be 'Rendering and encoding 1536x1536 Png, 8-bit to big.png'
            $records[-1].RecordType | Should -Be 'Completed'
            @($records | Where-Object { $_.PercentComplete -gt 0 -and $_.PercentComplete -le 100 }).Count | Should -BeGreaterThan 0
            (Read-TestPng (Join-Path $folder 'big.png')).Width | Should -Be 1536
        }
        finally {
            $ps.Dispose()
        }
    }
}
