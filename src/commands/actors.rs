//! `diplograph actors`.

/// Arguments of `actors`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs `actors`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
