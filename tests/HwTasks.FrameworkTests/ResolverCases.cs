using System.Reflection;
using HwTasks.Core.Http;

namespace HwTasks.FrameworkTests
{
    /// <summary>DesktopResolver as Windows PowerShell 5.1 runs it: our assemblies get bin/dependencies, strangers nothing.</summary>
    internal static class ResolverCases
    {
        private static readonly string[] Dependencies = { "System.Text.Json", "Microsoft.Extensions.Http", "Microsoft.Extensions.DependencyInjection" };

        public static void BeforeAnyCall(CaseRunner runner, string bin)
        {
            runner.Case("a stranger asking for a name in bin/dependencies is not handed the module's copy", () =>
                Check.Throws<FileNotFoundException>(() => Assembly.Load("Microsoft.Extensions.Http"), "Assembly.Load from this program"));

            runner.Case("HwTasks.Core loads from the module's bin/", () =>
                Check.Equal(Path.Combine(bin, "HwTasks.Core.dll"), typeof(HwCloudClient).Assembly.Location, "location"));
        }

        public static void AfterCalls(CaseRunner runner, string bin)
        {
            foreach (var name in Dependencies)
            {
                runner.Case("HwTasks.Core's " + name + " came from bin/dependencies through the resolver", () =>
                {
                    var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == name).ToList();
                    Check.Equal(1, loaded.Count, "copies of " + name);
                    Check.Equal(Path.Combine(bin, "dependencies", name + ".dll"), loaded[0].Location, "location");
                });
            }

            // Mono (unlike .NET Framework's separate load-from context) hands an assembly already loaded to
            // anyone asking by name, without asking a resolver: so the stranger asks for one nothing loaded.
            runner.Case("after the module's calls, a stranger is still refused a bin/dependencies file nothing loaded", () =>
            {
                Check.True(!AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "System.ComponentModel.Annotations"), "not loaded yet");
                Check.True(File.Exists(Path.Combine(bin, "dependencies", "System.ComponentModel.Annotations.dll")), "in bin/dependencies");
                Check.Throws<FileNotFoundException>(() => Assembly.Load("System.ComponentModel.Annotations"), "Assembly.Load from this program");
            });
        }
    }
}
