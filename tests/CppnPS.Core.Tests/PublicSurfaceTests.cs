using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests
{
    /// <summary>
    /// The module loads MathNet.Numerics into a private load context, so a MathNet type in Core's
    /// public surface is a type no script can name or build, and one the session's own MathNet
    /// cannot stand in for. Everything public speaks in plain .NET types.
    /// </summary>
    public class PublicSurfaceTests
    {
        [Fact]
        public void NoPublicSignature_MentionsAMathNetType()
        {
            var offenders = new List<string>();
            foreach (Type type in typeof(CppnNetwork).Assembly.GetExportedTypes())
            {
                if (type.BaseType != null && MentionsMathNet(type.BaseType)) offenders.Add(type.FullName + " : " + type.BaseType);
                offenders.AddRange(type.GetInterfaces().Where(MentionsMathNet).Select(i => type.FullName + " : " + i));
                const BindingFlags visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
                foreach (MemberInfo member in type.GetMembers(visible))
                {
                    if (!IsVisible(member)) continue;
                    if (SignatureTypes(member).Any(MentionsMathNet)) offenders.Add(type.FullName + "." + member.Name + ": " + member);
                }
            }
            Assert.True(offenders.Count == 0, "Public members that show MathNet types:\n" + string.Join("\n", offenders));
        }

        [Fact]
        public void TheCheck_FindsAMathNetTypeNestedInAGeneric()
        {
            Type nested = typeof(IReadOnlyList<>).MakeGenericType(typeof(MathNet.Numerics.LinearAlgebra.Matrix<float>).MakeArrayType());
            Assert.True(MentionsMathNet(nested));
            Assert.False(MentionsMathNet(typeof(IReadOnlyList<float[][]>)));
        }

        private static bool IsVisible(MemberInfo member) => member switch
        {
            MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
            FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
            PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
            EventInfo e => e.AddMethod != null && (e.AddMethod.IsPublic || e.AddMethod.IsFamily),
            _ => false,   // nested types are checked as exported types of their own
        };

        private static IEnumerable<Type> SignatureTypes(MemberInfo member)
        {
            switch (member)
            {
                case MethodInfo m:
                    yield return m.ReturnType;
                    foreach (var p in m.GetParameters()) yield return p.ParameterType;
                    foreach (var g in m.IsGenericMethodDefinition ? m.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : Type.EmptyTypes) yield return g;
                    break;
                case ConstructorInfo c:
                    foreach (var p in c.GetParameters()) yield return p.ParameterType;
                    break;
                case PropertyInfo p:
                    yield return p.PropertyType;
                    foreach (var i in p.GetIndexParameters()) yield return i.ParameterType;
                    break;
                case FieldInfo f:
                    yield return f.FieldType;
                    break;
                case EventInfo e:
                    if (e.EventHandlerType != null) yield return e.EventHandlerType;
                    break;
            }
        }

        private static bool MentionsMathNet(Type type)
        {
            if (type.HasElementType) return MentionsMathNet(type.GetElementType()!);
            if (type.IsGenericParameter) return false;
            if ((type.Namespace ?? "").StartsWith("MathNet", StringComparison.Ordinal)) return true;
            return type.IsGenericType && type.GetGenericArguments().Any(MentionsMathNet);
        }
    }
}
