namespace Newsdesk.Core.Parsing.Xml;

/// <summary>An attribute of a parsed element (namespace declarations are not kept).</summary>
internal readonly record struct XmlAttr(string LocalName, string NamespaceUri, Ns Ns, string Value);
