namespace HwTasks.Help.Metadata;

/// <summary>Type names as help shows them: short in syntax (String, Int32[]), full in type fields.</summary>
public static class TypeNames
{
    public static string Short(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsArray ? Short(underlying.GetElementType()!) + "[]" : underlying.Name;
    }

    public static string Full(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsArray ? Full(underlying.GetElementType()!) + "[]" : underlying.FullName ?? underlying.Name;
    }
}
