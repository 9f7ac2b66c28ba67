//! A self-contained interactive HTML viewer.
//!
//! The page needs no network: the vendored Cytoscape.js (`assets/`, see its
//! `README.md` for version and licence), the viewer's script and its style
//! sheet are all inline, and a Content-Security-Policy forbids every fetch.
//! The layout is Cytoscape.js's own `cose`, seeded from a circle so that the
//! same graph opens the same way each time.
//!
//! # Page format
//!
//! The graph travels as a JSON island,
//! `<script type="application/json" id="graph-data">`, read with
//! `JSON.parse(textContent)`. Inside it `<`, `>`, `&`, U+2028 and U+2029
//! are written as `\uXXXX` escapes (they can only occur inside JSON
//! strings, where the escapes mean the same characters), so no name or
//! sentence can close the element or start markup. The island holds
//! `nodes` (`id`, `name`, `entity_type`, `country`, `aliases`, `mentions`,
//! `docs`), `edges` (`id`, `source`, `target`, `relation`, `negated`,
//! `symmetric`, `count`, `confidence`, `first_date`, `last_date`,
//! `objects`, `evidence` with `doc`, `date`, `sentence`, `modality`,
//! `confidence`, `object`), and the styles of entity types and relations.
//! An edge's `id` is `relation|source|target|asserted` (or `denied`),
//! suffixed with `#2`, `#3`… in the unlikely case that it equals a node id:
//! Cytoscape.js wants ids unique across nodes and edges.
//!
//! The script puts text from the graph on the page only through
//! `textContent` and Cytoscape.js's canvas labels, never as markup.
//!
//! # Links and test hooks
//!
//! `#node=ID` and `#edge=ID` (percent-encoded) open a node's or an edge's
//! details; clicking sets them. Once the layout has run, `<body>` carries
//! `data-nodes` and `data-edges` (elements drawn), `data-ready="1"`, and
//! `<ul id="rendered-nodes" hidden>` lists the drawn node labels, so a
//! headless browser's `--dump-dom` shows what was drawn; `data-pwned="1"`
//! appears if anything set `window.__pwned`, which only injected script
//! would do.

use crate::summary;
use diplograph_extract::{EntityType, RelationType};
use diplograph_graph::KnowledgeGraph;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Cytoscape.js, vendored from its npm package (see `assets/README.md`).
const CYTOSCAPE_JS: &str = include_str!("../assets/cytoscape.min.js");

/// How to write the page.
#[derive(Clone, Debug)]
pub struct HtmlOptions {
    /// The page title; `diplograph` when `None`.
    pub title: Option<String>,
    /// Show denied relations when the page opens (a checkbox toggles them).
    pub negated: bool,
}

impl Default for HtmlOptions {
    fn default() -> HtmlOptions {
        HtmlOptions {
            title: None,
            negated: true,
        }
    }
}

/// How an entity type is drawn: Cytoscape.js shape, fill, border, and the
/// same shape as SVG for the legend (in a 24 × 16 box).
struct TypeStyle {
    shape: &'static str,
    fill: &'static str,
    border: &'static str,
    svg: &'static str,
}

fn type_style(t: EntityType) -> TypeStyle {
    // The fills of the DOT writer, a shade stronger, with dark borders so
    // the shapes stand out on white.
    match t {
        EntityType::Person => TypeStyle {
            shape: "ellipse",
            fill: "#9ec5fe",
            border: "#0a58ca",
            svg: r#"<ellipse cx="12" cy="8" rx="10" ry="6.5"/>"#,
        },
        EntityType::Country => TypeStyle {
            shape: "round-rectangle",
            fill: "#a3cfbb",
            border: "#146c43",
            svg: r#"<rect x="2" y="1.5" width="20" height="13" rx="3.5"/>"#,
        },
        EntityType::Office => TypeStyle {
            shape: "tag",
            fill: "#ffe69c",
            border: "#997404",
            svg: r#"<polygon points="2,1.5 16,1.5 22,8 16,14.5 2,14.5"/>"#,
        },
        EntityType::Organization => TypeStyle {
            shape: "hexagon",
            fill: "#c5b3e6",
            border: "#59359a",
            svg: r#"<polygon points="6.5,1.5 17.5,1.5 22.5,8 17.5,14.5 6.5,14.5 1.5,8"/>"#,
        },
        EntityType::Place => TypeStyle {
            shape: "diamond",
            fill: "#f1aeb5",
            border: "#b02a37",
            svg: r#"<polygon points="12,0.5 22.5,8 12,15.5 1.5,8"/>"#,
        },
        EntityType::Topic => TypeStyle {
            shape: "barrel",
            fill: "#ffffff",
            border: "#6c757d",
            svg: r#"<path d="M4,1.5 H20 Q23,8 20,14.5 H4 Q1,8 4,1.5 Z" stroke-dasharray="3 2"/>"#,
        },
    }
}

