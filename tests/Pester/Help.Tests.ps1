<#
    Help: Get-Help -Full for every cmdlet is complete and true to the cmdlet (parameters, parameter
    sets, types, pipeline input), the committed MAML and about topic are exactly what
    tools/Build-Help.ps1 makes from docs/help/*.md, and every example in the help runs.
#>

BeforeDiscovery {
    $repoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
    $helpSource = Join-Path $repoRoot 'docs/help'

    # Every cmdlet the manifest exports must have complete help; a new cmdlet cannot slip past.
    $script:CmdletNames = @((Import-PowerShellDataFile -LiteralPath (Join-Path $repoRoot 'module/CppnPS.psd1')).CmdletsToExport)

    # Reads the SYNTAX blocks and the example code of one cmdlet's markdown. Deliberately a separate,
    # plain reading of the markdown (not tools/Build-Help.ps1), so the examples run are the ones a
    # reader of the markdown sees.
    function Read-HelpMarkdown {
        param([string] $Name)
        $lines = (Get-Content -LiteralPath (Join-Path $helpSource "$Name.md") -Raw) -replace "`r`n", "`n" -split "`n"
        $section = $null
        $heading = $null
        $inFence = $false
        $fence = $null
        $syntax = [System.Collections.Generic.List[object]]::new()
        $examples = [System.Collections.Generic.List[object]]::new()
        foreach ($line in $lines) {
            if ($inFence) {
                if ($line.StartsWith('```')) {
                    $inFence = $false
                    $code = $fence.Lines -join "`n"
                    if ($section -eq 'SYNTAX' -and $heading) {
                        $syntax.Add(@{ Cmdlet = $Name; Set = ($heading -replace '\s*\(Default\)$', ''); Text = $code })
                    }
                    elseif ($section -eq 'EXAMPLES' -and $heading -and $fence.Language -eq 'powershell') {
                        $examples.Add(@{ Cmdlet = $Name; Title = $heading; Code = $code })
                    }
                }
                else { $fence.Lines.Add($line) }
                continue
            }
            if ($line.StartsWith('```')) {
                $inFence = $true
                $fence = @{ Language = $line.Substring(3).Trim(); Lines = [System.Collections.Generic.List[string]]::new() }
            }
            elseif ($line -match '^## (.+)$') { $section = $Matches[1].Trim(); $heading = $null }
            elseif ($line -match '^### (.+)$') { $heading = $Matches[1].Trim() }
        }
        return @{ Syntax = $syntax; Examples = $examples }
    }

    $script:Markdown = @{}
    foreach ($name in $CmdletNames) { $Markdown[$name] = Read-HelpMarkdown $name }
    $script:AllExamples = @($CmdletNames | ForEach-Object { $Markdown[$_].Examples })
    $script:CmdletCases = @($CmdletNames | ForEach-Object {
            @{ Name = $_; MarkdownSyntax = @($Markdown[$_].Syntax); MarkdownExamples = @($Markdown[$_].Examples) }
        })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'CppnPS.TestHelpers.ps1')
    $script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
    $script:HelpSource = Join-Path $RepoRoot 'docs/help'
    $script:CommittedHelp = Join-Path $RepoRoot 'module/en-US'
    $script:HelpBuilder = Join-Path $RepoRoot 'tools/Build-Help.ps1'
    $script:CommonParameters = @([System.Management.Automation.PSCmdlet]::CommonParameters) +
        @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters | Where-Object { $_ -eq 'UseTransaction' })

    function Get-ParameterTypeName {
        # The name help shows for a parameter's type: Int32 for [Nullable[int]], String[] for [string[]].
        param([type] $Type)
        $underlying = [Nullable]::GetUnderlyingType($Type)
        if ($underlying) { $Type = $underlying }
        $Type.Name
    }

    function Get-AcceptedValues {
        # The values a parameter accepts by declaration ([ValidateSet], which may narrow an enum, or enum names), or none.
        param([System.Management.Automation.ParameterMetadata] $Parameter)
        $set = $Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
        if ($set) { return , [string[]] @($set.ValidValues) }
        $type = $Parameter.ParameterType
        $underlying = [Nullable]::GetUnderlyingType($type)
        if ($underlying) { $type = $underlying }
        if ($type.IsEnum) { return , [string[]] [Enum]::GetNames($type) }
        return , [string[]] @()
    }

    function Get-PipelineText {
        # How Get-Help should describe a parameter's pipeline input in one parameter set.
        param([System.Management.Automation.ParameterSetMetadata] $Metadata)
        $ways = @()
        if ($Metadata.ValueFromPipelineByPropertyName) { $ways += 'ByPropertyName' }
        if ($Metadata.ValueFromPipeline) { $ways += 'ByValue' }
        if ($ways.Count -eq 0) { return 'False' }
        "True ($($ways -join ', '))"
    }

    function Get-ParaText {
        # The text of a help description (an array of paragraphs) as one string.
        param($Description)
        (@($Description) | ForEach-Object { $_.Text }) -join "`n"
    }

    function Get-FileText {
        # A text file with CRLF read as LF, so a checkout that converts line ends still compares equal.
        param([string] $LiteralPath)
        [System.IO.File]::ReadAllText($LiteralPath).Replace("`r`n", "`n")
    }
}

Describe 'Help for <Name>' -ForEach $CmdletCases {
    BeforeAll {
        $command = Get-Command -Name $Name -CommandType Cmdlet
        $help = Get-Help -Name $Name -Full
        $documented = @($command.Parameters.Values | Where-Object { $CommonParameters -notcontains $_.Name })
    }

    It 'Comes from the MAML file, not from the help PowerShell makes up' {
        # Without a help file Get-Help still answers, with the syntax as the synopsis and no description.
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$Name *"
        $help.Synopsis | Should -Not -BeLike '*`[<CommonParameters>`]*'
    }

    It 'Has a description of more than one sentence' {
        $text = Get-ParaText $help.description
        $text | Should -Not -BeNullOrEmpty
        $text.Length | Should -BeGreaterThan 200
    }

    It 'Documents every parameter but the common ones, and no other' {
        @($help.parameters.parameter.name | Sort-Object) | Should -Be @($documented.Name | Sort-Object)
    }

    It 'Describes every parameter in words' {
        foreach ($parameter in $help.parameters.parameter) {
            (Get-ParaText $parameter.description) | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
        }
    }

    It 'Gives each parameter the type and aliases the cmdlet declares' {
        $problems = foreach ($metadata in $documented) {
            $entry = $help.parameters.parameter | Where-Object name -EQ $metadata.Name
            if ($null -eq $entry) { continue }
            $type = Get-ParameterTypeName $metadata.ParameterType
            if ($entry.type.name -ne $type) { "-$($metadata.Name): type '$($entry.type.name)', declared '$type'" }
            $helpAliases = @(([string] $entry.aliases).Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ -and $_ -ne 'none' } | Sort-Object)
            $declared = @($metadata.Aliases | Sort-Object)
            if (($helpAliases -join ',') -ne ($declared -join ',')) { "-$($metadata.Name): aliases '$($helpAliases -join ', ')', declared '$($declared -join ', ')'" }
        }
        $problems | Should -BeNullOrEmpty
    }

    It 'Has one syntax per parameter set, true to the cmdlet: parameters, required, position, pipeline input, values' {
        $items = @($help.syntax.syntaxItem)
        $items.Count | Should -Be $command.ParameterSets.Count
        $problems = foreach ($set in $command.ParameterSets) {
            $names = @($set.Parameters.Name | Where-Object { $CommonParameters -notcontains $_ } | Sort-Object)
            $item = @($items | Where-Object { (@($_.parameter.name | Sort-Object) -join ',') -eq ($names -join ',') })
            if ($item.Count -ne 1) { "parameter set $($set.Name): no syntax with exactly the parameters $($names -join ', ')"; continue }
            foreach ($declared in $set.Parameters) {
                if ($CommonParameters -contains $declared.Name) { continue }
                $shown = $item[0].parameter | Where-Object name -EQ $declared.Name
                $where = "$($set.Name) -$($declared.Name)"
                if ($shown.required -ne $declared.IsMandatory.ToString().ToLowerInvariant()) { "${where}: required '$($shown.required)', declared $($declared.IsMandatory)" }
                $position = if ($declared.Position -lt 0) { 'named' } else { [string] $declared.Position }
                if ($shown.position -ne $position) { "${where}: position '$($shown.position)', declared '$position'" }
                $setMetadata = $command.Parameters[$declared.Name].ParameterSets
                $metadata = if ($setMetadata.ContainsKey($set.Name)) { $setMetadata[$set.Name] } else { $setMetadata['__AllParameterSets'] }
                $pipeline = Get-PipelineText $metadata
                if ($shown.pipelineInput -ne $pipeline) { "${where}: pipeline input '$($shown.pipelineInput)', declared '$pipeline'" }
                $accepted = Get-AcceptedValues $command.Parameters[$declared.Name]
                $values = @($shown.parameterValueGroup.parameterValue | ForEach-Object { "$_" })
                if (($values -join ',') -ne ($accepted -join ',')) { "${where}: accepted values '$($values -join ', ')', declared '$($accepted -join ', ')'" }
                if ($accepted.Count -eq 0 -and $declared.ParameterType -ne [switch]) {
                    $type = Get-ParameterTypeName $declared.ParameterType
                    if ("$($shown.parameterValue)" -ne $type) { "${where}: value type '$($shown.parameterValue)', declared '$type'" }
                }
            }
        }
        $problems | Should -BeNullOrEmpty
    }

    It 'Has markdown SYNTAX blocks equal to the syntax PowerShell prints' {
        $expected = @($command.ParameterSets | ForEach-Object { "$($_.Name)|$Name $_" })
        $written = @($MarkdownSyntax | ForEach-Object { "$($_.Set)|$($_.Text)" })
        $written | Should -Be $expected
    }

    It 'Names its input and output types, including every declared output type' {
        $inputs = @($help.inputTypes.inputType | ForEach-Object { $_.type.name })
        $inputs.Count | Should -BeGreaterThan 0
        $inputs | Should -Not -Contain ''
        foreach ($entry in @($help.inputTypes.inputType) + @($help.returnValues.returnValue)) {
            (Get-ParaText $entry.description) | Should -Not -BeNullOrEmpty -Because "type $($entry.type.name) needs a description"
        }
        $outputs = @($help.returnValues.returnValue | ForEach-Object { $_.type.name })
        foreach ($type in $command.OutputType.Name) { $outputs | Should -Contain $type }
    }

    It 'Accepts by value the input types it names' {
        $byValue = @($command.Parameters.Values | Where-Object { $_.ParameterSets.Values.ValueFromPipeline -contains $true } |
                ForEach-Object { $_.ParameterType })
        foreach ($type in $byValue) {
            $element = if ($type.IsArray) { $type.GetElementType() } else { $type }
            $underlying = [Nullable]::GetUnderlyingType($element)
            if ($underlying) { $element = $underlying }
            @($help.inputTypes.inputType.type.name) | Should -Contain $element.FullName
        }
    }

    It 'Has at least two examples, each with code and an explanation, as in its markdown' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty
            (Get-ParaText $example.remarks) | Should -Not -BeNullOrEmpty
        }
        @($examples.code) | Should -Be @($MarkdownExamples.Code)
    }

    It 'Has notes' {
        (Get-ParaText $help.alertSet.alert) | Should -Not -BeNullOrEmpty
    }
}

Describe 'The help files' {
    It 'Have a markdown source for each exported cmdlet and for no other' {
        $sources = @(Get-ChildItem -LiteralPath $HelpSource -Filter '*.md' -File |
                Where-Object { $_.BaseName -notlike 'about_*' } | ForEach-Object BaseName | Sort-Object)
        $sources | Should -Be @(Get-Command -Module CppnPS -CommandType Cmdlet | ForEach-Object Name | Sort-Object)
    }

    It 'Are exactly what tools/Build-Help.ps1 makes from docs/help (rebuild and commit them after editing the markdown)' {
        $rebuilt = Join-Path $TestDrive 'rebuilt-help'
        $null = & $HelpBuilder -SourcePath $HelpSource -OutputPath $rebuilt
        $committedFiles = @(Get-ChildItem -LiteralPath $CommittedHelp -File | ForEach-Object Name | Sort-Object)
        @(Get-ChildItem -LiteralPath $rebuilt -File | ForEach-Object Name | Sort-Object) | Should -Be $committedFiles
        $committedFiles | Should -Contain 'CppnPS.Module.dll-Help.xml'
        $committedFiles | Should -Contain 'about_CppnPS.help.txt'
        foreach ($file in $committedFiles) {
            Get-FileText (Join-Path $rebuilt $file) | Should -BeExactly (Get-FileText (Join-Path $CommittedHelp $file)) -Because "module/en-US/$file must be regenerated from docs/help"
        }
    }

    It 'Build the same bytes every time, in any culture' {
        $first = Join-Path $TestDrive 'build-1'
        $second = Join-Path $TestDrive 'build-2'
        $null = & $HelpBuilder -SourcePath $HelpSource -OutputPath $first
        # Turkish upper-cases i to a dotted capital, a classic way for culture to leak into generated text.
        $culture = [System.Globalization.CultureInfo]::CurrentCulture
        $uiCulture = [System.Globalization.CultureInfo]::CurrentUICulture
        try {
            [System.Globalization.CultureInfo]::CurrentCulture = 'tr-TR'
            [System.Globalization.CultureInfo]::CurrentUICulture = 'tr-TR'
            $null = & $HelpBuilder -SourcePath $HelpSource -OutputPath $second
        }
        finally {
            [System.Globalization.CultureInfo]::CurrentCulture = $culture
            [System.Globalization.CultureInfo]::CurrentUICulture = $uiCulture
        }
        @(Get-ChildItem -LiteralPath $second -File).Count | Should -Be @(Get-ChildItem -LiteralPath $first -File).Count
        foreach ($file in Get-ChildItem -LiteralPath $first -File) {
            Get-TestFileHash -LiteralPath $file.FullName | Should -Be (Get-TestFileHash -LiteralPath (Join-Path $second $file.Name))
        }
    }

    It 'Are valid MAML: one command:command per cmdlet, with every part Get-Help reads' {
        $xml = [xml](Get-Content -LiteralPath (Join-Path $CommittedHelp 'CppnPS.Module.dll-Help.xml') -Raw)
        $ns = [System.Xml.XmlNamespaceManager]::new($xml.NameTable)
        $ns.AddNamespace('msh', 'http://msh')
        $ns.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $ns.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $ns.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
        $xml.DocumentElement.LocalName | Should -Be 'helpItems'
        $xml.DocumentElement.GetAttribute('schema') | Should -Be 'maml'
        $commands = @($xml.SelectNodes('/msh:helpItems/command:command', $ns))
        @($commands | ForEach-Object { $_.SelectSingleNode('command:details/command:name', $ns).InnerText } | Sort-Object) |
            Should -Be @(Get-Command -Module CppnPS -CommandType Cmdlet | ForEach-Object Name | Sort-Object)
        foreach ($command in $commands) {
            foreach ($part in 'command:details/maml:description/maml:para', 'maml:description/maml:para',
                'command:syntax/command:syntaxItem/command:parameter', 'command:parameters/command:parameter/dev:type/maml:name',
                'command:inputTypes/command:inputType/dev:type/maml:name', 'command:returnValues/command:returnValue/dev:type/maml:name',
                'maml:alertSet/maml:alert/maml:para', 'command:examples/command:example/dev:code') {
                $command.SelectSingleNode($part, $ns) | Should -Not -BeNullOrEmpty -Because "$($command.details.name) needs $part"
            }
        }
    }

    It 'Are laid out with the module, so Get-Help finds them' {
        $moduleHelp = Join-Path (Split-Path -Parent $CppnModuleManifest) 'en-US'
        foreach ($file in Get-ChildItem -LiteralPath $CommittedHelp -File) {
            Get-FileText (Join-Path $moduleHelp $file.Name) | Should -BeExactly (Get-FileText $file.FullName) -Because "the built module must ship module/en-US/$($file.Name); run build.ps1"
        }
    }
}

Describe 'about_CppnPS' {
    It 'Is found by Get-Help about_CppnPS, with a synopsis' {
        $topic = Get-Help -Name about_CppnPS
        $topic | Should -Not -BeNullOrEmpty
        $topic.Name | Should -Be 'about_CppnPS'
        $topic.Category | Should -Be 'HelpFile'
        $topic.Synopsis | Should -Be 'How CppnPS paints: a neural network asked, pixel by pixel, for a colour.'
    }

    It 'Teaches the model: inputs, layers and activations, initialisation and the grey square, coordinates and zoom, seeds' {
        # Wrapping may break a term across lines: compare with runs of white space made one space.
        $text = ([string](Get-Help -Name about_CppnPS)) -replace '\s+', ' '
        foreach ($term in 'row', 'col', 'sqrt(row^2 + col^2)', 'z1..zN', 'tanh', 'sigmoid', '2->16x9->3', 'TorchDefault',
            'grey square', 'sigmoid(0) = 0.5', '(k / n - 0.5) * zoom', 'AspectCorrect', 'Pixel', '-Zoom', '-Center', 'Seed',
            'xoshiro256**', 'New-CppnNetwork', 'Set-CppnWeights', 'Invoke-CppnRender', 'Export-CppnImage') {
            $text | Should -BeLikeExactly "*$([WildcardPattern]::Escape($term))*"
        }
    }

    It 'Fits 80 columns, apart from code and table lines' {
        $lines = (Get-FileText (Join-Path $CommittedHelp 'about_CppnPS.help.txt')) -split "`n"
        $long = @($lines | Where-Object { $_.Length -gt 80 -and $_ -notmatch '^        ' -and $_ -notmatch '^    \|' })
        $long | Should -BeNullOrEmpty
    }
}

Describe 'Example "<Title>" of <Cmdlet>' -ForEach $AllExamples {
    It 'Runs in an empty folder without an error' {
        $folder = New-TestFolder -Name ('example-' + [guid]::NewGuid().ToString('N'))
        Push-Location -LiteralPath $folder
        try {
            # Non-terminating errors count too: an example must run cleanly as printed.
            $ErrorActionPreference = 'Stop'
            $null = & ([scriptblock]::Create($Code))
        }
        finally {
            Pop-Location
        }
    }
}
