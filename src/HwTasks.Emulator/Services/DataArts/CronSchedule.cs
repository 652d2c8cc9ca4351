using System.Globalization;

namespace HwTasks.Emulator.Services.DataArts;

/// <summary>
/// The cron expressions DataArts Studio schedules with: Quartz's "sec min hour day month weekday [year]"
/// (weekday 1-7 = SUN-SAT, exactly as Quartz; names JAN-DEC and SUN-SAT; <c>*</c>, <c>?</c>, ranges,
/// lists and <c>/step</c>; <c>L</c>, <c>L-n</c>, <c>nW</c> and <c>LW</c> in the day; <c>nL</c> and
/// <c>n#k</c> in the weekday), the @yearly/@monthly/@weekly/@daily/@hourly shorthands, and classic
/// 5-field cron (min hour day month weekday, Sunday = 0 or 7) as seeds may write it.
/// </summary>
internal sealed class CronSchedule
{
    // Far enough for every expression that has a run at all: 29 February can be 8 years away (2096 to 2104).
    private const int SearchYears = 9;

    private static readonly string[] MonthNames = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };
    private static readonly string[] DayNames = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" };

    private static readonly Dictionary<string, string> Shorthands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 0 1 1 ?", ["@annually"] = "0 0 0 1 1 ?", ["@monthly"] = "0 0 0 1 * ?",
        ["@weekly"] = "0 0 0 ? * SUN", ["@daily"] = "0 0 0 * * ?", ["@midnight"] = "0 0 0 * * ?", ["@hourly"] = "0 0 * * * ?",
    };

    private readonly bool[] _seconds = new bool[60];
    private readonly bool[] _minutes = new bool[60];
    private readonly bool[] _hours = new bool[24];
    private readonly bool[] _months = new bool[13];
    private readonly bool[] _years = new bool[3000];
    private readonly DaysOfMonth _days = new();
    private readonly DaysOfWeek _weekdays = new();

    private CronSchedule() { }

    public static CronSchedule? TryParse(string expression)
    {
        var text = expression.Trim();
        if (Shorthands.TryGetValue(text, out var expanded)) text = expanded;
        var fields = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5) fields = Classic(fields);
        if (fields.Length is not (6 or 7)) return null;

        var schedule = new CronSchedule();
        var ok = Fill(fields[0], schedule._seconds, 0, 59, null) &&
                 Fill(fields[1], schedule._minutes, 0, 59, null) &&
                 Fill(fields[2], schedule._hours, 0, 23, null) &&
                 schedule._days.Parse(fields[3]) &&
                 Fill(fields[4], schedule._months, 1, 12, MonthNames) &&
                 schedule._weekdays.Parse(fields[5]) &&
                 (fields.Length == 7 ? Fill(fields[6], schedule._years, 1970, 2099, null) : Fill("*", schedule._years, 1970, 2999, null));
        return ok ? schedule : null;
    }

    // "min hour day month weekday" with Sunday 0 or 7, as Quartz's fields (second 0, weekdays 1-7).
    private static string[] Classic(string[] f)
    {
        var weekday = string.Join(",", f[4].Split(',').Select(part => ClassicWeekday(part)));
        return new[] { "0", f[0], f[1], f[2], f[3], weekday };
    }

    private static string ClassicWeekday(string part)
    {
        // Digits move up by one (0 and 7 are both Sunday, Quartz's 1); names, '*', '?' and steps stay.
        return string.Concat(part.Split('/')[0].Select(c => char.IsAsciiDigit(c) ? ((c - '0') % 7 + 1).ToString(CultureInfo.InvariantCulture) : c.ToString()))
               + (part.Contains('/') ? "/" + part.Split('/')[1] : "");
    }

    /// <summary>The first second strictly after <paramref name="after"/> (UTC) that matches, or null when none comes within nine years.</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var start = after.UtcDateTime;
        var from = new DateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second, DateTimeKind.Utc).AddSeconds(1);
        var lastDay = from.Date.AddYears(SearchYears);
        for (var day = from.Date; day <= lastDay; day = day.AddDays(1))
        {
            if (day.Year >= _years.Length || !_years[day.Year] || !_months[day.Month] || !DayMatches(day)) continue;
            var earliest = day == from.Date ? from.TimeOfDay : TimeSpan.Zero;
            if (FirstTime(earliest) is { } time) return new DateTimeOffset(day + time, TimeSpan.Zero);
        }
        return null;
    }

    // Quartz wants '?' in one of the two day fields; when both are given, either may match (classic cron).
    private bool DayMatches(DateTime day)
    {
        if (_days.Restricted && _weekdays.Restricted) return _days.Matches(day) || _weekdays.Matches(day);
        return _days.Matches(day) && _weekdays.Matches(day);
    }

    private TimeSpan? FirstTime(TimeSpan earliest)
    {
        for (var h = earliest.Hours; h < 24; h++)
        {
            if (!_hours[h]) continue;
            var m0 = h == earliest.Hours ? earliest.Minutes : 0;
            for (var m = m0; m < 60; m++)
            {
                if (!_minutes[m]) continue;
                var s0 = h == earliest.Hours && m == earliest.Minutes ? earliest.Seconds : 0;
                for (var s = s0; s < 60; s++)
                {
                    if (_seconds[s]) return new TimeSpan(h, m, s);
                }
            }
        }
        return null;
    }

    /// <summary>A comma list of values, ranges and steps ("*", "?", "5", "1-5", "MON-FRI", "*/15", "10/5", "1-30/2") into <paramref name="slots"/>.</summary>
    internal static bool Fill(string field, bool[] slots, int min, int max, string[]? names)
    {
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
            else if (range.IndexOf('-') is var dash and > 0)
            {
                if (!Value(range[..dash], min, names, out from) || !Value(range[(dash + 1)..], min, names, out to)) return false;
            }
            else
            {
                if (!Value(range, min, names, out from)) return false;
                to = slash >= 0 ? max : from;
            }
            if (from < min || to > max || from > to) return false;
            for (var v = from; v <= to; v += step) slots[v] = true;
        }
        return true;
    }

    /// <summary>A number, or a name whose position counts from <paramref name="first"/> (JAN = 1, SUN = 1).</summary>
    internal static bool Value(string text, int first, string[]? names, out int value)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return true;
        var index = names is null ? -1 : Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = index + Math.Max(first, 1);
        return index >= 0;
    }

    /// <summary>The day-of-month field: days, ranges and steps; L (last), L-n (n before the last), nW (the weekday nearest n), LW.</summary>
    private sealed class DaysOfMonth
    {
        private readonly bool[] _days = new bool[32];
        private readonly List<int> _fromLast = new();
        private readonly List<int> _nearestWeekday = new();
        private bool _lastWeekday;

        public bool Restricted { get; private set; }

        public bool Parse(string field)
        {
            Restricted = field is not ("*" or "?");
            foreach (var part in field.Split(','))
            {
                var upper = part.ToUpperInvariant();
                if (upper == "LW") _lastWeekday = true;
                else if (upper == "L") _fromLast.Add(0);
                else if (upper.StartsWith("L-", StringComparison.Ordinal))
                {
                    if (!int.TryParse(upper[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset) || offset > 30) return false;
                    _fromLast.Add(offset);
                }
                else if (upper.EndsWith('W'))
                {
                    if (!int.TryParse(upper[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31) return false;
                    _nearestWeekday.Add(day);
                }
                else if (!Fill(part, _days, 1, 31, null)) return false;
            }
            return true;
        }

        public bool Matches(DateTime date)
        {
            var last = DateTime.DaysInMonth(date.Year, date.Month);
            if (_days[date.Day] || _fromLast.Contains(last - date.Day)) return true;
            if (_lastWeekday && date.Day == NearestWeekday(date, last, last)) return true;
            return _nearestWeekday.Any(n => n <= last && date.Day == NearestWeekday(date, n, last));
        }

        // Quartz: a Saturday moves to the Friday before, a Sunday to the Monday after, never out of the month.
        private static int NearestWeekday(DateTime date, int day, int last)
        {
            var weekday = new DateTime(date.Year, date.Month, day).DayOfWeek;
            if (weekday == DayOfWeek.Saturday) return day == 1 ? 3 : day - 1;
            if (weekday == DayOfWeek.Sunday) return day == last ? day - 2 : day + 1;
            return day;
        }
    }

    /// <summary>The day-of-week field (1-7 = SUN-SAT): days, names, ranges and steps; nL (the last such day of the month), n#k (the k-th).</summary>
    private sealed class DaysOfWeek
    {
        private readonly bool[] _weekdays = new bool[8];
        private readonly List<int> _lastOfMonth = new();
        private readonly List<(int Weekday, int Nth)> _nth = new();

        public bool Restricted { get; private set; }

        public bool Parse(string field)
        {
            Restricted = field is not ("*" or "?");
            foreach (var part in field.Split(','))
            {
                var hash = part.IndexOf('#');
                if (part.Equals("L", StringComparison.OrdinalIgnoreCase)) _weekdays[7] = true;
                else if (part.Length > 1 && char.ToUpperInvariant(part[^1]) == 'L')
                {
                    if (!Value(part[..^1], 1, DayNames, out var weekday) || weekday is < 1 or > 7) return false;
                    _lastOfMonth.Add(weekday);
                }
                else if (hash > 0)
                {
                    if (!Value(part[..hash], 1, DayNames, out var weekday) || weekday is < 1 or > 7 ||
                        !int.TryParse(part[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var nth) || nth is < 1 or > 5) return false;
                    _nth.Add((weekday, nth));
                }
                else if (!Fill(part, _weekdays, 1, 7, DayNames)) return false;
            }
            return true;
        }

        public bool Matches(DateTime date)
        {
            var weekday = (int)date.DayOfWeek + 1;
            if (_weekdays[weekday]) return true;
            if (_lastOfMonth.Contains(weekday) && date.Day + 7 > DateTime.DaysInMonth(date.Year, date.Month)) return true;
            return _nth.Contains((weekday, (date.Day - 1) / 7 + 1));
        }
    }
}
