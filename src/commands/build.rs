//! `diplograph build`.

/// Arguments of `build`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `build`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
