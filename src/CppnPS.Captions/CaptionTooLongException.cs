using System;

namespace CppnPS.Captions
{
    /// <summary>The caption, wrapped to the picture's width, needs more rows than the picture has.</summary>
    public sealed class CaptionTooLongException : Exception
    {
        /// <summary>Creates the exception with a message that says what to change.</summary>
        public CaptionTooLongException(string message) : base(message)
        {
        }
    }
}
