#!/usr/bin/env python3
"""Reads diplograph's exports with networkx and checks them.

Usage: networkx_check.py DIR

DIR holds what crates/export/tests/consumers.rs writes: expected.json (the
nodes and edges of the graph, taken from the graph itself), node_link.json,
graph.gexf and graph.graphml. Each export is read with networkx's own reader
(node_link_graph, read_gexf, read_graphml) and compared with expected.json:
node and edge counts, names (quotes and markup exactly; in XML, less the
characters XML 1.0 cannot carry), relations, negation, counts and dates.

Prints one line per format and exits 0 when everything holds; otherwise
prints every problem to stderr and exits 1.
"""

import io
import json
import re
import sys
import xml.etree.ElementTree as ET

import networkx as nx

GEXF_NS = "http://gexf.net/1.3"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# Everything outside XML 1.0's Char production.
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
    return ok


def xml_clean(text):
    """What the XML writers keep of a string."""
    return NOT_XML.sub("", text)


def edge_datas(G, source, target):
    """The attribute dicts of the edges from source to target."""
    if not G.has_edge(source, target):
        return []
    data = G.get_edge_data(source, target)
    return list(data.values()) if G.is_multigraph() else [data]


def find_edge(fmt, G, e):
    """The one edge of G that is the expected edge e, or None."""
    found = [
        d
        for d in edge_datas(G, e["source"], e["target"])
        if d.get("relation") == e["relation"] and d.get("negated") == e["negated"]
    ]
    check(len(found) == 1, f"{fmt}: {len(found)} edges for {e}")
    return found[0] if len(found) == 1 else None


def check_counts(fmt, G, expected):
    check(
        G.number_of_nodes() == len(expected["nodes"]),
        f"{fmt}: {G.number_of_nodes()} nodes, expected {len(expected['nodes'])}",
    )
    check(
        G.number_of_edges() == len(expected["edges"]),
        f"{fmt}: {G.number_of_edges()} edges, expected {len(expected['edges'])}",
    )


def check_node_link(path, expected):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    try:
        G = nx.node_link_graph(data, edges="edges")
    except TypeError:
        # networkx < 3.4 has no `edges` parameter and reads `links`.
        data["links"] = data.pop("edges")
        G = nx.node_link_graph(data)
    check(G.is_directed() and G.is_multigraph(), "node-link: not a directed multigraph")
    check_counts("node-link", G, expected)
    for n in expected["nodes"]:
        if check(n["id"] in G, f"node-link: no node {n['id']!r}"):
            attrs = G.nodes[n["id"]]
            check(attrs.get("name") == n["name"], f"node-link: name {attrs.get('name')!r} != {n['name']!r}")
            check(attrs.get("entity_type") == n["entity_type"], f"node-link: type of {n['id']!r}")
    for e in expected["edges"]:
        d = find_edge("node-link", G, e)
        if d is None:
            continue
        for field in ("count", "first_date", "last_date", "symmetric"):
            check(d.get(field) == e[field], f"node-link: {field} {d.get(field)!r} != {e[field]!r} on {e}")
        check(len(d.get("evidence", [])) == e["count"], f"node-link: evidence of {e}")
    return f"node-link: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges"


