using System;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// <see cref="ImageExportOptions"/> that have passed <see cref="ImageExportOptions.Validate"/>. A caller
    /// that must report bad options before it writes (PowerShell's -WhatIf, for instance) validates once,
    /// here, and hands the result to <see cref="ImageExporter"/>, which then writes without checking again.
    /// Only <see cref="Validate"/> makes one, and the options it holds are immutable, so holding one
    /// means the rules were applied to exactly these values.
    /// </summary>
    public sealed class ValidatedExportOptions
    {
        private ValidatedExportOptions(ImageExportOptions options) => Options = options;

        /// <summary>The options, valid.</summary>
        public ImageExportOptions Options { get; }

        /// <summary>Applies <see cref="ImageExportOptions.Validate"/> to <paramref name="options"/>.</summary>
        /// <exception cref="ArgumentException">An option is invalid; the message names the first bad one.</exception>
        public static ValidatedExportOptions Validate(ImageExportOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            return new ValidatedExportOptions(options);
        }

        /// <summary>The options' description, such as "Png, 8-bit".</summary>
        public override string ToString() => Options.ToString();
    }
}
