using System.IO;

namespace CppnPS.Captions
{
    /// <summary>A font file the module ships is missing or unreadable: the installation is incomplete.</summary>
    public sealed class CaptionFontMissingException : FileNotFoundException
    {
        /// <summary>Creates the exception for the font file at <paramref name="fileName"/>.</summary>
        public CaptionFontMissingException(string message, string fileName) : base(message, fileName)
        {
        }
    }
}
