//! `diplograph serve`: the viewer and a JSON API over HTTP, on loopback by default.
//!
//! # API
//!
//! Every answer is JSON; errors are `{"error": "..."}` with status 400 (bad
//! parameters), 404 (unknown path or name) or 405 (not GET).
//!
//! - `GET /` the HTML viewer of the whole graph.
//! - `GET /api/stats`
//! - `GET /api/who-met?name=&from=&to=` (all parameters optional)
//! - `GET /api/neighbors?name=&relation=&direction=out|in|both&include_negated=true`
//! - `GET /api/path?from=&to=&max_hops=&relation=` (`relation` repeatable)
//! - `GET /api/subgraph?ego=&depth=&format=json|cytoscape|graphology` (node-link by default)

use anyhow::Context;
use diplograph::export::{cytoscape, graphology, html, node_link, HtmlOptions, JsonOptions};
use diplograph::extract::RelationType;
use diplograph::graph::{Direction, Filter, GraphErrorKind, KnowledgeGraph};
use serde_json::{json, Value};
use std::path::PathBuf;

/// Arguments of `serve`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph serve graph.json                 # http://127.0.0.1:8080/\n  diplograph serve graph.json --port 0        # any free port, printed on start\n  curl 'http://127.0.0.1:8080/api/who-met?name=Blinken'"
)]
pub struct Args {
    /// The graph file (from `diplograph build`).
    graph: PathBuf,
    /// The port (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// The address to bind; loopback unless you mean to share the graph.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
}

struct Reply {
    status: u16,
    content_type: &'static str,
    body: String,
}

fn ok(v: Value) -> Reply {
    Reply {
        status: 200,
        content_type: "application/json; charset=utf-8",
        body: v.to_string(),
    }
}

fn error(status: u16, message: impl std::fmt::Display) -> Reply {
    Reply {
        status,
        content_type: "application/json; charset=utf-8",
        body: json!({ "error": message.to_string() }).to_string(),
    }
}

fn graph_error(e: diplograph::graph::GraphError) -> Reply {
    match e.kind() {
        GraphErrorKind::UnknownName { .. } => error(404, e),
        _ => error(400, e),
    }
}

