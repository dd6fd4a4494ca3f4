using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Core.Fetching;
using Newsdesk.Testing;

namespace Newsdesk.Core.Tests.Fetching;

public sealed class NetworkGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.8.9.10", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("100.100.100.200", false)]
    [InlineData("168.63.129.16", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.251", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00:ec2::254", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    [InlineData("2002:7f00:1::", false)]
    [InlineData("93.184.215.14", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("64:ff9b::808:808", true)]
    public void IsPublic_Address_ClassifiedAsExpected(string address, bool expected) =>
        Assert.Equal(expected, NetworkGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void IsAllowed_AllowListedRange_AllowsOnlyThatRange()
    {
        var guard = new NetworkGuard(new FetchingOptions { AllowedPrivateNetworks = ["10.20.0.0/16", "127.0.0.1"] });
        Assert.True(guard.IsAllowed(IPAddress.Parse("10.20.3.4")));
        Assert.True(guard.IsAllowed(IPAddress.Parse("127.0.0.1")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("10.21.0.1")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("127.0.0.2")));
        Assert.False(guard.IsAllowed(IPAddress.Parse("169.254.169.254")));
    }

    [Theory]
    [InlineData("/feed")]
    [InlineData("/feed?x=1")]
    public async Task Fetch_LoopbackWhenPrivateNetworksRefused_IsRefusedWithoutContact(string path)
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => "<rss/>"));
        var fetcher = TestFetching.Fetcher(new() { ["Fetching:AllowPrivateNetworks"] = "false" });

        var result = await fetcher.FetchAsync(server.Url(path), default);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Contains("127.0.0.1", result.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Fetch_HostNameResolvingToLoopback_IsRefused()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => "<rss/>"));
        var fetcher = TestFetching.Fetcher(new() { ["Fetching:AllowPrivateNetworks"] = "false" });

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/feed"), default);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.2:{port}/secret")]
    [InlineData("http://[::1]:{port}/secret")]
    [InlineData("http://10.0.0.1/admin")]
    [InlineData("http://0.0.0.0:{port}/secret")]
    public async Task Fetch_RedirectToPrivateAddress_IsRefusedAtConnect(string target)
    {
        // Only the fixture's own address is allowed, so the first hop connects and the second must not.
        await using var server = await FixtureServer.StartAsync(app =>
        {
            app.MapGet("/feed", (HttpContext c) => Results.Redirect(target.Replace("{port}", c.Connection.LocalPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            app.MapGet("/secret", () => "internal");
        });
        var fetcher = TestFetching.Fetcher(new()
        {
            ["Fetching:AllowPrivateNetworks"] = "false",
            ["Fetching:AllowedPrivateNetworks:0"] = "127.0.0.1",
            ["Fetching:ConnectTimeoutSeconds"] = "2",
        });

        var result = await fetcher.FetchAsync(server.Url("/feed"), default);

        Assert.Equal(FetchFailure.Refused, result.Failure);
        Assert.Equal(["/feed"], server.Requests);
    }

    [Fact]
    public async Task Fetch_AllowListedFixture_IsFetched()
    {
        await using var server = await FixtureServer.StartAsync(app => app.MapGet("/feed", () => "<rss/>"));
        var fetcher = TestFetching.Fetcher(new()
        {
            ["Fetching:AllowPrivateNetworks"] = "false",
            ["Fetching:AllowedPrivateNetworks:0"] = "127.0.0.1/32",
        });

        var result = await fetcher.FetchAsync(server.Url("/feed"), default);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
    }
}
