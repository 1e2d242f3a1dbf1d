using System;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// A genome, image metadata or weights document cannot be read: it is not JSON, it is
    /// truncated, or a field is missing or holds the wrong thing. The message names the field by
    /// its JSON path (<c>layers[2].weight</c>) and says what was expected there.
    /// </summary>
    public sealed class GenomeFormatException : FormatException
    {
        /// <summary>Creates the exception for the field at <paramref name="jsonPath"/>.</summary>
        public GenomeFormatException(string? jsonPath, string problem, string? sourceName = null, long? lineNumber = null,
            long? bytePositionInLine = null, Exception? innerException = null)
            : base(Compose(jsonPath, problem, sourceName), innerException)
        {
            JsonPath = jsonPath;
            Problem = problem;
            SourceName = sourceName;
            LineNumber = lineNumber;
            BytePositionInLine = bytePositionInLine;
        }

        /// <summary>The path of the offending field (<c>layers[2].weight</c>), or null when the text as a whole is unreadable.</summary>
        public string? JsonPath { get; }

        /// <summary>What is wrong, without the source name and path.</summary>
        public string Problem { get; }

        /// <summary>The file or stream name given to the reader, if any.</summary>
        public string? SourceName { get; }

        /// <summary>1-based line of the syntax error, when the text is not valid JSON.</summary>
        public long? LineNumber { get; }

        /// <summary>1-based byte position within <see cref="LineNumber"/>, when the text is not valid JSON.</summary>
        public long? BytePositionInLine { get; }

        private static string Compose(string? jsonPath, string problem, string? sourceName)
        {
            string message = string.IsNullOrEmpty(jsonPath) ? problem : jsonPath + ": " + problem;
            return string.IsNullOrEmpty(sourceName) ? message : sourceName + ": " + message;
        }
    }
}
