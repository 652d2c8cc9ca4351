using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace HwTasks.Commands.Cdm
{
    /// <summary>
    /// -Variables of Start-CdmJob: CDM job variables are named text values. Numbers and booleans
    /// are written as invariant text; anything else (a nested table, an array, $null) is refused
    /// before a request is sent, naming the variable.
    /// </summary>
    internal static class CdmVariables
    {
        public const int MaximumCount = 100;
        public const int MaximumValueLength = 4096;
        private static readonly Regex Name = new Regex("^[A-Za-z_][A-Za-z0-9_.-]{0,127}$", RegexOptions.CultureInvariant);

        /// <summary>The variables in a stable order, or an error message for the first bad one.</summary>
        public static (List<KeyValuePair<string, string>> Variables, string? Problem) Read(IDictionary? table)
        {
            var result = new List<KeyValuePair<string, string>>();
            if (table is null) return (result, null);
            if (table.Count > MaximumCount) return (result, "has " + table.Count + " entries; a CDM job takes at most " + MaximumCount + " variables.");
            foreach (DictionaryEntry entry in table)
            {
                var name = entry.Key is PSObject key ? key.BaseObject as string : entry.Key as string;
                if (name is null || !Name.IsMatch(name))
                    return (result, "has the name '" + entry.Key + "', but a variable name is a letter or '_' followed by up to 127 letters, digits, '_', '.' or '-'.");
                var value = Text(entry.Value is PSObject ps ? ps.BaseObject : entry.Value);
                if (value is null)
                    return (result, "gives '" + name + "' a " + (entry.Value is null ? "null" : (entry.Value is PSObject p ? p.BaseObject : entry.Value).GetType().Name) +
                                    " value; CDM variables are text. Pass a string, e.g. @{ " + name + " = '2024-06-01' }.");
                if (value.Length > MaximumValueLength)
                    return (result, "gives '" + name + "' a value of " + value.Length + " characters; the limit is " + MaximumValueLength + ".");
                var unsafeText = Validation.UnsafeText.Find(value, allowedControls: "\t");
                if (unsafeText is not null)
                    return (result, "gives '" + name + "' a value with " + unsafeText + "; values must not contain control characters (but tab), invisible format characters or lone surrogates.");
                result.Add(new KeyValuePair<string, string>(name, value));
            }
            result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            return (result, null);
        }

        private static string? Text(object? value) => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            char c => c.ToString(),
            byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal =>
                Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
