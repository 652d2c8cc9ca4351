using HwTasks.Emulator.Admin;
using HwTasks.Emulator.Auth;
using HwTasks.Emulator.Faults;
using HwTasks.Emulator.Gateway;
using HwTasks.Emulator.Logging;
using HwTasks.Emulator.Seed;
using HwTasks.Emulator.Services.Aom;
using HwTasks.Emulator.Services.Cdm;
using HwTasks.Emulator.Services.DataArts;
using HwTasks.Emulator.Services.Iam;
using HwTasks.Emulator.Services.Kafka;
using HwTasks.Emulator.Services.Oms;
using HwTasks.Emulator.State;

namespace HwTasks.Emulator;

/// <summary>A running emulator: one base URL for all five services, IAM and the /_emulator admin API.</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        State = app.Services.GetRequiredService<EmulatorState>();
        Clock = app.Services.GetRequiredService<EmulatorClock>();
        RequestLog = app.Services.GetRequiredService<RequestLog>();
        Faults = app.Services.GetRequiredService<FaultRegistry>();
        Chaos = app.Services.GetRequiredService<ChaosFaults>();
        Accounts = app.Services.GetRequiredService<AccountDirectory>();
        Tokens = app.Services.GetRequiredService<TokenStore>();
    }

    /// <summary>e.g. http://127.0.0.1:5080/ (always with a trailing slash).</summary>
    public Uri BaseAddress { get; }
    public EmulatorState State { get; }
    public EmulatorClock Clock { get; }
    public RequestLog RequestLog { get; }
    public FaultRegistry Faults { get; }
    /// <summary>Random faults on every request, when switched on.</summary>
    public ChaosFaults Chaos { get; }
    public AccountDirectory Accounts { get; }
    public TokenStore Tokens { get; }

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken ct = default)
    {
        options ??= new EmulatorOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // stdout belongs to the one "listening on" line; framework warnings go to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The gateway enforces its own 12 MB limit with an APIG-style 413.
            kestrel.Limits.MaxRequestBodySize = null;
        });

        var gatewayClock = new GatewayClock(options.GatewayClock ?? TimeProvider.System);
        var clock = new EmulatorClock(options.ManualClock, start: options.ClockStart);
        var accounts = new AccountDirectory(EmulatorDefaults.Accounts);
        var tokens = new TokenStore(clock);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(gatewayClock);
        services.AddSingleton<TimeProvider>(gatewayClock);
        services.AddSingleton(clock);
        services.AddSingleton(accounts);
        services.AddSingleton(tokens);
        services.AddSingleton(new EmulatorState(clock, accounts, options.Seed ?? SeedLoader.Default()));
        services.AddSingleton<RequestLog>();
        services.AddSingleton<FaultRegistry>();
        services.AddSingleton<ChaosFaults>();
        services.AddSingleton(new GatewayAuthenticator(accounts, tokens, gatewayClock));

        var app = builder.Build();
        app.UseRouting();
        app.UseMiddleware<GatewayMiddleware>();
        AdminRoutes.Map(app);
        IamRoutes.Map(app);
        DataArtsRoutes.Map(app);
        AomRoutes.Map(app);
        CdmRoutes.Map(app);
        OmsRoutes.Map(app);
        KafkaRoutes.Map(app);

        await app.StartAsync(ct);
        var bound = app.Urls.First();
        return new EmulatorServer(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync(CancellationToken ct = default) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
