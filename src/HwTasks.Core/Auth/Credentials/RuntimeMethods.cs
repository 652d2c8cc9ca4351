using System.Reflection;
using System.Runtime.ExceptionServices;

namespace HwTasks.Core.Auth.Credentials
{
    /// <summary>
    /// Calls a method of a newer runtime found by reflection (this assembly targets netstandard2.0),
    /// throwing what the method threw (an IOException, say) rather than the reflection wrapper, so
    /// callers report it as they report any other.
    /// </summary>
    internal static class RuntimeMethods
    {
        public static object? Call(MethodBase method, object? target, params object?[] arguments)
        {
            try
            {
                return method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(target, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
