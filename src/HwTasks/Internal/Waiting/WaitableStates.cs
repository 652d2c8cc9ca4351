using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HwTasks.Internal.Waiting
{
    /// <summary>The state names Wait-HwTask -Status takes, from a status enum (its Unknown is not a state to wait for).</summary>
    internal static class WaitableStates
    {
        public static IReadOnlyCollection<string> Of<T>() where T : struct, Enum => Names<T>.All;

        /// <summary>"RUNNING" → "Running", as enum names read.</summary>
        public static string Title(string text) =>
            text.Length == 0 ? text : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant()).Replace("_", string.Empty);

        private static class Names<T> where T : struct, Enum
        {
            public static readonly IReadOnlyCollection<string> All = Enum.GetNames(typeof(T)).Where(n => n != "Unknown").ToArray();
        }
    }
}
