using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using Microsoft.PowerShell.Commands;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Turns user paths into absolute file-system paths through PowerShell's provider, so a
    /// relative path means "relative to the current location" ($PWD), never the process's
    /// working directory, and non-FileSystem drives (Env:, HKLM:, ...) are refused clearly.
    /// </summary>
    internal static class PathResolver
    {
        /// <summary>Resolves a path for a file that may not exist yet, in a folder that may not exist either (an output). Throws a terminating error record.</summary>
        public static string ResolveOutputPath(PSCmdlet cmdlet, string path, bool literal)
        {
            // Output paths are never wildcard-expanded: a file named "a[1].png" is written as named.
            string resolved;
            ProviderInfo provider;
            try
            {
                resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
            }
            catch (Exception ex) when (ex is ProviderNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is NotSupportedException || ex is PSArgumentException)
            {
                throw new ErrorRecordException(Errors.Create(ex, ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path));
            }
            EnsureFileSystem(provider, path);
            // Whether the folder exists, and the file, is Core's to check (AtomicFileWriter), once, when it writes.
            _ = literal;
            return resolved;
        }

        /// <summary>Resolves existing files; wildcards expand unless <paramref name="literal"/>. Missing paths become non-terminating errors.</summary>
        public static IEnumerable<string> ResolveExistingFiles(PSCmdlet cmdlet, string path, bool literal)
        {
            var results = new List<string>();
            ProviderInfo provider;
            try
            {
                if (literal)
                {
                    string resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
                    EnsureFileSystem(provider, path);
                    if (!File.Exists(resolved)) throw new ItemNotFoundException($"Cannot find the file '{resolved}'.");
                    results.Add(resolved);
                }
                else
                {
                    var resolved = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
                    EnsureFileSystem(provider, path);
                    foreach (string file in resolved)
                        if (File.Exists(file)) results.Add(file);
                    if (results.Count == 0 && !WildcardPattern.ContainsWildcardCharacters(path))
                        throw new ItemNotFoundException($"'{path}' is a folder, not a file.");
                }
            }
            catch (ItemNotFoundException ex)
            {
                cmdlet.WriteError(Errors.Create(new FileNotFoundException(ex.Message + " Check the path, or use -LiteralPath for names with [ ] characters."),
                    ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
            }
            catch (Exception ex) when (ex is ProviderNotFoundException || ex is System.Management.Automation.DriveNotFoundException || ex is NotSupportedException || ex is PSArgumentException)
            {
                cmdlet.WriteError(Errors.Create(ex, ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path));
            }
            catch (ErrorRecordException ex)
            {
                cmdlet.WriteError(ex.ErrorRecord);
            }
            return results;
        }

        private static void EnsureFileSystem(ProviderInfo provider, string path)
        {
            if (provider.ImplementingType != typeof(FileSystemProvider))
                throw new ErrorRecordException(Errors.Create(new NotSupportedException(
                    $"'{path}' is on the {provider.Name} provider. CppnPS reads and writes files only: use a file-system path such as ./picture.png."),
                    ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path));
        }
    }
}
