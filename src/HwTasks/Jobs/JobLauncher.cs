using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using HwTasks.Core;

namespace HwTasks.Jobs
{
    /// <summary>
    /// -AsJob: instead of running, a command remembers what each piped record bound, then starts
    /// itself once, in a new runspace with the module imported, as an <see cref="HwTaskJob"/> fed the
    /// same records. The job runspace has no session default of its own, so the caller's context goes
    /// with it (the object itself, in this process: no secret is copied or serialized).
    /// -WhatIf/-Confirm are asked here, on the caller's pipeline thread, before a record is queued.
    /// </summary>
    internal sealed class JobLauncher
    {
        private readonly PSCmdlet _cmdlet;
        private readonly Dictionary<string, object> _commandLine;
        private readonly PSDataCollection<PSObject> _records = new PSDataCollection<PSObject>();

        // Records accepted (not declined at -Confirm, not -WhatIf); none, and there is no job to start.
        // A command line with nothing piped queues one record that adds no input.
        private int _queued;

        /// <summary>Call in BeginProcessing: the parameters bound then are the command line's.</summary>
        public JobLauncher(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
            _commandLine = new Dictionary<string, object>(cmdlet.MyInvocation.BoundParameters, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Call in ProcessRecord: what this record bound from the pipeline becomes one input of the job.</summary>
        public void Queue()
        {
            _queued++;
            var piped = new PSObject();
            object? whole = null;
            foreach (var bound in _cmdlet.MyInvocation.BoundParameters)
            {
                if (_commandLine.ContainsKey(bound.Key)) continue;
                if (bound.Key == "InputObject") whole = bound.Value;
                else piped.Properties.Add(new PSNoteProperty(bound.Key, bound.Value));
            }
            if (whole is not null) _records.Add(PSObject.AsPSObject(whole));
            else if (piped.Properties.GetEnumerator().MoveNext()) _records.Add(piped);
        }

        /// <summary>Call in EndProcessing: starts the job, adds it to the session's job table and writes it (unless no record was accepted).</summary>
        public void Start(HwCloudContext? context)
        {
            if (_queued == 0) return;
            var state = InitialSessionState.CreateDefault2();
            state.ImportPSModule(new[] { ModulePath(_cmdlet.MyInvocation.MyCommand.Module) });
            var runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            var powerShell = PowerShell.Create();
            powerShell.Runspace = runspace;
            powerShell.AddCommand(_cmdlet.MyInvocation.MyCommand.Name);
            foreach (var parameter in _commandLine)
            {
                if (parameter.Key is "AsJob" or "WhatIf" or "Confirm") continue;
                powerShell.AddParameter(parameter.Key, parameter.Value);
            }
            // Asked here already; the job has no host to ask with.
            if (_cmdlet.MyInvocation.MyCommand is CmdletInfo { ImplementingType: var type } && SupportsShouldProcess(type)) powerShell.AddParameter("Confirm", false);
            if (context is not null && !_commandLine.ContainsKey("Context")) powerShell.AddParameter("Context", context);
            _records.Complete();
            var job = new HwTaskJob(_cmdlet.MyInvocation.Line.Trim(), powerShell, _records);
            _cmdlet.JobRepository.Add(job);
            job.Start();
            _cmdlet.WriteObject(job);
        }

        // The manifest, so the job runspace has the formats, types and nested modules the caller has;
        // the command's own module is the binary one the manifest loads.
        private static string ModulePath(PSModuleInfo module)
        {
            var manifest = System.IO.Path.Combine(module.ModuleBase, module.Name + ".psd1");
            return System.IO.File.Exists(manifest) ? manifest : module.Path;
        }

        private static bool SupportsShouldProcess(Type type) =>
            Attribute.GetCustomAttribute(type, typeof(CmdletAttribute)) is CmdletAttribute { SupportsShouldProcess: true };
    }
}
