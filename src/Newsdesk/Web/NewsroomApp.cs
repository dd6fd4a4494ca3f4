using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using Newsdesk.Core.Accounts;
using Newsdesk.Hosting;
using Newsdesk.Web.Api;
using Newsdesk.Web.Auth;
using Newsdesk.Workers;

namespace Newsdesk.Web;

/// <summary>The newsroom web app, built the same way for `newsdesk serve`, the demo and the tests.</summary>
internal static class NewsroomApp
{
    /// <summary>
    /// Appended to the addresses of the embedded scripts and styles ("?v=..."): it changes with every
    /// build, so a browser never keeps last version's script for the hour it may cache /static files.
    /// </summary>
    public static readonly string AssetVersion = typeof(NewsroomApp).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public static WebApplication Build(NewsroomHostSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(NewsroomApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddNewsdeskConfiguration(settings.DataDirectory, settings.Configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // As in every command, standard output carries results (here the address); logs go to standard error.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(settings.MinimumLogLevel);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Keys sit unencrypted in {data-dir}/keys, like the database beside them; the warning says only that.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // One line per source checked is for --verbose; failures still show (warnings).
        builder.Logging.AddFilter("Newsdesk.Workers", settings.MinimumLogLevel <= LogLevel.Debug ? LogLevel.Debug : LogLevel.Warning);
        builder.WebHost.UseUrls(settings.Urls);

        var services = builder.Services;
        services.AddNewsdesk(builder.Configuration, settings.DataDirectory);
        services.AddOptions<AccountsOptions>().BindConfiguration("Accounts").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<NewsroomOptions>().BindConfiguration("Newsroom").ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")))
            .SetApplicationName("newsdesk");
        AddSecurity(services);
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRazorPages(o => o.RootDirectory = "/Web/Pages");
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.Name = ".newsdesk.csrf";
        });
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddSingleton<MailingRuns>();
        services.AddHostedService(sp => sp.GetRequiredService<MailingRuns>());
        if (settings.RunRefreshWorker)
        {
            services.AddHostedService<RefreshWorker>();
            // Stopping lets the checks in flight finish (as `run` does) while Kestrel drains its requests.
            services.Configure<HostOptions>(o => o.ShutdownTimeout = Cli.RunCommand.ShutdownGrace - TimeSpan.FromSeconds(5));
        }

        settings.ConfigureServices?.Invoke(services);

        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>Migrates the store, starts listening and returns the first address Kestrel bound.</summary>
    public static async Task<string> StartAsync(WebApplication app, CancellationToken ct)
    {
        await Cli.CliHost.MigrateAsync(app.Services, ct);
        await app.StartAsync(ct);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
    }

    private static void AddSecurity(IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = ".newsdesk.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                o.SlidingExpiration = true;
                o.EventsType = typeof(CookieValidation);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddScoped<CookieValidation>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(NewsroomPolicies.Editor, p => p.RequireRole(NewsroomPolicies.EditorRoles))
            .AddPolicy(NewsroomPolicies.Admin, p => p.RequireRole(NewsroomPolicies.AdminRoles))
            .AddPolicy(NewsroomPolicies.ApiViewer, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(NewsroomPolicies.ApiEditor, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireRole(NewsroomPolicies.EditorRoles))
            .AddPolicy(NewsroomPolicies.ApiAdmin, p => p.AddAuthenticationSchemes(ApiTokenHandler.SchemeName).RequireRole(NewsroomPolicies.AdminRoles));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals("/account/login", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                var perMinute = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<NewsroomOptions>>().Value.SignInAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address. Wait a minute, then try again.", ct);
            };
        });
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Apply);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(NewsroomApp).Assembly, "Newsdesk.Web.wwwroot"),
            RequestPath = "/static",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi("/api/openapi/{documentName}.json").RequireAuthorization(NewsroomPolicies.ApiViewer);
        app.MapFeeds();
        app.MapStoriesApi();
        app.MapSearchApi();
        app.MapBriefsApi();
        app.MapAccountApi();
        app.MapSourcesApi();
        app.MapSubscribersApi();
    }
}
