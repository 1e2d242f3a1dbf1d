<#
    The creative gallery: one picture for every activation of the catalogue, for per-layer and per-neuron activations
    (counts and a seeded choice), for each extra input (a bias input, Picbreeder's d = 1.4 r, the polar angle, Fourier
    features) and for each initialisation (SIREN, variance scaling, an output-layer scale, normal biases), each made by
    the one-liner shown beside it, plus README.md, the table of pictures, one-liners and what Measure-CppnImage says
    about each. A picture with Compare beside it is measured against that picture, made by the same one-liner without
    the feature, so the numbers show what the feature changed.
    Run with the CppnPS module imported:
        ./examples/creative/CreativeGallery.ps1 -OutputFolder docs/gallery/creative
    Outputs one object per picture: its file, one-liner, the activations of its hidden neurons, its measures and, where
    it has one, the picture it is compared with and that picture's measures.
#>
param([ValidateRange(8, 4096)][int] $Size = 192, [string] $OutputFolder = '.')

$ErrorActionPreference = 'Stop'
# Bounded and periodic activations show their shape through a deep network; the unbounded ones through one hidden
# layer more, where the output sigmoid is not yet pinned to 0 or 1 by sums that grow layer after layer.
$pictures = @(
    @{ File = 'a01-tanh.png'; Title = 'tanh: bounded, odd (the article''s)'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Activation tanh | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a02-sigmoid.png'; Title = 'sigmoid: bounded in (0, 1), so every sum after the first is biased'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Scale 3 -Activation sigmoid | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a03-relu.png'; Title = 'relu: flat facets meeting along straight folds'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation relu | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a04-identity.png'; Title = 'identity: the whole network is linear, colour planes'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation identity | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a05-sin.png'; Title = 'sin: periodic, rings and ripples'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Scale 0.8 -Activation sin | Invoke-CppnRender' }
    @{ File = 'a06-gaussian.png'; Title = 'gaussian: a bump, symmetric blobs'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Activation gaussian | Invoke-CppnRender' }
    @{ File = 'a07-leakyrelu.png'; Title = 'leakyrelu(0.2): relu with a slope below 0'; Command = "New-CppnNetwork -Seed 7 -Hidden 1 -Activation 'leakyrelu(0.2)' | Invoke-CppnRender -Zoom 2" }
    @{ File = 'a08-elu.png'; Title = 'elu: relu with a smooth floor at -alpha'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation elu | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a09-gelu.png'; Title = 'gelu: x Phi(x), the exact erf form'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation gelu | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a10-gelutanh.png'; Title = 'gelutanh: GELU''s tanh approximation'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation gelutanh | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a11-softplus.png'; Title = 'softplus: a smooth relu, no folds'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation softplus | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a12-silu.png'; Title = 'silu (swish): x sigmoid(x)'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation silu | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a13-cos.png'; Title = 'cos: periodic and even'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Scale 0.8 -Activation cos | Invoke-CppnRender' }
    @{ File = 'a14-abs.png'; Title = 'abs: folds the plane into mirror images'; Command = 'New-CppnNetwork -Seed 7 -Hidden 1 -Activation abs | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a15-square.png'; Title = 'square: even and smooth, quadratic bands'; Command = 'New-CppnNetwork -Seed 7 -Hidden 2 -Scale 0.6 -Activation square | Invoke-CppnRender -Zoom 2' }
    @{ File = 'a16-hat.png'; Title = 'hat: a triangle bump, sharp ridges'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Scale 0.6 -Activation hat | Invoke-CppnRender' }
    @{ File = 'a17-sawtooth.png'; Title = 'sawtooth: period 1, shards with straight edges'; Command = 'New-CppnNetwork -Seed 7 -Hidden 2 -Radius -Scale 0.2 -Activation sawtooth | Invoke-CppnRender' }
    @{ File = 'm01-per-layer.png'; Title = 'One activation per layer: sin, tanh, gaussian'; Command = 'New-CppnNetwork -Seed 7 -Layers 16, 16, 16 -Radius -Activation sin, tanh, gaussian | Invoke-CppnRender -Zoom 2' }
    @{ File = 'm02-counts.png'; Title = 'Per neuron, counted: 8 tanh, 4 sin, 4 gaussian in every layer'; Command = "New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Activation 'tanh:8,sin:4,gaussian:4' | Invoke-CppnRender -Zoom 2"; Compare = 'a01-tanh.png' }
    @{ File = 'm03-choice.png'; Title = 'Per neuron, a seeded choice from tanh, sin and gaussian'; Command = "New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Activation 'tanh|sin|gaussian' | Invoke-CppnRender -Zoom 2"; Compare = 'a01-tanh.png' }
    @{ File = 'i01-no-bias.png'; Title = 'No bias anywhere: tanh is odd, so the picture is point-symmetric (colour c at p, 1 - c at -p)'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Bias None | Invoke-CppnRender -Zoom 2' }
    @{ File = 'i02-bias-input.png'; Title = 'Picbreeder''s bias input, a constant 1, breaks that symmetry'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Bias None -BiasInput | Invoke-CppnRender -Zoom 2'; Compare = 'i01-no-bias.png' }
    @{ File = 'i03-distance.png'; Title = 'Picbreeder''s distance d = 1.4 r: rings'; Command = 'New-CppnNetwork -Seed 3 -Hidden 4 -Distance | Invoke-CppnRender -Zoom 2' }
    @{ File = 'i04-theta.png'; Title = 'The polar angle theta: a seam where it jumps from pi to -pi'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Angle Theta | Invoke-CppnRender -Zoom 2' }
    @{ File = 'i05-sincos.png'; Title = 'sin theta and cos theta: the angle without a seam'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Angle SinCos | Invoke-CppnRender -Zoom 2' }
    @{ File = 'i06-fourier-1.png'; Title = 'Fourier features, 8 frequencies drawn N(0, 1)'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -FourierFeatures 8 -FourierSigma 1 | Invoke-CppnRender' }
    @{ File = 'i07-fourier-4.png'; Title = 'Fourier features, sigma 4: finer detail'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -FourierFeatures 8 -FourierSigma 4 | Invoke-CppnRender'; Compare = 'i06-fourier-1.png' }
    @{ File = 'n01-siren.png'; Title = 'SIREN: sine activations, w0 = 30 folded into the weights; its output layer, linear in the paper and drawn w0 times smaller, is multiplied back by 30 so that the sigmoid shows the colours'; Command = 'New-CppnNetwork -Seed 2 -Init Siren -Activation sin | Set-CppnWeights -Layer 9 -Factor 30 -PassThru | Invoke-CppnRender' }
    @{ File = 'n02-he.png'; Title = 'Variance scaling 2 / fan_in, normal (He), the output layer at 32 / fan_in'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Init VarianceScaling -Scale 2 -FanMode FanIn -Distribution Normal -OutputScale 32 | Invoke-CppnRender -Zoom 8' }
    @{ File = 'n03-glorot.png'; Title = 'Variance scaling 1 / fan_avg, uniform (Glorot), the output layer at 32 / fan_avg'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Init VarianceScaling -Scale 1 -FanMode FanAvg -Distribution Uniform -OutputScale 32 | Invoke-CppnRender -Zoom 8' }
    @{ File = 'n04-fan-out.png'; Title = 'Variance scaling 32 / fan_out, truncated normal'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -Init VarianceScaling -Scale 32 -FanMode FanOut -Distribution TruncatedNormal | Invoke-CppnRender -Zoom 2' }
    @{ File = 'n05-output-scale.png'; Title = 'The output layer drawn at a quarter of the scale: softer colours'; Command = 'New-CppnNetwork -Seed 7 -Hidden 4 -Radius -OutputScale 0.25 | Invoke-CppnRender -Zoom 2'; Compare = 'a01-tanh.png' }
    @{ File = 'n06-normal-biases.png'; Title = 'Biases on every layer, drawn N(0, 1) (hardmaru''s)'; Command = 'New-CppnNetwork -Seed 1 -Hidden 4 -Radius -Bias All -BiasInit Normal -BiasScale 1 | Invoke-CppnRender -Zoom 2' }
)

$culture = [System.Globalization.CultureInfo]::InvariantCulture
function Format-Measure($measure) {
    'gradient {0}, colourfulness {1}, {2} bits/px' -f $measure.MeanGradient.ToString('0.###', $culture),
        $measure.Colourfulness.ToString('0.#', $culture), $measure.BitsPerPixel.ToString('0.##', $culture)
}

$table = [System.Collections.Generic.List[string]]::new()
$table.Add('# Creative gallery: activations, inputs and initialisations')
$table.Add('')
$table.Add(('Made by `examples/creative/CreativeGallery.ps1` at {0} x {0}; each picture comes from the one-liner beside it ' -f $Size) +
    '(with `-Size` added). The measures are what Measure-CppnImage reports: MeanGradient and BitsPerPixel grow with ' +
    'detail, Colourfulness with colour. Where a picture is compared with another, made the same way without the feature, ' +
    'the arrow reads from that picture to this one.')
$table.Add('')
$table.Add('| picture | one-liner | Measure-CppnImage |')
$table.Add('|---|---|---|')
$measures = @{}
foreach ($picture in $pictures) {
    $image = & ([scriptblock]::Create($picture.Command + " -Size $Size"))
    $image | Export-CppnImage -Path (Join-Path $OutputFolder $picture.File) -Force
    $measure = $image | Measure-CppnImage
    $measures[$picture.File] = $measure
    $proof = Format-Measure $measure
    $compared = $null
    if ($picture.Compare) {
        $compared = $measures[$picture.Compare]
        $proof += ('<br>vs {0}: gradient {1} &rarr; {2}, colourfulness {3} &rarr; {4}' -f $picture.Compare,
            $compared.MeanGradient.ToString('0.###', $culture), $measure.MeanGradient.ToString('0.###', $culture),
            $compared.Colourfulness.ToString('0.#', $culture), $measure.Colourfulness.ToString('0.#', $culture))
    }
    # The hidden neurons' activations, read from the network the one-liner made (the output layer is left out: it is
    # sigmoid in every picture).
    $hidden = $image.Network.Layers | Select-Object -SkipLast 1
    $activations = @($hidden | ForEach-Object {
            $layer = $_
            0..($layer.OutputCount - 1) | ForEach-Object { [CppnPS.Core.Activations.ActivationFunctions]::ToName($layer.GetActivation($_).Kind) }
        } | Select-Object -Unique)
    $table.Add(('| ![{0}]({1}) | **{0}**<br>`{2}` | {3} |' -f $picture.Title, $picture.File, $picture.Command.Replace('|', '\|'), $proof))
    [pscustomobject]@{
        File = $picture.File; Command = $picture.Command; Activations = $activations; Measure = $measure
        Compare = $picture.Compare; CompareMeasure = $compared
    }
}
[System.IO.File]::WriteAllText((Join-Path (Resolve-Path -LiteralPath $OutputFolder).ProviderPath 'README.md'), ($table -join "`n") + "`n")
