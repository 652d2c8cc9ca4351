namespace HwTasks.Help.Metadata;

/// <summary>
/// What the compiled cmdlet says about itself, copied out of the engine's CommandInfo so the checks
/// and the MAML writer can be tested without hosting PowerShell.
/// </summary>
public sealed record CommandShape(
    string Name,
    string Verb,
    string Noun,
    IReadOnlyList<ParameterShape> Parameters,
    IReadOnlyList<ParameterSetShape> ParameterSets,
    IReadOnlyList<string> OutputTypes)
{
    /// <summary>Parameters a doc must describe: everything but PowerShell's common ones and -WhatIf/-Confirm.</summary>
    public IEnumerable<ParameterShape> DocumentedParameters => Parameters.Where(p => !p.IsCommon && !p.IsShouldProcess);

    /// <summary>The types that can be piped in (the types of pipeline-bound parameters), or None.</summary>
    public IReadOnlyList<string> InputTypes
    {
        get
        {
            var types = Parameters.Where(p => ParameterSets.SelectMany(s => s.Parameters).Any(u => u.Name == p.Name && u.TakesPipelineInput))
                .Select(p => p.FullTypeName).Distinct().ToList();
            return types.Count == 0 ? new[] { "None" } : types;
        }
    }

    /// <summary>The declared [OutputType] types, or None.</summary>
    public IReadOnlyList<string> ReturnTypes => OutputTypes.Count == 0 ? new[] { "None" } : OutputTypes;

    public ParameterShape? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

public sealed record ParameterShape(
    string Name,
    string TypeName,
    string FullTypeName,
    bool IsSwitch,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AllowedValues,
    bool SupportsWildcards,
    string? DefaultValue,
    bool IsCommon = false,
    bool IsShouldProcess = false);

public sealed record ParameterSetShape(string Name, bool IsDefault, IReadOnlyList<ParameterUse> Parameters);

/// <summary>How one parameter behaves in one parameter set.</summary>
public sealed record ParameterUse(string Name, bool IsMandatory, int? Position, bool FromPipeline, bool FromPipelineByPropertyName)
{
    public bool TakesPipelineInput => FromPipeline || FromPipelineByPropertyName;
}
