using System;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    public class ArticleCoordinatesTests
    {
        // The article's run_net(net, size_x, size_y), written as it is, with the network evaluated in
        // float64: colors[i][j] = net([float(i) / size_y - 0.5, float(j) / size_x - 0.5]) for i < size_x,
        // j < size_y; the coordinates go through torch.FloatTensor (one rounding to float32) and the
        // result, shaped (size_x, size_y, 3), is what plt.imsave writes: size_x rows of size_y pixels.
        private static double[,,] ArticleRunNet(CppnNetwork net, int sizeX, int sizeY)
        {
            var colors = new double[sizeX, sizeY, 3];
            for (int i = 0; i < sizeX; i++)
                for (int j = 0; j < sizeY; j++)
                {
                    double[] h = { (float)((double)i / sizeY - 0.5), (float)((double)j / sizeX - 0.5) };
                    foreach (var layer in net.Layers)
                    {
                        var next = new double[layer.OutputCount];
                        for (int o = 0; o < next.Length; o++)
                        {
                            double sum = layer.GetBias(o);
                            for (int k = 0; k < h.Length; k++) sum += layer.GetWeight(o, k) * h[k];
                            next[o] = layer.Activation == Activation.Sigmoid ? 1.0 / (1.0 + Math.Exp(-sum)) : Math.Tanh(sum);
                        }
                        h = next;
                    }
                    for (int ch = 0; ch < 3; ch++) colors[i, j, ch] = h[ch];
                }
            return colors;
        }

        private static double MaxDifference(CppnImage image, double[,,] article)
        {
            double max = 0;
            for (int r = 0; r < image.Height; r++)
                for (int c = 0; c < image.Width; c++)
                    for (int ch = 0; ch < 3; ch++)
                        max = Math.Max(max, Math.Abs(image.GetSample(r, c, ch) - article[r, c, ch]));
            return max;
        }

        [Theory]
        [InlineData(7, 12, RenderEngineKind.Reference)]
        [InlineData(12, 7, RenderEngineKind.Fast)]
        [InlineData(5, 31, RenderEngineKind.Fast)]
        public void ArticleMode_ReproducesTheArticlesNonSquarePicture(int sizeX, int sizeY, RenderEngineKind engine)
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 16, 16, 16 }, Seed = 5 });
            double[,,] article = ArticleRunNet(net, sizeX, sizeY);

            var options = new RenderOptions { Width = sizeY, Height = sizeX, CoordinateMode = CoordinateMode.Article };
            CppnImage image = CppnRenderer.Render(net, options, new ExecutionOptions { Engine = engine });
            Assert.Equal((sizeY, sizeX), (image.Width, image.Height));
            double max = MaxDifference(image, article);
            Assert.True(max <= 1e-5, $"max |CppnPS Article - article float64| = {max:E3}");

            // The default mode is a different picture when width != height, by far more than rounding.
            CppnImage normalized = CppnRenderer.Render(net, options with { CoordinateMode = CoordinateMode.Normalized }, new ExecutionOptions { Engine = engine });
            Assert.True(MaxDifference(normalized, article) > 1e-2);
        }
    }
}
