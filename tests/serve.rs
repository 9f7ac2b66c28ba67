//! `diplograph serve` over a real HTTP connection on loopback.

use crate::util::{others_met, Dir};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect to the server");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut raw = String::new();
    s.read_to_string(&mut raw).expect("read the response");
    let (head, body) = raw.split_once("\r\n\r\n").expect("headers and body");
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .expect("status");
    (status, head.to_lowercase(), body.to_string())
}

#[test]
fn serves_the_viewer_and_the_api_on_loopback() {
    let d = Dir::new();
    d.seed_graph();
    let child = Command::new(env!("CARGO_BIN_EXE_diplograph"))
        .args(["serve", "g.json", "--port", "0"])
        .current_dir(d.dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    let mut server = Server(child);
    let mut line = String::new();
    BufReader::new(server.0.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the listening line");
    assert!(
        line.contains("http://127.0.0.1:"),
        "binds to loopback: {line}"
    );
    let port: u16 = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .expect("port");

    let (status, head, body) = get(port, "/");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html"));
    assert!(body.contains("graph-data"), "the viewer page");

    let (status, _, body) = get(port, "/api/who-met?name=blinken");
    assert_eq!(status, 200);
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    let others = others_met(&v);
    assert!(
        others.contains(&"Wang Yi") && others.contains(&"Xi Jinping"),
        "{others:?}"
    );

    let (status, _, body) = get(
        port,
        "/api/neighbors?name=China&relation=supplies&include_negated=true",
    );
    assert_eq!(status, 200);
    assert!(body.contains("\"negated\":true"));

    let (status, _, body) = get(port, "/api/path?from=Wang%20Yi&to=Xi%20Jinping");
    assert_eq!(status, 200);
    let steps: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(steps.as_array().expect("a path").len(), 2);

    let (status, _, body) = get(port, "/api/subgraph?ego=Blinken&depth=1&format=cytoscape");
    assert_eq!(status, 200);
    assert!(body.contains("\"elements\""));

    assert_eq!(get(port, "/api/who-met?name=Nobody%20Atall").0, 404);
    assert_eq!(get(port, "/api/path?from=Blinken").0, 400);
    assert_eq!(get(port, "/etc/passwd").0, 404);
}
