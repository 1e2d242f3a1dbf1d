# The same network and settings give the same bytes whatever the thread count, and whatever
# vector instructions the runtime may use: the fast engine sums in one fixed order with separate
# multiply and add, so AVX2, SSE-only and plain scalar code must agree to the bit.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')

    # Renders one picture at three thread counts in a fresh pwsh whose runtime sees the given
    # environment (DOTNET_* settings are read at process start), and returns the vector width
    # and the SHA-256 of each render's float samples.
    function Invoke-ChildRender {
        param([hashtable] $Environment)
        $script = @'
param($manifest)
Import-Module $manifest -ErrorAction Stop
$sha = [System.Security.Cryptography.SHA256]::Create()
"vector=$([System.Numerics.Vector[float]]::Count) accelerated=$([System.Numerics.Vector]::IsHardwareAccelerated)"
foreach ($threads in 1, 2, 7) {
    $image = New-CppnNetwork -Seed 5 -Hidden 3 -Width 13 -Radius | Invoke-CppnRender -Width 97 -Height 61 -Zoom 2.5 -ThrottleLimit $threads
    $samples = $image.ToArray()
    $bytes = [byte[]]::new($samples.Length * 4)
    [System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
    [System.BitConverter]::ToString($sha.ComputeHash($bytes))
}
'@
        $saved = @{}
        foreach ($key in $Environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $Environment[$key]) }
        try {
            return @(Invoke-TestChildPwsh -Script $script -Name 'determinism')
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
