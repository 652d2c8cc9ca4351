using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace HwTasks.Commands.Requests
{
    /// <summary>Turns HwTasks.Core's plain JSON tree (dictionaries, lists, scalars) into PSCustomObjects.</summary>
    internal static class JsonToPowerShell
    {
        public static object? Convert(object? value)
        {
            switch (value)
            {
                case IDictionary<string, object?> map:
                    var result = new PSObject();
                    foreach (var pair in map) result.Properties.Add(new PSNoteProperty(pair.Key, Convert(pair.Value)));
                    return result;
                case IList list:
                    var items = new object?[list.Count];
                    for (var i = 0; i < items.Length; i++) items[i] = Convert(list[i]);
                    return items;
                default:
                    return value;
            }
        }
    }
}
