using System;
using System.Linq;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Model
{
    /// <summary>The network limits are NetworkOptions' constants, and Validate holds every network to them.</summary>
    public class NetworkLimitsTests
    {
        [Fact]
        public void Widths_UpToTheLimit_AreAccepted_AndOneMoreIsRefused()
        {
            new NetworkOptions { HiddenWidths = new[] { NetworkOptions.MaxLayerWidth } }.Validate();
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { HiddenWidths = new[] { NetworkOptions.MaxLayerWidth + 1 } }.Validate());
            Assert.Contains("between 1 and 4096", ex.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { HiddenWidths = new[] { 0 } }.Validate());
        }

        [Fact]
        public void Depth_UpToTheLimit_IsAccepted_AndOneMoreLayerIsRefused()
        {
            new NetworkOptions { HiddenWidths = Enumerable.Repeat(4, NetworkOptions.MaxHiddenLayers).ToArray() }.Validate();
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
                new NetworkOptions { HiddenWidths = Enumerable.Repeat(4, NetworkOptions.MaxHiddenLayers + 1).ToArray() }.Validate());
            Assert.Contains("at most 1024 hidden layers", ex.Message);
        }

        [Fact]
        public void LatentSize_UpToTheLimit_IsAccepted_AndOneMoreIsRefused()
        {
            new NetworkOptions { LatentSize = NetworkOptions.MaxLatentSize }.Validate();
            Assert.Throws<ArgumentOutOfRangeException>(() => new NetworkOptions { LatentSize = NetworkOptions.MaxLatentSize + 1 }.Validate());
        }

        [Fact]
        public void WideAndDeepAtOnce_IsRefusedByTheParameterLimit_BeforeAnythingIsAllocated()
        {
            // 17 layers of 4096 with biases: 268,525,571 weights and biases, just over 2^28 = 268,435,456.
            var options = new NetworkOptions { HiddenWidths = Enumerable.Repeat(NetworkOptions.MaxLayerWidth, 17).ToArray(), BiasMode = BiasMode.All };
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
            Assert.Contains("268,525,571 weights and biases", ex.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => CppnNetwork.Create(options));
            // 15 layers of 4096 (251.7 million) are within it.
            new NetworkOptions { HiddenWidths = Enumerable.Repeat(NetworkOptions.MaxLayerWidth, 15).ToArray() }.Validate();
        }
    }
}
