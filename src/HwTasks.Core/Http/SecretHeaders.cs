using System;
using System.Collections.Generic;

namespace HwTasks.Core.Http
{
    /// <summary>Headers whose values are credentials: traces and the emulator's request log print them as REDACTED.</summary>
    public static class SecretHeaders
    {
        private static readonly HashSet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Authorization", "X-Security-Token", "X-Auth-Token", "X-Subject-Token", "Cookie", "Set-Cookie", "Proxy-Authorization",
        };

        public static bool IsSecret(string name) => Names.Contains(name);
    }
}
