using AngleSharp.Dom;

namespace Newsdesk.Core.Extraction;

/// <summary>An element that may hold the article: its blocks are Blocks[Start..End) of the walk.</summary>
internal readonly record struct BodyCandidate(IElement Element, int Start, int End, double Score, int Good);
