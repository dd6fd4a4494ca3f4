using System.Net;
using System.Text.RegularExpressions;

namespace Newsdesk.Web.Tests;

/// <summary>An HTTP client with its own cookies that signs in through the real login form.</summary>
public sealed partial class NewsroomClient : IDisposable
{
    private readonly HttpClient _http;

    public NewsroomClient(NewsroomServer server)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(server.BaseUrl + "/"),
        };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    public async Task SignInAsync(string user, string password = NewsroomServer.Password)
    {
        var response = await PostFormAsync("/account/login", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {user} answered {(int)response.StatusCode}");
    }

    /// <summary>Fetches the form page for its antiforgery token, then posts the fields with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await AntiforgeryTokenAsync(tokenFrom ?? path);
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await _http.PostAsync(path.TrimStart('/'), new FormUrlEncodedContent(all));
    }

    public async Task<string> AntiforgeryTokenAsync(string pagePath)
    {
        var html = await _http.GetStringAsync(pagePath.TrimStart('/'));
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {pagePath}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path.TrimStart('/'));

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
