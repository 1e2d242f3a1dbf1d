using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// Interactive breeding in a terminal: shows a generation as numbered thumbnails in 24-bit
    /// half-blocks (<see cref="TerminalPicture"/>), reads a command, and repeats until the user quits.
    /// </summary>
    public static class BreedingLoop
    {
        private static readonly char[] Separators = { ' ', ',' };

        /// <summary>The side of saved pictures, in pixels.</summary>
        public const int SavedPictureSize = 512;

        /// <summary>The commands, as the prompt lists them.</summary>
        public const string Commands = "2 5: breed from 2 and 5 | b: back | + -: stronger, weaker | s N x.png: save picture | n N x.json: save network | q: quit";

        /// <summary>
        /// Runs the loop until "q" or the end of input, and returns the generation shown last.
        /// Each thumbnail is <paramref name="thumbnail"/> pixels (= character columns) wide.
        /// </summary>
        public static IReadOnlyList<CppnNetwork> Run(BreedingSession session, IBreedingTerminal terminal, int thumbnail,
            ExecutionOptions? execution = null, CancellationToken cancellationToken = default)
        {
            if (session is null) throw new ArgumentNullException(nameof(session));
            if (terminal is null) throw new ArgumentNullException(nameof(terminal));
            if (thumbnail < 4 || thumbnail > 256) throw new ArgumentOutOfRangeException(nameof(thumbnail), thumbnail, "Thumbnails are 4 to 256 pixels wide.");
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Show(session, terminal, thumbnail, execution, cancellationToken);
                terminal.WriteLine(Commands);
                string? line = terminal.ReadLine();
                if (line is null) return session.Population;
                string command = line.Trim();
                if (command.Length == 0) continue;
                try
                {
                    if (!Execute(session, terminal, command, execution, cancellationToken)) return session.Population;
                }
                catch (Exception ex) when (ex is ArgumentException || ex is IOException || ex is UnauthorizedAccessException || ex is TargetExistsException)
                {
                    terminal.WriteLine(ex.Message);
                }
            }
        }

        // One command; false to quit.
        private static bool Execute(BreedingSession session, IBreedingTerminal terminal, string command, ExecutionOptions? execution, CancellationToken cancellationToken)
        {
            string[] words = command.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            switch (words[0].ToLowerInvariant())
            {
                case "q":
                case "quit":
                    return false;
                case "b":
                case "back":
                    if (!session.Back()) terminal.WriteLine("This is the first generation: there is none before it.");
                    return true;
                case "+":
                    session.Stronger();
                    return true;
                case "-":
                    session.Weaker();
                    return true;
                case "s":
                case "n":
                    if (words.Length != 3 || !int.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                        || number < 1 || number > session.Population.Count)
                        throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                            "Write '{0} N file' with N between 1 and {1}.", words[0], session.Population.Count));
                    var network = session.Population[number - 1];
                    string path = terminal.ResolvePath(words[2]);
                    if (words[0] == "s")
                    {
                        var picture = (network.View ?? new RenderOptions()) with { Width = SavedPictureSize, Height = SavedPictureSize };
                        ImageExporter.WriteFile(CppnRenderer.Render(network, picture, execution, null, cancellationToken), path,
                            new ImageExportOptions(), overwrite: false, null, cancellationToken);
                    }
                    else
                    {
                        NetworkFile.Write(network, path, NetworkFileFormat.Genome, overwrite: false, cancellationToken);
                    }
                    terminal.WriteLine("Saved " + path);
                    return true;
            }
            var picks = new List<int>();
            foreach (string word in words)
            {
                if (!int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int pick))
                    throw new ArgumentException("Unknown command '" + command + "'. " + Commands);
                picks.Add(pick);
            }
            session.Breed(picks);
            return true;
        }

        private static void Show(BreedingSession session, IBreedingTerminal terminal, int thumbnail, ExecutionOptions? execution, CancellationToken cancellationToken)
        {
            const int gap = 2;
            var population = session.Population;
            int perRow = Math.Max(1, Math.Min(population.Count, (terminal.Columns - gap) / (thumbnail + gap)));
            terminal.WriteLine(string.Format(CultureInfo.InvariantCulture, "Generation {0}: mutation rate {1:0.###}, size {2:0.###}",
                session.Generation, session.Mutation.Rate, session.Mutation.Size));
            var background = new[] { 0f, 0f, 0f };
            for (int first = 0; first < population.Count; first += perRow)
            {
                var images = population.Skip(first).Take(perRow).Select(n => CppnRenderer.Render(n,
                    (n.View ?? new RenderOptions()) with { Width = thumbnail, Height = thumbnail }, execution, null, cancellationToken)).ToArray();
                var row = ImageMontage.Create(images, perRow, gap, background);
                foreach (string line in TerminalPicture.Draw(row, row.Width, row.Height, cancellationToken)) terminal.WriteLine(line);
                var labels = new StringBuilder();
                foreach (var tile in row.Tiles)
                {
                    string label = (first + tile.Index + 1).ToString(CultureInfo.InvariantCulture);
                    int at = tile.X + (thumbnail - label.Length) / 2;
                    labels.Append(' ', Math.Max(0, at - labels.Length)).Append(label);
                }
                terminal.WriteLine(labels.ToString());
            }
        }
    }
}
