//! End-to-end tests of the `diplograph` binary.

mod util;

mod cli;
mod corpus;
mod dot;
mod export;
mod query;
mod robust;
mod seed;
mod serve;
mod spark;
