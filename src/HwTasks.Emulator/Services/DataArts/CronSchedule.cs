using System.Globalization;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>
/// Enough cron to compute "next run": 5 fields (min hour day month weekday, Sunday = 0 or 7) or
/// Quartz 6/7 fields (sec min hour day month weekday [year], Sunday = 1; seconds and year are
/// ignored). Each field takes numbers, <c>*</c>, <c>?</c>, ranges, lists and <c>/step</c>.
/// </summary>
internal sealed class CronSchedule
{
    private readonly bool[] _minutes = new bool[60];
    private readonly bool[] _hours = new bool[24];
    private readonly bool[] _days = new bool[32];
    private readonly bool[] _months = new bool[13];
    private readonly bool[] _weekdays = new bool[7];
    private bool _dayRestricted;
    private bool _weekdayRestricted;

    private CronSchedule() { }

    public static CronSchedule? TryParse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var quartz = fields.Length is 6 or 7;
        if (!quartz && fields.Length != 5) return null;
        var f = quartz ? fields.Skip(1).ToArray() : fields;
        var schedule = new CronSchedule();
        var weekdayOffset = quartz ? 1 : 0;
        var weekdays = new bool[8];
        var ok = Fill(f[0], schedule._minutes, 0, 59, out _) &&
                 Fill(f[1], schedule._hours, 0, 23, out _) &&
                 Fill(f[2], schedule._days, 1, 31, out schedule._dayRestricted) &&
                 Fill(f[3], schedule._months, 1, 12, out _) &&
                 Fill(f[4], weekdays, weekdayOffset, 7, out schedule._weekdayRestricted);
        if (!ok) return null;
        for (var i = 0; i < weekdays.Length; i++)
            if (weekdays[i]) schedule._weekdays[(i - weekdayOffset + 7) % 7] = true;
        return schedule;
    }

    /// <summary>The first whole minute strictly after <paramref name="after"/> (UTC) that matches, within about a year.</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var t = new DateTimeOffset(after.UtcDateTime.Year, after.UtcDateTime.Month, after.UtcDateTime.Day,
            after.UtcDateTime.Hour, after.UtcDateTime.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        var limit = t.AddDays(400);
        while (t < limit)
        {
            if (!_months[t.Month]) { t = new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1); continue; }
            if (!DayMatches(t)) { t = new DateTimeOffset(t.Year, t.Month, t.Day, 0, 0, 0, TimeSpan.Zero).AddDays(1); continue; }
            if (!_hours[t.Hour]) { t = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1); continue; }
            if (!_minutes[t.Minute]) { t = t.AddMinutes(1); continue; }
            return t;
        }
        return null;
    }

    // Classic cron: when both day fields are restricted, either may match.
    private bool DayMatches(DateTimeOffset t)
    {
        var day = _days[t.Day];
        var weekday = _weekdays[(int)t.DayOfWeek];
        return _dayRestricted && _weekdayRestricted ? day || weekday : day && weekday;
    }

    private static bool Fill(string field, bool[] slots, int min, int max, out bool restricted)
    {
        restricted = field is not ("*" or "?");
        foreach (var part in field.Split(','))
        {
            var step = 1;
            var range = part;
            var slash = part.IndexOf('/');
            if (slash >= 0)
            {
                if (!int.TryParse(part[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1) return false;
                range = part[..slash];
            }
            int from, to;
            if (range is "*" or "?") { from = min; to = max; }
            else if (range.Contains('-'))
            {
                var bounds = range.Split('-');
                if (bounds.Length != 2 || !Number(bounds[0], out from) || !Number(bounds[1], out to)) return false;
            }
            else
            {
                if (!Number(range, out from)) return false;
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to) return false;
            for (var v = from; v <= to; v += step) slots[v] = true;
        }
        return true;
    }

    private static bool Number(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
