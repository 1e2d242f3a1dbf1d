<#
    Shared by every *.Tests.ps1 file: dot-source it in BeforeAll.

    Imports the laid-out module (from $env:CPPNPS_MODULE_PATH, which the runner sets, or from
    out/CppnPS) and defines helpers that read PNG files on their own, byte by byte, so the tests
    judge the module's output without trusting the module (or ImageSharp) to read it back.
#>

$script:CppnModuleManifest = if ($env:CPPNPS_MODULE_PATH) {
    $env:CPPNPS_MODULE_PATH
}
else {
    Join-Path $PSScriptRoot '../../out/CppnPS/CppnPS.psd1'
}
Import-Module $script:CppnModuleManifest -Force -ErrorAction Stop

if (-not ('CppnPSTests.PngFile' -as [type])) {
    Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace CppnPSTests
{
    // A minimal, independent PNG reader: checks the signature and every chunk CRC, reads IHDR,
    // the text chunk keywords, and inflates and un-filters the (non-interlaced) pixel rows.
    public sealed class PngFile
    {
        public int Width;
        public int Height;
        public int BitDepth;
        public int ColorType;
        public int Interlace;
        public int BytesPerPixel;
        public List<string> ChunkTypes = new List<string>();
        public Dictionary<string, string> Text = new Dictionary<string, string>();
        public byte[] Pixels;   // rows without filter bytes, Height * Width * BytesPerPixel

        private static readonly byte[] Signature = { 137, 80, 78, 71, 13, 10, 26, 10 };
        private static readonly uint[] CrcTable = MakeCrcTable();

        public static PngFile Read(string path)
        {
            byte[] b = File.ReadAllBytes(path);
            if (b.Length < 8) throw new InvalidDataException("Shorter than a PNG signature.");
            for (int i = 0; i < 8; i++)
                if (b[i] != Signature[i]) throw new InvalidDataException("Not a PNG signature.");
            var png = new PngFile();
            var idat = new MemoryStream();
            int pos = 8;
            bool sawEnd = false;
            while (pos + 12 <= b.Length)
            {
                int len = BigEndian(b, pos);
                string type = Encoding.ASCII.GetString(b, pos + 4, 4);
                if (len < 0 || pos + 12 + len > b.Length) throw new InvalidDataException("Chunk " + type + " runs past the end of the file.");
                uint crc = (uint)BigEndian(b, pos + 8 + len);
                if (Crc(b, pos + 4, len + 4) != crc) throw new InvalidDataException("Bad CRC in chunk " + type + ".");
                png.ChunkTypes.Add(type);
                int d = pos + 8;
                if (type == "IHDR")
                {
                    png.Width = BigEndian(b, d);
                    png.Height = BigEndian(b, d + 4);
                    png.BitDepth = b[d + 8];
                    png.ColorType = b[d + 9];
                    png.Interlace = b[d + 12];
                }
                else if (type == "IDAT") idat.Write(b, d, len);
                else if (type == "tEXt")
                {
                    int zero = Array.IndexOf(b, (byte)0, d, len);
                    if (zero > d) png.Text[Encoding.Latin1.GetString(b, d, zero - d)] = Encoding.Latin1.GetString(b, zero + 1, d + len - zero - 1);
                }
                else if (type == "iTXt" || type == "zTXt")
                {
                    int zero = Array.IndexOf(b, (byte)0, d, len);
                    if (zero > d) png.Text[Encoding.Latin1.GetString(b, d, zero - d)] = null;
                }
                else if (type == "IEND") { sawEnd = true; break; }
                pos += 12 + len;
            }
            if (!sawEnd) throw new InvalidDataException("No IEND chunk: the file is truncated.");
            if (png.ChunkTypes.Count == 0 || png.ChunkTypes[0] != "IHDR") throw new InvalidDataException("IHDR is not the first chunk.");
            png.Decode(idat.ToArray());
            return png;
        }

        private void Decode(byte[] compressed)
        {
            int channels = ColorType == 0 ? 1 : ColorType == 2 ? 3 : ColorType == 3 ? 1 : ColorType == 4 ? 2 : ColorType == 6 ? 4 : -1;
            if (channels < 0) throw new InvalidDataException("Unknown colour type " + ColorType + ".");
            if (Interlace != 0) throw new InvalidDataException("Interlaced PNGs are not decoded by this test reader.");
            if (BitDepth < 8) throw new InvalidDataException("Bit depths below 8 are not decoded by this test reader.");
            BytesPerPixel = channels * BitDepth / 8;
            int stride = Width * BytesPerPixel;
            byte[] raw;
            using (var z = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
            using (var m = new MemoryStream())
            {
                z.CopyTo(m);
                raw = m.ToArray();
            }
            if (raw.Length != (long)Height * (stride + 1)) throw new InvalidDataException("Pixel data has " + raw.Length + " bytes, expected " + ((long)Height * (stride + 1)) + ".");
            Pixels = new byte[(long)Height * stride];
            int bpp = BytesPerPixel;
            for (int y = 0; y < Height; y++)
            {
                int filter = raw[y * (stride + 1)];
                int src = y * (stride + 1) + 1;
                int dst = y * stride;
                int up = dst - stride;
                for (int x = 0; x < stride; x++)
                {
                    int a = x >= bpp ? Pixels[dst + x - bpp] : 0;
                    int bUp = y > 0 ? Pixels[up + x] : 0;
                    int c = (x >= bpp && y > 0) ? Pixels[up + x - bpp] : 0;
                    int v = raw[src + x];
                    switch (filter)
                    {
                        case 0: break;
                        case 1: v += a; break;
                        case 2: v += bUp; break;
                        case 3: v += (a + bUp) >> 1; break;
                        case 4:
                            int p = a + bUp - c, pa = Math.Abs(p - a), pb = Math.Abs(p - bUp), pc = Math.Abs(p - c);
                            v += (pa <= pb && pa <= pc) ? a : pb <= pc ? bUp : c;
                            break;
                        default: throw new InvalidDataException("Unknown filter " + filter + " in row " + y + ".");
                    }
                    Pixels[dst + x] = (byte)v;
                }
            }
        }

        // Number of different pixel values (all channels together).
        public int DistinctColours()
        {
            var seen = new HashSet<string>();
            for (int i = 0; i < Pixels.Length; i += BytesPerPixel)
                seen.Add(Convert.ToBase64String(Pixels, i, BytesPerPixel));
            return seen.Count;
        }

        // Largest (max - min) of the most significant byte of any channel, 0..255.
        public int LargestChannelRange()
        {
            int channels = BytesPerPixel / (BitDepth / 8);
            int step = BitDepth / 8;
            int best = 0;
            for (int ch = 0; ch < channels; ch++)
            {
                int min = 255, max = 0;
                for (int i = ch * step; i < Pixels.Length; i += BytesPerPixel)
                {
                    int v = Pixels[i];
                    if (v < min) min = v;
                    if (v > max) max = v;
                }
                best = Math.Max(best, max - min);
            }
            return best;
        }

        public string PixelHash()
        {
            using (var sha = System.Security.Cryptography.SHA256.Create())
                return Convert.ToHexString(sha.ComputeHash(Pixels));
        }

        // True when two sample arrays are bit-for-bit equal (NaN included).
        public static bool SameBits(float[] a, float[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (BitConverter.SingleToInt32Bits(a[i]) != BitConverter.SingleToInt32Bits(b[i])) return false;
            return true;
        }

        private static int BigEndian(byte[] b, int i) => (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];

        private static uint[] MakeCrcTable()
        {
            var t = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                t[n] = c;
            }
            return t;
        }

        private static uint Crc(byte[] b, int offset, int count)
        {
            uint c = 0xFFFFFFFFu;
            for (int i = offset; i < offset + count; i++) c = CrcTable[(c ^ b[i]) & 0xFF] ^ (c >> 8);
            return c ^ 0xFFFFFFFFu;
        }
    }
}
'@
}

function Read-TestPng {
    # Reads a PNG with the independent test reader (throws on anything that is not a valid PNG).
    param([Parameter(Mandatory)][string] $LiteralPath)
    [CppnPSTests.PngFile]::Read((Resolve-Path -LiteralPath $LiteralPath).ProviderPath)
}

function Get-TestFileHash {
    # SHA-256 of a file's bytes, as hex.
    param([Parameter(Mandatory)][string] $LiteralPath)
    (Get-FileHash -LiteralPath $LiteralPath -Algorithm SHA256).Hash
}

function Get-TestSamples {
    # A rendered image's float samples as a plain array, for exact comparisons.
    param([Parameter(Mandatory)] $Image)
    $Image.Samples.ToArray()
}

function Test-SameSamples {
    # True when two rendered images have bit-identical samples.
    param([Parameter(Mandatory)] $Expected, [Parameter(Mandatory)] $Actual)
    [CppnPSTests.PngFile]::SameBits([float[]](Get-TestSamples $Expected), [float[]](Get-TestSamples $Actual))
}

function New-TestFolder {
    # A fresh, empty folder under $TestDrive.
    param([Parameter(Mandatory)][string] $Name)
    $path = Join-Path $TestDrive $Name
    if (Test-Path -LiteralPath $path) { Remove-Item -LiteralPath $path -Recurse -Force }
    (New-Item -ItemType Directory -Path $path).FullName
}
