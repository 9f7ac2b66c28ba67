//! The HTML viewer: self-contained, hostile text stays text, and a real
//! browser draws every node and edge.
//!
//! The browser tests run Debian's `chromium` headless and read back the
//! DOM it dumps after the page's script has run; without `chromium` on the
//! `PATH` they print "skipped: chromium is not installed" and pass. Set
//! `DIPLOGRAPH_VIEWER_SCREENSHOT=/some/file.png` to also get a screenshot
//! of the realistic graph, for a look by eye.

use diplograph_export::{html, HtmlOptions};
use diplograph_graph::KnowledgeGraph;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const IMG: &str = "<img src=x onerror=alert(1)>";
const SCRIPT: &str = "</script><script>window.__pwned=1</script>";
const QUOTED: &str = "<img src=x onerror=\"window.__pwned=1\">";
const QUOTES: &str = "O'Brien \"the Elder\" & Sons";
const COMMENT: &str = "<!--<script>window.__pwned=1</script>\u{2028}end";
const ALIAS: &str = "<svg onload=window.__pwned=1>";
const SENTENCE: &str = "<b onmouseover=window.__pwned=1>met</b> </script> & \"talked\"";
const DOC: &str = "doc\"<x>'1";
const TITLE: &str = "Talks & \"visits\" <2024>";

/// A node of a hand-written graph file.
fn node(id: &str, name: &str, entity_type: &str, aliases: &[&str], mentions: u32) -> Value {
    let mut all: Vec<&str> = aliases.to_vec();
    all.push(name);
    json!({
        "id": id,
        "name": name,
        "type": entity_type,
        "aliases": all,
        "documents": {"doc-1": mentions},
        "known": true,
    })
}

/// An edge of a hand-written graph file, one evidence per `(doc, date,
/// sentence)`.
fn edge(
    source: &str,
    target: &str,
    relation: &str,
    negated: bool,
    evidence: &[(&str, Option<&str>, &str)],
) -> Value {
    let evidence: Vec<Value> = evidence
        .iter()
        .enumerate()
        .map(|(i, (doc, date, sentence))| {
            json!({
                "doc": doc,
                "date": date,
                "sentence": sentence,
                "spans": {"sentence": {"start": i * 100, "end": i * 100 + sentence.len()}},
                "confidence": 0.8,
                "modality": "asserted",
                "event": format!("{doc}#{i}"),
            })
        })
        .collect();
    json!({
        "source": source,
        "target": target,
        "relation": relation,
        "negated": negated,
        "evidence": evidence,
    })
}

/// A graph through the saved-file format, as `diplograph build` writes it.
fn graph(nodes: Vec<Value>, edges: Vec<Value>) -> Result<KnowledgeGraph> {
    let file = json!({
        "format": "diplograph-graph",
        "version": 1,
        "documents": {"doc-1": {"hash": "0000000000000000", "date": "2024-04-26"}},
        "nodes": nodes,
        "edges": edges,
    });
    Ok(KnowledgeGraph::from_slice(&serde_json::to_vec(&file)?)?)
}

const HOSTILE_ID: &str = "organization:</script><script>window.__pwned=1</script>";

/// Names, aliases, ids, sentences and document ids written to break out.
fn hostile_graph() -> Result<KnowledgeGraph> {
    graph(
        vec![
            node("person:img", IMG, "person", &[ALIAS], 3),
            node(HOSTILE_ID, SCRIPT, "organization", &[], 2),
            node("country:XXX", QUOTED, "country", &[], 2),
            node("place:obrien", QUOTES, "place", &[], 1),
            node("topic:comment", COMMENT, "topic", &[], 1),
            node("person:wang-yi", "Wang Yi", "person", &["Wang"], 4),
        ],
        vec![
            edge(
                "person:img",
                "person:wang-yi",
                "met-with",
                false,
                &[(DOC, Some("2024-04-26"), SENTENCE)],
            ),
            edge(
                HOSTILE_ID,
                "country:XXX",
                "supplies",
                true,
                &[("doc-1", Some("2024-04-27"), SCRIPT)],
            ),
            edge(
                "person:wang-yi",
                "place:obrien",
                "visited",
                false,
                &[("doc-1", None, QUOTES)],
            ),
            edge(
                "country:XXX",
                "topic:comment",
                "concerned-about",
                false,
                &[("doc-1", Some("2024-04-28"), COMMENT)],
            ),
        ],
    )
}

