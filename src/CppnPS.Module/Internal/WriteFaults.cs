using System;
using System.IO;
using System.Management.Automation;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// The error record of a write that the file system refused for a reason the user can act on: the disk is full, the
    /// folder or file system may not be written, or the path is too long. Each has its own ErrorId, so scripts can tell
    /// them apart from other failed writes (ExportFailed). The operating system reports the first two as error codes in
    /// <see cref="Exception.HResult"/>: errno on Linux and macOS, a Win32 HRESULT on Windows.
    /// </summary>
    internal static class WriteFaults
    {
        private const int LinuxNoSpace = 28;            // ENOSPC
        private const int LinuxReadOnly = 30;           // EROFS
        private const int LinuxQuota = 122;             // EDQUOT
        private const int WindowsDiskFull = unchecked((int)0x80070070);
        private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
        private const int WindowsWriteProtect = unchecked((int)0x80070013);

        /// <summary>The record for <paramref name="exception"/>, or null when it is not one of these faults.</summary>
        public static ErrorRecord? Classify(Exception exception, string fullPath)
        {
            switch (exception)
            {
                case PathTooLongException _:
                    return Errors.Create(exception, ErrorIds.PathTooLong, ErrorCategory.InvalidArgument, fullPath,
                        "Choose a shorter file name (at most 255 bytes) or a shorter folder path.");
                case UnauthorizedAccessException _:
                    return Denied(exception, fullPath);
                case IOException io when io.HResult == LinuxReadOnly || io.HResult == WindowsWriteProtect:
                    return Denied(exception, fullPath);
                case IOException io when io.HResult == LinuxNoSpace || io.HResult == LinuxQuota || io.HResult == WindowsDiskFull || io.HResult == WindowsHandleDiskFull:
                    return Errors.Create(exception, ErrorIds.DiskFull, ErrorCategory.ResourceUnavailable, fullPath,
                        "Free space on the disk, or write to another disk; the old file, if any, is unchanged.");
                default:
                    return null;
            }
        }

        private static ErrorRecord Denied(Exception exception, string fullPath)
            => Errors.Create(exception, ErrorIds.WriteDenied, ErrorCategory.PermissionDenied, fullPath,
                "Write to a folder you may write to, or change the folder's permissions; the old file, if any, is unchanged.");
    }
}
