@{
    # The cmdlets live in this assembly; its dependencies sit next to it in the laid-out module.
    RootModule             = 'CppnPS.Module.dll'

    # The one place the version is stamped: Directory.Build.props reads it for the assemblies.
    ModuleVersion          = '0.1.0'

    GUID                   = '4175fc87-8a5f-497c-90c0-aec8e497217d'
    Author                 = 'CppnPS contributors'
    CompanyName            = 'CppnPS contributors'
    Copyright              = 'MIT licence'
    Description            = 'Paints abstract pictures with CPPNs (compositional pattern producing networks): small neural networks that map pixel coordinates to colours, built, changed, rendered and saved from the pipeline.'

    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'

    FormatsToProcess       = @('CppnPS.Format.ps1xml')
    # Loads the Core build for this edition (net8.0/ on PowerShell 7.4+, the netstandard2.0 one beside this
    # file on Windows PowerShell 5.1), then CppnPS.Types.ps1xml, which names Core's types for deserialisation.
    # A script, because a manifest cannot choose an assembly by edition, and its TypesToProcess would be
    # read before any script could load the assembly.
    ScriptsToProcess       = @('CppnPS.LoadCore.ps1')

    CmdletsToExport        = @(
        'New-CppnNetwork'
        'Set-CppnWeights'
        'Invoke-CppnRender'
        'Export-CppnImage'
        'Import-CppnNetwork'
        'Export-CppnNetwork'
        'Measure-CppnNetwork'
        'Measure-CppnImage'
        'Join-CppnImage'
        'Join-CppnTile'
        'Show-CppnImage'
        'Export-CppnAnimation'
        'New-CppnAnimation'
        'Import-CppnAnimation'
        'Add-CppnCaption'
        'Import-CppnCaption'
        'Get-CppnQuote'
        'Get-CppnNeuronMap'
        'Invoke-CppnMutation'
        'Merge-CppnNetwork'
        'Optimize-CppnNetwork'
        'Search-CppnNovelty'
        'Enter-CppnBreeding'
    )
    AliasesToExport        = @('Set-CppnWeight')
    FunctionsToExport      = @()
    VariablesToExport      = @()

    PrivateData            = @{
        PSData = @{
            Tags = @('CPPN', 'NeuralNetwork', 'GenerativeArt', 'Art', 'Image', 'PNG', 'MLP', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
        }
    }
}
