using System.Text.RegularExpressions;

namespace Newsdesk.Core.Cleaning;

/// <summary>Comment-section furniture: "Please enter your comment!", "Comments", "Log in to comment", "— Leave a reply —".</summary>
public sealed partial class CommentPromptRule : JunkRule
{
    /// <summary>
    /// Prompts seen under articles (WORLD, WordPress themes, Disqus, the shared extraction pages);
    /// matched whole-line, allowing the arrows and dashes themes put around them.
    /// </summary>
    [GeneratedRegex(
        @"^\W*(?:" +
        @"(please\s+)?(enter|leave|post|add|write)\s+(your|a)\s+(comment|name|reply)( here)?" +
        @"|(\d+\s+)?comments?( \(\d+\))?" +
        @"|(view|show|load|read)\s+(all\s+)?(\d+\s+)?comments?" +
        @"|please wait while we load the latest comments" +
        @"|(please\s+)?(register|subscribe|sign in|log in|login)\b.{0,40}\bto (comment|reply|join the conversation)\b.*" +
        @"|join the (conversation|discussion)" +
        @"|comments are (closed|moderated)\b.*" +
        @"|be the first to comment" +
        @"|you have entered an incorrect (email address|name)" +
        @")\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prompt();

    public override string Name => "comment-prompt";

    public override JunkVerdict Judge(JunkContext context, int index) =>
        Prompt().IsMatch(context.Text(index)) ? JunkVerdict.Drop : JunkVerdict.Keep;
}
