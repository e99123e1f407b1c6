using System.Globalization;
using System.Xml;
using Entente.Storage.Query;

namespace Entente.Storage.Export;

/// <summary>Writes the actor network as GraphML: actors as nodes, directed edges weighted by event count and mean Goldstein.</summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static (int Nodes, int Edges) Write(Stream output, IReadOnlyList<NetworkEdge> edges)
    {
        var nodes = new SortedDictionary<long, (string Name, string? Country)>();
        foreach (var e in edges)
        {
            nodes.TryAdd(e.SourceId, (e.SourceName, e.SourceCountry));
            nodes.TryAdd(e.TargetId, (e.TargetName, e.TargetCountry));
        }
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Ns);
        Key(w, "name", "node", "name", "string");
        Key(w, "country", "node", "country", "string");
        Key(w, "weight", "edge", "weight", "int");
        Key(w, "goldstein", "edge", "mean_goldstein", "double");
        Key(w, "quad", "edge", "quad_class", "int");
        Key(w, "sanctioned", "edge", "sanctioned", "boolean");
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", "entente");
        w.WriteAttributeString("edgedefault", "directed");
        foreach (var (id, (name, country)) in nodes)
        {
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", "a" + id.ToString(CultureInfo.InvariantCulture));
            Data(w, "name", name);
            Data(w, "country", country ?? "");
            w.WriteEndElement();
        }
        var i = 0;
        foreach (var e in edges)
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", "e" + (++i).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", "a" + e.SourceId.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("target", "a" + e.TargetId.ToString(CultureInfo.InvariantCulture));
            Data(w, "weight", e.Count.ToString(CultureInfo.InvariantCulture));
            Data(w, "goldstein", e.MeanGoldstein.ToString("0.###", CultureInfo.InvariantCulture));
            Data(w, "quad", e.QuadClass.ToString(CultureInfo.InvariantCulture));
            Data(w, "sanctioned", e.Sanctioned ? "true" : "false");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        return (nodes.Count, edges.Count);
    }

    private static void Key(XmlWriter w, string id, string target, string name, string type)
    {
        w.WriteStartElement("key", Ns);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", target);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
