using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HwTasks.Core.Http
{
    /// <summary>
    /// The process-wide HttpClient pipeline (IHttpClientFactory): built on the first request, never at
    /// import, and shared by every runspace. Handlers are stateless; per-call settings ride on the message.
    /// Outermost first: retry → authentication → trace → response buffer → sockets.
    /// </summary>
    internal static class HttpPipeline
    {
        private const string ClientName = "HwTasks";

        private static readonly Lazy<IHttpClientFactory> Factory = new Lazy<IHttpClientFactory>(Build);

        public static HttpClient CreateClient() => Factory.Value.CreateClient(ClientName);

        private static IHttpClientFactory Build()
        {
            var services = new ServiceCollection();
            services.AddTransient<RetryHandler>();
            services.AddTransient<AuthenticationHandler>();
            services.AddTransient<TraceHandler>();
            services.AddTransient<ResponseBufferHandler>();
            services.AddHttpClient(ClientName)
                .ConfigureHttpClient(HttpTransport.ConfigureClient)
                .ConfigurePrimaryHttpMessageHandler(() => HttpTransport.CreateHandler(HttpTransport.Current))
                .AddHttpMessageHandler<RetryHandler>()
                .AddHttpMessageHandler<AuthenticationHandler>()
                .AddHttpMessageHandler<TraceHandler>()
                .AddHttpMessageHandler<ResponseBufferHandler>()
                .RemoveAllLoggers();
            return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        }
    }
}
