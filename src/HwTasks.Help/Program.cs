using HwTasks.Help;
using HwTasks.Help.Metadata;

// Usage: HwTasks.Help --manifest <HwTasks.psd1> --docs <docs folder>
// Exit 0: help written beside the module's assembly. Exit 1: documentation gaps, one line each.
// Exit 2: bad arguments or the module would not load.
var options = Arguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("Usage: HwTasks.Help --manifest <path to HwTasks.psd1> --docs <path to docs folder>");
    return 2;
}

ModuleReader.ModuleCommands module;
try
{
    module = ModuleReader.Read(options.Value.Manifest);
}
catch (Exception e) when (e is InvalidOperationException or System.Management.Automation.RuntimeException)
{
    Console.Error.WriteLine(options.Value.Manifest + ": error HWHELP: " + e.Message);
    return 2;
}

var problems = new HelpCompiler(options.Value.Docs).Compile(module);
foreach (var problem in problems) Console.Error.WriteLine(problem);
if (problems.Count > 0)
{
    Console.Error.WriteLine("HwTasks.Help: error HWHELP: " + problems.Count + " documentation problem(s); see docs/cmdlets/README.md for the format.");
    return 1;
}
Console.WriteLine("HwTasks.Help: help for " + module.Commands.Count + " cmdlets written to " + module.HelpDirectory);
return 0;

internal static class Arguments
{
    public static (string Manifest, string Docs)? Parse(string[] args)
    {
        string? manifest = null, docs = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--manifest": manifest = args[i + 1]; break;
                case "--docs": docs = args[i + 1]; break;
                default: return null;
            }
        }
        return manifest is null || docs is null || args.Length % 2 != 0 ? null : (manifest, docs);
    }
}
