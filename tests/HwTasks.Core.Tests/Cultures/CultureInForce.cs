using System.Globalization;

namespace HwTasks.Core.Tests.Cultures;

/// <summary>
/// Proves the culture runs mean something: the culture is the one named, in a test's body and after
/// an await, and its rules are the ones that break careless code (so this machine has ICU data).
/// </summary>
public abstract class CultureInForce
{
    protected abstract string Expected { get; }

    [Fact]
    public async Task The_culture_is_set_for_the_test_and_its_awaits()
    {
        Assert.Equal(Expected, CultureInfo.CurrentCulture.Name);
        Assert.Equal(Expected, CultureInfo.CurrentUICulture.Name);
        await Task.Yield();
        Assert.Equal(Expected, CultureInfo.CurrentCulture.Name);
    }

    [Fact]
    public void The_cultures_own_rules_apply()
    {
        var culture = CultureInfo.CurrentCulture;
        switch (Expected)
        {
            case "tr-TR":
                Assert.Equal("x-project-ıd", "X-Project-Id".ToLower(culture));
                break;
            case "th-TH":
                Assert.Equal("2567", new DateTime(2024, 3, 15).ToString("yyyy", culture));
                break;
            case "ar-SA":
                Assert.IsType<UmAlQuraCalendar>(culture.Calendar);
                break;
        }
    }
}
