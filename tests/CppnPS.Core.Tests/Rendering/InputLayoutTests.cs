using System;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    /// <summary>The one rule for inputs: row, col and r are coordinates, every other name is a latent input.</summary>
    public class InputLayoutTests
    {
        [Fact]
        public void EveryNameButRowColAndR_IsALatentInput()
        {
            Assert.Equal(InputKind.Row, InputName.KindOf("row"));
            Assert.Equal(InputKind.Column, InputName.KindOf("col"));
            Assert.Equal(InputKind.Radius, InputName.KindOf("r"));
            foreach (string name in new[] { "z1", "z12", "seed", "t", "Row", "R", "x" })
                Assert.Equal(InputKind.Latent, InputName.KindOf(name));
            Assert.Equal(3, InputName.LatentCount(new[] { "row", "seed", "col", "z1", "r", "t" }));
        }

        [Fact]
        public void ANetworkWhoseLatentInputIsNotNamedZ_CountsItAndRendersIt()
        {
            // LatentSize used to count only names starting with 'z', while the renderer fed every
            // input other than row, col and r from the latent vector.
            var made = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 8, 8 }, Seed = 3, LatentSize = 1 });
            var renamed = new CppnNetwork(new[] { InputName.Row, InputName.Column, "seed" }, made.Layers);
            Assert.Equal(1, renamed.LatentSize);

            var options = new RenderOptions { Width = 9, Height = 7, Latent = new[] { 0.75f } };
            foreach (RenderEngineKind engine in new[] { RenderEngineKind.Fast, RenderEngineKind.Reference })
                EngineAgreementTests.AssertBitEqual(CppnRenderer.Render(made, options, new ExecutionOptions { Engine = engine }).ToArray(),
                    CppnRenderer.Render(renamed, options, new ExecutionOptions { Engine = engine }).ToArray(), engine.ToString());
            Assert.Throws<LatentSizeMismatchException>(() => CppnRenderer.Render(renamed, new RenderOptions { Width = 4, Height = 4, Latent = new[] { 1f, 2f } }));

            var probeOptions = new RenderOptions { Width = 8, Height = 8, Latent = new[] { 0.75f } };
            Assert.Equal(NetworkProbe.Measure(made, probeOptions)[1].Mean, NetworkProbe.Measure(renamed, probeOptions)[1].Mean);
        }

        [Fact]
        public void Fill_GivesTheValuesOfValueAt_AndZerosPastTheColumns()
        {
            var layout = InputLayout.Create(new[] { "r", "z1", "col", "row", "seed" }, new[] { 0.5f, -2f });
            float row = -0.3f;
            float[] columns = { -1f, -0.25f, 0f, 0.6f, 1f };
            var lane = new float[8];
            for (int i = 0; i < layout.Count; i++)
            {
                for (int k = 0; k < lane.Length; k++) lane[k] = float.NaN;
                layout.Fill(i, row, columns, lane);
                for (int p = 0; p < columns.Length; p++)
                    Assert.Equal(BitConverter.SingleToInt32Bits(layout.ValueAt(i, row, columns[p])), BitConverter.SingleToInt32Bits(lane[p]));
                for (int p = columns.Length; p < lane.Length; p++) Assert.Equal(0f, lane[p]);
            }
            Assert.Equal(CoordinateGrid.Radius(row, 0.6f), layout.ValueAt(0, row, 0.6f));
            Assert.Equal(0.5f, layout.ValueAt(1, row, 0.6f));
            Assert.Equal(0.6f, layout.ValueAt(2, row, 0.6f));
            Assert.Equal(row, layout.ValueAt(3, row, 0.6f));
            Assert.Equal(-2f, layout.ValueAt(4, row, 0.6f));
        }
    }
}
