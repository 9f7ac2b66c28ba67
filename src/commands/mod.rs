//! One module per subcommand, each a function of its arguments.

pub mod actors;
pub mod build;
pub mod export;
pub mod extract;
pub mod merge;
pub mod pipeline;
pub mod query;
pub mod serve;

use anyhow::Context;
use diplograph::extract::{Dictionary, Extractor};
use std::path::PathBuf;

/// Builds the extractor: the bundled dictionary plus the user's files.
pub fn extractor(actors: &[PathBuf]) -> anyhow::Result<Extractor> {
    let mut dict = Dictionary::new();
    for (name, text) in diplograph::extract::BUNDLED {
        dict.add_source(name, text)?;
    }
    for path in actors {
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read actor file {}", path.display()))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            anyhow::anyhow!(
                "{}: not valid UTF-8 (byte {})",
                path.display(),
                e.utf8_error().valid_up_to()
            )
        })?;
        dict.add_source(&path.display().to_string(), &text)?;
    }
    dict.finish()?;
    Ok(Extractor::new(dict))
}

/// Parses `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

/// Whether a path names JSON Lines by its extension (`.jsonl`, `.ndjson`, also gzipped).
pub fn looks_like_jsonl(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}
