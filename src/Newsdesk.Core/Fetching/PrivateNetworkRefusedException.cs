using System.Net;

namespace Newsdesk.Core.Fetching;

/// <summary>
/// Thrown by the connect callback when a host resolves only to refused addresses; the fetcher
/// catches it by type (inside the HttpRequestException that carries it) and reports Refused.
/// </summary>
public sealed class PrivateNetworkRefusedException(string host, IPAddress address)
    : IOException($"{host} resolves to {address}, a private or reserved address; Newsdesk does not fetch from it (Fetching:AllowPrivateNetworks)")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
