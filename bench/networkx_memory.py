#!/usr/bin/env python3
"""Memory networkx needs for the same edges as a diplograph graph file.

  bench/networkx_memory.py GRAPH.json [MAX_EDGES]

Loads the graph file, builds a networkx MultiDiGraph with each edge's
relation, polarity, count, dates, confidence and evidence (document, date,
sentence, event), and prints peak resident memory per edge. MAX_EDGES
(default: all) keeps the run short on big files; memory per edge is what
is compared.
"""
import json
import resource
import sys

import networkx as nx


def main(argv):
    path = argv[0]
    limit = int(argv[1]) if len(argv) > 1 else None
    data = json.load(open(path, encoding="utf-8"))
    edges = data["edges"][:limit] if limit else data["edges"]
    nodes = {n["id"]: n for n in data["nodes"]}
    del data
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    g = nx.MultiDiGraph()
    for e in edges:
        for end in (e["source"], e["target"]):
            if end not in g:
                n = nodes[end]
                g.add_node(end, name=n["name"], type=n["type"], aliases=n.get("aliases", []))
        ev = e["evidence"]
        g.add_edge(e["source"], e["target"], relation=e["relation"], negated=e["negated"], count=len(ev),
                   first_date=min((x.get("date") or "" for x in ev), default=""),
                   last_date=max((x.get("date") or "" for x in ev), default=""),
                   confidence=max(x["confidence"] for x in ev),
                   evidence=[{"doc": x["doc"], "date": x.get("date"), "sentence": x["sentence"], "event": x["event"]} for x in ev])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    n_edges = g.number_of_edges()
    print(f"networkx {nx.__version__}: {g.number_of_nodes()} nodes, {n_edges} edges; peak RSS {peak / 1024:.0f} MB, "
          f"{peak * 1024 / n_edges:.0f} bytes per edge in all (the parsed file included, as the diplograph figure includes its bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
