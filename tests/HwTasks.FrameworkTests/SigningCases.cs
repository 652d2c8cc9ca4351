using System.Globalization;
using System.Text;
using HwTasks.Core.Auth.Signing;
using HwTasks.Core.Json;

namespace HwTasks.FrameworkTests
{
    /// <summary>The official signer's vectors (the file HwTasks.Core.Tests reads), signed by Core on this runtime.</summary>
    internal static class SigningCases
    {
        public static void Add(CaseRunner runner)
        {
            var vectors = new List<object?>();
            runner.Case("the signing vectors parse with Core's JSON reader", () =>
            {
                var path = Path.Combine(AppDomain.CurrentDomain.BaseDirectory, "TestData", "signing-vectors.json");
                // JsonTree: Core's own parser (System.Text.Json, loaded by the resolver), plain .NET values out.
                var text = File.ReadAllText(path);
                var document = (Dictionary<string, object?>)JsonTree.Parse(text)!;
                vectors = (List<object?>)document["vectors"]!;
                // Every vector has one expected canonical request: the reader found them all.
                var inText = text.Split(new[] { "\"canonical_request\"" }, StringSplitOptions.None).Length - 1;
                Check.Equal(true, inText > 0, "vectors in the file");
                Check.Equal(inText, vectors.Count, "vectors");
            });
            foreach (Dictionary<string, object?> vector in vectors)
                runner.Case("signing vector " + vector["name"], () => Verify(vector));
        }

        private static void Verify(Dictionary<string, object?> vector)
        {
            var body = (string)vector["body"]!;
            var input = new SigningInput((string)vector["method"]!, new Uri((string)vector["url"]!).Authority, (string)vector["resource_path"]!)
            {
                Body = body.Length == 0 ? null : Encoding.UTF8.GetBytes(body),
            };
            foreach (List<object?> pair in (List<object?>)vector["query_params"]!)
                input.Query.Add(new KeyValuePair<string, string>((string)pair[0]!, Text(pair[1])));
            foreach (var header in (Dictionary<string, object?>)vector["headers"]!)
                input.Headers.Add(new KeyValuePair<string, string>(header.Key, (string)header.Value!));

            var result = RequestSigner.Sign(input, (string)vector["ak"]!, Encoding.UTF8.GetBytes((string)vector["sk"]!));

            var expected = (Dictionary<string, object?>)vector["expected"]!;
            Check.Equal((string)expected["canonical_request"]!, result.Canonical.Text, "canonical request");
            Check.Equal((string)expected["string_to_sign"]!, result.StringToSign, "string to sign");
            Check.Equal((string)expected["signature"]!, result.Signature, "signature");
            Check.Equal((string)expected["authorization"]!, result.Authorization, "Authorization");
        }

        // The vectors hold query values as JSON strings, integers or booleans; the wire form is their text.
        private static string Text(object? value) => value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new InvalidDataException("Unexpected query value " + value),
        };
    }
}
