//! End-to-end tests of the `diplograph` binary.

mod util;

mod cli;
mod dot;
mod query;
mod seed;
