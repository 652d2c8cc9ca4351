using HwTasks.Emulator.Admin;
using HwTasks.Emulator.Auth;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Gateway;
using HwTasks.Emulator.Http;
using HwTasks.Emulator.Logging;
using HwTasks.Emulator.Routing;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Services;
using HwTasks.Emulator.Services.Iam;
using HwTasks.Emulator.State;
using HwTasks.Emulator.Time;

namespace HwTasks.Emulator;

/// <summary>
/// A running emulator: one base URL for all five services, IAM and the /_emulator admin API. Each
/// instance has its own port and state, so one process can run several.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly HttpServer _http;

    private EmulatorServer(HttpServer http) => _http = http;

    /// <summary>e.g. http://127.0.0.1:5080/ (always with a trailing slash).</summary>
    public Uri BaseAddress => _http.BaseAddress;

    /// <summary>What the /_emulator routes do, for hosts in the same process.</summary>
    public required EmulatorAdmin Admin { get; init; }

    public required EmulatorState State { get; init; }
    public EmulatorClock Clock => Admin.Clock;
    public required GatewayClock GatewayClock { get; init; }
    public required RequestLog RequestLog { get; init; }
    public required FaultRegistry Faults { get; init; }
    /// <summary>Random faults on every request, when switched on.</summary>
    public required ChaosFaults Chaos { get; init; }
    public required AccountDirectory Accounts { get; init; }
    public required TokenStore Tokens { get; init; }

    /// <summary>Binds and starts serving; completes once the port is known (port 0 picks a free one).</summary>
    public static Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        options ??= new EmulatorOptions();
        var addresses = ListenAddress.Parse(options.Urls);

        var gatewayClock = new GatewayClock(options.GatewayClock ?? TimeProvider.System);
        var clock = new EmulatorClock(options.ManualClock, start: options.ClockStart);
        var accounts = new AccountDirectory(EmulatorDefaults.Accounts);
        var tokens = new TokenStore(clock);
        var state = new EmulatorState(clock, accounts, options.Seed ?? SeedLoader.Default());
        var log = new RequestLog();
        var faults = new FaultRegistry();
        var chaos = new ChaosFaults();
        var admin = new EmulatorAdmin(state, clock, gatewayClock, log, faults, chaos);

        var router = new Router();
        AdminRoutes.Map(router, admin);
        IamRoutes.Map(router, accounts, tokens);
        foreach (var service in ServiceCatalog.Services) service.MapRoutes(router, state);

        var gateway = new ApiGateway(new GatewayAuthenticator(accounts, tokens, gatewayClock), faults, chaos, log, gatewayClock, options.MaxRequestBodyBytes);
        Action<Exception>? onError = options.ErrorLog is { } errors ? e => errors.WriteLine("HwTasks.Emulator: " + e) : null;
        var http = HttpServer.Start(addresses, new EmulatorApplication(router, gateway).HandleAsync, onError);
        return Task.FromResult(new EmulatorServer(http)
        {
            Admin = admin, State = state, GatewayClock = gatewayClock, RequestLog = log, Faults = faults, Chaos = chaos,
            Accounts = accounts, Tokens = tokens,
        });
    }

    /// <summary>Stops listening and ends every connection, including requests still being served.</summary>
    public ValueTask DisposeAsync() => _http.DisposeAsync();
}
