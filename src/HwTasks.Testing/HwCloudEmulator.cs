using System;
using System.Collections;
using System.Threading;
using HwTasks.Core;
using HwTasks.Core.Endpoints;
using HwTasks.Emulator;

namespace HwTasks.Testing
{
    /// <summary>
    /// One emulator of the five services and IAM, running in this process on its own loopback port
    /// with its own state, request log, faults and clock. Holds no secret of its own: the secret key
    /// is inside <see cref="Context"/>, which never reveals it.
    /// </summary>
    public sealed class HwCloudEmulator
    {
        // A stop that takes longer (a request stuck in a handler) is abandoned: the sockets are closed by then.
        private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(10);
        private int _stopped;

        internal HwCloudEmulator(string name, EmulatorServer server, string? seedJson, DateTimeOffset startTime)
        {
            Name = name;
            Server = server;
            SeedJson = seedJson;
            StartTime = startTime;
            Url = server.BaseAddress;
        }

        public string Name { get; }

        /// <summary>The one base URL of every service and IAM, e.g. http://127.0.0.1:41234/ (for -EndpointUrl).</summary>
        public Uri Url { get; }

        public string Region => EmulatorDefaults.Region;

        /// <summary>The project of <see cref="Region"/> in the emulator's default account.</summary>
        public string ProjectId => EmulatorDefaults.ProjectCnNorth4;

        /// <summary>The default account's permanent access key, which <see cref="Context"/> signs with.</summary>
        public string AccessKey => EmulatorDefaults.AccessKey;

        /// <summary>A context for <see cref="AccessKey"/> in <see cref="Region"/> at <see cref="Url"/>, for -Context.</summary>
        public HwCloudContext Context { get; internal set; } = null!;

        public DateTimeOffset StartTime { get; }

        /// <summary>
        /// The environment variables that point a child process (pwsh -File, Start-Process -Environment)
        /// at this emulator: the HUAWEICLOUD_SDK_* variables HwTasks and the SDKs read for the keys, the
        /// region and project, and every service's endpoint override. A method, not a property, so the
        /// secret key never shows in Format-List * or ConvertTo-Json of the emulator.
        /// </summary>
        public Hashtable GetEnvironmentVariables()
        {
            var url = Url.GetLeftPart(UriPartial.Authority);
            var variables = new Hashtable(StringComparer.Ordinal)
            {
                ["HUAWEICLOUD_SDK_AK"] = AccessKey,
                // The emulator's published test key (docs/EMULATOR.md): a child process reads keys from its environment as text.
                ["HUAWEICLOUD_SDK_SK"] = EmulatorDefaults.SecretKey,
                // Null removes the variable (Start-Process -Environment): a token of the parent's would not match these keys.
                ["HUAWEICLOUD_SDK_SECURITY_TOKEN"] = null,
                [TargetResolver.RegionVariable] = Region,
                ["HUAWEICLOUD_SDK_PROJECT_ID"] = ProjectId,
            };
            foreach (var service in CloudService.All) variables[EndpointResolver.OverrideVariable(service, Region)] = url;
            return variables;
        }

        /// <summary>False once stopped (Stop-HwCloudEmulator, Remove-Module, the end of the process).</summary>
        public bool IsRunning => Volatile.Read(ref _stopped) == 0;

        internal EmulatorServer Server { get; }

        /// <summary>With -Connect: true, and the session default it replaced (null when there was none), put back when it stops.</summary>
        internal bool Connected { get; set; }

        internal HwCloudContext? Replaced { get; set; }

        /// <summary>The seed it was started with, as JSON; null for the default seed. Reset-HwCloudEmulator goes back to it.</summary>
        internal string? SeedJson { get; }

        /// <summary>Stops listening and ends every connection; only the first call does anything.</summary>
        internal void Stop()
        {
            if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
            try
            {
                Server.DisposeAsync().AsTask().Wait(StopLimit);
            }
            catch (AggregateException)
            {
                // Stopping is the last thing done with it; what went wrong while closing can change nothing.
            }
        }

        public override string ToString() => Name + " " + Url;
    }
}
