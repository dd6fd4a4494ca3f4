using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Image metadata leaked as text by a gallery plugin: "https://.../photo.jpg 1200 676 admin ...".</summary>
public sealed partial class ImageDataRule : LinePatternRule
{
    [GeneratedRegex(@"^\S*https?://\S+\.(jpe?g|png|gif|webp)\s+\d{2,5}\s+\d{2,5}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageData();

    public override string Name => "image-data";

    protected override Regex Pattern => ImageData();
}