/// Answers one request; pure, so it is tested without a socket too.
fn answer(graph: &KnowledgeGraph, viewer: &str, method: &str, url: &str) -> Reply {
    if method != "GET" {
        return error(405, "only GET is served");
    }
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let params: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let get = |k: &str| {
        params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    };
    let date = |k: &str| -> Result<Option<String>, Reply> {
        match get(k) {
            None => Ok(None),
            Some(v) => match chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                Ok(d) => Ok(Some(d.to_string())),
                Err(_) => Err(error(
                    400,
                    format!("{k}={v:?} is not a date of the form YYYY-MM-DD"),
                )),
            },
        }
    };
    let relation = |v: &str| {
        RelationType::parse(v).ok_or_else(|| error(400, format!("{v:?} is not a relation type")))
    };
    match path {
        "/" | "/index.html" => Reply {
            status: 200,
            content_type: "text/html; charset=utf-8",
            body: viewer.to_string(),
        },
        "/api/stats" => to_json(&graph.stats()),
        "/api/who-met" => {
            let (from, to) = match (date("from"), date("to")) {
                (Ok(f), Ok(t)) => (f, t),
                (Err(r), _) | (_, Err(r)) => return r,
            };
            match graph.who_met(get("name"), from.as_deref(), to.as_deref()) {
                Ok(m) => to_json(&m),
                Err(e) => graph_error(e),
            }
        }
        "/api/neighbors" => {
            let Some(name) = get("name") else {
                return error(400, "name is required");
            };
            let rel = match get("relation").map(relation).transpose() {
                Ok(r) => r,
                Err(r) => return r,
            };
            let direction = match get("direction").unwrap_or("both") {
                "out" => Direction::Out,
                "in" => Direction::In,
                "both" => Direction::Both,
                other => return error(400, format!("direction={other:?} is not out, in or both")),
            };
            let negated = matches!(get("include_negated"), Some("true" | "1" | "yes"));
            match graph.neighbors(name, rel, direction, negated) {
                Ok(n) => to_json(&n),
                Err(e) => graph_error(e),
            }
        }
        "/api/path" => {
            let (Some(from), Some(to)) = (get("from"), get("to")) else {
                return error(400, "from and to are required");
            };
            let max_hops = match get("max_hops").map(str::parse::<usize>).transpose() {
                Ok(h) => h.unwrap_or(6).min(12),
                Err(_) => return error(400, "max_hops must be a number"),
            };
            let mut rels = Vec::new();
            for (k, v) in &params {
                if k == "relation" {
                    match relation(v) {
                        Ok(r) => rels.push(r),
                        Err(r) => return r,
                    }
                }
            }
            match graph.path(from, to, &rels, max_hops) {
                Ok(p) => to_json(&p),
                Err(e) => graph_error(e),
            }
        }
        "/api/subgraph" => {
            let depth = match get("depth").map(str::parse::<usize>).transpose() {
                Ok(d) => d.unwrap_or(1).min(6),
                Err(_) => return error(400, "depth must be a number"),
            };
            let filter = Filter {
                ego: get("ego").map(String::from),
                depth,
                ..Filter::default()
            };
            let sub = match graph.filtered(&filter) {
                Ok(s) => s,
                Err(e) => return graph_error(e),
            };
            match get("format").unwrap_or("json") {
                "json" => ok(node_link(&sub, &JsonOptions::default())),
                "cytoscape" => ok(cytoscape(&sub)),
                "graphology" => ok(graphology(&sub)),
                other => error(
                    400,
                    format!("format={other:?} is not json, cytoscape or graphology"),
                ),
            }
        }
        _ => error(404, format!("no such path: {path}")),
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Reply {
    serde_json::to_value(v)
        .map(ok)
        .unwrap_or_else(|e| error(500, e))
}

/// Runs `serve` until interrupted.
pub fn run(args: Args) -> anyhow::Result<()> {
    let bytes = std::fs::read(&args.graph)
        .with_context(|| format!("cannot read {}", args.graph.display()))?;
    let graph =
        KnowledgeGraph::from_slice(&bytes).with_context(|| format!("{}", args.graph.display()))?;
    drop(bytes);
    let title = args
        .graph
        .file_name()
        .map(|f| f.to_string_lossy().into_owned());
    let viewer = html(
        &graph,
        &HtmlOptions {
            title,
            ..HtmlOptions::default()
        },
    );
    let server = tiny_http::Server::http((args.host.as_str(), args.port))
        .map_err(|e| anyhow::anyhow!("cannot listen on {}:{}: {e}", args.host, args.port))?;
    let addr = server
        .server_addr()
        .to_ip()
        .map_or_else(|| format!("{}:{}", args.host, args.port), |a| a.to_string());
    println!(
        "diplograph: serving {} on http://{addr}/ (Ctrl-C to stop)",
        args.graph.display()
    );
    use std::io::Write;
    std::io::stdout().flush()?;
    for request in server.incoming_requests() {
        let reply = answer(&graph, &viewer, request.method().as_str(), request.url());
        let header =
            tiny_http::Header::from_bytes(&b"Content-Type"[..], reply.content_type.as_bytes())
                .expect("a valid header");
        let nosniff =
            tiny_http::Header::from_bytes(&b"X-Content-Type-Options"[..], &b"nosniff"[..])
                .expect("a valid header");
        let response = tiny_http::Response::from_string(reply.body)
            .with_status_code(reply.status)
            .with_header(header)
            .with_header(nosniff);
        // A client that hung up is its own problem, not the server's.
        let _ = request.respond(response);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph() -> KnowledgeGraph {
        let ex = diplograph::extract::Extractor::bundled().expect("dictionary");
        let doc = diplograph::extract::Document {
            id: "d".into(),
            date: Some("2024-04-26".into()),
            text: "Antony Blinken met with Wang Yi. Wang Yi met Sergey Lavrov.".into(),
        };
        let mut g = KnowledgeGraph::new();
        g.add_record(&ex.extract(&doc), &doc.text);
        g
    }

    #[test]
    fn api_answers_and_errors() {
        let g = graph();
        let r = answer(&g, "<html>", "GET", "/api/who-met?name=blinken");
        assert_eq!(r.status, 200);
        assert!(r.body.contains("Wang Yi"));
        assert_eq!(
            answer(&g, "<html>", "GET", "/api/path?from=Blinken&to=Lavrov").status,
            200
        );
        assert_eq!(
            answer(&g, "<html>", "GET", "/api/who-met?name=Nobody").status,
            404
        );
        assert_eq!(
            answer(&g, "<html>", "GET", "/api/who-met?from=2024-13-01").status,
            400
        );
        assert_eq!(answer(&g, "<html>", "POST", "/api/stats").status, 405);
        assert_eq!(answer(&g, "<html>", "GET", "/nope").status, 404);
        assert_eq!(answer(&g, "<html>", "GET", "/").body, "<html>");
    }
}
