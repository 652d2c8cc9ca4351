using System;
using System.Collections;
using System.IO;
using System.Management.Automation;
using System.Text.Json;
using HwTasks.Emulator.Seed;
using HwTasks.Testing.Internal;

namespace HwTasks.Testing.Seeding
{
    /// <summary>
    /// What -Seed accepts, as the JSON seed document of docs/EMULATOR.md: a hashtable, ordered
    /// dictionary or PSCustomObject (converted by ConvertTo-Json, nested arrays of hashtables
    /// included), a JSON string, or the path of a JSON file (a string or a FileInfo). Read and checked
    /// before anything changes, so a bad seed leaves the emulator as it was.
    /// </summary>
    internal static class SeedArgument
    {
        /// <summary>The seed read by the emulator's own seed loader, and its JSON text to read again on a reset.</summary>
        public static (string Json, SeedDocument Document) Load(object? value, PSCmdlet cmdlet)
        {
            var (json, source) = Read(value, cmdlet);
            try
            {
                return (json, SeedLoader.Parse(json));
            }
            catch (JsonException e)
            {
                throw EmulatorError.InvalidArgument("Seed", "-Seed (" + source + ") is not a valid seed document: " + e.Message +
                    " Fix the value at that JSON path (the seed format is in about_HwTasks_Testing).", value);
            }
        }

        private static (string Json, string Source) Read(object? value, PSCmdlet cmdlet)
        {
            // A PSCustomObject's properties live on its PSObject wrapper: convert the wrapper, look at what it wraps.
            var bare = value is PSObject wrapped ? wrapped.BaseObject : value;
            switch (bare)
            {
                case IDictionary or PSCustomObject:
                    return (PowerShellJson.From(value!), "a " + (bare is PSCustomObject ? "PSCustomObject" : bare.GetType().Name) + " converted to JSON");
                case FileInfo file:
                    return (ReadFile(file.FullName, value), "the file '" + file.FullName + "'");
                case string text when text.TrimStart().StartsWith("{", StringComparison.Ordinal):
                    return (text, "a JSON string");
                case string path when path.Trim().Length > 0:
                    var full = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
                    return (ReadFile(full, value), "the file '" + full + "'");
                default:
                    throw EmulatorError.InvalidArgument("Seed", "-Seed takes a hashtable, a PSCustomObject, a JSON string starting with '{' or the path " +
                        "of a JSON file, not " + (bare is null ? "null" : bare is string ? "an empty string" : "a " + bare.GetType().FullName) + ".", value);
            }
        }

        private static string ReadFile(string path, object? value)
        {
            if (!File.Exists(path))
                throw new EmulatorError("SeedFileNotFound", ErrorCategory.ObjectNotFound, "-Seed names the file '" + path + "', which does not exist. " +
                    "Pass the path of a JSON seed file, a JSON string starting with '{', or a hashtable.", value);
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new EmulatorError("SeedFileUnreadable", ErrorCategory.ReadError, "-Seed names the file '" + path + "', which cannot be read: " + e.Message, value, e);
            }
        }
    }
}
