# The same network and settings give the same bytes whatever the thread count, and whatever
# vector instructions the runtime may use: the fast engine sums in one fixed order with separate
# multiply and add, so AVX2, SSE-only and plain scalar code must agree to the bit.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')

    # One child pwsh per runtime configuration, started the way this session was started
    # (under `dotnet pwsh`, the process is dotnet itself and pwsh.dll is its argument).
    function Invoke-ChildRender {
        param([hashtable] $Environment)
        $script = @'
param($manifest)
Import-Module $manifest -ErrorAction Stop
$sha = [System.Security.Cryptography.SHA256]::Create()
$hashes = foreach ($threads in 1, 2, 7) {
    $image = New-CppnNetwork -Seed 5 -Hidden 3 -Width 13 -Radius | Invoke-CppnRender -Width 97 -Height 61 -Zoom 2.5 -ThrottleLimit $threads
    $samples = $image.ToArray()
    $bytes = [byte[]]::new($samples.Length * 4)
    [System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
    [System.BitConverter]::ToString($sha.ComputeHash($bytes))
}
"vector=$([System.Numerics.Vector[float]]::Count) accelerated=$([System.Numerics.Vector]::IsHardwareAccelerated)"
$hashes
'@
        $file = Join-Path $TestDrive 'child-render.ps1'
        Set-Content -LiteralPath $file -Value $script
        $manifest = Join-Path (Split-Path (Get-Module CppnPS).Path) 'CppnPS.psd1'
        $exe = [Environment]::ProcessPath
        [string[]] $arguments = @(if ((Split-Path $exe -Leaf) -like 'dotnet*') { Join-Path $PSHOME 'pwsh.dll' })
        $saved = @{}
        foreach ($key in $Environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $Environment[$key]) }
        try {
            $output = & $exe @arguments -NoProfile -NonInteractive -File $file $manifest 2>&1
            if ($LASTEXITCODE -ne 0) { throw "child pwsh failed ($LASTEXITCODE): $output" }
            return @($output | ForEach-Object { "$_" })
        }
        finally {
            foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
        }
    }

    $script:Default = Invoke-ChildRender @{}
}

Describe 'Deterministic rendering' {
    It 'Gives the same samples for ThrottleLimit 1, 2 and 7' {
        $script:Default.Count | Should -Be 4
        $script:Default[2] | Should -Be $script:Default[1]
        $script:Default[3] | Should -Be $script:Default[1]
    }

    It 'Gives the same samples without AVX2 (DOTNET_EnableAVX2=0)' {
        $other = Invoke-ChildRender @{ DOTNET_EnableAVX2 = '0' }
        $other[0] | Should -Not -Be $script:Default[0] -Because 'the child must really run with narrower vectors'
        $other[1..3] | Should -Be $script:Default[1..3]
    }

    It 'Gives the same samples without any hardware intrinsics (DOTNET_EnableHWIntrinsic=0)' {
        $other = Invoke-ChildRender @{ DOTNET_EnableHWIntrinsic = '0' }
        $other[0] | Should -Match 'accelerated=False'
        $other[1..3] | Should -Be $script:Default[1..3]
    }
}
