<#
    PowerShell remoting for real: an OpenSSH server on 127.0.0.1 (CppnPS.SshServer.ps1) with PowerShell's SSH
    subsystem, two sessions that import the module under test, the README's poster fan-out run as printed, and the
    result compared with a local render. Where sshd cannot be started, every test here says why and is skipped.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.SshServer.ps1')
    $script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
    $moduleFolder = Split-Path (Split-Path (Get-Module CppnPS).Path -Parent) -Parent
    $script:Server = Start-CppnTestSshServer -ModuleFolder $moduleFolder
    $script:ServerFolder = $Server.Folder

    # The README's fan-out block, as printed.
    $readme = Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Raw
    $blocks = [regex]::Matches($readme, '(?ms)^```powershell\r?\n(.*?)^```')
    $script:FanOutBlock = @($blocks | ForEach-Object { $_.Groups[1].Value } | Where-Object { $_ -match 'Invoke-CppnFanOut\.ps1 -Session' })

    # The example script where the block expects it, below a folder of this test's own.
    $script:WorkFolder = New-TestFolder 'remoting'
    New-Item -ItemType Directory -Path (Join-Path $WorkFolder 'examples/remoting') | Out-Null
    Copy-Item -LiteralPath (Join-Path $RepoRoot 'examples/remoting/Invoke-CppnFanOut.ps1') -Destination (Join-Path $WorkFolder 'examples/remoting')

    function Skip-WithoutServer {
        if ($Server.Reason) { Set-ItResult -Skipped -Because $Server.Reason; return $true }
        $false
    }

    function New-TestSession([int] $Count) {
        $options = @{ UserKnownHostsFile = $Server.KnownHosts }
        @(1..$Count | ForEach-Object { New-PSSession -HostName 127.0.0.1 -Port $Server.Port -KeyFilePath $Server.KeyFile -Options $options -ErrorAction Stop })
    }
}

AfterAll {
    Get-PSSession | Where-Object { $_.ComputerName -eq '127.0.0.1' } | Remove-PSSession
    Stop-CppnTestSshServer $Server
}

Describe 'A poster rendered across PowerShell remoting sessions over SSH' {
    It 'The README shows exactly one fan-out block' {
        $FanOutBlock.Count | Should -Be 1
    }

    It "runs the README's block over two sessions; the PNG and the joined picture equal a local render" {
        if (Skip-WithoutServer) { return }
        $hostNames = '127.0.0.1', '127.0.0.1'; $port = $Server.Port
        $keyFile = $Server.KeyFile; $knownHosts = $Server.KnownHosts
        Push-Location -LiteralPath $WorkFolder
        try {
            . ([scriptblock]::Create($FanOutBlock[0]))
        }
        finally { Pop-Location }
        $sessions | ForEach-Object { $_.State } | Should -Be 'Closed', 'Closed'
        $tiles.Count | Should -Be 6
        foreach ($tile in $tiles) {
            $tile | Should -BeOfType [CppnPS.Core.Rendering.CppnImage]
            $tile.Region | Should -Not -BeNullOrEmpty
        }
        $whole = $network | Invoke-CppnRender -Width 192 -Height 128
        $local = Join-Path $WorkFolder 'local.png'
        $whole | Export-CppnImage -Path $local
        Get-TestFileHash (Join-Path $WorkFolder 'poster.png') | Should -Be (Get-TestFileHash $local)
        Test-SameSamples $whole ($tiles | Join-CppnTile) | Should -BeTrue
    }

    It 'retries the tiles of a session that fails them, and skips a closed session, on the good one' {
        if (Skip-WithoutServer) { return }
        $good, $broken, $closed = New-TestSession 3
        try {
            Invoke-Command -Session $good, $closed -ScriptBlock { Import-Module CppnPS }
            # A function comes before a cmdlet of the same name: this session fails every tile.
            Invoke-Command -Session $broken -ScriptBlock { function global:Invoke-CppnRender { throw 'this machine cannot render' } }
            Remove-PSSession -Session $closed
            $network = New-CppnNetwork -Seed 9 -Hidden 3 -Width 10
            $regions = [CppnPS.Core.Coordinates.CanvasRegion]::Split(60, 40, 20, 20)
            $script = Join-Path $WorkFolder 'examples/remoting/Invoke-CppnFanOut.ps1'
            $all = & $script -Session $good, $broken, $closed -InputObject $regions -ArgumentList $network -Verbose -ScriptBlock {
                param($Region, $Network)
                $Network | Invoke-CppnRender -Width 60 -Height 40 -Region $Region.X, $Region.Y, $Region.Width, $Region.Height
            } 4>&1
            $verbose = @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
            $tiles = @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
            @($tiles).Count | Should -Be 6
            @($verbose | Where-Object { $_ -match 'retried on another' }).Count | Should -BeGreaterThan 0
            Test-SameSamples ($network | Invoke-CppnRender -Width 60 -Height 40) ($tiles | Join-CppnTile) | Should -BeTrue
        }
        finally { Remove-PSSession -Session $good, $broken -ErrorAction Ignore }
    }

    It 'stops with an error naming the item when every session has failed it' {
        if (Skip-WithoutServer) { return }
        $sessions = New-TestSession 2
        try {
            $script = Join-Path $WorkFolder 'examples/remoting/Invoke-CppnFanOut.ps1'
            { & $script -Session $sessions -InputObject 1, 2 -MaxAttempts 2 -ScriptBlock { param($Item) throw "item $Item broke" } } |
                Should -Throw '*failed 2 time(s)*broke*'
        }
        finally { Remove-PSSession -Session $sessions }
    }

    It 'stops the server and removes every file it made' {
        if (Skip-WithoutServer) { return }
        Get-PSSession | Where-Object { $_.ComputerName -eq '127.0.0.1' } | Remove-PSSession
        Stop-CppnTestSshServer $Server
        $Server.Process.HasExited | Should -BeTrue
        Test-Path -LiteralPath $ServerFolder | Should -BeFalse
        if ($Server.MadeRunSshd) { Test-Path -LiteralPath '/run/sshd' | Should -BeFalse }
    }
}
