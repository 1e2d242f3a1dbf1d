using System;
using System.Linq;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    public class ExecutionOptionsTests
    {
        [Fact]
        public void PictureSettingsHoldNoMachineSettings()
        {
            var names = typeof(RenderOptions).GetProperties().Select(p => p.Name).ToArray();
            Assert.Equal(new[] { "CenterX", "CenterY", "Colour", "CoordinateMode", "Framing", "Height", "Latent", "OutputBytes", "Width", "Zoom" }, names.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Contains(nameof(ExecutionOptions.ThrottleLimit), typeof(ExecutionOptions).GetProperties().Select(p => p.Name));
            Assert.Contains(nameof(ExecutionOptions.Engine), typeof(ExecutionOptions).GetProperties().Select(p => p.Name));
        }

        [Fact]
        public void Render_RefusesANegativeThrottleLimitAndAnUnknownEngine()
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 4 }, Seed = 1 });
            var picture = new RenderOptions { Width = 4, Height = 4 };
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CppnRenderer.Render(net, picture, new ExecutionOptions { ThrottleLimit = -1 }));
            Assert.Equal(nameof(ExecutionOptions.ThrottleLimit), ex.ParamName);
            Assert.Throws<ArgumentOutOfRangeException>(() => CppnRenderer.Render(net, picture, new ExecutionOptions { Engine = (RenderEngineKind)7 }));
        }

        [Fact]
        public void EffectiveThreads_IsTheLimitOrEveryCore()
        {
            Assert.Equal(3, new ExecutionOptions { ThrottleLimit = 3 }.EffectiveThreads);
            Assert.Equal(Environment.ProcessorCount, ExecutionOptions.Default.EffectiveThreads);
        }
    }
}
