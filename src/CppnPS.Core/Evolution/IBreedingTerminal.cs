namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// Where interactive breeding reads its commands and writes its pictures: a real terminal, or a
    /// script of commands (tests, replays).
    /// </summary>
    public interface IBreedingTerminal
    {
        /// <summary>The width available, in character cells.</summary>
        int Columns { get; }

        /// <summary>The next command line, or null when the input has ended (which quits).</summary>
        string? ReadLine();

        /// <summary>Writes one line (text, or a row of a picture in 24-bit ANSI colour).</summary>
        void WriteLine(string line);

        /// <summary>The absolute path a user's file name means (relative to the current location).</summary>
        string ResolvePath(string path);
    }
}