/// A small graph like the extractor's output on a week of news.
fn realistic_graph() -> Result<KnowledgeGraph> {
    let d1 = ("state-2024-04-26", Some("2024-04-26"));
    let d2 = ("xinhua-2024-04-27", Some("2024-04-27"));
    let d3 = ("reuters-2024-05-03", Some("2024-05-03"));
    let ev = |d: (&'static str, Option<&'static str>), s: &'static str| (d.0, d.1, s);
    graph(
        vec![
            node("person:antony-blinken", "Antony Blinken", "person", &["Blinken"], 14),
            node("person:wang-yi", "Wang Yi", "person", &["Wang"], 9),
            node("person:xi-jinping", "Xi Jinping", "person", &["Xi"], 6),
            node("person:sergey-lavrov", "Sergey Lavrov", "person", &["Lavrov"], 4),
            node("person:fumio-kishida", "Fumio Kishida", "person", &["Kishida"], 2),
            node("country:USA", "United States", "country", &["US", "Washington"], 11),
            node("country:CHN", "China", "country", &["Chinese", "Beijing"], 16),
            node("country:RUS", "Russia", "country", &["Russian", "Moscow"], 8),
            node("country:JPN", "Japan", "country", &["Japanese"], 3),
            node("office:usa-foreign-minister", "Secretary of State of the United States", "office", &[], 3),
            node("office:chn-foreign-minister", "Foreign Minister of China", "office", &[], 2),
            node("office:chn-head-of-state", "President of China", "office", &[], 2),
            node("organization:nato", "NATO", "organization", &["North Atlantic Treaty Organization"], 3),
            node("place:shanghai", "Shanghai", "place", &[], 2),
            node("place:beijing", "Beijing", "place", &[], 3),
            node("topic:dual-use-components", "dual-use components for Russia's defence industry", "topic", &[], 2),
            node("topic:south-china-sea", "tensions in the South China Sea", "topic", &[], 1),
        ],
        vec![
            edge("person:antony-blinken", "person:wang-yi", "met-with", false, &[
                ev(d1, "Blinken met Wang Yi in Beijing for five and a half hours of talks."),
                ev(d2, "Wang Yi held talks with Antony Blinken on Friday."),
                ev(d3, "Blinken and Wang met again on the sidelines."),
            ]),
            edge("person:antony-blinken", "person:xi-jinping", "met-with", false, &[
                ev(d1, "Xi Jinping received Blinken at the Great Hall of the People."),
            ]),
            edge("person:antony-blinken", "place:shanghai", "visited", false, &[
                ev(d1, "Blinken began his visit in Shanghai on Wednesday."),
            ]),
            edge("person:antony-blinken", "place:beijing", "visited", false, &[
                ev(d1, "He then travelled to Beijing."),
                ev(d2, "The US Secretary of State arrived in Beijing on Thursday."),
            ]),
            edge("country:CHN", "country:RUS", "supplies", false, &[
                ev(d1, "Washington says China supplies Russia with machine tools and microelectronics."),
                ev(d3, "China continues to supply Russia with dual-use goods, officials said."),
            ]),
            edge("country:CHN", "country:RUS", "supplies", true, &[
                ev(d2, "China has not supplied lethal weapons to Russia, Wang said."),
            ]),
            edge("person:antony-blinken", "topic:dual-use-components", "concerned-about", false, &[
                ev(d1, "Blinken voiced concern about dual-use components for Russia's defence industry."),
            ]),
            edge("country:JPN", "topic:south-china-sea", "concerned-about", false, &[
                ev(d3, "Japan is concerned about tensions in the South China Sea."),
            ]),
            edge("country:USA", "country:CHN", "cooperates-with", false, &[
                ev(d1, "The two sides agreed to cooperate on counternarcotics."),
            ]),
            edge("country:USA", "country:JPN", "cooperates-with", false, &[
                ev(d3, "The United States and Japan signed a defence partnership."),
            ]),
            edge("person:wang-yi", "country:USA", "criticizes", false, &[
                ev(d2, "Wang criticised the United States for its export controls."),
            ]),
            edge("organization:nato", "country:CHN", "criticizes", false, &[
                ev(d3, "NATO condemned China's support for Russia's war."),
            ]),
            edge("person:sergey-lavrov", "person:wang-yi", "met-with", true, &[
                ev(d3, "Lavrov did not meet Wang Yi during the visit."),
            ]),
            edge("person:fumio-kishida", "person:antony-blinken", "met-with", false, &[
                ev(d3, "Kishida met Blinken in Tokyo."),
            ]),
            edge("person:antony-blinken", "office:usa-foreign-minister", "holds-office", false, &[
                ev(d1, "US Secretary of State Antony Blinken"),
            ]),
            edge("person:wang-yi", "office:chn-foreign-minister", "holds-office", false, &[
                ev(d2, "Foreign Minister Wang Yi"),
            ]),
            edge("person:xi-jinping", "office:chn-head-of-state", "holds-office", false, &[
                ev(d1, "Chinese President Xi Jinping"),
            ]),
        ],
    )
}

