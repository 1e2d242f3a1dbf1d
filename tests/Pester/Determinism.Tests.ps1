# The same network and settings give the same bytes whatever the thread count, and whatever
# vector instructions the runtime may use: every weighted sum is one chain of fused multiply-adds
# in a fixed order (emulated exactly where there is no FMA instruction) and every activation is
# built from correctly rounded operations, so the AVX-512, AVX2+FMA, 128-bit, portable and scalar
# paths must agree to the bit. The coordinates' sines, cosines and arctangents (theta, rotation, radial symmetry,
# motions) are canonical too, computed from correctly rounded operations rather than taken from the C library.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')

    # Renders one picture at three thread counts in a fresh pwsh whose runtime sees the given
    # environment (DOTNET_* settings are read at process start), and returns the engine's
    # instruction-set path and vector width, then the SHA-256 of each render's float samples, then that of a
    # coloured, framed picture's samples and alpha, and so on, the last that of PNG files of every pixel size.
    function Invoke-ChildRender {
        param([hashtable] $Environment, [string] $CoreBuild = '')
        $script = @'
param($manifest, $coreBuild)
# A Core build loaded first is the one the module binds to (CppnPS.LoadCore.ps1 keeps a loaded Core).
if ($coreBuild) { Add-Type -LiteralPath (Join-Path (Split-Path -Parent $manifest) $coreBuild) }
Import-Module $manifest -ErrorAction Stop
$sha = [System.Security.Cryptography.SHA256]::Create()
$paths = [CppnPS.Core.Model.CppnNetwork].Assembly.GetType('CppnPS.Core.Rendering.SimdPaths', $true)
$framework = $paths.Assembly.GetCustomAttributes([System.Runtime.Versioning.TargetFrameworkAttribute], $false)[0].FrameworkName
"path=$($paths.GetProperty('Best').GetValue($null)) core=$framework vector=$([System.Numerics.Vector[float]]::Count) accelerated=$([System.Numerics.Vector]::IsHardwareAccelerated)"
foreach ($threads in 1, 2, 7) {
    $image = New-CppnNetwork -Seed 5 -Hidden 3 -Width 13 -Radius | Invoke-CppnRender -Width 97 -Height 61 -Zoom 2.5 -ThrottleLimit $threads
    $samples = $image.ToArray()
    $bytes = [byte[]]::new($samples.Length * 4)
    [System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
    [System.BitConverter]::ToString($sha.ComputeHash($bytes))
}
# A coloured, framed picture: HSV with alpha, six-fold symmetry, turned and supersampled.
$image = New-CppnNetwork -Seed 5 -Hidden 3 -Width 13 -Radius -ColourMode Hsv -Alpha |
    Invoke-CppnRender -Width 41 -Height 29 -Zoom 2.5 -Symmetry Radial -Folds 6 -Rotate 10 -Supersample 2 -ThrottleLimit 3
[float[]] $samples = @($image.ToArray()) + @($image.Alpha.ToArray())
$bytes = [byte[]]::new($samples.Length * 4)
[System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
[System.BitConverter]::ToString($sha.ComputeHash($bytes))
# Every activation of the catalogue, one per neuron, drawn with the seed: the per-neuron path of the engine.
$every = @([CppnPS.Core.Activations.ActivationFunctions]::Names) + 'leakyrelu(0.3)', 'elu(0.5)'
$samples = (New-CppnNetwork -Seed 5 -Hidden 3 -Width 21 -Radius -Activation ($every -join '|') -OutputActivation 'sigmoid:1,gelu:1,hat:1' |
    Invoke-CppnRender -Width 97 -Height 61 -Zoom 2.5 -ThrottleLimit 2).ToArray()
$bytes = [byte[]]::new($samples.Length * 4)
[System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
[System.BitConverter]::ToString($sha.ComputeHash($bytes))
# The inputs computed from the coordinates: d, sin/cos theta, bias and Fourier features (the engine's sine).
$samples = (New-CppnNetwork -Seed 5 -Hidden 2 -Width 13 -Distance -Angle SinCos -BiasInput -FourierFeatures 4 -FourierSigma 3 |
    Invoke-CppnRender -Width 97 -Height 61 -Zoom 2.5 -Rotate 10 -ThrottleLimit 2).ToArray()
$bytes = [byte[]]::new($samples.Length * 4)
[System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
[System.BitConverter]::ToString($sha.ComputeHash($bytes))
# Theta, folded by a five-fold symmetry (an arctangent, a sine and a cosine per sample) and turned: the canonical trigonometry.
$samples = (New-CppnNetwork -Seed 5 -Hidden 2 -Width 13 -Angle Theta -Radius |
    Invoke-CppnRender -Width 61 -Height 43 -Zoom 2.5 -Symmetry Radial -Folds 5 -Rotate -37.5 -ThrottleLimit 2).ToArray()
$bytes = [byte[]]::new($samples.Length * 4)
[System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
[System.BitConverter]::ToString($sha.ComputeHash($bytes))
# Frames of motions: the combo's turn, wave and cosine zoom with the sinusoid easing, a spiral, a circular pan.
$network = New-CppnNetwork -Seed 5 -Hidden 2 -Width 13 -Angle Theta
[float[]] $samples = @(($network | New-CppnAnimation -Kind Combo -Turns 1 -Amplitude 0.1 -Frequency 2 -Zoom 1, 0.5 -Frames 12 -Easing Sinusoid |
        Invoke-CppnRender -Size 48 -Frame 7 -ThrottleLimit 2).ToArray()) +
    @(($network | New-CppnAnimation -Kind Spiral -Strength 2 -Frames 12 | Invoke-CppnRender -Size 48 -Frame 5 -ThrottleLimit 2).ToArray()) +
    @(($network | New-CppnAnimation -Kind Pan -Radius 0.5 -Frames 12 | Invoke-CppnRender -Size 48 -Frame 5 -ThrottleLimit 2).ToArray())
$bytes = [byte[]]::new($samples.Length * 4)
[System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
[System.BitConverter]::ToString($sha.ComputeHash($bytes))
# The canonical trigonometry itself, in double, before any rounding to float: sin, cos and atan2 of arguments of every scale.
$math = $paths.Assembly.GetType('CppnPS.Core.Coordinates.CanonicalMath', $true)
$sin = [Delegate]::CreateDelegate([Func[double, double]], $math.GetMethod('Sin'))
$cos = [Delegate]::CreateDelegate([Func[double, double]], $math.GetMethod('Cos'))
$atan2 = [Delegate]::CreateDelegate([Func[double, double, double]], $math.GetMethod('Atan2'))
$random = [System.Random]::new(7)
$values = [double[]]::new(3 * 4000)
for ($i = 0; $i -lt 4000; $i++) {
    $x = [Math]::ScaleB(1 + $random.NextDouble(), $random.Next(-30, 80)) * (1 - 2 * $random.Next(2))
    $y = [Math]::ScaleB(1 + $random.NextDouble(), $random.Next(-30, 80)) * (1 - 2 * $random.Next(2))
    $values[3 * $i] = $sin.Invoke($x); $values[3 * $i + 1] = $cos.Invoke($x); $values[3 * $i + 2] = $atan2.Invoke($y, $x)
}
$bytes = [byte[]]::new($values.Length * 8)
[System.Buffer]::BlockCopy($values, 0, $bytes, 0, $bytes.Length)
[System.BitConverter]::ToString($sha.ComputeHash($bytes))
# PNG files of 1 to 4 channels at 8 and 16 bits: the Paeth filter in vector lanes of the runtime's width, or byte by byte.
$png = Join-Path ([System.IO.Path]::GetTempPath()) "cppnps-determinism-$PID.png"
$files = [System.IO.MemoryStream]::new()
try {
    foreach ($case in @{ Mode = 'Rgb'; Alpha = $false; Depth = 8 }, @{ Mode = 'Rgb'; Alpha = $true; Depth = 16 },
        @{ Mode = 'Grey'; Alpha = $false; Depth = 16 }, @{ Mode = 'Grey'; Alpha = $true; Depth = 8 }) {
        New-CppnNetwork -Seed 5 -Hidden 2 -Width 13 -Radius -ColourMode $case.Mode -Alpha:$case.Alpha |
            Invoke-CppnRender -Width 97 -Height 61 -Zoom 2.5 -ThrottleLimit 2 |
            Export-CppnImage -LiteralPath $png -BitDepth $case.Depth -NoMetadata -Force
        $file = [System.IO.File]::ReadAllBytes($png)
        $files.Write($file, 0, $file.Length)
    }
}
finally { Remove-Item -LiteralPath $png -ErrorAction Ignore }
[System.BitConverter]::ToString($sha.ComputeHash($files.ToArray()))
'@
        $saved = @{}
        foreach ($key in $Environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $Environment[$key]) }
        try {
            return @(Invoke-TestChildPwsh -Script $script -ArgumentList $CoreBuild -Name 'determinism')
        }
        finally {
            foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
        }
    }

    $script:Default = Invoke-ChildRender @{}
}

Describe 'Deterministic rendering' {
    It 'Gives the same samples for ThrottleLimit 1, 2 and 7' {
        $script:Default.Count | Should -Be 11
        $script:Default[2] | Should -Be $script:Default[1]
        $script:Default[3] | Should -Be $script:Default[1]
    }

    It 'Gives the same samples without AVX-512 (DOTNET_EnableAVX512=0)' {
        $other = Invoke-ChildRender @{ DOTNET_EnableAVX512 = '0' }
        $other[0] | Should -Not -Match 'path=Vector512' -Because 'the child must really run without 512-bit vectors'
        $other[1..10] | Should -Be $script:Default[1..10]
    }

    It 'Gives the same samples without AVX2 and FMA (DOTNET_EnableAVX2=0)' {
        $other = Invoke-ChildRender @{ DOTNET_EnableAVX2 = '0'; DOTNET_EnableFMA = '0' }
        $other[0] | Should -Not -Be $script:Default[0] -Because 'the child must really run with narrower vectors'
        $other[0] | Should -Match 'path=(Portable|Scalar) ' -Because 'without the FMA instruction the fused multiply-add is emulated'
        $other[1..10] | Should -Be $script:Default[1..10]
    }

    It 'Gives the same samples with the netstandard2.0 build of Core (the one Windows PowerShell 5.1 loads)' {
        $other = Invoke-ChildRender @{} -CoreBuild 'CppnPS.Core.dll'
        $other[0] | Should -Match 'path=(Portable|Scalar) core=\.NETStandard,Version=v2\.0 ' -Because 'the child must really run the netstandard2.0 build'
        $script:Default[0] | Should -Match 'core=\.NETCoreApp,Version=v8\.0 '
        $other[1..10] | Should -Be $script:Default[1..10]
    }

    It 'Gives the same samples without any hardware intrinsics (DOTNET_EnableHWIntrinsic=0)' {
        $other = Invoke-ChildRender @{ DOTNET_EnableHWIntrinsic = '0' }
        $other[0] | Should -Match 'path=Scalar .*accelerated=False'
        $other[1..10] | Should -Be $script:Default[1..10]
    }
}
