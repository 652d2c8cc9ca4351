using System.Security.Cryptography;
using System.Text;

namespace HwTasks.Emulator.Auth;

internal static class ConstantTime
{
    /// <summary>Compares secrets (signatures, tokens, passwords) without revealing where they first differ.</summary>
    public static bool AreEqual(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
