BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
}

Describe 'The design-card pipeline' {
    BeforeAll {
        $script:folder = New-TestFolder 'design-card'
        Push-Location -LiteralPath $folder
        try {
            $script:output = New-CppnNetwork -Hidden 16 -Width 16 | Invoke-CppnRender -Size 256 | Export-CppnImage art.png
        }
        finally {
            Pop-Location
        }
        $script:artPath = Join-Path $folder 'art.png'
    }

    It 'Run a second time, refuses to replace art.png and keeps it; -Force replaces it, as the README says' {
        $again = New-TestFolder 'design-card-twice'
        Push-Location -LiteralPath $again
        try {
            New-CppnNetwork -Hidden 16 -Width 16 -Seed 2 | Invoke-CppnRender -Size 256 | Export-CppnImage art.png
            $againPath = Join-Path $again 'art.png'
            $before = [System.IO.File]::ReadAllBytes($againPath)
            { New-CppnNetwork -Hidden 16 -Width 16 | Invoke-CppnRender -Size 256 | Export-CppnImage art.png -ErrorAction Stop } |
                Should -Throw -ErrorId 'FileExists,*'
            [System.IO.File]::ReadAllBytes($againPath) | Should -Be $before
            New-CppnNetwork -Hidden 16 -Width 16 -Seed 1 | Invoke-CppnRender -Size 256 | Export-CppnImage art.png -Force
            [System.IO.File]::ReadAllBytes($againPath) | Should -Not -Be $before
        }
        finally {
            Pop-Location
        }
        $repoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
        $readme = Get-Content -Raw -LiteralPath (Join-Path $repoRoot 'README.md')
        $readme | Should -Match 'Export-CppnImage art\.png"'
        $readme | Should -Match 'second time[^\n]*\n?[^\n]*-Force'
        Get-Content -LiteralPath (Join-Path $repoRoot '.gitignore') | Should -Contain '/art.png'
    }

    It 'Writes art.png in the current location and outputs nothing' {
        Test-Path -LiteralPath $artPath -PathType Leaf | Should -BeTrue
        $output | Should -BeNullOrEmpty
        @(Get-ChildItem -LiteralPath $folder).Name | Should -Be @('art.png')
    }

    It 'Writes a valid 256 x 256 PNG' {
        $bytes = [System.IO.File]::ReadAllBytes($artPath)
        # Signature, then IHDR as the first chunk: length 13, type, big-endian width and height.
        $bytes[0..7] | Should -Be @(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)
        [System.Text.Encoding]::ASCII.GetString($bytes, 12, 4) | Should -Be 'IHDR'
        $width = ([int]$bytes[16] -shl 24) -bor ([int]$bytes[17] -shl 16) -bor ([int]$bytes[18] -shl 8) -bor [int]$bytes[19]
        $height = ([int]$bytes[20] -shl 24) -bor ([int]$bytes[21] -shl 16) -bor ([int]$bytes[22] -shl 8) -bor [int]$bytes[23]
        $width | Should -Be 256
        $height | Should -Be 256

        $png = Read-TestPng $artPath
        $png.BitDepth | Should -Be 8
        $png.ColorType | Should -BeIn @(2, 6)
        $png.Pixels.Length | Should -Be (256 * 256 * $png.BytesPerPixel)
    }

    It 'Paints a picture, not a flat square' {
        $png = Read-TestPng $artPath
        $png.DistinctColours() | Should -BeGreaterThan 256
        $png.LargestChannelRange() | Should -BeGreaterThan 64
    }

    It 'Stores the network in a cppnps text chunk' {
        (Read-TestPng $artPath).Text.Keys | Should -Contain 'cppnps'
    }
}

