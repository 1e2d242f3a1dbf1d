namespace CppnPS.Module.Internal
{
    /// <summary>The stable ErrorIds of CppnPS's error records; scripts and tests match on them.</summary>
    internal static class ErrorIds
    {
        public const string UnknownActivation = "UnknownActivation";
        public const string ActivationCountMismatch = "ActivationCountMismatch";
        public const string InvalidNetworkOptions = "InvalidNetworkOptions";
        public const string WeightShapeMismatch = "WeightShapeMismatch";
        public const string LayerIndexOutOfRange = "LayerIndexOutOfRange";
        public const string InvalidWeightValue = "InvalidWeightValue";
        public const string ImageTooLarge = "ImageTooLarge";
        public const string LatentSizeMismatch = "LatentSizeMismatch";
        public const string InvalidRenderOptions = "InvalidRenderOptions";
        public const string RenderFailed = "RenderFailed";
        public const string FileExists = "FileExists";
        public const string NotFileSystemPath = "NotFileSystemPath";
        public const string UnknownImageFormat = "UnknownImageFormat";
        public const string InvalidExportOptions = "InvalidExportOptions";
        public const string DirectoryNotFound = "DirectoryNotFound";
        public const string ExportFailed = "ExportFailed";
        public const string InvalidGenome = "InvalidGenome";
        public const string PathNotFound = "PathNotFound";
        public const string NoGenomeInImage = "NoGenomeInImage";
        public const string ImportFailed = "ImportFailed";
        public const string InvalidInputObject = "InvalidInputObject";
        public const string InvalidMontageOptions = "InvalidMontageOptions";
        public const string UnknownAnimationFormat = "UnknownAnimationFormat";
        public const string InvalidAnimationOptions = "InvalidAnimationOptions";
        public const string NoFrames = "NoFrames";
        public const string FrameSizeMismatch = "FrameSizeMismatch";
        public const string FfmpegNotFound = "FfmpegNotFound";
        public const string FfmpegFailed = "FfmpegFailed";
        public const string InvalidAnimation = "InvalidAnimation";
        public const string MorphShapeMismatch = "MorphShapeMismatch";
        public const string UnknownEasing = "UnknownEasing";
        public const string NoAnimationInFile = "NoAnimationInFile";
        public const string DeferredImage = "DeferredImage";
        public const string InvalidTiles = "InvalidTiles";
        public const string DiskFull = "DiskFull";
        public const string WriteDenied = "WriteDenied";
        public const string PathTooLong = "PathTooLong";
        public const string UnknownPalette = "UnknownPalette";
        public const string InvalidPalette = "InvalidPalette";
        public const string ColourOutputsMismatch = "ColourOutputsMismatch";
        public const string InvalidCaption = "InvalidCaption";
        public const string CaptionTooLong = "CaptionTooLong";
        public const string CaptionFontMissing = "CaptionFontMissing";
        public const string TextRendererUnavailable = "TextRendererUnavailable";
        public const string NoCaptionInImage = "NoCaptionInImage";
        public const string ParentShapeMismatch = "ParentShapeMismatch";
        public const string ParentCount = "ParentCount";
        public const string InvalidMutationOptions = "InvalidMutationOptions";
        public const string TargetTooLarge = "TargetTooLarge";
        public const string InvalidFitTarget = "InvalidFitTarget";
        public const string InvalidFitOptions = "InvalidFitOptions";
        public const string NoConsole = "NoConsole";
        public const string InvalidFourierFeatures = "InvalidFourierFeatures";
        public const string InvalidInitOptions = "InvalidInitOptions";
    }
}