fn page(graph: &KnowledgeGraph) -> String {
    html(
        graph,
        &HtmlOptions {
            title: Some(TITLE.into()),
            ..HtmlOptions::default()
        },
    )
}

/// The text of the JSON island, from its start tag to its end tag.
fn island(page: &str) -> Result<(usize, usize)> {
    let open = r#"<script type="application/json" id="graph-data">"#;
    let start = page.find(open).ok_or("no JSON island")? + open.len();
    let end = start
        + page[start..]
            .find("</script>")
            .ok_or("JSON island not closed")?;
    Ok((start, end))
}

/// Text as a DOM serialiser writes it inside an element.
fn text_escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\u{a0}', "&nbsp;")
}

#[test]
fn no_remote_sources() -> Result {
    for graph in [hostile_graph()?, realistic_graph()?, KnowledgeGraph::new()] {
        let page = page(&graph).to_ascii_lowercase();
        assert!(!page.contains("<link"), "the page links a file");
        for attribute in ["src=", "href=", "url(", "@import"] {
            for (at, _) in page.match_indices(attribute) {
                let value = page[at + attribute.len()..].trim_start_matches(['"', '\'', ' ']);
                for remote in ["http:", "https:", "//"] {
                    assert!(
                        !value.starts_with(remote),
                        "remote source at {at}: {}",
                        &page[at..(at + 80).min(page.len())]
                    );
                }
            }
        }
        assert!(page.contains("content-security-policy"));
    }
    Ok(())
}

#[test]
fn hostile_text_stays_in_the_json_island() -> Result {
    let graph = hostile_graph()?;
    let page = page(&graph);
    let (start, end) = island(&page)?;
    for raw in [
        IMG, SCRIPT, QUOTED, QUOTES, COMMENT, ALIAS, SENTENCE, DOC, TITLE,
    ] {
        assert!(!page.contains(raw), "{raw:?} is in the page as written");
    }
    // The only markers of the hostile text are inside the island, escaped.
    for marker in ["onerror", "__pwned=1", "onload=", "onmouseover"] {
        for (at, _) in page.match_indices(marker) {
            assert!(
                start <= at && at < end,
                "{marker:?} outside the JSON island at {at}"
            );
        }
    }
    assert!(page[start..end].contains(r"\u003cimg src=x onerror=alert(1)\u003e"));
    assert!(page[start..end].contains(r"\u003c/script\u003e\u003cscript\u003ewindow.__pwned=1"));
    // Three script elements, three end tags: none comes from the data.
    assert_eq!(page.to_ascii_lowercase().matches("</script").count(), 3);
    assert!(!page[start..end].contains(['<', '>', '&', '\u{2028}', '\u{2029}']));
    // The island reads back to the same text.
    let data: Value = serde_json::from_str(&page[start..end])?;
    let names: Vec<&str> = data["nodes"]
        .as_array()
        .ok_or("no nodes")?
        .iter()
        .filter_map(|n| n["name"].as_str())
        .collect();
    for name in [IMG, SCRIPT, QUOTED, QUOTES, COMMENT] {
        assert!(names.contains(&name), "{name:?} lost");
    }
    assert_eq!(names.len(), graph.node_count());
    assert_eq!(
        data["edges"].as_array().ok_or("no edges")?.len(),
        graph.edge_count()
    );
    assert!(page.contains("<title>Talks &amp; &quot;visits&quot; &lt;2024&gt;</title>"));
    Ok(())
}

