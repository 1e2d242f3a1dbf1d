using System;
using System.Collections.Generic;
using System.IO;
using CppnPS.Core.Imaging;

namespace CppnPS.Core.Captions
{
    /// <summary>Reads the captions a PNG written by CppnPS records (<see cref="CaptionJson"/>), so they can be drawn again on a re-rendered picture.</summary>
    public static class CaptionFile
    {
        /// <summary>The captions of the PNG at <paramref name="absolutePath"/>, in the order they were drawn; empty when it has none.</summary>
        /// <exception cref="InvalidDataException">The file is not a PNG, is truncated, or its caption metadata is wrong.</exception>
        /// <exception cref="IOException">The file cannot be opened or read.</exception>
        public static IReadOnlyList<CaptionSpec> Read(string absolutePath)
        {
            if (string.IsNullOrWhiteSpace(absolutePath)) throw new ArgumentException("A file path is required.", nameof(absolutePath));
            if (!Path.IsPathRooted(absolutePath))
                throw new ArgumentException($"The path '{absolutePath}' is not absolute; resolve it against the current location first.", nameof(absolutePath));
            using var stream = new FileStream(absolutePath, FileMode.Open, FileAccess.Read, FileShare.Read, 65536);
            string? text = PngTextReader.ReadText(stream, CaptionJson.Keyword);
            return text is null ? Array.Empty<CaptionSpec>() : CaptionJson.Read(text);
        }
    }
}
