using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace HwTasks.Commands.Requests
{
    /// <summary>
    /// Turns what a user passes as -Body (hashtables, PSCustomObjects, arrays, scalars) into the
    /// plain values HwTasks.Core serializes.
    /// </summary>
    internal static class PowerShellToJson
    {
        private const int MaximumDepth = 32;

        public static object? ToPlain(object? value, int depth = 0)
        {
            if (depth > MaximumDepth) throw new ArgumentException("-Body is nested more than " + MaximumDepth + " levels deep.");
            var baseObject = value is PSObject ps ? ps.BaseObject : value;
            switch (baseObject)
            {
                case null: return null;
                case string text: return Sendable(text);
                case ScriptBlock:
                    // Its text would go as a string: code where the service expects data, as -Variables refuses it.
                    throw new ArgumentException("-Body contains a script block ({ ... }); a body carries data, not code. " +
                                                "Run it first and pass its result, e.g. @{ a = (& { ... }) }, or quote it to send its text.");
                case bool or char or DateTime or DateTimeOffset or Guid or Enum: return baseObject;
                case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal: return baseObject;
                case IDictionary map:
                    var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (DictionaryEntry entry in map) result[Sendable(Convert.ToString(entry.Key) ?? string.Empty)] = ToPlain(entry.Value, depth + 1);
                    return result;
                case IEnumerable items:
                    var list = new List<object?>();
                    foreach (var item in items) list.Add(ToPlain(item, depth + 1));
                    return list;
                case PSCustomObject:
                    var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                    foreach (var property in ((PSObject)value!).Properties) properties[Sendable(property.Name)] = ToPlain(property.Value, depth + 1);
                    return properties;
                default:
                    return Convert.ToString(baseObject, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        // JSON can carry any text but a lone surrogate, which the writer would replace with U+FFFD.
        private static string Sendable(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i]))
                    throw new ArgumentException("-Body has a string with a lone surrogate (U+" + ((int)text[i]).ToString("X4") + ") at position " + (i + 1) +
                                                ", half of a character that cannot be sent; it would arrive as U+FFFD.");
            }
            return text;
        }
    }
}
