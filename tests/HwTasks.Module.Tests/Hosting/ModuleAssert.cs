using System.Management.Automation;
using System.Security.Cryptography;
using System.Text;
using HwTasks.Emulator;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>Assertions the service test classes share: typed output, error records, the request log.</summary>
public static class ModuleAssert
{
    public static object? Prop(this PSObject item, string name) =>
        (item.Properties[name] ?? throw new Xunit.Sdk.XunitException("No property " + name + " on " + item.BaseObject.GetType().Name)).Value;

    public static string? Text(this PSObject item, string name) => item.Prop(name)?.ToString();

    /// <summary>A typed model object of HwTasks.Core that knows where it lives.</summary>
    public static void IsLocatedModel(PSObject item, string typeName)
    {
        Assert.Equal("HwTasks.Core.Services." + typeName, item.BaseObject.GetType().FullName);
        Assert.Equal(EmulatorDefaults.Region, item.Prop("Region"));
        Assert.Equal(EmulatorDefaults.ProjectCnNorth4, item.Prop("ProjectId"));
    }

    /// <summary>
    /// The one error of a run, whether the command wrote it or terminated with it (a statement-terminating
    /// error inside a script lands in the error stream, one thrown at the top in Terminating).
    /// </summary>
    public static ErrorRecord SingleError(PowerShellRun run)
    {
        if (run.Terminating is RuntimeException { ErrorRecord: { } thrown })
        {
            Assert.Empty(run.Errors);
            return thrown;
        }
        return Assert.Single(run.Errors);
    }

    /// <summary>A service failure: stable id, category, the service's code and message, and the request id of the logged answer.</summary>
    public static ErrorRecord ServiceError(PowerShellRun run, LoggedRequest answered, string errorId, string command, ErrorCategory category, string serviceMessage)
    {
        var error = SingleError(run);
        Assert.Equal(errorId + ",HwTasks.Commands." + command, error.FullyQualifiedErrorId);
        Assert.Equal(category, error.CategoryInfo.Category);
        Assert.Matches("^[0-9a-f]{32}$", answered.RequestId);
        Assert.Contains(serviceMessage, error.Exception.Message);
        Assert.EndsWith("(request id " + answered.RequestId + ")", error.Exception.Message);
        return error;
    }

    /// <summary>A parameter refused by validation before any request: PowerShell's binding error names the parameter.</summary>
    public static void RefusedParameter(PowerShellRun run, string parameter, string problem)
    {
        var error = SingleError(run);
        Assert.StartsWith("ParameterArgumentValidationError,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("'" + parameter + "'", error.Exception.Message);
        Assert.Contains(problem, error.Exception.Message);
    }

    /// <summary>Runs a command whose parameter validation must refuse it, and proves nothing was sent.</summary>
    public static async Task RefusedBeforeAnyRequestAsync(this EmulatorFixture fixture, string command, string parameter, string problem)
    {
        RefusedParameter(fixture.Session.Run(command), parameter, problem);
        Assert.Empty(await fixture.Emulator.RequestsAsync());
    }

    /// <summary>An argument the command itself refuses (InvalidArgument category) with its stable id.</summary>
    public static ErrorRecord InvalidArgument(PowerShellRun run, string errorId, string command, string messagePart)
    {
        var error = SingleError(run);
        Assert.Equal(errorId + ",HwTasks.Commands." + command, error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains(messagePart, error.Exception.Message);
        return error;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static IEnumerable<string> MethodsAndPaths(this IEnumerable<LoggedRequest> log) => log.Select(l => l.Method + " " + l.PathAndQuery);
}
