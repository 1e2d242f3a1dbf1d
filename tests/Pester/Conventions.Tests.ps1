# Conventions every cmdlet of the module keeps, checked over whatever cmdlets it exports (a new
# cmdlet is held to them without touching this file), and the same work giving the same bytes
# under a comma-decimal culture (de-DE) as under the invariant culture.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:CmdletCases = @(Get-Command -Module CppnPS -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
    $script:PathCases = @(Get-Command -Module CppnPS -CommandType Cmdlet | Where-Object { $_.Parameters.ContainsKey('Path') } |
        ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'CppnPS.ChildProcess.ps1')
}

Describe 'Cmdlet conventions' {
    It 'Exports at least the core cmdlets, so the cases below are not empty' -ForEach @(
        @{ CmdletCount = $script:CmdletCases.Count; PathCount = $script:PathCases.Count }
    ) {
        $CmdletCount | Should -BeGreaterOrEqual 6
        $PathCount | Should -BeGreaterOrEqual 3
    }

    It '<Name> declares an [OutputType]' -ForEach $script:CmdletCases {
        $command = Get-Command $Name
        @($command.OutputType).Count | Should -BeGreaterThan 0
        foreach ($type in $command.OutputType) { $type.Type | Should -Not -BeNullOrEmpty -Because "$($type.Name) should name a loadable type" }
    }

    It '<Name> uses an approved verb and the Cppn noun prefix' -ForEach $script:CmdletCases {
        $command = Get-Command $Name
        (Get-Verb).Verb | Should -Contain $command.Verb
        $command.Noun | Should -BeLike 'Cppn*'
    }

    It '<Name> has the one cancellation lifecycle (derives from CppnCmdlet, which Ctrl+C cancels and Dispose releases)' -ForEach $script:CmdletCases {
        $type = (Get-Command $Name).ImplementingType
        $type.IsSubclassOf([CppnPS.Module.Commands.CppnCmdlet]) | Should -BeTrue
        [System.IDisposable].IsAssignableFrom($type) | Should -BeTrue
        # StopProcessing is the base class's, sealed: no cmdlet keeps a token source of its own.
        $type.GetMethod('StopProcessing', [System.Reflection.BindingFlags]'Instance, NonPublic').DeclaringType |
            Should -Be ([CppnPS.Module.Commands.CppnCmdlet])
    }

    It '<Name> has no [bool] parameter (switches are SwitchParameter)' -ForEach $script:CmdletCases {
        $bools = @((Get-Command $Name).Parameters.Values | Where-Object ParameterType -EQ ([bool]) | ForEach-Object Name)
        $bools | Should -BeNullOrEmpty
    }

    It '<Name> validates the range of every size parameter' -ForEach $script:CmdletCases {
        foreach ($parameter in (Get-Command $Name).Parameters.Values) {
            if ($parameter.Name -notin 'Size', 'Width', 'Height') { continue }
            $ranges = @($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateRangeAttribute] })
            $ranges.Count | Should -Be 1 -Because "-$($parameter.Name) of $Name is a size"
        }
    }

    It '<Name> pairs -Path with -LiteralPath (aliases PSPath and LP) in separate parameter sets' -ForEach $script:PathCases {
        $command = Get-Command $Name
        $command.Parameters.ContainsKey('LiteralPath') | Should -BeTrue
        $literal = $command.Parameters['LiteralPath']
        $literal.Aliases | Should -Contain 'PSPath'
        $literal.Aliases | Should -Contain 'LP'
        # Piping Get-ChildItem's output binds its PSPath to -LiteralPath.
        @($literal.ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName).Count | Should -BeGreaterThan 0
        $pathSets = @($command.Parameters['Path'].ParameterSets.Keys)
        $literalSets = @($literal.ParameterSets.Keys)
        $pathSets | Where-Object { $literalSets -contains $_ -and $_ -ne '__AllParameterSets' } | Should -BeNullOrEmpty
    }

    It '<Name> writes files only with -WhatIf/-Confirm and -Force' -ForEach $script:CmdletCases {
        $command = Get-Command $Name
        if ($command.OutputType.Type -notcontains [System.IO.FileInfo]) { return }
        $command.Parameters.ContainsKey('WhatIf') | Should -BeTrue
        $command.Parameters.ContainsKey('Confirm') | Should -BeTrue
        $command.Parameters.ContainsKey('Force') | Should -BeTrue
    }
}

