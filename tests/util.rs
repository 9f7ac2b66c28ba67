//! Helpers: run the binary in a fresh folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub struct Dir {
    pub dir: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, contents).expect("write test file");
        p
    }

    /// Builds the bundled seed example into `g.json` here, and names it.
    pub fn seed_graph(&self) -> &'static str {
        let seed = repo("examples/seed.jsonl");
        let out = self.run(&["build", seed.to_str().expect("path"), "-o", "g.json", "-q"]);
        assert!(out.status.success(), "{}", stderr(&out));
        "g.json"
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.run_stdin(args, None)
    }

    pub fn run_stdin(&self, args: &[&str], stdin: Option<&str>) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_diplograph"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("run diplograph");
        if let Some(input) = stdin {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(input.as_bytes())
                .expect("write stdin");
        }
        drop(child.stdin.take());
        child.wait_with_output().expect("wait for diplograph")
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Whether Graphviz's `dot` is installed.
pub fn have_dot() -> bool {
    Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The other party of each meeting in `who-met --json` output.
pub fn others_met(v: &serde_json::Value) -> Vec<&str> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|m| m["other"].as_str().expect("other"))
        .collect()
}
