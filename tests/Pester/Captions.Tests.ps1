# Add-CppnCaption, Import-CppnCaption and Get-CppnQuote as users drive them: the captioned picture flows on to
# Export, Show and Join; the PNG records the caption and re-rendering from the file reproduces the captioned
# picture; a copy of the module without its native text library or font still loads and renders, and captions
# then fail with a clear error naming the platform.

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')
    $script:picture = New-CppnNetwork -Seed 11 | Invoke-CppnRender -Size 64

    function Copy-TestModule {
        # A copy of the laid-out module in $TestDrive, for breaking on purpose.
        param([Parameter(Mandatory)][string] $Name)
        $source = Split-Path -Parent (Get-Module CppnPS).Path
        $target = Join-Path $TestDrive $Name
        Copy-Item -LiteralPath $source -Destination $target -Recurse
        $target
    }
}

Describe 'Add-CppnCaption' {
    It 'Returns a captioned CppnImage that flows on to Export, Show and Join' {
        $captioned = $picture | Add-CppnCaption -Text 'A stoic' -FontSize 10
        $captioned | Should -BeOfType ([CppnPS.Core.Rendering.CppnImage])
        $captioned.Captions.Count | Should -Be 1
        Test-SameSamples -Expected $picture -Actual $captioned | Should -BeFalse
        $path = Join-Path $TestDrive 'flow.png'
        $captioned | Export-CppnImage -Path $path
        (Read-TestPng -LiteralPath $path).Width | Should -Be 64
        ($captioned | Show-CppnImage -Width 8 -Force -PassThru).Captions.Count | Should -Be 1
        (Join-CppnImage -Image $captioned, $picture -Gap 0).Width | Should -Be 128
    }

    It 'Records the caption in the PNG; re-rendering from the file reproduces the captioned picture byte for byte' {
        $path = Join-Path $TestDrive 'stoic.png'
        $picture | Add-CppnCaption -Text 'Моя нейронная сеть — стоик' -Placement Top -Backdrop Outline -Colour '#ffd700' -FontSize 9 |
            Export-CppnImage -Path $path
        $recorded = @(Import-CppnCaption -LiteralPath $path)
        $recorded.Count | Should -Be 1
        $recorded[0].Text | Should -Be 'Моя нейронная сеть — стоик'
        $recorded[0].Placement | Should -Be 'Top'
        $recorded[0].Renderer | Should -BeLike 'SkiaSharp *'
        $again = Join-Path $TestDrive 'again.png'
        Import-CppnNetwork -LiteralPath $path | Invoke-CppnRender | Add-CppnCaption -Caption $recorded | Export-CppnImage -Path $again
        Get-TestFileHash -LiteralPath $again | Should -Be (Get-TestFileHash -LiteralPath $path)
    }

    It 'Gives a stable ErrorId for empty text, text too long to fit, a bad colour and a picture without a caption' {
        { $picture | Add-CppnCaption -Text '' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidCaption,CppnPS.Module.Commands.AddCppnCaptionCommand'
        { $picture | Add-CppnCaption -Text ('word ' * 300) -ErrorAction Stop } | Should -Throw -ErrorId 'CaptionTooLong,CppnPS.Module.Commands.AddCppnCaptionCommand'
        { $picture | Add-CppnCaption -Text 'x' -Colour 'chartreuse' -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidCaption,CppnPS.Module.Commands.AddCppnCaptionCommand'
        $plain = Join-Path $TestDrive 'plain.png'
        $picture | Export-CppnImage -Path $plain
        { Import-CppnCaption -LiteralPath $plain -ErrorAction Stop } | Should -Throw -ErrorId 'NoCaptionInImage,CppnPS.Module.Commands.ImportCppnCaptionCommand'
    }

    It 'Without the native library: a clear error naming the platform, and every other cmdlet still works' {
        $copy = Copy-TestModule -Name 'no-native'
        Remove-Item -LiteralPath (Join-Path $copy 'dependencies/native') -Recurse -Force
        $script = @'
param($manifest, $copy)
Import-Module (Join-Path $copy 'CppnPS.psd1')
$image = New-CppnNetwork -Seed 2 | Invoke-CppnRender -Size 16
$image | Export-CppnImage -Path (Join-Path $copy 'works.png')
"exported=$(Test-Path (Join-Path $copy 'works.png'))"
"quote=$((Get-CppnQuote -Seed 1).Length -gt 0)"
try { $image | Add-CppnCaption -Text 'x' -ErrorAction Stop; 'captioned' } catch { "id=$($_.FullyQualifiedErrorId)"; "message=$($_.Exception.Message)" }
'@
        $output = Invoke-TestChildPwsh -Script $script -ArgumentList $copy -Name 'no-native'
        $output | Should -Contain 'exported=True'
        $output | Should -Contain 'quote=True'
        $output | Should -Contain 'id=TextRendererUnavailable,CppnPS.Module.Commands.AddCppnCaptionCommand'
        $rid = [CppnPS.Captions.NativePlatform]::RuntimeIdentifier
        ($output | Where-Object { $_ -like 'message=*' }) | Should -BeLike "*$rid*"
    }

    It 'Without its font: a clear error naming the font' {
        $copy = Copy-TestModule -Name 'no-font'
        Remove-Item -LiteralPath (Join-Path $copy 'fonts/DejaVuSans.ttf')
        $script = @'
param($manifest, $copy)
Import-Module (Join-Path $copy 'CppnPS.psd1')
$image = New-CppnNetwork -Seed 2 | Invoke-CppnRender -Size 16
try { $image | Add-CppnCaption -Text 'x' -ErrorAction Stop; 'captioned' } catch { "id=$($_.FullyQualifiedErrorId)"; "message=$($_.Exception.Message)" }
"serif=$(($image | Add-CppnCaption -Text 'x' -Font Serif -FontSize 6 -Margin 1).Captions.Count)"
'@
        $output = Invoke-TestChildPwsh -Script $script -ArgumentList $copy -Name 'no-font'
        $output | Should -Contain 'id=CaptionFontMissing,CppnPS.Module.Commands.AddCppnCaptionCommand'
        ($output | Where-Object { $_ -like 'message=*' }) | Should -BeLike '*DejaVu Sans*'
        $output | Should -Contain 'serif=1'
    }
}

Describe 'SkiaSharp, isolated' {
    It 'Loads SkiaSharp into the CppnPS load context and libSkiaSharp from the module''s dependencies/native/<rid>' {
        $null = $picture | Add-CppnCaption -Text 'loaded' -FontSize 8
        $skia = @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'SkiaSharp' })
        $skia.Count | Should -Be 1
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($skia[0]).Name | Should -Be 'CppnPS'
        $moduleRoot = Split-Path -Parent (Get-Module CppnPS).Path
        $expected = Join-Path $moduleRoot "dependencies/native/$([CppnPS.Captions.NativePlatform]::RuntimeIdentifier)"
        if ($IsLinux) {
            $mapped = @(Get-Content -LiteralPath /proc/self/maps | Where-Object { $_ -like '*libSkiaSharp*' } | ForEach-Object { ($_ -split '\s+')[-1] } | Sort-Object -Unique)
            $mapped | Should -Be @(Join-Path $expected 'libSkiaSharp.so')
        }
        else {
            $native = @([System.Diagnostics.Process]::GetCurrentProcess().Modules | Where-Object ModuleName -like 'libSkiaSharp*')
            $native[0].FileName | Should -BeLike "$expected*"
        }
    }
}

Describe 'Get-CppnQuote' {
    It 'Gives the same sentences for the same seed, others for another' {
        $first = @(Get-CppnQuote -Seed 5 -Count 3)
        $first.Count | Should -Be 3
        @(Get-CppnQuote -Seed 5 -Count 3) | Should -Be $first
        (Get-CppnQuote -Seed 6) | Should -Not -Be $first[0]
        $first | ForEach-Object { $_ | Should -Match '^[A-Z].*[.?!]$' }
    }

    It 'Refuses a temperature of <Temperature> (<Why>) before generating anything' -ForEach @(
        @{ Why = 'above 1, where hardly a sentence of known words comes out'; Temperature = 1.5 }
        @{ Why = 'below 0.05'; Temperature = 0.01 }
    ) {
        { Get-CppnQuote -Temperature $Temperature -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'Gives sentences at the highest temperature too' {
        @(Get-CppnQuote -Seed 2 -Count 2 -Temperature 1) | ForEach-Object { $_ | Should -Match '^[A-Z].*[.?!]$' }
    }
}
