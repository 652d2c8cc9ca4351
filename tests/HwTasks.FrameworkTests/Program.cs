using System.Reflection;

namespace HwTasks.FrameworkTests
{
    /// <summary>
    /// mono HwTasks.FrameworkTests.exe &lt;module bin/&gt; &lt;HwTasks.Emulator.dll&gt;
    /// Prints one line per case and the totals in dotnet test's form, which .ci/run counts.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length != 2)
            {
                Console.Error.WriteLine("Usage: HwTasks.FrameworkTests.exe <the module's bin/ folder> <path of HwTasks.Emulator.dll>");
                return 2;
            }
            var bin = Path.GetFullPath(args[0]);
            ModuleHost.Import(bin);
            return Run(bin, Path.GetFullPath(args[1]));
        }

        // Separate from Main, so no HwTasks type is met before the module's assemblies can be found.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static int Run(string bin, string emulatorPath)
        {
            var runner = new CaseRunner();
            // First, while nothing of bin/dependencies is loaded yet.
            ResolverCases.BeforeAnyCall(runner, bin);
            RuntimeCases.Add(runner);
            SigningCases.Add(runner);
            using (var emulator = EmulatorProcess.Start(emulatorPath))
            {
                PipelineCases.Add(runner, emulator.BaseUri);
            }
            ResolverCases.AfterCalls(runner, bin);
            return runner.Finish();
        }
    }

    /// <summary>
    /// What powershell.exe does for Import-Module: load the root module and HwTasks.Core from bin/ by path,
    /// then run the module initializer's 5.1 branch (DesktopResolver). Only those two names are answered
    /// here; every dependency is the resolver's.
    /// </summary>
    internal static class ModuleHost
    {
        public static void Import(string bin)
        {
            AppDomain.CurrentDomain.AssemblyResolve += (_, request) =>
            {
                var name = new AssemblyName(request.Name).Name;
                return name == "HwTasks" || name == "HwTasks.Core" ? Assembly.LoadFrom(Path.Combine(bin, name + ".dll")) : null;
            };
            RegisterResolver(bin);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void RegisterResolver(string bin) => HwTasks.Loading.DesktopResolver.Register(bin, Path.Combine(bin, "dependencies"));
    }
}
