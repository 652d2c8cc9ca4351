using System;
using System.IO;
using System.Reflection;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Where a path that may be a symbolic link finally leads. Dotfile managers link
    /// ~/.huaweicloud/credentials into a repository: the file to read and replace is the link's
    /// target, and the link stays. FileSystemInfo.ResolveLinkTarget exists from .NET 6 on; this
    /// assembly targets netstandard2.0, so it is found by reflection. Without it (Windows PowerShell
    /// 5.1 on .NET Framework) the path is used as it is.
    /// </summary>
    internal static class FileLinks
    {
        private static readonly MethodInfo? ResolveLinkTarget =
            typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

        /// <summary>The full path of the file at the end of the path's chain of links (the path itself when it is no link).</summary>
        public static string FinalTarget(string path)
        {
            var file = new FileInfo(Path.GetFullPath(path));
            // Nothing there (a link whose target is missing does exist): the file to create.
            if (ResolveLinkTarget is null || !file.Exists) return file.FullName;
            // A loop of links is an IOException, for the caller to report as it reports any other.
            return (RuntimeMethods.Call(ResolveLinkTarget, file, true) as FileSystemInfo)?.FullName ?? file.FullName;
        }
    }
}