def check_gexf(path, expected):
    tree = ET.parse(path)
    root = tree.getroot()
    q = lambda name: f"{{{GEXF_NS}}}{name}"
    check(root.tag == q("gexf") and root.get("version") == "1.3", f"gexf: root {root.tag} {root.attrib}")
    graph = root.find(q("graph"))
    want = {"mode": "dynamic", "defaultedgetype": "directed", "timeformat": "date"}
    check({k: graph.get(k) for k in want} == want, f"gexf: graph {graph.attrib}")
    for attributes in graph.findall(q("attributes")):
        for a in attributes.findall(q("attribute")):
            check(a.get("type") in {"string", "integer", "double", "boolean"}, f"gexf: type of {a.attrib}")
    # Names as a conforming XML parser reads them from the file itself.
    labels = {n.get("id"): n.get("label") for n in graph.iter(q("node"))}
    for n in expected["nodes"]:
        got = labels.get(xml_clean(n["id"]))
        check(got == xml_clean(n["name"]), f"gexf: label {got!r} != {xml_clean(n['name'])!r}")
    edge_elements = list(graph.iter(q("edge")))
    n_symmetric = sum(e["symmetric"] for e in expected["edges"])
    n_undirected = sum(x.get("type") == "undirected" for x in edge_elements)
    check(n_undirected == n_symmetric, f"gexf: {n_undirected} undirected edges, expected {n_symmetric}")

    if "1.3" not in nx.readwrite.gexf.GEXF.versions:
        raise RuntimeError(f"networkx {nx.__version__} cannot read GEXF 1.3 (3.6 and later can)")
    try:
        G = nx.read_gexf(path)
        note = ""
    except nx.NetworkXError as err:
        # networkx reads no mixed graph; Gephi does. Read a copy whose edges
        # have no `type` (so all directed) to check everything else.
        if "Undirected edge found in directed graph" not in str(err) or not n_symmetric:
            raise
        for x in edge_elements:
            x.attrib.pop("type", None)
        ET.register_namespace("", GEXF_NS)
        ET.register_namespace("viz", GEXF_NS + "/viz")
        buf = io.BytesIO()
        tree.write(buf, encoding="utf-8", xml_declaration=True)
        buf.seek(0)
        G = nx.read_gexf(buf)
        note = " (edge types dropped: networkx refuses mixed graphs)"
    check(G.is_directed(), "gexf: not directed")
    check_counts("gexf", G, expected)
    for n in expected["nodes"]:
        node_id = xml_clean(n["id"])
        if check(node_id in G, f"gexf: no node {node_id!r}"):
            attrs = G.nodes[node_id]
            check(attrs.get("label") == xml_clean(n["name"]), f"gexf: networkx label {attrs.get('label')!r}")
            check(attrs.get("entity_type") == n["entity_type"], f"gexf: entity_type of {node_id!r}")
    for e in expected["edges"]:
        d = find_edge("gexf", G, {**e, "source": xml_clean(e["source"]), "target": xml_clean(e["target"])})
        if d is None:
            continue
        check(d.get("label") == e["relation"], f"gexf: label {d.get('label')!r} on {e}")
        check(d.get("weight") == float(e["count"]), f"gexf: weight {d.get('weight')!r} on {e}")
        check(d.get("count") == e["count"], f"gexf: count {d.get('count')!r} on {e}")
        check(d.get("symmetric") == e["symmetric"], f"gexf: symmetric on {e}")
        check(d.get("start") == e["first_date"], f"gexf: start {d.get('start')!r} on {e}")
        check(d.get("end") == e["last_date"], f"gexf: end {d.get('end')!r} on {e}")
        check(d.get("first_date") == e["first_date"], f"gexf: first_date on {e}")
        check(isinstance(d.get("confidence"), float), f"gexf: confidence {d.get('confidence')!r}")
        evidence = json.loads(d.get("evidence", "[]"))
        check(len(evidence) == e["count"], f"gexf: evidence of {e}")
    return f"gexf: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges{note}"


def check_graphml(path, expected):
    root = ET.parse(path).getroot()
    q = lambda name: f"{{{GRAPHML_NS}}}{name}"
    keys = root.findall(q("key"))
    ids = [k.get("id") for k in keys]
    check(len(ids) == len(set(ids)), f"graphml: duplicate key ids {ids}")
    for k in keys:
        check(k.get("attr.type") in {"string", "int", "double", "boolean"}, f"graphml: key {k.attrib}")
        check(k.get("for") in {"node", "edge"}, f"graphml: key {k.attrib}")

    G = nx.read_graphml(path)
    check(G.is_directed(), "graphml: not directed")
    check_counts("graphml", G, expected)
    for n in expected["nodes"]:
        node_id = xml_clean(n["id"])
        if check(node_id in G, f"graphml: no node {node_id!r}"):
            attrs = G.nodes[node_id]
            for field in ("name", "label"):
                got = attrs.get(field)
                check(got == xml_clean(n["name"]), f"graphml: {field} {got!r} != {xml_clean(n['name'])!r}")
            check(attrs.get("entity_type") == n["entity_type"], f"graphml: entity_type of {node_id!r}")
            check(isinstance(attrs.get("mentions"), int), f"graphml: mentions {attrs.get('mentions')!r}")
    for e in expected["edges"]:
        d = find_edge("graphml", G, {**e, "source": xml_clean(e["source"]), "target": xml_clean(e["target"])})
        if d is None:
            continue
        check(d.get("label") == e["relation"], f"graphml: label on {e}")
        check(d.get("symmetric") is e["symmetric"], f"graphml: symmetric {d.get('symmetric')!r} on {e}")
        check(d.get("count") == e["count"], f"graphml: count {d.get('count')!r} on {e}")
        check(d.get("weight") == float(e["count"]), f"graphml: weight {d.get('weight')!r} on {e}")
        check(d.get("first_date") == e["first_date"], f"graphml: first_date {d.get('first_date')!r} on {e}")
        check(d.get("last_date") == e["last_date"], f"graphml: last_date {d.get('last_date')!r} on {e}")
        if e["first_date"] is not None:
            check(isinstance(d.get("first_epoch_day"), int), f"graphml: first_epoch_day on {e}")
    return f"graphml: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges"


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = sys.argv[1]
    with open(f"{folder}/expected.json", encoding="utf-8") as f:
        expected = json.load(f)
    lines = [f"networkx {nx.__version__}"]
    for check_format, name in (
        (check_node_link, "node_link.json"),
        (check_gexf, "graph.gexf"),
        (check_graphml, "graph.graphml"),
    ):
        try:
            lines.append(check_format(f"{folder}/{name}", expected))
        except Exception as err:  # a reader's refusal is a finding, not a crash
            problems.append(f"{name}: {type(err).__name__}: {err}")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print("; ".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
