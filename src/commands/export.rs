//! `diplograph export`.

/// Arguments of `export`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `export`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