#[test]
fn vendored_library_is_embedded() -> Result {
    let library = include_str!("../assets/cytoscape.min.js");
    assert!(
        library.contains("cf.version=\"3.35.0\""),
        "assets/README.md names another version"
    );
    // Inside a <script> element these would end it or change how it ends.
    let lower = library.to_ascii_lowercase();
    assert!(!lower.contains("</script") && !lower.contains("<!--"));
    let page = page(&KnowledgeGraph::new());
    assert!(page.contains(library));
    assert!(
        page.contains("The Cytoscape Consortium"),
        "licence notice dropped"
    );
    Ok(())
}

/// `chromium` on the `PATH`, if any.
fn chromium() -> Option<PathBuf> {
    let out = Command::new("which").arg("chromium").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let path = String::from_utf8(out.stdout).ok()?;
    Some(PathBuf::from(path.trim()))
}

/// Percent-encodes all but unreserved characters, for a URL fragment.
fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Runs headless chromium on a URL with a fresh profile and `extra` flags
/// (`--dump-dom`, `--screenshot=…`), and returns what it prints.
fn run_chromium(chromium: &Path, url: &str, extra: &[String]) -> Result<String> {
    let work = tempfile::tempdir()?;
    let profile = work.path().join("profile");
    let stdout_path = work.path().join("stdout");
    let stderr_path = work.path().join("stderr");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--virtual-time-budget=10000")
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path)?)
        .stderr(std::fs::File::create(&stderr_path)?)
        .spawn()?;
    // Virtual time ends the page's timers, but not a browser that hangs:
    // a modal `alert()` does, so injected markup that runs shows up here.
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if Instant::now() > deadline {
            child.kill()?;
            child.wait()?;
            return Err(
                "chromium did not finish in 60 s (an alert() from injected markup blocks it)"
                    .into(),
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let stdout = std::fs::read_to_string(&stdout_path)?;
    if !status.success() {
        let stderr = std::fs::read_to_string(&stderr_path)?;
        return Err(format!("chromium failed with {status}: {stderr}").into());
    }
    Ok(stdout)
}

fn dump_dom(chromium: &Path, url: &str) -> Result<String> {
    run_chromium(chromium, url, &["--dump-dom".to_string()])
}

/// Writes the page for `graph` and returns the folder and its `file:` URL.
fn write_page(graph: &KnowledgeGraph) -> Result<(tempfile::TempDir, String)> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("viewer.html");
    std::fs::write(&path, page(graph))?;
    let url = format!(
        "file://{}",
        percent_encode(&path.display().to_string()).replace("%2F", "/")
    );
    Ok((dir, url))
}

/// The start tag of `<body>` in a dumped DOM.
fn body_tag(dom: &str) -> Result<&str> {
    let start = dom.find("<body").ok_or("no body")?;
    let end = start + dom[start..].find('>').ok_or("body tag not closed")?;
    Ok(&dom[start..=end])
}

/// The element with `id`, from its start tag to the first `</tag>` after it.
fn element<'a>(dom: &'a str, id: &str, tag: &str) -> Result<&'a str> {
    let start = dom
        .find(&format!("id=\"{id}\""))
        .ok_or(format!("no #{id}"))?;
    let close = format!("</{tag}>");
    let end = start
        + dom[start..]
            .find(&close)
            .ok_or(format!("#{id} not closed"))?;
    Ok(&dom[start..end])
}

