//! `diplograph actors`: what the actor dictionary knows.

use super::{extractor, parse_date};
use clap::Subcommand;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `actors`.
#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  diplograph actors lookup Blinken\n  diplograph actors lookup \"Secretary of State\" --on 2025-03-01\n  diplograph actors check my-actors.tsv"
)]
pub struct Args {
    #[command(subcommand)]
    command: ActorsCommand,
    /// Extra actor dictionary files; may be repeated.
    #[arg(long = "actors", value_name = "FILE", global = true)]
    actors: Vec<PathBuf>,
}

/// What to do.
#[derive(Subcommand, Debug)]
pub enum ActorsCommand {
    /// Show every country, organisation, office, person and place named so, with dated roles.
    Lookup {
        /// A name, alias, title, demonym or code.
        name: String,
        /// Show who held a matching office on this day.
        #[arg(long, value_parser = parse_date)]
        on: Option<chrono::NaiveDate>,
    },
    /// Load the dictionary (with `--actors` files) and report its size, or the first error.
    Check,
}

/// Runs `actors`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let extractor = extractor(&args.actors)?;
    let dict = extractor.dictionary();
    let mut out = std::io::stdout().lock();
    match args.command {
        ActorsCommand::Check => {
            writeln!(
                out,
                "{} countries, {} organisations, {} offices, {} people, {} roles, {} places, {} triggers",
                dict.countries().len(),
                dict.organizations().len(),
                dict.offices().len(),
                dict.persons().len(),
                dict.roles().len(),
                dict.places().len(),
                dict.triggers().len()
            )?;
        }
        ActorsCommand::Lookup { name, on } => {
            let l = dict.lookup(&name);
            let mut any = false;
            for c in &l.countries {
                any = true;
                writeln!(
                    out,
                    "country  {} ({})  also: {}; demonyms: {}; capital: {}",
                    c.name,
                    c.code,
                    c.aliases.join(", "),
                    c.demonyms.join(", "),
                    c.capital.as_deref().unwrap_or("-")
                )?;
            }
            for o in &l.organizations {
                any = true;
                writeln!(
                    out,
                    "organization  {} ({})  also: {}",
                    o.name,
                    o.id,
                    o.aliases.join(", ")
                )?;
            }
            for o in &l.offices {
                any = true;
                writeln!(out, "office  {} ({})", o.name, o.id)?;
                let mut holders: Vec<_> =
                    dict.roles().iter().filter(|r| r.office == o.id).collect();
                holders.sort_by_key(|r| r.start);
                for r in holders {
                    if on.is_some_and(|d| !r.held_on(d)) {
                        continue;
                    }
                    writeln!(
                        out,
                        "    {}  {} – {}",
                        r.person,
                        r.start,
                        r.end.map_or("".to_string(), |e| e.to_string())
                    )?;
                }
            }
            for p in &l.persons {
                any = true;
                writeln!(out, "person  {}  also: {}", p.name, p.aliases.join(", "))?;
                let mut roles: Vec<_> = dict.roles_of(&p.name).collect();
                roles.sort_by_key(|r| r.start);
                for r in roles {
                    let office = dict
                        .office(&r.office)
                        .map_or(r.office.as_str(), |o| o.name.as_str());
                    let mark = if on.is_some_and(|d| r.held_on(d)) {
                        "  ← on that day"
                    } else {
                        ""
                    };
                    writeln!(
                        out,
                        "    {office}  {} – {}{mark}",
                        r.start,
                        r.end.map_or("".to_string(), |e| e.to_string())
                    )?;
                }
            }
            for p in &l.places {
                any = true;
                writeln!(
                    out,
                    "place  {}  country: {}",
                    p.name,
                    p.country.as_deref().unwrap_or("-")
                )?;
            }
            if !any {
                anyhow::bail!("the dictionary knows nothing named {name:?}");
            }
        }
    }
    Ok(())
}
