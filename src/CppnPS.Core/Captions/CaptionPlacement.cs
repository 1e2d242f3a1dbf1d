namespace CppnPS.Core.Captions
{
    /// <summary>Where a caption stands on the picture.</summary>
    public enum CaptionPlacement
    {
        /// <summary>Along the bottom edge, inside the margin.</summary>
        Bottom = 0,

        /// <summary>Along the top edge, inside the margin.</summary>
        Top = 1,

        /// <summary>Centred vertically.</summary>
        Centre = 2,
    }
}