Describe 'Culture' {
    BeforeAll {
        # Representative work whose every string number and every written byte must not depend on
        # the culture: numbers given as strings (as from a CSV or a prompt), a CSV row bound by
        # property name, hand-set biases, the genome file, the PNG with its metadata, reading both back.
        $script:CultureScript = @'
param($manifest, $culture, $folder)
$ErrorActionPreference = 'Stop'
if ($culture) {
    [System.Globalization.CultureInfo]::CurrentCulture = $culture
    [System.Globalization.CultureInfo]::CurrentUICulture = $culture
}
Import-Module $manifest
function Hash([string] $path) { (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash }
function SampleHash($image) {
    [float[]] $samples = $image.ToArray()
    $bytes = [byte[]]::new($samples.Length * 4)
    [System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
    [Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes))
}
"decimal=$((2.5).ToString())"
$row = "Seed,Scale,Hidden,Width`n11,1.5,2,6" | ConvertFrom-Csv
$network = $row | New-CppnNetwork
$network = $network | Set-CppnWeights -Layer ($network.Layers.Count - 1) -Bias '0.25', '-1.5', '0.125' -PassThru
$image = $network | Invoke-CppnRender -Width 20 -Height 12 -Zoom '2.5' -Center '-0.75', '0.5'
"samples=$(SampleHash $image)"
$genome = Join-Path $folder 'network.json'
$network | Export-CppnNetwork -LiteralPath $genome
"genome=$(Hash $genome)"
$png = Join-Path $folder 'image.png'
$image | Export-CppnImage -LiteralPath $png
"png=$(Hash $png)"
"fromGenome=$(SampleHash (Import-CppnNetwork -LiteralPath $genome | Invoke-CppnRender -Width 20 -Height 12 -Zoom 2.5 -Center -0.75, 0.5))"
"fromPng=$(SampleHash (Import-CppnNetwork -LiteralPath $png | Invoke-CppnRender -Width 20 -Height 12 -Zoom 2.5 -Center -0.75, 0.5))"
'@
        $baselineFolder = New-TestFolder 'culture-invariant'
        $scriptFile = Join-Path $TestDrive 'culture.ps1'
        Set-Content -LiteralPath $scriptFile -Value $script:CultureScript
        $saved = [System.Globalization.CultureInfo]::CurrentCulture
        try {
            $script:Invariant = @(& $scriptFile (Join-Path (Split-Path -Parent (Get-Module CppnPS).Path) 'CppnPS.psd1') ([cultureinfo]::InvariantCulture) $baselineFolder)
        }
        finally {
            [System.Globalization.CultureInfo]::CurrentCulture = $saved
        }
        $script:German = @(Invoke-TestChildPwsh -Name 'culture' -Script $script:CultureScript -ArgumentList 'de-DE', (New-TestFolder 'culture-de'))
    }

    It 'Runs the child session under de-DE, with a comma decimal separator' {
        $script:German[0] | Should -Be 'decimal=2,5'
        $script:Invariant[0] | Should -Be 'decimal=2.5'
    }

    It 'Gives the same <Key> under de-DE as under the invariant culture' -ForEach @(
        @{ Key = 'samples' }, @{ Key = 'genome' }, @{ Key = 'png' }, @{ Key = 'fromGenome' }, @{ Key = 'fromPng' }
    ) {
        $german = $script:German | Where-Object { $_ -like "$Key=*" }
        $invariant = $script:Invariant | Where-Object { $_ -like "$Key=*" }
        $invariant | Should -Not -BeNullOrEmpty
        $german | Should -Be $invariant
    }

    It 'Reads the string numbers as the invariant culture reads them' {
        $network = New-CppnNetwork -Seed 11 -Scale 1.5 -Hidden 2 -Width 6
        $expected = $network | Set-CppnWeights -Layer ($network.Layers.Count - 1) -Bias 0.25, -1.5, 0.125 -PassThru |
            Invoke-CppnRender -Width 20 -Height 12 -Zoom 2.5 -Center -0.75, 0.5
        [float[]] $samples = $expected.ToArray()
        $bytes = [byte[]]::new($samples.Length * 4)
        [System.Buffer]::BlockCopy($samples, 0, $bytes, 0, $bytes.Length)
        $script:German | Should -Contain "samples=$([Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData($bytes)))"
    }
}
