using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// Loads the module's third-party assemblies (MathNet.Numerics, ImageSharp, System.Text.Json and
    /// the netstandard shims) from the <c>dependencies</c> folder beside the module, so they cannot
    /// clash with other versions that the session or another module has loaded.
    /// </summary>
    /// <remarks>
    /// CppnPS.Module.dll and CppnPS.Core.dll load normally, into the default context (PowerShell must
    /// resolve Core's types by name for CppnPS.Types.ps1xml); CppnPS.LoadCore.ps1 picks Core's build
    /// for the edition first (net8.0/ on PowerShell 7.4+, the netstandard2.0 one beside the manifest on
    /// Windows PowerShell 5.1), and the module binds to it by name. Their references to third-party assemblies are not found next
    /// to them, or find a clashing version already loaded, so the runtime raises AssemblyResolve.
    /// <list type="bullet">
    /// <item>PowerShell 7: the answer comes from a private AssemblyLoadContext, so MathNet.Numerics
    /// 5 serves CppnPS while, say, MathNet.Numerics 4 loaded by someone else serves them.</item>
    /// <item>Windows PowerShell 5.1: <c>Assembly.LoadFrom</c> by simple name, whatever version was
    /// asked for. That is the binding redirect .NET Framework needs for the shims (System.Memory
    /// asks for an older System.Runtime.CompilerServices.Unsafe than the one shipped).</item>
    /// </list>
    /// </remarks>
    public sealed class DependencyIsolation : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private const string DependencyFolderName = "dependencies";

        private static readonly object Gate = new object();
        private static readonly Assembly ModuleAssembly = typeof(DependencyIsolation).Assembly;
        internal static readonly string DependencyFolder =
            Path.Combine(Path.GetDirectoryName(ModuleAssembly.Location) ?? string.Empty, DependencyFolderName);
        private static readonly Dictionary<string, Assembly> Loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static DependencyLoadContext? _context;
        private static bool _contextCreated;
        private static bool _registered;

        /// <summary>Called by PowerShell when the module is imported: starts answering for the dependencies.</summary>
        public void OnImport() => Register();

        /// <summary>Called by PowerShell when the module is removed.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo) => Unregister();

        internal static void Register()
        {
            lock (Gate)
            {
                if (_registered) return;
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
                _registered = true;
            }
        }

        internal static void Unregister()
        {
            lock (Gate)
            {
                if (!_registered) return;
                AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
                _registered = false;
            }
        }

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var requested = new AssemblyName(args.Name);
            string? simpleName = requested.Name;
            if (string.IsNullOrEmpty(simpleName)) return null;
            string path = Path.Combine(DependencyFolder, simpleName + ".dll");

            lock (Gate)
            {
                if (Loaded.TryGetValue(simpleName!, out Assembly? known)) return IsOurs(args.RequestingAssembly) ? known : null;
                if (!File.Exists(path) || !IsOurs(args.RequestingAssembly)) return null;

                if (!_contextCreated)
                {
                    _context = DependencyLoadContext.TryCreate("CppnPS");
                    // SkiaSharp's native library (captions) is found in the module's folder, not on the system's path.
                    _context?.ResolveUnmanagedWith(NativeDependencies.Resolve);
                    _contextCreated = true;
                }
                Assembly assembly = _context != null ? _context.LoadFromAssemblyPath(path) : Assembly.LoadFrom(path);
                Loaded[simpleName!] = assembly;
                return assembly;
            }
        }

        // Only requests from CppnPS itself or from the assemblies it loaded are answered, so another
        // module that asks for, say, MathNet.Numerics keeps getting its own. .NET Framework may not
        // say who asks (null): then the name alone decides.
        private static bool IsOurs(Assembly? requesting)
        {
            if (requesting == null) return true;
            if (ReferenceEquals(requesting, ModuleAssembly)) return true;
            string name = requesting.GetName().Name ?? string.Empty;
            if (name.StartsWith("CppnPS.", StringComparison.Ordinal)) return true;
            foreach (Assembly assembly in Loaded.Values)
                if (ReferenceEquals(assembly, requesting)) return true;
            return false;
        }
    }
}
