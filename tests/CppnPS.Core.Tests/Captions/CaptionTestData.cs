using System;
using System.IO;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Tests.Captions
{
    internal static class CaptionTestData
    {
        /// <summary>The shipped fonts, copied beside the tests from module/fonts.</summary>
        public static string FontFolder => Path.Combine(AppContext.BaseDirectory, "fonts");

        public static readonly CppnNetwork Network = CppnNetwork.Create(new NetworkOptions { Seed = 5, HiddenWidths = new[] { 8, 8 } });

        public static CppnImage Picture(int width = 96, int height = 96) =>
            CppnRenderer.Render(Network, new RenderOptions { Width = width, Height = height });
    }
}
