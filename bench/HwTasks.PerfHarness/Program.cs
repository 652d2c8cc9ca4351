using HwTasks.PerfHarness;

// serve                              a loopback server answering small fixed JSON bodies; prints its URL
// floor <url> <calls>                a bare HttpClient GET loop: median µs and bytes allocated per call
// floor-blocking <url> <calls>       the same loop from a caller that blocks until each answer is in, as a cmdlet must
// floor-parallel <url> <calls> <n>   the same PUT with n in flight: calls per second
// core <url> <calls>                 HwTasks.Core alone: a signed Kafka list through the whole pipeline, per call
// sign <iterations>                  SDK-HMAC-SHA256 signing against UTF-8 + SHA-256 + HMAC + hex alone
return args.FirstOrDefault() switch
{
    "serve" => await LoopbackServer.RunAsync(),
    "floor" => await Floor.SerialAsync(new Uri(args[1]), int.Parse(args[2])),
    "floor-blocking" => Floor.Blocking(new Uri(args[1]), int.Parse(args[2])),
    "core" => await CoreRoundTrip.RunAsync(new Uri(args[1]), int.Parse(args[2])),
    "floor-parallel" => await Floor.ParallelAsync(new Uri(args[1]), int.Parse(args[2]), int.Parse(args[3])),
    "sign" => Signing.Run(int.Parse(args[1])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: HwTasks.PerfHarness serve | floor <url> <calls> | floor-blocking <url> <calls> | core <url> <calls> | floor-parallel <url> <calls> <inflight> | sign <iterations>");
    return 2;
}
