using System;
using System.Collections.Generic;

namespace HwTasks.Core.Json
{
    /// <summary>
    /// A JSON object as a dictionary (name → value) whose text is its JSON. Export-Csv and "$x" write
    /// a property's ToString(), which for a plain Dictionary is its type name; this one writes
    /// {"topic":"orders"}, while indexing, Format-List and ConvertTo-Json still see the nested object.
    /// </summary>
    public sealed class JsonDictionary<TValue> : Dictionary<string, TValue>
    {
        public JsonDictionary() : base(StringComparer.Ordinal)
        {
        }

        public JsonDictionary(IDictionary<string, TValue> entries, IEqualityComparer<string> comparer) : base(entries, comparer)
        {
        }

        public override string ToString() => JsonTree.Serialize(this);
    }
}
