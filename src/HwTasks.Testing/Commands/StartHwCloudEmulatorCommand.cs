using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Net.Sockets;
using HwTasks.Core;
using HwTasks.Core.Auth.Credentials;
using HwTasks.Emulator;
using HwTasks.Testing.Internal;
using HwTasks.Testing.Seeding;
using HwTasks.Testing.Sessions;

namespace HwTasks.Testing.Commands
{
    /// <summary>Starts an emulator in this process on a loopback port and writes it, with a context ready for -Context.</summary>
    [Cmdlet(VerbsLifecycle.Start, "HwCloudEmulator", SupportsShouldProcess = true)]
    [OutputType(typeof(HwCloudEmulator))]
    public sealed class StartHwCloudEmulatorCommand : TestingCmdlet
    {
        private static int _started;

        /// <summary>The initial state (see <see cref="SeedArgument"/>); the default seed without it.</summary>
        [Parameter]
        public object? Seed { get; set; }

        /// <summary>The loopback port; 0 picks a free one.</summary>
        [Parameter]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        /// <summary>Also make the emulator's context this session's default, as Connect-HwCloud does.</summary>
        [Parameter]
        public SwitchParameter Connect { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidatePattern("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
        public string? Name { get; set; }

        protected override void Process()
        {
            var name = Name ?? DefaultName();
            if (InUse(name))
                throw new EmulatorError("EmulatorNameInUse", ErrorCategory.ResourceExists, "An emulator named '" + name +
                    "' is already running in this session. Pass another -Name, or stop that one first (Stop-HwCloudEmulator).", name);
            var seed = MyInvocation.BoundParameters.ContainsKey(nameof(Seed)) ? SeedArgument.Load(Seed, this) : default;
            if (!ShouldProcess(name, "Start an emulator" + (Connect ? " and connect this session to it" : string.Empty))) return;

            var emulator = new HwCloudEmulator(name, Listen(seed.Document), seed.Json, DateTimeOffset.Now);
            try
            {
                // Read before Connect-HwCloud replaces it: Stop-HwCloudEmulator puts it back.
                if (Connect) (emulator.Connected, emulator.Replaced) = (true, SessionConnection.Current);
                emulator.Context = NewContext(emulator);
            }
            catch (RuntimeException e)
            {
                emulator.Stop();
                throw new EmulatorError("EmulatorContextFailed", ErrorCategory.InvalidOperation,
                    "The emulator started, but HwTasks could not build its context: " + e.Message, name, e);
            }
            EmulatorSessions.Add(emulator);
            if (Connect) SessionConnection.Track(emulator);
            WriteObject(emulator);
        }

        private static bool InUse(string name) => EmulatorSessions.Current().Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

        // emulator1, emulator2, ... numbered for the process, skipping a name this session chose itself.
        private static string DefaultName()
        {
            string name;
            do name = "emulator" + System.Threading.Interlocked.Increment(ref _started);
            while (InUse(name));
            return name;
        }

        private EmulatorServer Listen(Emulator.Seed.SeedDocument? seed)
        {
            var options = new EmulatorOptions { Urls = "http://127.0.0.1:" + Port, Seed = seed };
            try
            {
                return EmulatorServer.StartAsync(options).GetAwaiter().GetResult();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new EmulatorError("EmulatorPortInUse", ErrorCategory.ResourceUnavailable, "-Port " + Port + " is in use on 127.0.0.1: another " +
                    "program (or emulator) listens there. Pass -Port 0 (the default) for a free port, or stop what listens on " + Port + ".", Port, e);
            }
            catch (SocketException e)
            {
                throw new EmulatorError("EmulatorPortUnavailable", ErrorCategory.ResourceUnavailable, "Cannot listen on 127.0.0.1 port " + Port +
                    ": " + e.Message + ". Pass -Port 0 (the default) for a free port.", Port, e);
            }
        }

        // HwTasks builds the context, its one way: the emulator's permanent key, region and project.
        private HwCloudContext NewContext(HwCloudEmulator emulator)
        {
            var parameters = new Hashtable
            {
                ["EndpointUrl"] = emulator.Url,
                ["Region"] = emulator.Region,
                ["ProjectId"] = emulator.ProjectId,
                ["AccessKey"] = emulator.AccessKey,
                // The emulator's published test key (docs/EMULATOR.md), as the SecureString HwTasks takes secrets in.
                ["SecretKey"] = SecretText.FromString(EmulatorDefaults.SecretKey),
            };
            return (HwCloudContext)CurrentRunspace.Invoke(Connect ? "HwTasks\\Connect-HwCloud" : "HwTasks\\New-HwCloudContext", parameters);
        }
    }
}
