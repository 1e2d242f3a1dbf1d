using System;
using System.IO;
using System.Text;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Faults
{
    /// <summary>Writes that the file system or another writer disturbs: the old file stays whole and no temporary file is left.</summary>
    public sealed class FileFaultTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("cppnps-faults-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Theory]
        [InlineData(250)]
        [InlineData(255)]
        public void ATargetWhoseNameIsNearTheLimit_IsWritten(int length)
        {
            // The temporary file's name once added 14 characters to the target's, so names over 241 bytes failed.
            string path = Path.Combine(_folder, new string('n', length - 4) + ".png");
            AtomicFileWriter.Write(path, overwrite: false, stream => stream.WriteByte(7));
            Assert.Equal(new byte[] { 7 }, File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public void TemporaryNames_StayWithinTheLimit_AndKeepSurrogatePairsWhole()
        {
            foreach (string name in new[] { "a.png", new string('x', 255), string.Concat(System.Linq.Enumerable.Repeat("\U0001F600", 70)) })
            {
                string temporary = AtomicFileWriter.TemporaryName(name);
                Assert.StartsWith(".", temporary);
                Assert.EndsWith(".tmp", temporary);
                Assert.True(Encoding.UTF8.GetByteCount(temporary) <= 255, temporary);
                Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(temporary)));
            }
            Assert.StartsWith(".a.png.", AtomicFileWriter.TemporaryName("a.png"));
        }

        [Fact]
        public void ANameTooLongForTheFileSystem_FailsWithPathTooLong_AndLeavesNothing()
        {
            string path = Path.Combine(_folder, new string('n', 300) + ".png");
            Assert.ThrowsAny<PathTooLongException>(() => AtomicFileWriter.Write(path, overwrite: true, stream => stream.WriteByte(7)));
            Assert.Empty(Directory.GetFileSystemEntries(_folder));
        }

        [Fact]
        public void ATargetCreatedByAnotherWriterDuringTheWrite_IsKept_WithoutOverwrite()
        {
            string path = Path.Combine(_folder, "poster.png");
            Assert.Throws<TargetExistsException>(() => AtomicFileWriter.Write(path, overwrite: false, stream =>
            {
                stream.Write(new byte[1000]);
                File.WriteAllText(path, "theirs");
                stream.Write(new byte[1000]);
            }));
            Assert.Equal("theirs", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public void ATargetReplacedByAnotherWriterDuringTheWrite_IsReplacedWhole_WithOverwrite()
        {
            string path = Path.Combine(_folder, "poster.png");
            File.WriteAllText(path, "old");
            AtomicFileWriter.Write(path, overwrite: true, stream =>
            {
                stream.Write(new byte[] { 1, 2 });
                File.Delete(path);
                File.WriteAllText(path, "theirs");
                stream.Write(new byte[] { 3 });
            });
            Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(_folder));
        }

        [Fact]
        public void ATargetDeletedByAnotherWriterDuringTheWrite_IsWrittenAnyway_WithOverwrite()
        {
            string path = Path.Combine(_folder, "poster.png");
            File.WriteAllText(path, "old");
            AtomicFileWriter.Write(path, overwrite: true, stream =>
            {
                stream.Write(new byte[] { 1 });
                File.Delete(path);
            });
            Assert.Equal(new byte[] { 1 }, File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(_folder));
        }
    }
}
