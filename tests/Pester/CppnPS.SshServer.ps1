<#
    A throwaway OpenSSH server on 127.0.0.1 for the remoting tests: dot-source it, then Start-CppnTestSshServer.

    Everything it makes lives in one new folder (host key, user key, authorized_keys, known_hosts, sshd_config,
    the PowerShell subsystem's start script, the log), plus /run/sshd when sshd needs it and it was missing;
    Stop-CppnTestSshServer stops the server it started (by its process id) and removes all of it. Where sshd is
    missing or will not start, Start-CppnTestSshServer returns an object whose Reason says why, for the test to
    skip with.

    The PowerShell SSH subsystem is the pwsh running these tests (the `dotnet pwsh` tool: dotnet plus pwsh.dll,
    no pwsh executable of its own), started by a small shell script, because sshd's Subsystem line takes one
    command. The script also puts the folder of the module under test first on PSModulePath, so the remote
    sessions' `Import-Module CppnPS` loads the module being tested, as on a machine where it is installed.
#>

function Get-CppnTestFreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Start-CppnTestSshServer {
    param([Parameter(Mandatory)][string] $ModuleFolder)
    $server = [pscustomobject]@{
        Reason = $null; Port = 0; KeyFile = $null; KnownHosts = $null; Folder = $null; Process = $null; MadeRunSshd = $false; Log = $null
    }
    $sshd = @('/usr/sbin/sshd', '/usr/bin/sshd') | Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
    $keygen = Get-Command ssh-keygen -CommandType Application -ErrorAction Ignore | Select-Object -First 1
    $client = Get-Command ssh -CommandType Application -ErrorAction Ignore | Select-Object -First 1
    if (-not $sshd -or -not $keygen -or -not $client) {
        $server.Reason = 'OpenSSH (sshd, ssh-keygen and ssh) is not installed (apt-get install openssh-server; .ci/run does it as root)'
        return $server
    }
    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ('cppnps-sshd-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $folder | Out-Null
    $server.Folder = $folder
    if ($IsLinux -or $IsMacOS) { chmod 700 $folder }
    try {
        & $keygen.Source -q -t ed25519 -N '' -C cppnps-test-host -f (Join-Path $folder 'host_key') | Out-Null
        & $keygen.Source -q -t ed25519 -N '' -C cppnps-test-user -f (Join-Path $folder 'user_key') | Out-Null
        Copy-Item -LiteralPath (Join-Path $folder 'user_key.pub') -Destination (Join-Path $folder 'authorized_keys')
        $server.KeyFile = Join-Path $folder 'user_key'
        $server.Port = Get-CppnTestFreePort
        $hostKey = (Get-Content -LiteralPath (Join-Path $folder 'host_key.pub') -Raw).Trim()
        $server.KnownHosts = Join-Path $folder 'known_hosts'
        Set-Content -LiteralPath $server.KnownHosts -Value "[127.0.0.1]:$($server.Port) $hostKey" -Encoding ascii

        # The pwsh running this test: dotnet and pwsh.dll for the dotnet tool, or a pwsh executable.
        $process = [Environment]::ProcessPath
        $entry = [System.Reflection.Assembly]::GetEntryAssembly().Location
        $pwsh = if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { "'$process' '$entry'" } else { "'$process'" }
        $subsystem = Join-Path $folder 'pwsh-subsystem.sh'
        $modulePath = "'$ModuleFolder'" + ':"$PSModulePath"'
        Set-Content -LiteralPath $subsystem -Encoding ascii -Value @(
            '#!/bin/sh'
            "export PSModulePath=$modulePath"
            "exec $pwsh -sshs -NoLogo -NoProfile"
        )
        chmod 700 $subsystem

        $config = Join-Path $folder 'sshd_config'
        Set-Content -LiteralPath $config -Encoding ascii -Value @(
            "Port $($server.Port)"
            'ListenAddress 127.0.0.1'
            "HostKey $(Join-Path $folder 'host_key')"
            "PidFile $(Join-Path $folder 'sshd.pid')"
            "AuthorizedKeysFile $(Join-Path $folder 'authorized_keys')"
            "AllowUsers $([Environment]::UserName)"
            'PubkeyAuthentication yes'
            'PasswordAuthentication no'
            'KbdInteractiveAuthentication no'
            'PermitRootLogin prohibit-password'
            'UsePAM no'
            # The folder is under the temporary folder, which everyone may write: strict modes would refuse its keys.
            'StrictModes no'
            "Subsystem powershell $subsystem"
        )
        if ($IsLinux -and -not (Test-Path -LiteralPath '/run/sshd')) {
            try {
                New-Item -ItemType Directory -Path '/run/sshd' -ErrorAction Stop | Out-Null
                $server.MadeRunSshd = $true
            }
            catch { }
        }
        $server.Log = Join-Path $folder 'sshd.log'
        $server.Process = Start-Process -FilePath $sshd -ArgumentList '-D', '-e', '-f', $config -RedirectStandardError $server.Log -PassThru
        $deadline = [DateTime]::UtcNow.AddSeconds(20)
        while ([DateTime]::UtcNow -lt $deadline) {
            if ($server.Process.HasExited) { break }
            $probe = [System.Net.Sockets.TcpClient]::new()
            try {
                $probe.Connect('127.0.0.1', $server.Port)
                return $server
            }
            catch { Start-Sleep -Milliseconds 100 }
            finally { $probe.Dispose() }
        }
        $log = if (Test-Path -LiteralPath $server.Log) { (Get-Content -LiteralPath $server.Log -Raw) -replace '\s+', ' ' } else { '' }
        $server.Reason = "sshd did not start on 127.0.0.1:$($server.Port) (as $([Environment]::UserName)): $log".Trim()
        return $server
    }
    catch {
        $server.Reason = "the SSH server could not be set up: $($_.Exception.Message)"
        return $server
    }
}

function Stop-CppnTestSshServer {
    param($Server)
    if (-not $Server) { return }
    if ($Server.Process -and -not $Server.Process.HasExited) {
        Stop-Process -Id $Server.Process.Id -ErrorAction Ignore
        $Server.Process.WaitForExit(10000) | Out-Null
    }
    if ($Server.Folder -and (Test-Path -LiteralPath $Server.Folder)) { Remove-Item -LiteralPath $Server.Folder -Recurse -Force }
    if ($Server.MadeRunSshd -and (Test-Path -LiteralPath '/run/sshd')) { Remove-Item -LiteralPath '/run/sshd' -Recurse -Force -ErrorAction Ignore }
}
