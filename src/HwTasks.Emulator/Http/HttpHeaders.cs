using System.Collections;

namespace HwTasks.Emulator.Http;

/// <summary>
/// Header fields by case-insensitive name, in the order first set. A field sent twice is one
/// entry whose value is the values joined by ',', the way ASP.NET Core handed them to the signature
/// verifier and the request log.
/// </summary>
internal sealed class HttpHeaders : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _fields = new();

    public int Count => _fields.Count;

    /// <summary>The value, or "" when the field is absent.</summary>
    public string this[string name]
    {
        get => Find(name) ?? string.Empty;
        set => Set(name, value);
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The value, or null when the field is absent.</summary>
    public string? Find(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : _fields[index].Value;
    }

    public void Set(string name, string value)
    {
        var index = IndexOf(name);
        if (index < 0) _fields.Add(new(name, value));
        else _fields[index] = new(_fields[index].Key, value);
    }

    /// <summary>Adds a value; a repeated field keeps its first spelling and gains ",value".</summary>
    public void Append(string name, string value)
    {
        var index = IndexOf(name);
        if (index < 0) _fields.Add(new(name, value));
        else _fields[index] = new(_fields[index].Key, _fields[index].Value + "," + value);
    }

    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index >= 0) _fields.RemoveAt(index);
        return index >= 0;
    }

    public void Clear() => _fields.Clear();

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string name) => _fields.FindIndex(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase));
}
