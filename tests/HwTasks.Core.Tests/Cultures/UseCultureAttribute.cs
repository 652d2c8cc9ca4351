using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace HwTasks.Core.Tests.Cultures;

/// <summary>
/// Runs each test of a class with CurrentCulture and CurrentUICulture set to one culture, and puts
/// back the ones before it afterwards (xunit runs a test's Before, body and After in one flow).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class UseCultureAttribute : BeforeAfterTestAttribute
{
    private CultureInfo? _previous;
    private CultureInfo? _previousUi;

    public UseCultureAttribute(string name) => Culture = CultureInfo.GetCultureInfo(name);

    public CultureInfo Culture { get; }

    public override void Before(MethodInfo methodUnderTest)
    {
        _previous = CultureInfo.CurrentCulture;
        _previousUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = Culture;
        CultureInfo.CurrentUICulture = Culture;
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _previous!;
        CultureInfo.CurrentUICulture = _previousUi!;
    }
}
