# Ctrl+C during a long render: PowerShell.Stop() on a pipeline rendering and exporting in another
# runspace of this process must end it promptly (the render polls its cancellation token per
# row), and leave no file behind, neither the target nor a temporary one.

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
            # Generous: a stop that waited for the render to finish would take minutes.
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
            @(Get-ChildItem -LiteralPath $folder -Force) | Should -BeNullOrEmpty
        }
        finally {
            $ps.Dispose()
        }
    }
}
