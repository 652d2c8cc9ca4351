using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace HwTasks.Core.Tests.Cultures;

/// <summary>
/// Runs each test of a class with CurrentCulture and CurrentUICulture set to one culture, and puts
/// back the ones before it afterwards (xunit runs a test's Before, body and After in one flow).
/// FsCheck's properties skip these hooks, so a property enters <see cref="ForClass"/> itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UseCultureAttribute : BeforeAfterTestAttribute
{
    private CultureScope? _scope;

    public UseCultureAttribute(string name) => Culture = CultureInfo.GetCultureInfo(name);

    public CultureInfo Culture { get; }

    public override void Before(MethodInfo methodUnderTest) => _scope = new CultureScope(Culture);

    public override void After(MethodInfo methodUnderTest) => _scope?.Dispose();

    /// <summary>The culture <paramref name="testClass"/> is declared to run in, entered; nothing when it has none.</summary>
    public static IDisposable? ForClass(Type testClass) =>
        testClass.GetCustomAttribute<UseCultureAttribute>() is { } declared ? new CultureScope(declared.Culture) : null;

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;
        private readonly CultureInfo _previousUi = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _previous;
            CultureInfo.CurrentUICulture = _previousUi;
        }
    }
}
