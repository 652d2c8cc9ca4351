using System.Runtime.CompilerServices;

namespace HwTasks.Module.Tests.Hosting;

/// <summary>
/// Before any test imports HwTasks, load Microsoft.Extensions.Http 8 into the default load
/// context, as another module (Az, AWS.Tools) would have done in a real session.
/// </summary>
internal static class OlderDependencyLoader
{
    public static System.Reflection.Assembly Older { get; private set; } = null!;

    [ModuleInitializer]
    internal static void LoadFirst() => Older = typeof(Microsoft.Extensions.Http.HttpClientFactoryOptions).Assembly;
}
