using System;
using System.IO;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Writes a file so that readers see either the old file or the complete new one, never a partial
    /// one: the content goes to a hidden temporary file in the same folder (same volume, so the final
    /// rename is atomic), is handed to the operating system, then renamed over the target. If anything fails before
    /// that rename, including cancellation, the temporary file is deleted and the target is untouched.
    /// </summary>
    /// <remarks>
    /// The temporary file is not forced to the disk (fsync) before the rename: the rename alone gives every reader,
    /// failure and Ctrl+C the old file or the whole new one, and an fsync cost several milliseconds a file (about as
    /// much as rendering a 256 x 256 picture), the largest cost of a batch of small exports. What it would add is
    /// durability across a power loss or kernel crash, which image writers do not promise; Linux's ext4 flushes a file
    /// renamed over another by itself.
    /// </remarks>
    public static class AtomicFileWriter
    {
        /// <summary>
        /// Creates or replaces <paramref name="absolutePath"/> with what <paramref name="write"/> writes to the stream it is given.
        /// </summary>
        /// <exception cref="ArgumentException">The path is not absolute.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder of the path does not exist.</exception>
        /// <exception cref="TargetExistsException">The file exists and <paramref name="overwrite"/> is false (nothing is written).</exception>
        public static void Write(string absolutePath, bool overwrite, Action<Stream> write)
        {
            if (write is null) throw new ArgumentNullException(nameof(write));
            WriteChecked(CheckTarget(absolutePath, overwrite), overwrite, write);
        }

        /// <summary>
        /// Writes several files, each as <see cref="Write"/> does, in order, after checking every target: a
        /// file that exists (without <paramref name="overwrite"/>) or a missing folder stops the lot before
        /// any is written. Files already written stay when a later one fails. The paths name different files.
        /// </summary>
        /// <exception cref="ArgumentException">A path is not absolute.</exception>
        /// <exception cref="DirectoryNotFoundException">The folder of a path does not exist.</exception>
        /// <exception cref="TargetExistsException">A file exists and <paramref name="overwrite"/> is false (nothing is written).</exception>
        public static void WriteAll(bool overwrite, params (string AbsolutePath, Action<Stream> Write)[] files)
        {
            if (files is null) throw new ArgumentNullException(nameof(files));
            var paths = new string[files.Length];
            for (int i = 0; i < files.Length; i++)
            {
                if (files[i].Write is null) throw new ArgumentNullException(nameof(files), "Every file needs a writer.");
                paths[i] = CheckTarget(files[i].AbsolutePath, overwrite);
            }
            for (int i = 0; i < files.Length; i++) WriteChecked(paths[i], overwrite, files[i].Write);
        }

        private static void WriteChecked(string path, bool overwrite, Action<Stream> write)
        {
            string folder = Path.GetDirectoryName(path)!;
            string temporary = Path.Combine(folder, TemporaryName(Path.GetFileName(path)));
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920))
                {
                    write(stream);
                }

                if (overwrite && File.Exists(path))
                {
                    // One rename that swaps the files; the old one stays in place if it fails.
                    File.Replace(temporary, path, destinationBackupFileName: null);
                }
                else
                {
                    try
                    {
                        File.Move(temporary, path);
                    }
                    catch (IOException) when (!overwrite && File.Exists(path))
                    {
                        throw new TargetExistsException(path);    // created by someone else while we wrote
                    }
                }
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        }

        /// <summary>The longest file name, in UTF-8 bytes, that every common file system takes (255 on Linux, macOS and NTFS).</summary>
        private const int MaxNameBytes = 255;

        /// <summary>
        /// A hidden name beside <paramref name="name"/>: ".name.random.tmp", with the name cut short where the whole would be
        /// longer than a file name may be, so a target whose own name is near the limit can still be written.
        /// </summary>
        internal static string TemporaryName(string name)
        {
            string suffix = "." + Path.GetFileNameWithoutExtension(Path.GetRandomFileName()) + ".tmp";
            int room = MaxNameBytes - 1 - suffix.Length;
            int keep = name.Length;
            while (keep > 0 && System.Text.Encoding.UTF8.GetByteCount(name.ToCharArray(), 0, keep) > room) keep--;
            // Never split a surrogate pair.
            if (keep > 0 && char.IsHighSurrogate(name[keep - 1])) keep--;
            return "." + name.Substring(0, keep) + suffix;
        }

        /// <summary>Checks the target before anything is written; returns the normalised path.</summary>
        private static string CheckTarget(string absolutePath, bool overwrite)
        {
            if (string.IsNullOrWhiteSpace(absolutePath)) throw new ArgumentException("A file path is required.", nameof(absolutePath));
            if (!Path.IsPathRooted(absolutePath))
                throw new ArgumentException($"The path '{absolutePath}' is not absolute; resolve it against the current location first.", nameof(absolutePath));
            string path = Path.GetFullPath(absolutePath);
            string? folder = Path.GetDirectoryName(path);
            if (string.IsNullOrEmpty(Path.GetFileName(path)) || folder is null)
                throw new ArgumentException($"The path '{absolutePath}' names a folder, not a file.", nameof(absolutePath));
            if (!Directory.Exists(folder))
                throw new DirectoryNotFoundException($"The folder '{folder}' does not exist; create it first.");
            if (Directory.Exists(path))
                throw new IOException($"The path '{path}' is a folder; give a file name.");
            if (!overwrite && File.Exists(path)) throw new TargetExistsException(path);
            return path;
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // The original error matters more than a leftover temporary file.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
