using System;
using System.IO;
using CppnPS.Core.Imaging;
using CppnPS.Core.Internal;

namespace CppnPS.Core.Motion
{
    /// <summary>
    /// Where an animation's description (<see cref="AnimationJson"/>) travels in its files, so that any
    /// frame re-renders from the file at any size: a PNG frame holds it in a text chunk with keyword
    /// <see cref="PngKeyword"/>; an animated GIF holds it as a comment extension whose text is the compact
    /// description itself, which always starts with <see cref="GifCommentStart"/>. Writers use these
    /// constants; <see cref="Read"/> reads either file back.
    /// </summary>
    public static class AnimationFileText
    {
        /// <summary>The keyword of the PNG text chunk (tEXt, zTXt or iTXt) that holds the description.</summary>
        public const string PngKeyword = "cppnps-animation";

        /// <summary>
        /// How the GIF comment that holds the description begins: the compact description, exactly as
        /// <see cref="AnimationJson.Write"/> gives it, starts with its format field. Other comments are ignored.
        /// </summary>
        public const string GifCommentStart = "{\"format\":\"" + AnimationJson.FormatName + "\"";

        /// <summary>
        /// The description embedded in the PNG frame or animated GIF at <paramref name="absolutePath"/>, or null when
        /// the file carries none. The file is recognised by its signature, not its name, and no pixels are decoded.
        /// Read it with <see cref="AnimationJson.Read"/>.
        /// </summary>
        /// <exception cref="InvalidDataException">The file is neither a PNG nor a GIF, or it is truncated or corrupt.</exception>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        public static string? Read(string absolutePath)
        {
            if (absolutePath is null) throw new ArgumentNullException(nameof(absolutePath));
            using (var stream = new FileStream(absolutePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920))
            {
                var signature = new byte[8];
                int read = StreamReading.ReadUpTo(stream, signature, signature.Length);
                stream.Position = 0;
                if (read >= 6 && GifCommentReader.IsGif(signature))
                {
                    foreach (string comment in GifCommentReader.ReadComments(stream))
                        if (comment.StartsWith(GifCommentStart, StringComparison.Ordinal)) return comment;
                    return null;
                }
                if (read == 8 && ImageFormats.IsPng(signature)) return PngTextReader.ReadText(stream, PngKeyword);
                throw new InvalidDataException(Path.GetFileName(absolutePath) +
                    " is neither a PNG nor a GIF file; an animation's description is carried by its GIF or by its PNG frames.");
            }
        }
    }
}
