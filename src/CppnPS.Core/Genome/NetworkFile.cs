using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using CppnPS.Core.Imaging;
using CppnPS.Core.Internal;
using CppnPS.Core.Model;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// Reads a network from any file CppnPS understands, and writes network files. The format is
    /// decided from the content, never from the file name: a PNG signature means a picture written by
    /// CppnPS (its metadata text is read without decoding a pixel), another image signature means a
    /// picture that carries no network, anything else is read as JSON (<see cref="GenomeJson"/>).
    /// </summary>
    public static class NetworkFile
    {
        /// <summary>The largest JSON file read (a 1024-wide, 64-deep network is about 1 GB of JSON; far beyond any real one).</summary>
        internal const long MaxJsonBytes = 512L * 1024 * 1024;

        /// <summary>
        /// Reads the network in the file at <paramref name="absolutePath"/>: a <c>cppnps-genome</c>,
        /// a <c>cppn-weights-v1</c> file or a PNG written by CppnPS. The network's
        /// <see cref="CppnNetwork.View"/> carries the view the file was saved with.
        /// </summary>
        /// <exception cref="NoGenomeInImageException">The file is an image without a CppnPS network (a JPEG, BMP, or a foreign PNG).</exception>
        /// <exception cref="GenomeFormatException">The file is corrupt, truncated, too large, or not a network; the message names the file.</exception>
        /// <exception cref="IOException">The file cannot be opened or read.</exception>
        /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
        public static GenomeReadResult Read(string absolutePath) => Read(absolutePath, MaxJsonBytes);

        /// <summary>As above, with the largest JSON file read given (small in tests).</summary>
        internal static GenomeReadResult Read(string absolutePath, long maxJsonBytes)
        {
            if (string.IsNullOrWhiteSpace(absolutePath)) throw new ArgumentException("A file path is required.", nameof(absolutePath));
            if (!Path.IsPathRooted(absolutePath))
                throw new ArgumentException($"The path '{absolutePath}' is not absolute; resolve it against the current location first.", nameof(absolutePath));
            using (var stream = new FileStream(absolutePath, FileMode.Open, FileAccess.Read, FileShare.Read, 65536))
            {
                var header = new byte[ImageFormats.SignatureLength];
                int read = StreamReading.ReadUpTo(stream, header, header.Length);
                string? image = ImageFormats.NameFromContent(header.AsSpan(0, read));
                stream.Position = 0;
                if (image == "PNG") return GenomeJson.Read(ReadPngText(stream, absolutePath), absolutePath);
                if (image != null) throw new NoGenomeInImageException(absolutePath, image);
                if (stream.Length > maxJsonBytes)
                    throw new GenomeFormatException(null, string.Format(CultureInfo.InvariantCulture,
                        "The file is {0:N0} bytes, more than any network file ({1:N0}); is it the right file?", stream.Length, maxJsonBytes), absolutePath);
                return GenomeJson.Read(ReadJsonText(stream, absolutePath, maxJsonBytes), absolutePath);
            }
        }

        /// <summary>
        /// The text of a JSON file, read to at most <paramref name="maxJsonBytes"/>: the length a file claims is not trusted,
        /// since a device or a file in /proc (/dev/zero, /dev/urandom) says 0 and never ends.
        /// </summary>
        private static string ReadJsonText(Stream stream, string absolutePath, long maxJsonBytes)
        {
            using var bytes = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (bytes.Length + read > maxJsonBytes)
                    throw new GenomeFormatException(null, string.Format(CultureInfo.InvariantCulture,
                        "The file goes on past {0:N0} bytes, more than any network file; is it the right file?", maxJsonBytes), absolutePath);
                bytes.Write(buffer, 0, read);
            }
            bytes.Position = 0;
            using var text = new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return text.ReadToEnd();
        }

        /// <summary>
        /// Writes <paramref name="network"/> to <paramref name="absolutePath"/> as a genome or a
        /// cppn-weights-v1 file (<see cref="GenomeJson.Write"/>), UTF-8 without a byte order mark,
        /// through <see cref="AtomicFileWriter"/>: a failed or cancelled write leaves no partial file and keeps any old one.
        /// </summary>
        /// <exception cref="ArgumentException">The network cannot be written in <paramref name="format"/>, or the path is not absolute.</exception>
        /// <exception cref="TargetExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static void Write(CppnNetwork network, string absolutePath, NetworkFileFormat format, bool overwrite, CancellationToken cancellationToken = default)
        {
            byte[] bytes = new UTF8Encoding(false).GetBytes(GenomeJson.Write(network, format));
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFileWriter.Write(absolutePath, overwrite, stream =>
            {
                const int block = 1 << 20;
                for (int at = 0; at < bytes.Length; at += block)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    stream.Write(bytes, at, Math.Min(block, bytes.Length - at));
                }
            });
        }

        /// <summary>The network text of a PNG; problems with the file become errors that name it.</summary>
        private static string ReadPngText(Stream png, string path)
        {
            try
            {
                return PngTextReader.ReadNetworkText(png) ?? throw new NoGenomeInImageException(path, "PNG");
            }
            catch (InvalidDataException ex)
            {
                throw new GenomeFormatException(null, ex.Message, path, innerException: ex);
            }
        }
    }
}
