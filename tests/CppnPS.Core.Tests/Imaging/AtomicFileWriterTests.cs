using System;
using System.IO;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class AtomicFileWriterTests
    {
        private static void WriteText(Stream stream, string text)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }

        [Fact]
        public void Write_CreatesTheFileWithTheContent()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("network.json");
            AtomicFileWriter.Write(path, overwrite: false, s => WriteText(s, "new"));
            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Fact]
        public void Write_GoesThroughAHiddenTemporaryFileInTheSameFolder()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("network.json");
            string? temporary = null;
            AtomicFileWriter.Write(path, overwrite: false, s =>
            {
                temporary = ((FileStream)s).Name;
                Assert.False(File.Exists(path));    // the target appears only when complete
                WriteText(s, "new");
            });

            Assert.Equal(folder.Path, Path.GetDirectoryName(temporary));
            Assert.StartsWith(".network.json.", Path.GetFileName(temporary));
            Assert.EndsWith(".tmp", temporary);
            Assert.False(File.Exists(temporary));
        }

        [Fact]
        public void WriteAll_WritesEveryFileInOrder()
        {
            using var folder = new ImagingTestData.TempFolder();
            var order = new System.Collections.Generic.List<string>();
            AtomicFileWriter.WriteAll(false,
                (folder.File("a.png"), s => { order.Add("a"); WriteText(s, "picture"); }),
                (folder.File("a.txt"), s => { order.Add("b"); WriteText(s, "settings"); }));
            Assert.Equal(new[] { "a", "b" }, order);
            Assert.Equal("picture", File.ReadAllText(folder.File("a.png")));
            Assert.Equal("settings", File.ReadAllText(folder.File("a.txt")));
        }

        [Fact]
        public void WriteAll_ChecksEveryTargetBeforeWritingAny()
        {
            using var folder = new ImagingTestData.TempFolder();
            File.WriteAllText(folder.File("a.txt"), "old");
            bool called = false;
            var error = Assert.Throws<TargetExistsException>(() => AtomicFileWriter.WriteAll(false,
                (folder.File("a.png"), s => called = true),
                (folder.File("a.txt"), s => called = true)));
            Assert.Equal(folder.File("a.txt"), error.Path);
            Assert.Throws<DirectoryNotFoundException>(() => AtomicFileWriter.WriteAll(true,
                (folder.File("a.png"), s => called = true),
                (Path.Combine(folder.Path, "missing", "a.txt"), s => called = true)));
            Assert.False(called);
            Assert.Equal(new[] { folder.File("a.txt") }, folder.Entries());
            Assert.Equal("old", File.ReadAllText(folder.File("a.txt")));

            AtomicFileWriter.WriteAll(true, (folder.File("a.png"), s => WriteText(s, "picture")), (folder.File("a.txt"), s => WriteText(s, "new")));
            Assert.Equal("new", File.ReadAllText(folder.File("a.txt")));
        }

        [Fact]
        public void Write_RefusesAnExistingFileBeforeWritingAnything()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("network.json");
            File.WriteAllText(path, "old");
            bool called = false;

            var error = Assert.Throws<TargetExistsException>(() => AtomicFileWriter.Write(path, overwrite: false, s => called = true));
            Assert.IsAssignableFrom<IOException>(error);
            Assert.Equal(path, error.Path);
            Assert.Contains(path, error.Message);
            Assert.False(called);
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Fact]
        public void Write_ReplacesAnExistingFileWhenAllowed()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("network.json");
            File.WriteAllText(path, "old and longer");
            AtomicFileWriter.Write(path, overwrite: true, s => WriteText(s, "new"));
            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Write_FailingWriterKeepsTheOldFileAndLeavesNoTemporary(bool cancel)
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("network.json");
            File.WriteAllText(path, "old");
            Exception failure = cancel ? new OperationCanceledException() : new InvalidOperationException("writer failed");

            var thrown = Assert.ThrowsAny<Exception>(() => AtomicFileWriter.Write(path, overwrite: true, s =>
            {
                WriteText(s, "half");
                throw failure;
            }));

            Assert.Same(failure, thrown);
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Fact]
        public void Write_FailingWriterForANewFileLeavesNothing()
        {
            using var folder = new ImagingTestData.TempFolder();
            Assert.Throws<InvalidOperationException>(() => AtomicFileWriter.Write(folder.File("new.json"), overwrite: false, s =>
            {
                WriteText(s, "half");
                throw new InvalidOperationException();
            }));
            Assert.Empty(folder.Entries());
        }

        [Fact]
        public void Write_RefusesAMissingFolderARelativePathAndAFolderPath()
        {
            using var folder = new ImagingTestData.TempFolder();
            Assert.Throws<DirectoryNotFoundException>(() => AtomicFileWriter.Write(Path.Combine(folder.Path, "no", "such.json"), true, s => { }));
            Assert.Throws<ArgumentException>(() => AtomicFileWriter.Write("relative.json", true, s => { }));
            Directory.CreateDirectory(folder.File("sub"));
            Assert.Throws<IOException>(() => AtomicFileWriter.Write(folder.File("sub"), true, s => { }));
            Assert.Equal(new[] { folder.File("sub") }, folder.Entries());
        }
    }
}