Describe 'Seed batches' {
    BeforeAll {
        $script:folder = New-TestFolder 'seeds'
        Push-Location -LiteralPath $folder
        try {
            foreach ($seed in 1..5) {
                New-CppnNetwork -Seed $seed -Hidden 4 -Width 16 | Invoke-CppnRender -Size 64 | Export-CppnImage "seed$seed.png"
            }
            New-CppnNetwork -Seed 3 -Hidden 4 -Width 16 | Invoke-CppnRender -Size 64 | Export-CppnImage 'seed3-again.png'
        }
        finally {
            Pop-Location
        }
    }

    It 'Gives five different pictures for five seeds' {
        $files = 1..5 | ForEach-Object { Join-Path $folder "seed$_.png" }
        $files | ForEach-Object { Test-Path -LiteralPath $_ | Should -BeTrue }
        @($files | ForEach-Object { Get-TestFileHash $_ } | Select-Object -Unique).Count | Should -Be 5
        @($files | ForEach-Object { (Read-TestPng $_).PixelHash() } | Select-Object -Unique).Count | Should -Be 5
    }

    It 'Gives identical bytes for the same seed twice' {
        Get-TestFileHash (Join-Path $folder 'seed3-again.png') | Should -Be (Get-TestFileHash (Join-Path $folder 'seed3.png'))
    }

    It 'Binds seeds from the pipeline: 1..5 | New-CppnNetwork makes seeds 1 to 5' {
        $networks = 1..5 | New-CppnNetwork -Hidden 2 -Width 8
        @($networks).Count | Should -Be 5
        @($networks | ForEach-Object Seed) | Should -Be @(1, 2, 3, 4, 5)
        $networks[0] | Should -BeOfType 'CppnPS.Core.Model.CppnNetwork'
    }

    It 'Binds Seed by property name, so a CSV of settings drives a batch' {
        $networks = @([pscustomobject]@{ Seed = 7 }, [pscustomobject]@{ Seed = 9 }) | New-CppnNetwork -Hidden 1 -Width 4
        @($networks | ForEach-Object Seed) | Should -Be @(7, 9)
    }

    It 'Renders the same samples for the same seed, and records a random seed when none is given' {
        $a = New-CppnNetwork -Seed 42 -Hidden 3 -Width 8 | Invoke-CppnRender -Size 32
        $b = New-CppnNetwork -Seed 42 -Hidden 3 -Width 8 | Invoke-CppnRender -Size 32
        Test-SameSamples $a $b | Should -BeTrue

        $random = New-CppnNetwork -Hidden 3 -Width 8
        $random.Seed | Should -Not -BeNullOrEmpty
        $again = New-CppnNetwork -Hidden 3 -Width 8 -Seed $random.Seed
        Test-SameSamples ($random | Invoke-CppnRender -Size 32) ($again | Invoke-CppnRender -Size 32) | Should -BeTrue
    }
}

Describe 'Relative paths' {
    BeforeAll {
        $script:image = New-CppnNetwork -Seed 5 -Hidden 2 -Width 8 | Invoke-CppnRender -Size 16
    }

    BeforeEach {
        # PowerShell's location and the process directory differ on purpose: relative paths must
        # follow $PWD, never [Environment]::CurrentDirectory.
        $script:psLocation = New-TestFolder 'ps-location'
        $script:processDir = New-TestFolder 'process-dir'
        $null = New-Item -ItemType Directory -Path (Join-Path $psLocation 'sub')
        $script:savedCurrentDirectory = [Environment]::CurrentDirectory
        Push-Location -LiteralPath $psLocation
        [Environment]::CurrentDirectory = $processDir
    }

    AfterEach {
        Pop-Location
        [Environment]::CurrentDirectory = $savedCurrentDirectory
    }

    It 'Export-CppnImage writes a relative path under the current location' {
        $image | Export-CppnImage rel.png
        $image | Export-CppnImage -Path (Join-Path 'sub' 'nested.png')
        $image | Export-CppnImage -LiteralPath 'literal.png'
        Test-Path -LiteralPath (Join-Path $psLocation 'rel.png') | Should -BeTrue
        Test-Path -LiteralPath (Join-Path $psLocation 'sub/nested.png') | Should -BeTrue
        Test-Path -LiteralPath (Join-Path $psLocation 'literal.png') | Should -BeTrue
        @(Get-ChildItem -LiteralPath $processDir -Recurse) | Should -BeNullOrEmpty
    }

    It 'Export-CppnNetwork and Import-CppnNetwork resolve relative paths against the current location' {
        $image.Network | Export-CppnNetwork net.json
        Test-Path -LiteralPath (Join-Path $psLocation 'net.json') | Should -BeTrue
        @(Get-ChildItem -LiteralPath $processDir -Recurse) | Should -BeNullOrEmpty

        $imported = Import-CppnNetwork net.json
        $imported | Should -BeOfType 'CppnPS.Core.Model.CppnNetwork'
        $imported.Architecture | Should -Be $image.Network.Architecture
    }

    It 'Export-CppnImage -PassThru reports the full path under the current location' {
        $file = $image | Export-CppnImage rel.png -PassThru
        $file.FullName | Should -Be (Join-Path $psLocation 'rel.png')
    }
}
