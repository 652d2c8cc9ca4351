using HwTasks.Help;
using HwTasks.Help.Metadata;

// Usage: HwTasks.Help --manifest <module.psd1> --docs <docs folder> [--cmdlets <cmdlet docs folder>] [--import <manifest>]...
// --cmdlets defaults to <docs>/cmdlets; --import names a module to import first (one the manifest requires).
// Exit 0: help written beside the module's assembly. Exit 1: documentation gaps, one line each.
// Exit 2: bad arguments or the module would not load.
var options = Arguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("Usage: HwTasks.Help --manifest <path to the .psd1> --docs <path to docs folder> [--cmdlets <cmdlet docs folder>] [--import <required module's .psd1>]...");
    return 2;
}

ModuleReader.ModuleCommands module;
try
{
    module = ModuleReader.Read(options.Manifest, options.Imports);
}
catch (Exception e) when (e is InvalidOperationException or System.Management.Automation.RuntimeException)
{
    Console.Error.WriteLine(options.Manifest + ": error HWHELP: " + e.Message);
    return 2;
}

var problems = new HelpCompiler(options.Docs, options.Cmdlets).Compile(module);
foreach (var problem in problems) Console.Error.WriteLine(problem);
if (problems.Count > 0)
{
    Console.Error.WriteLine("HwTasks.Help: error HWHELP: " + problems.Count + " documentation problem(s); see docs/cmdlets/README.md for the format.");
    return 1;
}
Console.WriteLine("HwTasks.Help: help for " + module.Commands.Count + " cmdlets of " + module.Name + " written to " + module.HelpDirectory);
return 0;

internal sealed record Arguments(string Manifest, string Docs, string? Cmdlets, IReadOnlyList<string> Imports)
{
    public static Arguments? Parse(string[] args)
    {
        string? manifest = null, docs = null, cmdlets = null;
        var imports = new List<string>();
        if (args.Length % 2 != 0) return null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--manifest": manifest = args[i + 1]; break;
                case "--docs": docs = args[i + 1]; break;
                case "--cmdlets": cmdlets = args[i + 1]; break;
                case "--import": imports.Add(args[i + 1]); break;
                default: return null;
            }
        }
        return manifest is null || docs is null ? null : new Arguments(manifest, docs, cmdlets, imports);
    }
}
