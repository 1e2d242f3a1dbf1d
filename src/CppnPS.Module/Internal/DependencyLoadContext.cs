using System;
using System.Reflection;

namespace CppnPS.Module.Internal
{
    /// <summary>
    /// A private AssemblyLoadContext for the module's third-party assemblies, reached through
    /// reflection: the module targets netstandard2.0, where the type does not exist at compile time,
    /// but every PowerShell 7 runtime has it. On Windows PowerShell 5.1 (.NET Framework) there is no
    /// such type and <see cref="TryCreate"/> returns null.
    /// </summary>
    internal sealed class DependencyLoadContext
    {
        private readonly object _context;
        private readonly MethodInfo _loadFromAssemblyPath;

        private DependencyLoadContext(object context, MethodInfo loadFromAssemblyPath)
        {
            _context = context;
            _loadFromAssemblyPath = loadFromAssemblyPath;
        }

        /// <summary>A new, non-collectible load context with the given name, or null on .NET Framework.</summary>
        public static DependencyLoadContext? TryCreate(string name)
        {
            // AssemblyLoadContext lives in the core library on .NET (Core); System.Runtime.Loader only forwards to it.
            Type? type = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext", throwOnError: false);
            if (type == null) return null;
            ConstructorInfo? constructor = type.GetConstructor(new[] { typeof(string), typeof(bool) });
            MethodInfo? load = type.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
            if (constructor == null || load == null) return null;
            object context = constructor.Invoke(new object[] { name, false });
            return new DependencyLoadContext(context, load);
        }

        /// <summary>
        /// Lets <paramref name="resolve"/> answer when an assembly of this context imports a native library the
        /// runtime did not find (the context's ResolvingUnmanagedDll event, .NET Core 3.0 and later; ignored before).
        /// </summary>
        public void ResolveUnmanagedWith(Func<Assembly, string, IntPtr> resolve)
        {
            EventInfo? resolving = _context.GetType().GetEvent("ResolvingUnmanagedDll");
            resolving?.AddEventHandler(_context, resolve);
        }

        /// <summary>Loads an assembly file into this context (the same file twice gives the same assembly).</summary>
        public Assembly LoadFromAssemblyPath(string path)
        {
            try
            {
                return (Assembly)_loadFromAssemblyPath.Invoke(_context, new object[] { path });
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }
    }
}
