using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Core.Accounts;

namespace Newsdesk.Web.Tests;

/// <summary>
/// Every route the app maps (read from its endpoint data source, so new routes are covered without
/// touching this file) refuses anonymous users unless it is on the public list, and refuses roles
/// below the one it declares; every page that accepts a form requires an antiforgery token.
/// </summary>
public sealed class RouteSecurityTests : IAsyncLifetime
{
    /// <summary>The only routes anyone may read without signing in.</summary>
    private static readonly HashSet<string> PublicRoutes =
    [
        "/archive", "/archive/{slug}", "/feeds/atom.xml", "/feeds/rss.xml", "/feeds/feed.json", "/account/login",
        "/unsubscribe/{token}",
    ];

    /// <summary>Pages any signed-in user may post to (everything else that writes needs editor or admin).</summary>
    private static readonly HashSet<string> ViewerWritableRoutes = ["/account/logout"];

    private NewsroomServer _server = null!;
    private readonly Dictionary<UserRole, string> _tokens = [];

    public async Task InitializeAsync()
    {
        _server = await NewsroomServer.StartAsync();
        foreach (var (name, role) in Users)
        {
            await _server.AddUserAsync(name, role);
            _tokens[role] = await _server.CreateTokenAsync(name);
        }
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static readonly (string Name, UserRole Role)[] Users = [("vic", UserRole.Viewer), ("erin", UserRole.Editor), ("ada", UserRole.Admin)];

    [Fact]
    public async Task EveryRoute_RefusesAnonymousAndLowerRoles()
    {
        var routes = await RoutesAsync();
        Assert.Contains(routes, r => r.Template == "/briefs/{id:long}/edit");
        Assert.Contains(routes, r => r.Template.StartsWith("/api/briefs", StringComparison.Ordinal));
        var problems = new List<string>();
        var clients = new Dictionary<UserRole, NewsroomClient>();
        foreach (var (name, role) in Users)
        {
            clients[role] = new NewsroomClient(_server);
            await clients[role].SignInAsync(name);
        }

        using var anonymous = new NewsroomClient(_server);
        foreach (var route in routes)
        {
            var isPublic = PublicRoutes.Contains(route.Template);
            if (route.Anonymous != isPublic)
            {
                problems.Add($"{route}: [AllowAnonymous] is {(route.Anonymous ? "set" : "missing")} but the route is {(isPublic ? "" : "not ")}on the public list");
            }

            if (route.WritesForms && route.MinimumRole == UserRole.Viewer && !route.Anonymous && !ViewerWritableRoutes.Contains(route.Template))
            {
                problems.Add($"{route}: accepts posts but lets viewers in (viewers are read-only)");
            }

            foreach (var method in route.Methods)
            {
                if (!isPublic)
                {
                    var status = await SendAsync(anonymous, null, route, method);
                    if (!Refused(status, route, denied: false))
                    {
                        problems.Add($"{method} {route.Url} answered anonymous with {Describe(status)}");
                    }
                }

                foreach (var (_, role) in Users)
                {
                    var status = await SendAsync(clients[role], route.IsApi ? _tokens[role] : null, route, method);
                    var allowed = route.Anonymous || role >= route.MinimumRole;
                    if (allowed == Refused(status, route, denied: true))
                    {
                        problems.Add($"{method} {route.Url} as {role}: expected {(allowed ? "access" : "refusal")}, got {Describe(status)}");
                    }
                }
            }
        }

        foreach (var c in clients.Values)
        {
            c.Dispose();
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Api_IgnoresSignInCookies()
    {
        using var client = new NewsroomClient(_server);
        await client.SignInAsync("ada");
        var response = await client.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EveryForm_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = new NewsroomClient(_server);
        await client.SignInAsync("ada");
        var forms = (await RoutesAsync()).Where(r => r.WritesForms).ToList();
        Assert.Contains(forms, r => r.Template == "/briefs/{id:long}/edit");
        var problems = new List<string>();
        foreach (var route in forms)
        {
            foreach (var handler in route.Handlers)
            {
                var url = route.Url + (handler.Length > 0 ? "?handler=" + handler : "");
                var response = await client.Http.PostAsync(url.TrimStart('/'), new FormUrlEncodedContent([new("Title", "x"), new("UserName", "ada")]));
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    problems.Add($"POST {url} without a token answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));

        // The same post with the page's token goes through, so the refusals above are the token's doing.
        var ok = await client.PostFormAsync("/briefs/new", new Dictionary<string, string> { ["Date"] = "2026-11-22", ["Title"] = "Token check" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    private static bool Refused(HttpStatusCode status, Route route, bool denied)
    {
        if (route.IsApi)
        {
            return status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        }

        // Pages send the anonymous to the sign-in form and the signed-in but unauthorised to "denied".
        var target = denied ? "/account/denied" : "/account/login";
        return status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (status == HttpStatusCode.Redirect && LastLocation is { } l && l.Contains(target, StringComparison.Ordinal));
    }

    private static string? LastLocation { get; set; }

    private static string Describe(HttpStatusCode status) => $"{(int)status}{(LastLocation is null ? "" : " → " + LastLocation)}";

    private static async Task<HttpStatusCode> SendAsync(NewsroomClient client, string? token, Route route, string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), route.Url.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (method is "POST" or "PUT")
        {
            request.Content = route.IsApi
                ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([]);
        }

        using var response = await client.Http.SendAsync(request);
        LastLocation = response.Headers.Location?.ToString();
        return response.StatusCode;
    }

    private async Task<List<Route>> RoutesAsync()
    {
        var loader = _server.Services.GetRequiredService<PageLoader>();
        var routes = new List<Route>();
        foreach (var endpoint in _server.Endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            var handlers = new List<string>();
            string[] methods;
            if (metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                metadata = compiled.Endpoint?.Metadata ?? new EndpointMetadataCollection(compiled.EndpointMetadata);
                handlers = compiled.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name ?? "").ToList();
                methods = handlers.Count > 0 ? ["GET", "POST"] : ["GET"];
            }
            else
            {
                methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET"];
            }

            var policies = metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").ToList();
            var minimum = policies.Any(p => p.EndsWith("admin", StringComparison.Ordinal)) ? UserRole.Admin
                : policies.Any(p => p.EndsWith("editor", StringComparison.Ordinal)) ? UserRole.Editor
                : UserRole.Viewer;
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            routes.Add(new Route(template, Url(endpoint.RoutePattern), methods, metadata.GetMetadata<IAllowAnonymous>() is not null, minimum, handlers));
        }

        return routes;
    }

    private static string Url(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
    {
        RoutePatternLiteralPart l => l.Content,
        RoutePatternSeparatorPart sep => sep.Content,
        RoutePatternParameterPart { Name: "slug" } => "2026-11-22",
        RoutePatternParameterPart { Name: "format" } => "web",
        RoutePatternParameterPart { Name: "documentName" } => "v1",
        RoutePatternParameterPart => "1",
        _ => "",
    }))));

    private sealed record Route(string Template, string Url, string[] Methods, bool Anonymous, UserRole MinimumRole, IReadOnlyList<string> Handlers)
    {
        public bool IsApi => Template.StartsWith("/api", StringComparison.Ordinal);

        public bool WritesForms => Handlers.Count > 0;

        public override string ToString() => Template;
    }
}