fn relation_color(r: RelationType) -> &'static str {
    // The DOT writer's colours, so both exports read alike.
    match r {
        RelationType::MetWith => "#0d6efd",
        RelationType::Visited => "#6f42c1",
        RelationType::Supplies => "#fd7e14",
        RelationType::ConcernedAbout => "#6c757d",
        RelationType::CooperatesWith => "#198754",
        RelationType::Criticizes => "#dc3545",
        RelationType::HoldsOffice => "#adb5bd",
    }
}

/// Escapes text for HTML element content and double- or single-quoted
/// attribute values.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Makes JSON text safe inside a `<script>` element. `<`, `>` and `&` can
/// only appear inside JSON strings, where `\u003c` and friends denote the
/// same characters; U+2028 and U+2029 are escaped for old JavaScript
/// parsers that take them for line ends.
fn escape_json_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The graph as the viewer reads it (see the module docs).
fn graph_data(graph: &KnowledgeGraph, options: &HtmlOptions) -> Value {
    let nodes = graph.nodes();
    let node_ids: BTreeSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let mut edge_ids: BTreeSet<String> = BTreeSet::new();
    let nodes_json: Vec<Value> = nodes
        .iter()
        .map(|n| {
            json!({
                "id": n.id,
                "name": n.name,
                "entity_type": n.entity_type.as_str(),
                "country": n.country,
                "aliases": n.aliases,
                "mentions": n.mention_count(),
                "docs": n.documents.keys().collect::<Vec<_>>(),
            })
        })
        .collect();
    let edges_json: Vec<Value> = graph
        .edges()
        .into_iter()
        .map(|(a, b, e)| {
            let base = format!(
                "{}|{}|{}|{}",
                e.relation.as_str(),
                a.id,
                b.id,
                if e.negated { "denied" } else { "asserted" }
            );
            let mut id = base.clone();
            let mut n = 1;
            while node_ids.contains(id.as_str()) || edge_ids.contains(&id) {
                n += 1;
                id = format!("{base}#{n}");
            }
            edge_ids.insert(id.clone());
            json!({
                "id": id,
                "source": a.id,
                "target": b.id,
                "relation": e.relation.as_str(),
                "negated": e.negated,
                "symmetric": e.relation.is_symmetric(),
                "count": e.count(),
                "confidence": e.confidence(),
                "first_date": e.first_date(),
                "last_date": e.last_date(),
                "objects": e.objects(),
                "evidence": e.evidence.iter().map(|ev| json!({
                    "doc": ev.doc,
                    "date": ev.date,
                    "sentence": ev.sentence,
                    "modality": ev.modality,
                    "confidence": ev.confidence,
                    "object": ev.object,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut entity_styles = Map::new();
    for t in EntityType::ALL {
        let s = type_style(t);
        entity_styles.insert(
            t.as_str().into(),
            json!({"shape": s.shape, "fill": s.fill, "border": s.border}),
        );
    }
    let mut relation_colors = Map::new();
    for r in RelationType::ALL {
        relation_colors.insert(r.as_str().into(), json!(relation_color(r)));
    }
    json!({
        "nodes": nodes_json,
        "edges": edges_json,
        "entity_styles": entity_styles,
        "relation_colors": relation_colors,
        "show_negated": options.negated,
    })
}

/// Writes the graph as one self-contained HTML page with an interactive
/// viewer: nodes styled by entity type with a legend, edges labelled by
/// relation (denied ones dashed and labelled "not …", symmetric ones
/// without arrows, wider with more evidence), search by name, filters by
/// relation, date range and denial, and details with the evidence
/// sentences on click.
///
/// # Example
///
/// ```
/// use diplograph_graph::KnowledgeGraph;
/// use diplograph_export::{html, HtmlOptions};
///
/// let graph = KnowledgeGraph::new();
/// let page = html(&graph, &HtmlOptions { title: Some("Talks".into()), ..HtmlOptions::default() });
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains("<title>Talks</title>"));
/// ```
pub fn html(graph: &KnowledgeGraph, options: &HtmlOptions) -> String {
    let title = escape_html(options.title.as_deref().unwrap_or("diplograph"));
    // A `Value` always serialises; the fallback only keeps this total.
    let data = serde_json::to_string(&graph_data(graph, options))
        .unwrap_or_else(|_| r#"{"nodes":[],"edges":[]}"#.into());
    let data = escape_json_for_script(&data);

    let mut type_counts: BTreeMap<EntityType, usize> = BTreeMap::new();
    for n in graph.nodes() {
        *type_counts.entry(n.entity_type).or_default() += 1;
    }
    let mut relation_counts: BTreeMap<RelationType, usize> = BTreeMap::new();
    for (_, _, e) in graph.edges() {
        *relation_counts.entry(e.relation).or_default() += 1;
    }

    // Only the title, counts and the fixed vocabulary of entity types and
    // relations are written as markup; graph text goes in the JSON island.
    let mut s = String::with_capacity(CYTOSCAPE_JS.len() + data.len() + 32 * 1024);
    s.push_str(PAGE_HEAD);
    let _ = write!(
        s,
        "<meta name=\"generator\" content=\"diplograph {}\">\n\
         <title>{title}</title>\n<style>\n{VIEWER_CSS}</style>\n</head>\n<body>\n\
         <aside id=\"controls\">\n<h1>{title}</h1>\n<p class=\"summary\">{}</p>\n",
        env!("CARGO_PKG_VERSION"),
        escape_html(&summary(graph)),
    );
    s.push_str(SEARCH_FORM);
    s.push_str("<h2>Relations</h2>\n<ul id=\"relation-filter\" class=\"plain\">\n");
    for (r, count) in &relation_counts {
        let name = escape_html(r.as_str());
        let _ = writeln!(
            s,
            "<li><label><input type=\"checkbox\" class=\"relation\" value=\"{name}\" checked> \
             <svg width=\"24\" height=\"10\" aria-hidden=\"true\"><line x1=\"1\" y1=\"5\" \
             x2=\"23\" y2=\"5\" stroke=\"{}\" stroke-width=\"3\"/></svg> {name} \
             <span class=\"count\">{count}</span></label></li>",
            relation_color(*r),
        );
    }
    if relation_counts.is_empty() {
        s.push_str("<li class=\"hint\">no relations</li>\n");
    }
    s.push_str("</ul>\n");
    let _ = writeln!(
        s,
        "<label class=\"check\"><input type=\"checkbox\" id=\"show-denied\"{}> \
         show denied relations (dashed, \u{201c}not \u{2026}\u{201d})</label>",
        if options.negated { " checked" } else { "" }
    );
    s.push_str(FILTERS);
    s.push_str("<h2>Entity types</h2>\n<ul id=\"legend\" class=\"plain\">\n");
    for t in EntityType::ALL {
        let style = type_style(t);
        let _ = writeln!(
            s,
            "<li><svg width=\"24\" height=\"16\" viewBox=\"0 0 24 16\" fill=\"{}\" \
             stroke=\"{}\" stroke-width=\"1.5\" aria-hidden=\"true\">{}</svg> {} \
             <span class=\"count\">{}</span></li>",
            style.fill,
            style.border,
            style.svg,
            escape_html(t.as_str()),
            type_counts.get(&t).copied().unwrap_or(0),
        );
    }
    s.push_str("</ul>\n");
    s.push_str(PAGE_BODY);
    s.push_str("<script type=\"application/json\" id=\"graph-data\">");
    s.push_str(&data);
    s.push_str("</script>\n<script>\n");
    s.push_str(CYTOSCAPE_JS);
    s.push_str("\n</script>\n<script>\n");
    s.push_str(VIEWER_JS);
    s.push_str("</script>\n</body>\n</html>\n");
    s
}

/// The start of the page up to the title. The policy allows inline code
/// and styles only, and no fetch of any kind: the page works offline, and
/// injected markup could not call home even if it ran.
const PAGE_HEAD: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<meta name="viewport" content="width=device-width, initial-scale=1">
"#;

const SEARCH_FORM: &str = r#"<form id="search-form" role="search">
<label for="search">Search by name</label>
<div class="row"><input type="search" id="search" placeholder="name or alias" autocomplete="off"> <button type="submit">Find</button></div>
<p id="search-status" class="hint" aria-live="polite"></p>
</form>
"#;

const FILTERS: &str = r#"<label class="check"><input type="checkbox" id="hide-unconnected"> hide nodes without shown relations</label>
<h2>Dates</h2>
<div class="dates"><label>from <input type="date" id="date-from"></label> <label>to <input type="date" id="date-to"></label></div>
<p class="hint">Relations stated in the range; undated relations stay.</p>
<div class="row"><button type="button" id="reset">Reset filters</button> <button type="button" id="relayout">Lay out again</button> <button type="button" id="fit">Fit</button></div>
"#;

/// The edge legend, the graph's container, the details panel and the
/// hidden list of drawn labels.
const PAGE_BODY: &str = r##"<ul class="plain edge-legend">
<li><svg width="24" height="10" aria-hidden="true"><line x1="1" y1="5" x2="18" y2="5" stroke="#495057" stroke-width="2"/><polygon points="17,1 23,5 17,9" fill="#495057"/></svg> directed relation</li>
<li><svg width="24" height="10" aria-hidden="true"><line x1="1" y1="5" x2="23" y2="5" stroke="#495057" stroke-width="2"/></svg> symmetric (met-with, cooperates-with)</li>
<li><svg width="24" height="10" aria-hidden="true"><line x1="1" y1="5" x2="23" y2="5" stroke="#495057" stroke-width="2" stroke-dasharray="4 3"/></svg> denied</li>
<li><svg width="24" height="10" aria-hidden="true"><line x1="1" y1="5" x2="23" y2="5" stroke="#495057" stroke-width="6"/></svg> wider: more statements</li>
</ul>
</aside>
<main id="cy" aria-label="graph"></main>
<aside id="details" aria-live="polite"><p class="hint">Click a node or an edge for its details and evidence.</p></aside>
<ul id="rendered-nodes" hidden></ul>
"##;

const VIEWER_CSS: &str = r#"* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body {
  display: grid;
  grid-template-columns: 290px 1fr 360px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  color: #212529;
  background: #f8f9fa;
}
aside { overflow-y: auto; padding: 12px 14px; background: #fff; }
#controls { border-right: 1px solid #dee2e6; }
#details { border-left: 1px solid #dee2e6; }
#cy { position: relative; min-width: 0; height: 100vh; background: #fff; }
h1 { font-size: 17px; margin: 0 0 2px; overflow-wrap: anywhere; }
h2 { font-size: 13px; margin: 14px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: #495057; }
h3 { font-size: 13px; margin: 12px 0 4px; }
#details h2 { font-size: 16px; text-transform: none; letter-spacing: 0; color: #212529; overflow-wrap: anywhere; }
.summary, .hint, .count, .meta { color: #6c757d; }
.hint { font-size: 12px; margin: 4px 0; }
.count { font-size: 11px; }
.row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
input[type=search] { flex: 1; min-width: 0; padding: 4px 6px; }
input[type=date] { width: 118px; }
button { font: inherit; padding: 3px 8px; cursor: pointer; }
ul.plain { list-style: none; padding: 0; margin: 0; }
ul.plain li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
ul.plain li label { display: flex; align-items: center; gap: 6px; cursor: pointer; }
label.check { display: block; margin: 6px 0 0; cursor: pointer; }
.dates { display: flex; flex-direction: column; gap: 4px; }
.edge-legend { margin-top: 8px !important; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
dt { color: #6c757d; }
dd { margin: 0; overflow-wrap: anywhere; }
#details ul, #details ol { padding-left: 18px; margin: 4px 0; }
#details li { margin: 4px 0; overflow-wrap: anywhere; }
button.link { border: 0; background: none; padding: 0; color: #0a58ca; text-align: left; text-decoration: underline; }
blockquote { margin: 2px 0; padding: 4px 8px; border-left: 3px solid #ced4da; background: #f8f9fa; }
.denied { color: #b02a37; }
.meta { font-size: 12px; }
"#;

const VIEWER_JS: &str = r##"(function () {
  'use strict';
  // Every string from the graph reaches the page through textContent (or
  // Cytoscape's canvas labels), never innerHTML: names are data, not markup.
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var byId = function (id) { return document.getElementById(id); };

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function edgeLabel(e) { return (e.negated ? 'not ' : '') + e.relation; }

  var nodeData = new Map();
  var edgeData = new Map();
  var maxMentions = 1;
  data.nodes.forEach(function (n) {
    nodeData.set(n.id, n);
    maxMentions = Math.max(maxMentions, n.mentions || 0);
  });
  data.edges.forEach(function (e) { edgeData.set(e.id, e); });

  var elements = [];
  var fallback = { shape: 'ellipse', fill: '#dee2e6', border: '#495057' };
  data.nodes.forEach(function (n) {
    var style = data.entity_styles[n.entity_type] || fallback;
    elements.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.name,
        shape: style.shape,
        fill: style.fill,
        border: style.border,
        size: Math.round(24 + 34 * Math.sqrt((n.mentions || 0) / maxMentions))
      },
      classes: n.entity_type === 'topic' ? ['topic'] : []
    });
  });
  data.edges.forEach(function (e) {
    var classes = [];
    if (e.negated) classes.push('denied');
    if (e.symmetric) classes.push('symmetric');
    elements.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        label: edgeLabel(e),
        color: data.relation_colors[e.relation] || '#495057',
        width: Math.min(10, 1.5 + 2.5 * Math.log2(Math.max(1, e.count)))
      },
      classes: classes
    });
  });

  var cy = cytoscape({
    container: byId('cy'),
    elements: elements,
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'shape': 'data(shape)',
        'background-color': 'data(fill)', 'border-color': 'data(border)', 'border-width': 1.5,
        'width': 'data(size)', 'height': 'data(size)',
        'font-size': 12, 'color': '#212529', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 150,
        'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': 5
      } },
      { selector: 'node.topic', style: { 'border-style': 'dashed', 'font-style': 'italic', 'color': '#495057' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'width': 'data(width)',
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'opacity': 0.85,
        'label': 'data(label)', 'font-size': 10, 'color': '#343a40', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        'min-zoomed-font-size': 6
      } },
      { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge.denied', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'color': '#b02a37' } },
      { selector: 'node.match', style: { 'border-width': 5, 'border-color': '#d63384' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#212529' } },
      { selector: 'edge:selected', style: { 'opacity': 1, 'underlay-color': '#ffc107', 'underlay-opacity': 0.5, 'underlay-padding': 3 } },
      { selector: '.filtered', style: { 'display': 'none' } }
    ]
  });

  function layoutOptions() {
    return {
      name: 'cose', animate: false, randomize: false, fit: true, padding: 40,
      nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 90; },
      nodeRepulsion: function () { return 150000; }, edgeElasticity: function () { return 100; },
      nodeOverlap: 20, gravity: 80, numIter: 1500, initialTemp: 200, coolingFactor: 0.95,
      minTemp: 1.0, componentSpacing: 100
    };
  }

  // Filters: relation checkboxes, denied toggle, date range.
  function applyFilters() {
    var shown = new Set();
    document.querySelectorAll('#relation-filter input.relation').forEach(function (box) {
      if (box.checked) shown.add(box.value);
    });
    var showDenied = byId('show-denied').checked;
    var hideUnconnected = byId('hide-unconnected').checked;
    var from = byId('date-from').value;
    var to = byId('date-to').value;
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        var e = edgeData.get(edge.id());
        var keep = shown.has(e.relation) && (showDenied || !e.negated);
        // An edge stays when its dates overlap the range; undated edges stay.
        if (keep && from && e.last_date && e.last_date < from) keep = false;
        if (keep && to && e.first_date && e.first_date > to) keep = false;
        if (edge.hasClass('filtered') === keep) edge.toggleClass('filtered', !keep);
      });
      cy.nodes().forEach(function (node) {
        var hide = hideUnconnected && node.connectedEdges().filter(function (x) {
          return !x.hasClass('filtered');
        }).length === 0;
        node.toggleClass('filtered', hide);
      });
    });
  }

  // Search: select and highlight matching nodes; Enter zooms to them.
  function search(zoom) {
    var q = fold(byId('search').value.trim());
    var status = byId('search-status');
    cy.nodes().removeClass('match');
    cy.elements().unselect();
    if (!q) { status.textContent = ''; return; }
    var hits = cy.nodes().filter(function (node) {
      var n = nodeData.get(node.id());
      return fold(n.name).indexOf(q) >= 0 || n.aliases.some(function (a) { return fold(a).indexOf(q) >= 0; });
    });
    hits.addClass('match');
    hits.select();
    status.textContent = hits.length === 1 ? '1 match' : hits.length + ' matches';
    var visible = hits.filter(function (x) { return !x.hasClass('filtered'); });
    if (zoom && visible.length > 0) {
      cy.animate({ fit: { eles: visible.closedNeighborhood(), padding: 60 } }, { duration: 300 });
    }
    if (hits.length === 1) showNode(hits[0].id());
  }

  function setHash(kind, id) {
    try { history.replaceState(null, '', '#' + kind + '=' + encodeURIComponent(id)); } catch (err) { /* file: URLs may refuse */ }
  }

  function row(dl, term, value) {
    dl.appendChild(el('dt', term));
    dl.appendChild(el('dd', value));
  }

  function nodeLink(id) {
    var n = nodeData.get(id);
    var b = el('button', n ? n.name : id, 'link');
    b.type = 'button';
    b.addEventListener('click', function () { focus('node', id); });
    return b;
  }

  function showNode(id) {
    var n = nodeData.get(id);
    var panel = byId('details');
    clear(panel);
    if (!n) return;
    panel.appendChild(el('h2', n.name));
    var dl = el('dl');
    row(dl, 'type', n.entity_type);
    if (n.country) row(dl, 'country', n.country);
    row(dl, 'id', n.id);
    row(dl, 'mentions', n.mentions + ' in ' + n.docs.length + (n.docs.length === 1 ? ' document' : ' documents'));
    panel.appendChild(dl);
    var aliases = n.aliases.filter(function (a) { return a !== n.name; });
    if (aliases.length > 0) {
      panel.appendChild(el('h3', 'Aliases'));
      var ul = el('ul');
      aliases.forEach(function (a) { ul.appendChild(el('li', a)); });
      panel.appendChild(ul);
    }
    var related = data.edges.filter(function (e) { return e.source === id || e.target === id; });
    panel.appendChild(el('h3', 'Relations (' + related.length + ')'));
    if (related.length === 0) panel.appendChild(el('p', 'none', 'hint'));
    var list = el('ul', null, 'relations');
    related.forEach(function (e) {
      var li = el('li');
      var outgoing = e.source === id;
      var other = outgoing ? e.target : e.source;
      var arrow = e.symmetric ? '\u2194 ' : (outgoing ? '\u2192 ' : '\u2190 ');
      var rel = el('button', arrow + edgeLabel(e), 'link' + (e.negated ? ' denied' : ''));
      rel.type = 'button';
      rel.addEventListener('click', function () { focus('edge', e.id); });
      li.appendChild(rel);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(nodeLink(other));
      li.appendChild(el('span', ' \u00d7' + e.count, 'count'));
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function showEdge(id) {
    var e = edgeData.get(id);
    var panel = byId('details');
    clear(panel);
    if (!e) return;
    var h = el('h2');
    h.appendChild(nodeLink(e.source));
    h.appendChild(el('span', ' ' + edgeLabel(e) + ' ', e.negated ? 'denied' : ''));
    h.appendChild(nodeLink(e.target));
    panel.appendChild(h);
    var dl = el('dl');
    row(dl, 'relation', e.relation + (e.symmetric ? ' (symmetric)' : ''));
    row(dl, 'denied', e.negated ? 'yes: the text says it did not happen' : 'no');
    row(dl, 'statements', e.count);
    if (e.first_date) row(dl, 'dates', e.first_date === e.last_date ? e.first_date : e.first_date + ' to ' + e.last_date);
    row(dl, 'confidence', Number(e.confidence).toFixed(2));
    if (e.objects.length > 0) row(dl, 'objects', e.objects.join(', '));
    panel.appendChild(dl);
    panel.appendChild(el('h3', 'Evidence'));
    var list = el('ol', null, 'evidence');
    e.evidence.forEach(function (ev) {
      var li = el('li');
      li.appendChild(el('blockquote', ev.sentence));
      var meta = [ev.doc, ev.date || 'undated', ev.modality, 'confidence ' + Number(ev.confidence).toFixed(2)];
      if (ev.object) meta.push('object: ' + ev.object);
      li.appendChild(el('div', meta.join(' \u00b7 '), 'meta'));
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function focus(kind, id) {
    var target = cy.getElementById(id);
    cy.elements().unselect();
    if (target.nonempty()) {
      target.select();
      if (!target.hasClass('filtered')) {
        cy.animate({ center: { eles: target } }, { duration: 250 });
      }
    }
    if (kind === 'node') showNode(id); else showEdge(id);
    setHash(kind, id);
  }

  function openFromHash() {
    var m = /^#(node|edge)=(.*)$/.exec(location.hash);
    if (!m) return;
    var id;
    try { id = decodeURIComponent(m[2]); } catch (err) { return; }
    var target = cy.getElementById(id);
    if (target.empty()) return;
    target.select();
    if (m[1] === 'node') showNode(id); else showEdge(id);
  }

  cy.on('tap', 'node', function (evt) { showNode(evt.target.id()); setHash('node', evt.target.id()); });
  cy.on('tap', 'edge', function (evt) { showEdge(evt.target.id()); setHash('edge', evt.target.id()); });

  document.querySelectorAll('#relation-filter input.relation').forEach(function (box) {
    box.addEventListener('change', applyFilters);
  });
  ['show-denied', 'hide-unconnected', 'date-from', 'date-to'].forEach(function (id) {
    byId(id).addEventListener('change', applyFilters);
  });
  byId('search').addEventListener('input', function () { search(false); });
  byId('search-form').addEventListener('submit', function (evt) { evt.preventDefault(); search(true); });
  byId('reset').addEventListener('click', function () {
    document.querySelectorAll('#relation-filter input.relation').forEach(function (box) { box.checked = true; });
    byId('show-denied').checked = true;
    byId('hide-unconnected').checked = false;
    byId('date-from').value = '';
    byId('date-to').value = '';
    applyFilters();
  });
  byId('relayout').addEventListener('click', function () {
    cy.elements().not('.filtered').layout(layoutOptions()).run();
  });
  byId('fit').addEventListener('click', function () { cy.fit(cy.elements().not('.filtered'), 40); });

  // The date inputs offer the range the graph covers.
  var dates = [];
  data.edges.forEach(function (e) {
    if (e.first_date) dates.push(e.first_date);
    if (e.last_date) dates.push(e.last_date);
  });
  dates.sort();
  if (dates.length > 0) {
    ['date-from', 'date-to'].forEach(function (id) {
      byId(id).min = dates[0];
      byId(id).max = dates[dates.length - 1];
    });
  }
  byId('show-denied').checked = data.show_negated !== false;
  applyFilters();

  function checkInjection() {
    if (window.__pwned) document.body.dataset.pwned = '1';
  }

  function ready() {
    var rendered = byId('rendered-nodes');
    clear(rendered);
    cy.nodes().forEach(function (node) { rendered.appendChild(el('li', node.data('label'))); });
    document.body.dataset.nodes = cy.nodes().length;
    document.body.dataset.edges = cy.edges().length;
    openFromHash();
    checkInjection();
    document.body.dataset.ready = '1';
    // Injected handlers (a broken image's error handler) fire later.
    [0, 500, 2000].forEach(function (ms) { setTimeout(checkInjection, ms); });
  }

  // A circle first gives cose the same start every time (its own random
  // start would lay out the same graph differently on each opening).
  cy.layout({ name: 'circle', animate: false, fit: false }).run();
  var layout = cy.layout(layoutOptions());
  layout.one('layoutstop', ready);
  layout.run();
})();
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escaping_keeps_meaning() {
        let text = "</script><b>&\u{2028}\u{2029}";
        let json = serde_json::to_string(&text).unwrap_or_default();
        let escaped = escape_json_for_script(&json);
        assert!(!escaped.contains('<') && !escaped.contains('>') && !escaped.contains('&'));
        assert!(!escaped.contains('\u{2028}') && !escaped.contains('\u{2029}'));
        let back: String = serde_json::from_str(&escaped).unwrap_or_default();
        assert_eq!(back, text);
    }

    #[test]
    fn html_escaping() {
        assert_eq!(
            escape_html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
