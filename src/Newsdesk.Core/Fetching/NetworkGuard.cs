using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Core.Fetching;

/// <summary>
/// Decides which resolved addresses Newsdesk may connect to, so a subscribed URL (or a redirect,
/// or a DNS answer that changes between check and connect) cannot turn the fetcher against the
/// network it runs in. Used from the HTTP handler's connect callback, on the address actually dialled.
/// </summary>
public sealed class NetworkGuard
{
    /// <summary>Ranges never fetched unless allowed: each is either not the public Internet or a
    /// well-known metadata endpoint.</summary>
    private static readonly IPNetwork[] Refused =
    [
        IPNetwork.Parse("0.0.0.0/8"),         // "this network", incl. the unspecified 0.0.0.0
        IPNetwork.Parse("10.0.0.0/8"),        // RFC 1918
        IPNetwork.Parse("100.64.0.0/10"),     // CGNAT (RFC 6598); holds Alibaba's metadata 100.100.100.200
        IPNetwork.Parse("127.0.0.0/8"),       // loopback
        IPNetwork.Parse("169.254.0.0/16"),    // link-local; holds AWS/GCP/Azure metadata 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),     // RFC 1918
        IPNetwork.Parse("192.0.0.0/24"),      // IETF protocol assignments (RFC 6890)
        IPNetwork.Parse("192.0.2.0/24"),      // TEST-NET-1
        IPNetwork.Parse("192.168.0.0/16"),    // RFC 1918
        IPNetwork.Parse("198.18.0.0/15"),     // benchmarking (RFC 2544)
        IPNetwork.Parse("198.51.100.0/24"),   // TEST-NET-2
        IPNetwork.Parse("203.0.113.0/24"),    // TEST-NET-3
        IPNetwork.Parse("224.0.0.0/4"),       // multicast
        IPNetwork.Parse("240.0.0.0/4"),       // reserved, incl. broadcast 255.255.255.255
        IPNetwork.Parse("168.63.129.16/32"),  // Azure WireServer: public-looking, but host-local
        IPNetwork.Parse("::/128"),            // unspecified
        IPNetwork.Parse("::1/128"),           // loopback
        IPNetwork.Parse("100::/64"),          // discard-only
        IPNetwork.Parse("2001:db8::/32"),     // documentation
        IPNetwork.Parse("fc00::/7"),          // unique local (ULA); holds AWS IPv6 metadata fd00:ec2::254
        IPNetwork.Parse("fe80::/10"),         // link-local
        IPNetwork.Parse("fec0::/10"),         // deprecated site-local
        IPNetwork.Parse("ff00::/8"),          // multicast
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private readonly bool _allowAll;
    private readonly IPNetwork[] _allowed;

    public NetworkGuard(FetchingOptions options)
    {
        _allowAll = options.AllowPrivateNetworks;
        _allowed = options.AllowedPrivateNetworks.Select(ParseNetwork).ToArray();
    }

    /// <summary>True when connecting to this address is allowed.</summary>
    public bool IsAllowed(IPAddress address)
    {
        if (_allowAll)
        {
            return true;
        }

        var normal = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IsPublic(normal) || _allowed.Any(n => n.Contains(normal));
    }

    /// <summary>True for an address on the public Internet (after unwrapping IPv4 inside IPv6).</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (Refused.Any(n => n.Contains(address)))
        {
            return false;
        }

        // NAT64 and 6to4 carry an IPv4 address a gateway would dial: judge that one.
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && (Nat64.Contains(address) || SixToFour.Contains(address)))
        {
            var bytes = address.GetAddressBytes();
            var v4 = SixToFour.Contains(address) ? bytes[2..6] : bytes[12..16];
            return IsPublic(new IPAddress(v4));
        }

        return true;
    }

    /// <summary>Resolves the host and keeps the addresses that may be dialled; throws when none may.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        var allowed = addresses.Where(IsAllowed).ToArray();
        if (allowed.Length == 0)
        {
            throw new PrivateNetworkRefusedException(host, addresses[0]);
        }

        return allowed;
    }

    private static IPNetwork ParseNetwork(string entry) =>
        IPAddress.TryParse(entry, out var single)
            ? new IPNetwork(single.IsIPv4MappedToIPv6 ? single.MapToIPv4() : single, single.AddressFamily == AddressFamily.InterNetwork ? 32 : 128)
            : IPNetwork.Parse(entry);
}
