//! `diplograph query`.

/// Arguments of `query`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `query`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
