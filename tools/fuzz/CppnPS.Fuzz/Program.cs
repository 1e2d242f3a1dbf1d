using System;
using System.IO;
using System.Text;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using SharpFuzz;

namespace CppnPS.Fuzz
{
    /// <summary>
    /// libFuzzer harnesses for the readers of files other people send. The harness is chosen by the environment variable
    /// CPPNPS_FUZZ_TARGET (libfuzzer-dotnet passes one argument, the program): genome (cppnps-genome and cppn-weights-v1
    /// JSON), pngtext (the PNG text chunk reader) or pngimport (a PNG file read as Import-CppnNetwork reads it, the network
    /// its network and view written again). The documented refusals (GenomeFormatException, NoGenomeInImageException, InvalidDataException)
    /// are the readers working; any other exception, a hang or running out of memory is a finding.
    /// </summary>
    internal static class Program
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        private static void Main()
        {
            string target = Environment.GetEnvironmentVariable("CPPNPS_FUZZ_TARGET") ?? "genome";
            // pngimport writes a file per execution: in memory (/dev/shm) where Linux has it, about 50 times faster than a disk.
            string folder = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
            string scratch = Path.Combine(folder, "cppnps-fuzz-" + Environment.ProcessId + ".png");
            Action<ReadOnlySpan<byte>> run = target switch
            {
                "genome" => Genome,
                "pngtext" => PngText,
                "pngimport" => data => PngImport(data, scratch),
                _ => throw new ArgumentException("CPPNPS_FUZZ_TARGET must be genome, pngtext or pngimport."),
            };
            Fuzzer.LibFuzzer.Run(data =>
            {
                try
                {
                    run(data);
                }
                catch (GenomeFormatException) { }
                catch (NoGenomeInImageException) { }
                catch (InvalidDataException) { }
            });
        }

        private static void Genome(ReadOnlySpan<byte> data)
        {
            GenomeReadResult read = GenomeJson.Read(Utf8.GetString(data));
            // What was read must write again and read back as the same network.
            string again = GenomeJson.Write(read.Network, NetworkFileFormat.Genome, indented: false);
            GenomeJson.Read(again);
        }

        private static void PngText(ReadOnlySpan<byte> data)
        {
            PngTextReader.ReadNetworkText(new MemoryStream(data.ToArray(), writable: false));
        }

        private static void PngImport(ReadOnlySpan<byte> data, string scratch)
        {
            File.WriteAllBytes(scratch, data.ToArray());
            GenomeReadResult read = NetworkFile.Read(scratch);
            // The network and view read must be usable: written again as image metadata, as Export-CppnImage would.
            GenomeJson.WriteImageMetadata(read.Network, read.Network.View ?? new CppnPS.Core.Coordinates.RenderOptions());
        }
    }
}
