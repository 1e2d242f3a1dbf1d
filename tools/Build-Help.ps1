#Requires -Version 5.1
<#
.SYNOPSIS
    Builds CppnPS's PowerShell help (MAML and about_ topics) from the markdown in docs/help.

.DESCRIPTION
    Reads every docs/help/<Cmdlet>.md (the platyPS markdown layout) and writes one MAML file,
    CppnPS.Module.dll-Help.xml, that Get-Help reads for the binary cmdlets. Reads every
    docs/help/about_*.md and writes about_*.help.txt, plain text wrapped at 80 columns.

    platyPS is not needed: this script is self-contained and runs on Windows PowerShell 5.1 and
    PowerShell 7. Its output depends only on the markdown, byte for byte (LF line ends, UTF-8
    without BOM, files in ordinal name order), so the generated files can be committed and a test
    can rebuild them to check they are in step with their sources.

    The markdown layout, per cmdlet:

        ---  front matter (external help file: CppnPS.Module.dll-Help.xml, Module Name, schema)
        # <Cmdlet>
        ## SYNOPSIS         one paragraph
        ## SYNTAX           ### <ParameterSet> [(Default)] + a code block per parameter set
        ## DESCRIPTION      paragraphs, lists, code blocks
        ## EXAMPLES         ### Example N: title, one ```powershell block, then remarks
        ## PARAMETERS       ### -Name, description, one ```yaml block per group of parameter sets
        ## INPUTS           ### <type> + description, per type
        ## OUTPUTS          ### <type> + description, per type
        ## NOTES            paragraphs
        ## RELATED LINKS    [text](target) lines

    The MAML syntax of each parameter set is built from the yaml blocks (Parameter Sets,
    Required, Position, Accepted values), as platyPS does; the SYNTAX code blocks are for
    readers of the markdown (a test holds them to the cmdlets' real syntax).

.PARAMETER SourcePath
    Folder of the markdown sources. Default: docs/help beside this script's parent folder.

.PARAMETER OutputPath
    Folder to write CppnPS.Module.dll-Help.xml and the about_*.help.txt files into.
    Default: module/en-US.

.EXAMPLE
    ./tools/Build-Help.ps1

    Regenerates module/en-US from docs/help.

.EXAMPLE
    ./tools/Build-Help.ps1 -OutputPath ./out/help-check

    Writes the help elsewhere, e.g. to compare it with the committed files.
#>
[CmdletBinding()]
param(
    [string] $SourcePath = (Join-Path (Split-Path -Parent $PSScriptRoot) 'docs/help'),
    [string] $OutputPath = (Join-Path (Split-Path -Parent $PSScriptRoot) 'module/en-US')
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$MamlFileName = 'CppnPS.Module.dll-Help.xml'
$AboutWidth = 80
$NsMsh = 'http://msh'
$NsMaml = 'http://schemas.microsoft.com/maml/2004/10'
$NsCommand = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$NsDev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$NsMSHelp = 'http://msdn.microsoft.com/mshelp'
$YamlKeys = @('Type', 'Parameter Sets', 'Aliases', 'Accepted values', 'Required', 'Position', 'Default value',
    'Accept pipeline input', 'Accept wildcard characters')

#region Markdown reading

function Read-MarkdownLines {
    # The file's lines with LF/CRLF ends normalised and a trailing empty line dropped.
    param([string] $Path)
    $text = [System.IO.File]::ReadAllText($Path, [System.Text.Encoding]::UTF8)
    $text = $text.Replace("`r`n", "`n").Replace("`r", "`n")
    $lines = $text.Split("`n")
    if ($lines.Count -gt 0 -and $lines[$lines.Count - 1] -eq '') { $lines = $lines[0..($lines.Count - 2)] }
    return , [string[]] $lines
}

function Stop-Markdown {
    # Stops the build with a message that names the file (and line, when known).
    param([string] $File, [int] $Line = 0, [string] $Message)
    $where = if ($Line -gt 0) { '{0}:{1}' -f (Split-Path -Leaf $File), $Line } else { Split-Path -Leaf $File }
    throw "${where}: $Message"
}

function Split-Sections {
    # Splits lines into sections at headings of one level (outside code fences).
    # Returns objects { Title, Line (1-based line of the heading), Lines (the body) }; text before
    # the first heading is returned with Title $null.
    param([string[]] $Lines, [int] $Level, [int] $FirstLineNumber = 1)
    $prefix = ('#' * $Level) + ' '
    $sections = [System.Collections.Generic.List[object]]::new()
    $current = [pscustomobject]@{ Title = $null; Line = $FirstLineNumber; Lines = [System.Collections.Generic.List[string]]::new() }
    $inFence = $false
    for ($i = 0; $i -lt $Lines.Count; $i++) {
        $line = $Lines[$i]
        if ($line.StartsWith('```')) { $inFence = -not $inFence }
        if (-not $inFence -and $line.StartsWith($prefix)) {
            $sections.Add($current)
            $current = [pscustomobject]@{ Title = $line.Substring($prefix.Length).Trim(); Line = $FirstLineNumber + $i + 1; Lines = [System.Collections.Generic.List[string]]::new() }
            continue
        }
        $current.Lines.Add($line)
    }
    $sections.Add($current)
    return , $sections
}

function Get-Blocks {
    # Splits body lines into blocks: Paragraph (text joined into one line), List (one line per
    # item), Code (lines verbatim, with the fence's language), Table (lines verbatim).
    param([string[]] $Lines, [string] $File, [int] $FirstLineNumber)
    $blocks = [System.Collections.Generic.List[object]]::new()
    $i = 0
    while ($i -lt $Lines.Count) {
        $line = $Lines[$i]
        if ($line.Trim() -eq '') { $i++; continue }
        if ($line.StartsWith('```')) {
            $language = $line.Substring(3).Trim()
            $start = $i
            $code = [System.Collections.Generic.List[string]]::new()
            $i++
            while ($i -lt $Lines.Count -and -not $Lines[$i].StartsWith('```')) { $code.Add($Lines[$i]); $i++ }
            if ($i -ge $Lines.Count) { Stop-Markdown $File ($FirstLineNumber + $start) 'a code fence is never closed.' }
            $i++
            $blocks.Add([pscustomobject]@{ Kind = 'Code'; Language = $language; Lines = [string[]] $code.ToArray(); Line = $FirstLineNumber + $start })
            continue
        }
        if ($line.StartsWith('|')) {
            $table = [System.Collections.Generic.List[string]]::new()
            while ($i -lt $Lines.Count -and $Lines[$i].StartsWith('|')) { $table.Add($Lines[$i].TrimEnd()); $i++ }
            $blocks.Add([pscustomobject]@{ Kind = 'Table'; Lines = [string[]] $table.ToArray() })
            continue
        }
        if ($line -match '^- ') {
            $items = [System.Collections.Generic.List[string]]::new()
            while ($i -lt $Lines.Count -and $Lines[$i].Trim() -ne '' -and -not $Lines[$i].StartsWith('```')) {
                if ($Lines[$i] -match '^- (.*)$') { $items.Add($Matches[1].Trim()) }
                elseif ($items.Count -gt 0) { $items[$items.Count - 1] = $items[$items.Count - 1] + ' ' + $Lines[$i].Trim() }
                $i++
            }
            $blocks.Add([pscustomobject]@{ Kind = 'List'; Lines = [string[]] $items.ToArray() })
            continue
        }
        $words = [System.Collections.Generic.List[string]]::new()
        while ($i -lt $Lines.Count -and $Lines[$i].Trim() -ne '' -and -not $Lines[$i].StartsWith('```') -and
            -not $Lines[$i].StartsWith('|') -and -not ($Lines[$i] -match '^- ')) {
            $words.Add($Lines[$i].Trim())
            $i++
        }
        $blocks.Add([pscustomobject]@{ Kind = 'Paragraph'; Lines = [string[]] @($words -join ' ') })
    }
    return , $blocks
}

function ConvertTo-ParaText {
    # The text of one maml:para for a block: lists keep one item per line, code and tables
    # keep their lines.
    param($Block)
    switch ($Block.Kind) {
        'List' { return (($Block.Lines | ForEach-Object { '- ' + $_ }) -join "`n") }
        'Code' { return ($Block.Lines -join "`n") }
        default { return ($Block.Lines -join "`n") }
    }
}

function Read-Yaml {
    # Reads the "Key: value" lines of a parameter's yaml block into an ordered dictionary.
    param([string[]] $Lines, [string] $File, [int] $Line)
    $yaml = [ordered]@{}
    foreach ($entry in $Lines) {
        if ($entry.Trim() -eq '') { continue }
        if ($entry -notmatch '^([A-Za-z ]+):(.*)$') { Stop-Markdown $File $Line "cannot read the yaml line '$entry'." }
        $key = $Matches[1].Trim()
        if ($YamlKeys -notcontains $key) { Stop-Markdown $File $Line "unknown yaml key '$key'; the keys are: $($YamlKeys -join ', ')." }
        $yaml[$key] = $Matches[2].Trim()
    }
    foreach ($key in $YamlKeys) {
        if ($key -eq 'Accepted values') { continue }
        if (-not $yaml.Contains($key)) { Stop-Markdown $File $Line "the yaml block lacks '$key'." }
    }
    return $yaml
}

function Split-List {
    # "a, b, c" -> @('a','b','c'); empty and "None" give an empty array.
    param([string] $Text)
    if ([string]::IsNullOrWhiteSpace($Text) -or $Text -eq 'None') { return , [string[]] @() }
    return , [string[]] @($Text.Split(',') | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' })
}

function Read-CommandMarkdown {
    # Parses one cmdlet's markdown into an object the MAML writer uses.
    param([string] $Path)
    $lines = Read-MarkdownLines $Path
    $body = $lines
    $firstLine = 1
    if ($lines.Count -gt 0 -and $lines[0] -eq '---') {
        $end = [Array]::IndexOf($lines, '---', 1)
        if ($end -lt 0) { Stop-Markdown $Path 1 'the front matter is never closed with ---.' }
        $front = @{}
        foreach ($entry in $lines[1..($end - 1)]) { if ($entry -match '^([^:]+):(.*)$') { $front[$Matches[1].Trim()] = $Matches[2].Trim() } }
        if ($front['external help file'] -ne $MamlFileName) {
            Stop-Markdown $Path 1 "the front matter must say 'external help file: $MamlFileName'."
        }
        $body = if ($end + 1 -lt $lines.Count) { $lines[($end + 1)..($lines.Count - 1)] } else { @() }
        $firstLine = $end + 2
    }

    $top = Split-Sections $body 1 $firstLine
    $titled = @($top | Where-Object { $null -ne $_.Title })
    if ($titled.Count -ne 1) { Stop-Markdown $Path 0 'the file needs exactly one "# <Cmdlet>" title.' }
    $name = $titled[0].Title
    if ($name -notmatch '^[A-Za-z]+-[A-Za-z]+$') { Stop-Markdown $Path $titled[0].Line "'$name' is not a Verb-Noun cmdlet name." }
    if ([System.IO.Path]::GetFileNameWithoutExtension($Path) -ne $name) { Stop-Markdown $Path $titled[0].Line "the title '$name' differs from the file name." }

    $sections = [ordered]@{}
    foreach ($section in (Split-Sections ([string[]] $titled[0].Lines) 2 $titled[0].Line)) {
        if ($null -eq $section.Title) { continue }
        $sections[$section.Title] = $section
    }
    foreach ($required in 'SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES') {
        if (-not $sections.Contains($required)) { Stop-Markdown $Path 0 "the '## $required' section is missing." }
    }

    $command = [ordered]@{
        Name         = $name
        Synopsis     = $null
        Description  = $null
        ParameterSets = [System.Collections.Generic.List[object]]::new()
        Examples     = [System.Collections.Generic.List[object]]::new()
        Parameters   = [System.Collections.Generic.List[object]]::new()
        Inputs       = [System.Collections.Generic.List[object]]::new()
        Outputs      = [System.Collections.Generic.List[object]]::new()
        Notes        = $null
        Links        = [System.Collections.Generic.List[object]]::new()
    }

    $s = $sections['SYNOPSIS']
    $command.Synopsis = Get-Blocks ([string[]] $s.Lines) $Path $s.Line
    if ($command.Synopsis.Count -eq 0) { Stop-Markdown $Path $s.Line 'the synopsis is empty.' }

    $s = $sections['DESCRIPTION']
    $command.Description = Get-Blocks ([string[]] $s.Lines) $Path $s.Line
    if ($command.Description.Count -eq 0) { Stop-Markdown $Path $s.Line 'the description is empty.' }

    $s = $sections['SYNTAX']
    foreach ($set in (Split-Sections ([string[]] $s.Lines) 3 $s.Line)) {
        if ($null -eq $set.Title) { continue }
        $setName = $set.Title -replace '\s*\(Default\)$', ''
        $command.ParameterSets.Add([pscustomobject]@{ Name = $setName; IsDefault = $set.Title -ne $setName })
    }
    if ($command.ParameterSets.Count -eq 0) { Stop-Markdown $Path $s.Line 'the syntax names no parameter set (### <SetName>).' }

    $s = $sections['EXAMPLES']
    foreach ($example in (Split-Sections ([string[]] $s.Lines) 3 $s.Line)) {
        if ($null -eq $example.Title) { continue }
        $blocks = Get-Blocks ([string[]] $example.Lines) $Path $example.Line
        if ($blocks.Count -eq 0 -or $blocks[0].Kind -ne 'Code' -or $blocks[0].Language -ne 'powershell') {
            Stop-Markdown $Path $example.Line "example '$($example.Title)' must start with a ``````powershell block."
        }
        $remarks = @($blocks | Select-Object -Skip 1)
        if ($remarks.Count -eq 0) { Stop-Markdown $Path $example.Line "example '$($example.Title)' needs an explanation after its code." }
        $command.Examples.Add([pscustomobject]@{ Title = $example.Title; Code = ($blocks[0].Lines -join "`n"); Remarks = $remarks })
    }
    if ($command.Examples.Count -eq 0) { Stop-Markdown $Path $s.Line 'there is no example.' }

    $s = $sections['PARAMETERS']
    foreach ($parameter in (Split-Sections ([string[]] $s.Lines) 3 $s.Line)) {
        if ($null -eq $parameter.Title -or $parameter.Title -eq 'CommonParameters') { continue }
        if ($parameter.Title -notmatch '^-([A-Za-z]+)$') { Stop-Markdown $Path $parameter.Line "'### $($parameter.Title)' is not a parameter heading (### -Name)." }
        $parameterName = $Matches[1]
        $blocks = Get-Blocks ([string[]] $parameter.Lines) $Path $parameter.Line
        $yamlBlocks = @($blocks | Where-Object { $_.Kind -eq 'Code' -and $_.Language -eq 'yaml' })
        $text = @($blocks | Where-Object { -not ($_.Kind -eq 'Code' -and $_.Language -eq 'yaml') })
        if ($yamlBlocks.Count -eq 0) { Stop-Markdown $Path $parameter.Line "-$parameterName has no yaml block." }
        if ($text.Count -eq 0) { Stop-Markdown $Path $parameter.Line "-$parameterName has no description." }
        $groups = @($yamlBlocks | ForEach-Object { Read-Yaml $_.Lines $Path $_.Line })
        $command.Parameters.Add([pscustomobject]@{ Name = $parameterName; Description = $text; Groups = $groups })
    }

    foreach ($kind in 'INPUTS', 'OUTPUTS') {
        $s = $sections[$kind]
        $target = $command[$(if ($kind -eq 'INPUTS') { 'Inputs' } else { 'Outputs' })]
        foreach ($type in (Split-Sections ([string[]] $s.Lines) 3 $s.Line)) {
            if ($null -eq $type.Title) { continue }
            $target.Add([pscustomobject]@{ Type = $type.Title; Description = (Get-Blocks ([string[]] $type.Lines) $Path $type.Line) })
        }
        if ($target.Count -eq 0) { Stop-Markdown $Path $s.Line "## $kind names no type (### <TypeName>)." }
    }

    $s = $sections['NOTES']
    $command.Notes = Get-Blocks ([string[]] $s.Lines) $Path $s.Line

    if ($sections.Contains('RELATED LINKS')) {
        foreach ($line in $sections['RELATED LINKS'].Lines) {
            if ($line -match '^\[([^\]]+)\]\(([^)]*)\)\s*$') {
                $uri = if ($Matches[2] -match '^https?://') { $Matches[2] } else { '' }
                $command.Links.Add([pscustomobject]@{ Text = $Matches[1]; Uri = $uri })
            }
        }
    }
    return [pscustomobject]$command
}

#endregion

#region MAML writing

function Write-Paras {
    # <maml:description> (or another container) holding one maml:para per block.
    param([System.Xml.XmlWriter] $Writer, [string] $Prefix, [string] $Element, [string] $Namespace, $Blocks)
    $Writer.WriteStartElement($Prefix, $Element, $Namespace)
    $count = 0
    foreach ($block in $Blocks) {
        $Writer.WriteElementString('maml', 'para', $NsMaml, (ConvertTo-ParaText $block))
        $count++
    }
    if ($count -eq 0) { $Writer.WriteElementString('maml', 'para', $NsMaml, '') }
    $Writer.WriteEndElement()
}

function Write-TypeList {
    # command:inputTypes / command:returnValues: one element per type, with its description.
    param($Writer, [string] $ListName, [string] $ItemName, $Entries)
    $Writer.WriteStartElement('command', $ListName, $NsCommand)
    foreach ($entry in $Entries) {
        $Writer.WriteStartElement('command', $ItemName, $NsCommand)
        Write-Type $Writer $entry.Type
        Write-Paras $Writer 'maml' 'description' $NsMaml $entry.Description
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-Type {
    param([System.Xml.XmlWriter] $Writer, [string] $TypeName)
    $Writer.WriteStartElement('dev', 'type', $NsDev)
    $Writer.WriteElementString('maml', 'name', $NsMaml, $TypeName)
    $Writer.WriteElementString('maml', 'uri', $NsMaml, '')
    $Writer.WriteEndElement()
}

function Get-MamlPosition {
    param([string] $Position)
    if ($Position -eq 'Named') { return 'named' }
    return $Position
}

function Write-Parameter {
    # One <command:parameter>, for a syntax item ($ForSyntax) or the parameters section.
    param([System.Xml.XmlWriter] $Writer, $Parameter, $Yaml, [bool] $ForSyntax)
    $type = [string] $Yaml['Type']
    $isSwitch = $type -eq 'SwitchParameter'
    $aliases = Split-List $Yaml['Aliases']
    $accepted = [string[]] @()
    if ($Yaml.Contains('Accepted values')) { $accepted = Split-List $Yaml['Accepted values'] }

    $Writer.WriteStartElement('command', 'parameter', $NsCommand)
    $Writer.WriteAttributeString('required', ([string] $Yaml['Required']).ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', $(if ($type.EndsWith('[]')) { 'true' } else { 'false' }))
    $Writer.WriteAttributeString('globbing', ([string] $Yaml['Accept wildcard characters']).ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', [string] $Yaml['Accept pipeline input'])
    $Writer.WriteAttributeString('position', (Get-MamlPosition $Yaml['Position']))
    $Writer.WriteAttributeString('aliases', $(if ($aliases.Count -eq 0) { 'none' } else { $aliases -join ', ' }))
    $Writer.WriteElementString('maml', 'name', $NsMaml, $Parameter.Name)
    Write-Paras $Writer 'maml' 'description' $NsMaml $Parameter.Description
    if ($ForSyntax -and $accepted.Count -gt 0) {
        # Shown as -Name {A | B | C} in the syntax.
        $Writer.WriteStartElement('command', 'parameterValueGroup', $NsCommand)
        foreach ($value in $accepted) {
            $Writer.WriteStartElement('command', 'parameterValue', $NsCommand)
            $Writer.WriteAttributeString('required', 'false')
            $Writer.WriteAttributeString('variableLength', 'false')
            $Writer.WriteString($value)
            $Writer.WriteEndElement()
        }
        $Writer.WriteEndElement()
    }
    elseif (-not ($ForSyntax -and $isSwitch)) {
        # A switch takes no value in the syntax; in the parameter list it reads [<SwitchParameter>].
        $Writer.WriteStartElement('command', 'parameterValue', $NsCommand)
        $Writer.WriteAttributeString('required', $(if ($isSwitch) { 'false' } else { 'true' }))
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($type)
        $Writer.WriteEndElement()
    }
    Write-Type $Writer $type
    $Writer.WriteElementString('dev', 'defaultValue', $NsDev, [string] $Yaml['Default value'])
    $Writer.WriteEndElement()
}

function Get-SyntaxParameters {
    # The parameters of one parameter set with the yaml group that applies to it, in the order
    # PowerShell prints a syntax: positional ones by position, then mandatory ones, then the rest.
    param($Command, [string] $SetName)
    $entries = [System.Collections.Generic.List[object]]::new()
    $index = 0
    foreach ($parameter in $Command.Parameters) {
        foreach ($group in $parameter.Groups) {
            $sets = Split-List $group['Parameter Sets']
            if ($sets -contains '(All)' -or $sets -contains $SetName) {
                $position = if ($group['Position'] -eq 'Named') { [int]::MaxValue } else { [int] $group['Position'] }
                $rank = if ($position -ne [int]::MaxValue) { 0 } elseif ($group['Required'] -eq 'True') { 1 } else { 2 }
                $entries.Add([pscustomobject]@{ Parameter = $parameter; Yaml = $group; Rank = $rank; Position = $position; Index = $index })
                break
            }
        }
        $index++
    }
    # Sort-Object is not stable on Windows PowerShell 5.1: the document index breaks ties.
    return @($entries | Sort-Object -Property Rank, Position, Index)
}

function Write-Command {
    param([System.Xml.XmlWriter] $Writer, $Command)
    $verb, $noun = $Command.Name.Split([char[]] @('-'), 2)
    $Writer.WriteStartElement('command', 'command', $NsCommand)
    $Writer.WriteAttributeString('xmlns', 'maml', 'http://www.w3.org/2000/xmlns/', $NsMaml)
    $Writer.WriteAttributeString('xmlns', 'command', 'http://www.w3.org/2000/xmlns/', $NsCommand)
    $Writer.WriteAttributeString('xmlns', 'dev', 'http://www.w3.org/2000/xmlns/', $NsDev)
    $Writer.WriteAttributeString('xmlns', 'MSHelp', 'http://www.w3.org/2000/xmlns/', $NsMSHelp)

    $Writer.WriteStartElement('command', 'details', $NsCommand)
    $Writer.WriteElementString('command', 'name', $NsCommand, $Command.Name)
    $Writer.WriteElementString('command', 'verb', $NsCommand, $verb)
    $Writer.WriteElementString('command', 'noun', $NsCommand, $noun)
    Write-Paras $Writer 'maml' 'description' $NsMaml $Command.Synopsis
    $Writer.WriteEndElement()

    Write-Paras $Writer 'maml' 'description' $NsMaml $Command.Description

    $Writer.WriteStartElement('command', 'syntax', $NsCommand)
    foreach ($set in $Command.ParameterSets) {
        $Writer.WriteStartElement('command', 'syntaxItem', $NsCommand)
        $Writer.WriteElementString('maml', 'name', $NsMaml, $Command.Name)
        foreach ($entry in (Get-SyntaxParameters $Command $set.Name)) {
            Write-Parameter $Writer $entry.Parameter $entry.Yaml $true
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'parameters', $NsCommand)
    foreach ($parameter in $Command.Parameters) {
        Write-Parameter $Writer $parameter $parameter.Groups[0] $false
    }
    $Writer.WriteEndElement()

    Write-TypeList $Writer 'inputTypes' 'inputType' $Command.Inputs
    Write-TypeList $Writer 'returnValues' 'returnValue' $Command.Outputs

    $Writer.WriteStartElement('maml', 'alertSet', $NsMaml)
    $Writer.WriteStartElement('maml', 'alert', $NsMaml)
    foreach ($block in $Command.Notes) { $Writer.WriteElementString('maml', 'para', $NsMaml, (ConvertTo-ParaText $block)) }
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'examples', $NsCommand)
    foreach ($example in $Command.Examples) {
        $Writer.WriteStartElement('command', 'example', $NsCommand)
        $Writer.WriteElementString('maml', 'title', $NsMaml, "--------- $($example.Title) ---------")
        $Writer.WriteElementString('dev', 'code', $NsDev, $example.Code)
        # The empty last paragraph puts a blank line between one example and the next title.
        Write-Paras $Writer 'dev' 'remarks' $NsDev (@($example.Remarks) + [pscustomobject]@{ Kind = 'Paragraph'; Lines = [string[]] @('') })
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'relatedLinks', $NsCommand)
    foreach ($link in $Command.Links) {
        $Writer.WriteStartElement('maml', 'navigationLink', $NsMaml)
        $Writer.WriteElementString('maml', 'linkText', $NsMaml, $link.Text)
        $Writer.WriteElementString('maml', 'uri', $NsMaml, $link.Uri)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteEndElement()
}

function ConvertTo-Maml {
    # The MAML document for all commands, as UTF-8 bytes without BOM and with LF line ends.
    param($Commands)
    $settings = [System.Xml.XmlWriterSettings]::new()
    $settings.Encoding = [System.Text.UTF8Encoding]::new($false)
    $settings.Indent = $true
    $settings.IndentChars = '  '
    $settings.NewLineChars = "`n"
    $settings.NewLineHandling = [System.Xml.NewLineHandling]::Replace
    $stream = [System.IO.MemoryStream]::new()
    $writer = [System.Xml.XmlWriter]::Create($stream, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems', $NsMsh)
        $writer.WriteAttributeString('schema', 'maml')
        foreach ($command in $Commands) { Write-Command $writer $command }
        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    }
    finally {
        $writer.Dispose()
    }
    $bytes = $stream.ToArray()
    # XmlWriter ends without a final newline; files end with one.
    return , [byte[]] ($bytes + [byte[]] @(10))
}

#endregion

#region about_ topics

function Format-Wrapped {
    # Greedy word wrap of one paragraph to $AboutWidth columns, with the first line's prefix and
    # the indent of the following lines.
    param([string] $Text, [string] $FirstPrefix, [string] $RestPrefix)
    $lines = [System.Collections.Generic.List[string]]::new()
    $current = $FirstPrefix
    $empty = $true
    foreach ($word in ($Text -split ' +' | Where-Object { $_ -ne '' })) {
        if ($empty) { $current += $word; $empty = $false; continue }
        if (($current.Length + 1 + $word.Length) -le $AboutWidth) { $current += ' ' + $word }
        else {
            $lines.Add($current)
            $current = $RestPrefix + $word
        }
    }
    $lines.Add($current)
    return , [string[]] $lines.ToArray()
}

function ConvertTo-AboutText {
    # Turns about_*.md into the text Get-Help about_* prints: TOPIC, then each "## Heading" in
    # capitals, each "### Heading" underlined, paragraphs wrapped at 80 columns, code indented.
    param([string] $Path)
    $lines = Read-MarkdownLines $Path
    $top = Split-Sections $lines 1
    $titled = @($top | Where-Object { $null -ne $_.Title })
    if ($titled.Count -ne 1) { Stop-Markdown $Path 0 'the file needs exactly one "# about_<Topic>" title.' }
    $name = $titled[0].Title
    if ([System.IO.Path]::GetFileNameWithoutExtension($Path) -ne $name) { Stop-Markdown $Path $titled[0].Line "the title '$name' differs from the file name." }

    $out = [System.Collections.Generic.List[string]]::new()
    $out.Add('TOPIC')
    $out.Add('    ' + $name)
    $sectionNames = [System.Collections.Generic.List[string]]::new()
    foreach ($section in (Split-Sections ([string[]] $titled[0].Lines) 2 $titled[0].Line)) {
        if ($null -eq $section.Title) { continue }
        $heading = $section.Title.ToUpperInvariant()
        $sectionNames.Add($heading)
        $out.Add('')
        $out.Add($heading)
        $firstBlock = $true
        foreach ($sub in (Split-Sections ([string[]] $section.Lines) 3 $section.Line)) {
            if ($null -ne $sub.Title) {
                $out.Add('')
                $out.Add('  ' + $sub.Title)
                $out.Add('  ' + ('-' * $sub.Title.Length))
                $firstBlock = $true
            }
            foreach ($block in (Get-Blocks ([string[]] $sub.Lines) $Path $sub.Line)) {
                # A block follows its heading directly; blank lines separate blocks.
                if (-not $firstBlock) { $out.Add('') }
                $firstBlock = $false
                if ($heading -eq 'SHORT DESCRIPTION' -and
                    ($block.Kind -ne 'Paragraph' -or (Format-Wrapped $block.Lines[0] '    ' '    ').Count -ne 1)) {
                    # Get-Help takes the fifth line of the file, and only that line, as the topic's synopsis.
                    Stop-Markdown $Path $section.Line "the short description must be one paragraph that fits on one line of $AboutWidth columns."
                }
                switch ($block.Kind) {
                    'Paragraph' { $out.AddRange((Format-Wrapped $block.Lines[0] '    ' '    ')) }
                    'List' { foreach ($item in $block.Lines) { $out.AddRange((Format-Wrapped $item '    - ' '      ')) } }
                    'Code' { foreach ($codeLine in $block.Lines) { $out.Add(('        ' + $codeLine).TrimEnd()) } }
                    'Table' { foreach ($tableLine in $block.Lines) { $out.Add('    ' + $tableLine) } }
                }
            }
        }
    }
    foreach ($required in 'SHORT DESCRIPTION', 'LONG DESCRIPTION') {
        if (-not $sectionNames.Contains($required)) { Stop-Markdown $Path 0 "the '## $required' section is missing (Get-Help reads the synopsis from it)." }
    }
    return (($out | ForEach-Object { $_.TrimEnd() }) -join "`n") + "`n"
}

#endregion

$source = (Resolve-Path -LiteralPath $SourcePath).ProviderPath
if (-not (Test-Path -LiteralPath $OutputPath -PathType Container)) { $null = New-Item -ItemType Directory -Path $OutputPath -Force }
$output = (Resolve-Path -LiteralPath $OutputPath).ProviderPath

# Ordinal order, so the output does not depend on the file system's or the culture's ordering.
$files = [string[]] @(Get-ChildItem -LiteralPath $source -File -Filter '*.md' | ForEach-Object { $_.FullName })
[Array]::Sort($files, [System.StringComparer]::Ordinal)

$commands = [System.Collections.Generic.List[object]]::new()
$written = [System.Collections.Generic.List[string]]::new()
$utf8 = [System.Text.UTF8Encoding]::new($false)
foreach ($file in $files) {
    $leaf = [System.IO.Path]::GetFileNameWithoutExtension($file)
    if ($leaf.StartsWith('about_', [System.StringComparison]::OrdinalIgnoreCase)) {
        $target = Join-Path $output "$leaf.help.txt"
        [System.IO.File]::WriteAllText($target, (ConvertTo-AboutText $file), $utf8)
        $written.Add($target)
    }
    else {
        $commands.Add((Read-CommandMarkdown $file))
    }
}
if ($commands.Count -eq 0) { throw "No cmdlet markdown (<Verb>-<Noun>.md) in $source." }
$maml = Join-Path $output $MamlFileName
[System.IO.File]::WriteAllBytes($maml, (ConvertTo-Maml $commands))
$written.Insert(0, $maml)

foreach ($path in $written) { Write-Verbose "Wrote $path" }
$written | ForEach-Object { Get-Item -LiteralPath $_ }
