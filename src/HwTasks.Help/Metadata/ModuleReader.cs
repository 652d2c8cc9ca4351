using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;

namespace HwTasks.Help.Metadata;

/// <summary>Imports a module manifest in a private runspace and describes each exported cmdlet.</summary>
public static class ModuleReader
{
    private const string AllSets = "__AllParameterSets";

    public sealed record ModuleCommands(string Name, IReadOnlyList<CommandShape> Commands, string HelpDirectory, string HelpFileName);

    /// <param name="prerequisites">Manifests to import first: the modules a manifest's RequiredModules names, from a checkout.</param>
    public static ModuleCommands Read(string manifestPath, IReadOnlyList<string>? prerequisites = null)
    {
        var state = InitialSessionState.CreateDefault2();
        // The manifest loads a nested script module; on Windows the default policy would refuse it.
        if (OperatingSystem.IsWindows()) state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        using var runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript("param($manifest, $first) $first | Import-Module -ErrorAction Stop; (Import-Module $manifest -PassThru -ErrorAction Stop).ExportedCmdlets.Values")
            .AddArgument(manifestPath).AddArgument((prerequisites ?? Array.Empty<string>()).ToArray());
        var cmdlets = ps.Invoke().Select(o => o.BaseObject).OfType<CmdletInfo>().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (ps.HadErrors) throw new InvalidOperationException("Importing " + manifestPath + " failed: " + string.Join(" | ", ps.Streams.Error));
        if (cmdlets.Count == 0) throw new InvalidOperationException(manifestPath + " exports no cmdlets; is the module built?");

        // Get-Help looks for <assembly>-Help.xml and about topics in <culture> under the module's base
        // (the folder of the manifest, whose RootModule is the cmdlet assembly).
        var first = cmdlets[0];
        var directory = Path.Combine(first.Module.ModuleBase, "en-US");
        return new ModuleCommands(first.Module.Name, cmdlets.Select(Describe).ToList(), directory, first.HelpFile);
    }

    private static CommandShape Describe(CmdletInfo cmdlet)
    {
        var defaults = DefaultsOf(cmdlet.ImplementingType);
        var parameters = cmdlet.Parameters.Values.Select(p => DescribeParameter(p, defaults)).ToList();
        var sets = cmdlet.ParameterSets.Select(set => new ParameterSetShape(
            set.Name == AllSets ? string.Empty : set.Name,
            set.IsDefault,
            set.Parameters.Select(p => new ParameterUse(p.Name, p.IsMandatory, p.Position >= 0 ? p.Position : null,
                p.ValueFromPipeline, p.ValueFromPipelineByPropertyName)).ToList())).ToList();
        var outputs = cmdlet.OutputType.Select(t => t.Type?.FullName ?? t.Name).Where(n => n != typeof(void).FullName).ToList();
        return new CommandShape(cmdlet.Name, cmdlet.Verb, cmdlet.Noun, parameters, sets, outputs);
    }

    private static ParameterShape DescribeParameter(ParameterMetadata parameter, IReadOnlyDictionary<string, object?> defaults)
    {
        var type = parameter.ParameterType;
        var allowed = parameter.Attributes.OfType<ValidateSetAttribute>().SelectMany(v => v.ValidValues).ToList();
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (allowed.Count == 0 && underlying.IsEnum) allowed = Enum.GetNames(underlying).ToList();
        defaults.TryGetValue(parameter.Name, out var defaultValue);
        return new ParameterShape(
            parameter.Name,
            TypeNames.Short(type),
            TypeNames.Full(type),
            parameter.SwitchParameter,
            parameter.Aliases.ToList(),
            allowed,
            parameter.Attributes.OfType<SupportsWildcardsAttribute>().Any(),
            IsMandatoryEverywhere(parameter) ? null : DefaultText(defaultValue),
            Cmdlet.CommonParameters.Contains(parameter.Name),
            parameter.Name is "WhatIf" or "Confirm");
    }

    private static bool IsMandatoryEverywhere(ParameterMetadata parameter) =>
        parameter.ParameterSets.Count > 0 && parameter.ParameterSets.Values.All(s => s.IsMandatory);

    // Defaults are what a fresh instance holds before binding: property initialisers such as TimeoutSec = 100.
    private static IReadOnlyDictionary<string, object?> DefaultsOf(Type cmdletType)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        object? instance;
        try
        {
            instance = Activator.CreateInstance(cmdletType);
        }
        catch (Exception e) when (e is TargetInvocationException or MissingMethodException or MemberAccessException)
        {
            return values;
        }
        foreach (var property in cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead && property.IsDefined(typeof(ParameterAttribute), true))
                values[property.Name] = property.GetValue(instance);
        }
        (instance as IDisposable)?.Dispose();
        return values;
    }

    private static string? DefaultText(object? value) => value switch
    {
        null => null,
        string s when s.Length == 0 => null,
        bool or SwitchParameter => null,
        IEnumerable and not string => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
