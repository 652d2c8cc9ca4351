using System.Text;
using System.Text.RegularExpressions;

namespace HwTasks.Tests.Shared;

/// <summary>
/// docs/RELIABILITY.md publishes what the reliability suites tried, how many cases and the result.
/// Each suite calls <see cref="Record"/> with what it actually ran: normally that asserts the
/// published row matches, so the table cannot drift from the tests; with HWTASKS_UPDATE_RELIABILITY=1
/// it rewrites the row instead (the command is in the document).
/// </summary>
public static class ReliabilityTable
{
    public const string UpdateVariable = "HWTASKS_UPDATE_RELIABILITY";
    private const string Header = "| area | what was tried | cases | result |";
    private static readonly object Gate = new();

    public static string DocumentPath { get; } = FindDocument();

    public static void Record(string area, string whatWasTried, int cases, string result)
    {
        var row = "| " + area + " | " + whatWasTried + " | " + cases + " | " + result + " |";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Update(area, row);
            return;
        }
        var published = Rows().FirstOrDefault(r => AreaOf(r) == area);
        if (published is null)
            throw new Xunit.Sdk.XunitException("docs/RELIABILITY.md has no row for '" + area + "'. Regenerate it: " + UpdateVariable + "=1 dotnet test HwTasks.sln");
        if (published != row)
            throw new Xunit.Sdk.XunitException("docs/RELIABILITY.md is out of date for '" + area + "'.\npublished: " + published + "\nthis run:  " + row +
                                               "\nRegenerate it: " + UpdateVariable + "=1 dotnet test HwTasks.sln");
    }

    private static IEnumerable<string> Rows() =>
        File.ReadAllLines(DocumentPath).SkipWhile(l => l.Trim() != Header).Skip(2).TakeWhile(l => l.StartsWith('|'));

    private static string AreaOf(string row) => row.Split('|', StringSplitOptions.TrimEntries)[1];

    // Test processes run in parallel; an exclusive handle makes each read-modify-write whole.
    private static void Update(string area, string row)
    {
        lock (Gate)
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using var stream = new FileStream(DocumentPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                    var lines = new StreamReader(stream, Encoding.UTF8).ReadToEnd().Split('\n').ToList();
                    var header = lines.FindIndex(l => l.Trim() == Header);
                    if (header < 0) throw new InvalidOperationException("docs/RELIABILITY.md has no table header " + Header);
                    var end = header + 2;
                    while (end < lines.Count && lines[end].StartsWith('|')) end++;
                    var existing = lines.FindIndex(header + 2, end - header - 2, l => AreaOf(l) == area);
                    if (existing >= 0) lines[existing] = row;
                    else lines.Insert(end, row);
                    var text = string.Join('\n', lines);
                    stream.SetLength(0);
                    var bytes = Encoding.UTF8.GetBytes(text);
                    stream.Write(bytes);
                    return;
                }
                catch (IOException) when (attempt < 50)
                {
                    Thread.Sleep(100);
                }
            }
        }
    }

    private static string FindDocument()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "RELIABILITY.md");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("docs/RELIABILITY.md not found above " + AppContext.BaseDirectory);
    }
}
