using System;
using System.Collections.Generic;
using System.Linq;
using HwTasks.Core.Endpoints;
using HwTasks.Core.Http;

namespace HwTasks.Internal.Waiting
{
    /// <summary>
    /// What Wait-HwTask can wait on, one per service, defined beside that service's commands
    /// (Commands/&lt;Svc&gt;/&lt;Svc&gt;Waitables.cs) and found by reflection: Wait-HwTask keeps no list.
    /// </summary>
    internal abstract class WaitableSource
    {
        private static readonly Lazy<IReadOnlyList<WaitableSource>> Defined = new Lazy<IReadOnlyList<WaitableSource>>(() =>
            typeof(WaitableSource).Assembly.GetTypes()
                .Where(t => t.IsSubclassOf(typeof(WaitableSource)) && !t.IsAbstract)
                .Select(t => (WaitableSource)Activator.CreateInstance(t)!)
                .OrderBy(s => s.Service.Name, StringComparer.Ordinal)
                .ToList());

        public static IReadOnlyList<WaitableSource> All => Defined.Value;

        /// <summary>The service whose target the waitable polls.</summary>
        public abstract CloudService Service { get; }

        /// <summary>The commands whose output this source waits on, for the message that lists them.</summary>
        public abstract string Producers { get; }

        /// <summary>True when <paramref name="input"/> is one of this service's objects that can be waited on.</summary>
        public abstract bool Accepts(object input);

        public abstract Waitable Create(object input, ServiceTarget target);
    }
}
