namespace HwTasks.Emulator.Tests.Fidelity;

/// <summary>
/// What an official SDK model says a field holds, in the Python SDK's openapi_types words ("str",
/// "int", "float", "bool", "object", "list[X]", "dict(str, X)", or another model).
/// </summary>
internal abstract record SdkType
{
    public static readonly SdkType Str = new Primitive("str");
    public static readonly SdkType Int = new Primitive("int");
    public static readonly SdkType Float = new Primitive("float");
    public static readonly SdkType Bool = new Primitive("bool");
    /// <summary>"object": the SDK takes any JSON value as it comes.</summary>
    public static readonly SdkType Object = new Primitive("object");

    public static SdkType ListOf(SdkType item) => new List(item);
    public static SdkType MapOf(SdkType value) => new Map(value);

    public sealed record Primitive(string Name) : SdkType
    {
        public override string ToString() => Name;
    }

    public sealed record List(SdkType Item) : SdkType
    {
        public override string ToString() => "list[" + Item + "]";
    }

    public sealed record Map(SdkType Value) : SdkType
    {
        public override string ToString() => "dict(str, " + Value + ")";
    }
}
