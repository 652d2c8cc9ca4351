using System.Reflection;
using Xunit.Sdk;

namespace HwTasks.Tests.Shared;

/// <summary>
/// What a reliability row publishes is what ran: the publishing test runs every case of its class
/// (each [Fact], each row of each [Theory]) on the same instance, as xunit would, and returns how many
/// passed; a case that fails fails the publishing test, naming it. The row's count is that number,
/// so a case removed, skipped or failing cannot leave the published row standing.
/// </summary>
public static class PublishedCases
{
    public static async Task<int> RunAllAsync(object testClass, string publishingTest)
    {
        var failures = new List<string>();
        var passed = 0;
        var methods = testClass.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name != publishingTest && m.GetCustomAttribute<FactAttribute>() is { Skip: null })
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var method in methods)
        {
            var rows = method.GetCustomAttributes<DataAttribute>().SelectMany(d => d.GetData(method)).ToList();
            if (method.GetCustomAttribute<TheoryAttribute>() is null) rows = new List<object?[]> { Array.Empty<object?>() };
            if (rows.Count == 0) failures.Add(method.Name + ": the theory has no rows");
            foreach (var row in rows)
            {
                var name = method.Name + "(" + string.Join(", ", row) + ")";
                try
                {
                    if (testClass is IAsyncLifetime lifetime) await lifetime.InitializeAsync();
                    try
                    {
                        if (method.Invoke(testClass, row) is Task task) await task;
                    }
                    finally
                    {
                        if (testClass is IAsyncLifetime ended) await ended.DisposeAsync();
                    }
                    passed++;
                }
                catch (Exception e)
                {
                    failures.Add(name + ": " + ((e as TargetInvocationException)?.InnerException ?? e).Message);
                }
            }
        }
        if (failures.Count > 0) throw new XunitException("Not published, these cases failed:\n" + string.Join("\n", failures));
        return passed;
    }
}
