using System;

namespace CppnPS.Core.Captions
{
    /// <summary>The one owner of the shipped fonts' names: their family names and the files that hold them.</summary>
    public static class CaptionFonts
    {
        /// <summary>The folder, beside the module's manifest, that holds the font files and their licence.</summary>
        public const string FolderName = "fonts";

        /// <summary>The file name of <paramref name="font"/> (in <see cref="FolderName"/>).</summary>
        public static string FileName(CaptionFont font) => font switch
        {
            CaptionFont.Sans => "DejaVuSans.ttf",
            CaptionFont.Serif => "DejaVuSerif.ttf",
            _ => throw new ArgumentOutOfRangeException(nameof(font), font, "Expected Sans or Serif."),
        };

        /// <summary>The family name of <paramref name="font"/>, as the caption's metadata records it.</summary>
        public static string FamilyName(CaptionFont font) => font switch
        {
            CaptionFont.Sans => "DejaVu Sans",
            CaptionFont.Serif => "DejaVu Serif",
            _ => throw new ArgumentOutOfRangeException(nameof(font), font, "Expected Sans or Serif."),
        };

        /// <summary>The font whose family name is <paramref name="familyName"/>; false when none is.</summary>
        public static bool TryParseFamily(string familyName, out CaptionFont font)
        {
            foreach (CaptionFont candidate in new[] { CaptionFont.Sans, CaptionFont.Serif })
            {
                if (string.Equals(FamilyName(candidate), familyName, StringComparison.Ordinal))
                {
                    font = candidate;
                    return true;
                }
            }
            font = CaptionFont.Sans;
            return false;
        }
    }
}
