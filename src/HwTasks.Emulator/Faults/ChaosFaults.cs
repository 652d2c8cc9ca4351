using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using HwTasks.Emulator.Http;

namespace HwTasks.Emulator.Faults;

/// <summary>
/// Random faults on every request while switched on (<see cref="Start"/>). A draw depends only on
/// the seed, the request (method, path, query) and how many times that same request came before,
/// never on arrival order: clients running in parallel each meet the same faults on every run with
/// the same seed, however their requests interleave.
/// </summary>
public sealed class ChaosFaults
{
    private static readonly FaultRule Unavailable = Rule(FaultKind.Status, StatusCodes.Status503ServiceUnavailable, afterProcessing: false);
    private static readonly FaultRule Dropped = Rule(FaultKind.Drop, null, afterProcessing: false);
    private static readonly FaultRule UnavailableAfterProcessing = Unavailable with { AfterProcessing = true };
    private static readonly FaultRule DroppedAfterProcessing = Dropped with { AfterProcessing = true };

    private readonly object _gate = new();
    private ChaosSettings? _settings;
    // One counter per distinct request seen while chaos is on; dropped with the settings.
    private ConcurrentDictionary<string, long> _occurrences = new(StringComparer.Ordinal);

    public ChaosSettings? Settings
    {
        get { lock (_gate) return _settings; }
    }

    public void Start(ChaosSettings settings) => Set(settings);

    public void Stop() => Set(null);

    // A new start counts occurrences from zero, so the same seed replays the same faults.
    private void Set(ChaosSettings? settings)
    {
        lock (_gate)
        {
            _settings = settings;
            _occurrences = new(StringComparer.Ordinal);
        }
    }

    /// <summary>The fault this request meets, or null (chaos off, or the draw spared it).</summary>
    public FaultRule? Draw(string method, string path, string query)
    {
        ChaosSettings? settings;
        ConcurrentDictionary<string, long> occurrences;
        lock (_gate)
        {
            settings = _settings;
            occurrences = _occurrences;
        }
        if (settings is null) return null;

        var request = method + " " + path + "?" + query;
        var occurrence = occurrences.AddOrUpdate(request, 1, (_, n) => n + 1);
        var (chance, coin) = Uniform(settings.Seed + "\n" + request + "\n" + occurrence);
        if ((chance -= settings.Status503) < 0) return Unavailable;
        if ((chance -= settings.Drop) < 0) return Dropped;
        if (chance - settings.AfterProcessing < 0) return coin ? UnavailableAfterProcessing : DroppedAfterProcessing;
        return null;
    }

    /// <summary>A number in [0, 1) and a coin, from a hash rather than a shared Random, so draws need no order.</summary>
    private static (double Chance, bool Coin) Uniform(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        var bits = BitConverter.ToUInt64(hash);
        return ((bits >> 11) * (1.0 / (1UL << 53)), (hash[8] & 1) == 1);
    }

    private static FaultRule Rule(FaultKind kind, int? status, bool afterProcessing) =>
        new("chaos", null, "/**", kind, 1, status, null, null, null, afterProcessing);
}