/// What every drawn page shows once its script has run.
fn check_drawn(dom: &str, graph: &KnowledgeGraph) -> Result {
    let body = body_tag(dom)?;
    assert!(body.contains("data-ready=\"1\""), "not ready: {body}");
    assert!(
        body.contains(&format!("data-nodes=\"{}\"", graph.node_count())),
        "{body}"
    );
    assert!(
        body.contains(&format!("data-edges=\"{}\"", graph.edge_count())),
        "{body}"
    );
    assert!(!body.contains("data-pwned"), "injected script ran: {body}");
    let rendered = element(dom, "rendered-nodes", "ul")?;
    for n in graph.nodes() {
        let li = format!("<li>{}</li>", text_escaped(&n.name));
        assert!(rendered.contains(&li), "{li} not drawn in {rendered}");
    }
    assert_eq!(rendered.matches("<li>").count(), graph.node_count());
    assert!(
        !dom.to_ascii_lowercase().contains("<img"),
        "markup from data"
    );
    assert!(!dom.contains("<svg onload"), "markup from data");
    assert!(!dom.contains("<script>window.__pwned"), "markup from data");
    assert!(
        dom.contains(&format!("<title>{}</title>", text_escaped(TITLE))),
        "title changed"
    );
    Ok(())
}

#[test]
fn chromium_draws_hostile_names_as_text() -> Result {
    let Some(chromium) = chromium() else {
        println!("skipped: chromium is not installed");
        return Ok(());
    };
    let graph = hostile_graph()?;
    let (_dir, url) = write_page(&graph)?;
    check_drawn(&dump_dom(&chromium, &url)?, &graph)?;

    // A node's details: name, aliases and relations, all as text.
    let dom = dump_dom(
        &chromium,
        &format!("{url}#node={}", percent_encode("person:img")),
    )?;
    check_drawn(&dom, &graph)?;
    let details = element(&dom, "details", "aside")?;
    assert!(
        details.contains(&format!("<h2>{}</h2>", text_escaped(IMG))),
        "{details}"
    );
    assert!(
        details.contains(&format!("<li>{}</li>", text_escaped(ALIAS))),
        "{details}"
    );
    assert!(details.contains("met-with"), "{details}");
    assert!(details.contains(">Wang Yi</button>"), "{details}");

    // An edge's details: each evidence sentence with its document and date.
    let edge_id = "met-with|person:img|person:wang-yi|asserted";
    let dom = dump_dom(
        &chromium,
        &format!("{url}#edge={}", percent_encode(edge_id)),
    )?;
    check_drawn(&dom, &graph)?;
    let details = element(&dom, "details", "aside")?;
    assert!(
        details.contains(&format!(
            "<blockquote>{}</blockquote>",
            text_escaped(SENTENCE)
        )),
        "{details}"
    );
    assert!(details.contains(&text_escaped(DOC)), "{details}");
    assert!(details.contains("2024-04-26"), "{details}");

    // A denied edge between hostile ids.
    let edge_id = format!("supplies|{HOSTILE_ID}|country:XXX|denied");
    let dom = dump_dom(
        &chromium,
        &format!("{url}#edge={}", percent_encode(&edge_id)),
    )?;
    check_drawn(&dom, &graph)?;
    let details = element(&dom, "details", "aside")?;
    assert!(details.contains("not supplies"), "{details}");
    assert!(
        details.contains(&format!(
            "<blockquote>{}</blockquote>",
            text_escaped(SCRIPT)
        )),
        "{details}"
    );
    Ok(())
}

#[test]
fn chromium_draws_a_realistic_graph() -> Result {
    let Some(chromium) = chromium() else {
        println!("skipped: chromium is not installed");
        return Ok(());
    };
    let graph = realistic_graph()?;
    let (_dir, url) = write_page(&graph)?;
    check_drawn(&dump_dom(&chromium, &url)?, &graph)?;
    if let Some(path) = std::env::var_os("DIPLOGRAPH_VIEWER_SCREENSHOT") {
        let path = PathBuf::from(path);
        let shot = format!("--screenshot={}", path.display());
        run_chromium(&chromium, &url, &[shot, "--window-size=1400,900".into()])?;
        assert!(std::fs::metadata(&path)?.len() > 0);
    }
    Ok(())
}

#[test]
fn chromium_draws_an_empty_graph() -> Result {
    let Some(chromium) = chromium() else {
        println!("skipped: chromium is not installed");
        return Ok(());
    };
    let graph = KnowledgeGraph::new();
    let (_dir, url) = write_page(&graph)?;
    check_drawn(&dump_dom(&chromium, &url)?, &graph)
}
