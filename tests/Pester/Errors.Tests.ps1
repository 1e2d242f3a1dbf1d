BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
}

# Every bad input gets an ErrorRecord with a stable ErrorId and leaves no file behind.
Describe 'Bad input' {
    BeforeAll {
        $script:network = New-CppnNetwork -Seed 3 -Hidden 2 -Width 16
        $script:image = $network | Invoke-CppnRender -Size 16
    }

    BeforeEach {
        $script:folder = New-TestFolder 'errors'
        Push-Location -LiteralPath $folder
    }

    AfterEach {
        Pop-Location
        # Nothing half-written, nothing at all.
        @(Get-ChildItem -LiteralPath $folder -Force -Recurse) | Should -BeNullOrEmpty
    }

    It 'Invoke-CppnRender -Size <Size> is refused by parameter validation' -ForEach @(
        @{ Size = 0 }
        @{ Size = -5 }
    ) {
        { $network | Invoke-CppnRender -Size $Size | Export-CppnImage 'bad.png' } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'Invoke-CppnRender -Width 0 is refused by parameter validation' {
        { $network | Invoke-CppnRender -Width 0 -Height 16 | Export-CppnImage 'bad.png' } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }

    It 'Invoke-CppnRender passes a 60000 x 60000 picture on deferred, without allocating it, and Measure-CppnImage refuses it (DeferredImage)' {
        $err = { $network | Invoke-CppnRender -Width 60000 -Height 60000 -ErrorAction Stop | Measure-CppnImage -ErrorAction Stop } |
            Should -Throw -ErrorId 'DeferredImage,*' -PassThru
        # The message gives the size.
        $err.Exception.Message | Should -Match '60000x60000'
        $err.CategoryInfo.Category | Should -Not -Be 'NotSpecified'
    }

    It 'Invoke-CppnRender refuses a latent vector of the wrong length (LatentSizeMismatch)' {
        $latentNetwork = New-CppnNetwork -Seed 1 -Hidden 1 -Width 4 -LatentSize 2
        { $latentNetwork | Invoke-CppnRender -Size 8 -Latent 0.1, 0.2, 0.3 -ErrorAction Stop | Export-CppnImage 'latent.png' } |
            Should -Throw -ErrorId 'LatentSizeMismatch,*'
    }

    It 'Set-CppnWeights refuses a weight matrix of the wrong shape (WeightShapeMismatch) and leaves the network alone' {
        $target = New-CppnNetwork -Seed 3 -Hidden 2 -Width 16
        $before = $target | Invoke-CppnRender -Size 16
        $wrong = [float[, ]]::new(3, 5)
        $err = { Set-CppnWeights -Network $target -Layer 0 -Weight $wrong -ErrorAction Stop } |
            Should -Throw -ErrorId 'WeightShapeMismatch,*' -PassThru
        # The message names the expected shape (16 x 2) and the one given (3 x 5).
        $err.Exception.Message | Should -Match '16'
        $err.Exception.Message | Should -Match '\b2\b'
        $err.Exception.Message | Should -Match '\b3\b'
        $err.Exception.Message | Should -Match '\b5\b'
        Test-SameSamples $before ($target | Invoke-CppnRender -Size 16) | Should -BeTrue
        "$target" | Should -Not -Match 'modified'
    }

    It 'Set-CppnWeights refuses a jagged weight array of the wrong shape (WeightShapeMismatch)' {
        $target = New-CppnNetwork -Seed 3 -Hidden 2 -Width 16
        $rows = @(, [float[]](1, 2, 3))
        { $target | Set-CppnWeights -Layer 0 -Weight $rows -ErrorAction Stop } | Should -Throw -ErrorId 'WeightShapeMismatch,*'
    }

    It 'Set-CppnWeights refuses a layer that does not exist (LayerIndexOutOfRange)' {
        $target = New-CppnNetwork -Seed 3 -Hidden 2 -Width 16
        { $target | Set-CppnWeights -Layer 99 -Factor 2 -ErrorAction Stop } | Should -Throw -ErrorId 'LayerIndexOutOfRange,*'
    }

    It 'New-CppnNetwork -Activation nope is refused (UnknownActivation)' {
        $err = { New-CppnNetwork -Activation nope } | Should -Throw -ErrorId 'UnknownActivation,*' -PassThru
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.Exception.Message | Should -Match 'nope'
    }

    It 'Set-CppnWeights -Activation nope is refused (UnknownActivation)' {
        $target = New-CppnNetwork -Seed 3 -Hidden 2 -Width 16
        { $target | Set-CppnWeights -Layer 0 -Activation nope -ErrorAction Stop } | Should -Throw -ErrorId 'UnknownActivation,*'
    }

    It 'Export-CppnImage refuses a path outside the file system (NotFileSystemPath)' {
        { $image | Export-CppnImage 'Env:\foo.png' -ErrorAction Stop } | Should -Throw -ErrorId 'NotFileSystemPath,*'
        Test-Path -LiteralPath 'Env:\foo.png' | Should -BeFalse
    }

    It 'Export-CppnNetwork refuses a path outside the file system (NotFileSystemPath)' {
        { $network | Export-CppnNetwork 'Env:\foo.json' -ErrorAction Stop } | Should -Throw -ErrorId 'NotFileSystemPath,*'
        Test-Path -LiteralPath 'Env:\foo.json' | Should -BeFalse
    }

    It 'Export-CppnImage refuses an unknown extension (UnknownImageFormat)' {
        { $image | Export-CppnImage 'picture.xyz' -ErrorAction Stop } | Should -Throw -ErrorId 'UnknownImageFormat,*'
    }

    It 'Export-CppnImage refuses a folder that does not exist (DirectoryNotFound)' {
        { $image | Export-CppnImage (Join-Path 'no-such-folder' 'art.png') -ErrorAction Stop } | Should -Throw -ErrorId 'DirectoryNotFound,*'
        Test-Path -LiteralPath (Join-Path $folder 'no-such-folder') | Should -BeFalse
    }

    It '<Command> refuses a folder that does not exist (DirectoryNotFound), naming it and saying what to do' -ForEach @(
        @{ Command = 'Export-CppnImage'; Script = { $image | Export-CppnImage (Join-Path 'no-such-folder' 'art.png') -ErrorAction Stop } }
        @{ Command = 'Export-CppnNetwork'; Script = { $network | Export-CppnNetwork (Join-Path 'no-such-folder' 'net.json') -ErrorAction Stop } }
        @{ Command = 'Join-CppnImage'; Script = { $image, $image | Join-CppnImage -Path (Join-Path 'no-such-folder' 'grid.png') -ErrorAction Stop } }
    ) {
        $err = $Script | Should -Throw -ErrorId 'DirectoryNotFound,*' -PassThru
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err.Exception.Message | Should -BeLike "*'$(Join-Path $folder 'no-such-folder')'*"
        $err.ErrorDetails.RecommendedAction | Should -BeLike '*New-Item -ItemType Directory*'
    }

    It 'Import-CppnNetwork of a missing file fails with PathNotFound' {
        { Import-CppnNetwork 'missing.json' -ErrorAction Stop } | Should -Throw -ErrorId 'PathNotFound,*'
        { Import-CppnNetwork -LiteralPath 'missing[1].json' -ErrorAction Stop } | Should -Throw -ErrorId 'PathNotFound,*'
    }

    It 'Import-CppnNetwork refuses a path outside the file system (NotFileSystemPath)' {
        { Import-CppnNetwork 'Env:\PATH' -ErrorAction Stop } | Should -Throw -ErrorId 'NotFileSystemPath,*'
    }
}

Describe 'Import-CppnNetwork of a damaged genome' {
    BeforeAll {
        $script:source = New-TestFolder 'genome-source'
        $script:genomePath = Join-Path $source 'good.json'
        New-CppnNetwork -Seed 8 -Hidden 2 -Width 8 | Export-CppnNetwork -LiteralPath $genomePath
        $script:genomeText = [System.IO.File]::ReadAllText($genomePath)
    }

    BeforeEach {
        $script:folder = New-TestFolder 'damaged'
    }

    It 'Reads the undamaged genome (the damage below is the only difference)' {
        (Import-CppnNetwork -LiteralPath $genomePath).Architecture | Should -Be '2->8x3->3'
    }

    It 'Refuses truncated JSON (InvalidGenome)' {
        $path = Join-Path $folder 'truncated.json'
        [System.IO.File]::WriteAllText($path, $genomeText.Substring(0, [int]($genomeText.Length / 2)))
        { Import-CppnNetwork -LiteralPath $path -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidGenome,*'
    }

    It 'Refuses corrupted JSON (InvalidGenome)' {
        $path = Join-Path $folder 'corrupted.json'
        $middle = [int]($genomeText.Length / 2)
        [System.IO.File]::WriteAllText($path, $genomeText.Substring(0, $middle) + '#!garbage}{' + $genomeText.Substring($middle + 3))
        { Import-CppnNetwork -LiteralPath $path -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidGenome,*'
    }

    It 'Refuses JSON that is not a genome (InvalidGenome)' {
        $path = Join-Path $folder 'other.json'
        [System.IO.File]::WriteAllText($path, '{ "hello": "world" }')
        { Import-CppnNetwork -LiteralPath $path -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidGenome,*'
    }

    It 'Refuses a genome whose weight is not a number, naming the field (InvalidGenome)' {
        $path = Join-Path $folder 'bad-weight.json'
        # Replace the first number inside the first array of numbers with a string.
        $damaged = [regex]::new('(\[\s*\[?\s*)-?\d+(\.\d+)?([eE][-+]?\d+)?').Replace($genomeText, '$1"oops"', 1)
        $damaged | Should -Not -Be $genomeText
        [System.IO.File]::WriteAllText($path, $damaged)
        $err = { Import-CppnNetwork -LiteralPath $path -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidGenome,*' -PassThru
        $err.Exception.Message | Should -Match 'weight'
    }

    It 'Refuses an empty file (InvalidGenome)' {
        $path = Join-Path $folder 'empty.json'
        [System.IO.File]::WriteAllText($path, '')
        { Import-CppnNetwork -LiteralPath $path -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidGenome,*'
    }
}
