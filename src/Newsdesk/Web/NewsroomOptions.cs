using System.ComponentModel.DataAnnotations;

namespace Newsdesk.Web;

/// <summary>Newsroom web settings (section "Newsroom").</summary>
internal sealed class NewsroomOptions
{
    /// <summary>Name of the published brief, shown in the archive and feeds.</summary>
    [Required]
    [MaxLength(200)]
    public string SiteTitle { get; set; } = "The Daily Brief";

    public string? SiteDescription { get; set; }

    /// <summary>Public root URL for feed and archive links ("https://desk.example/"); empty means the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    [Range(1, 1000)]
    public int SignInAttemptsPerMinute { get; set; } = 5;
}
