//! metodstod: a terminal browser for the Swedish catalogue of method support against
//! prostitution and human trafficking. The binary is a thin shell over this library,
//! so that tests and benchmarks reach the same code.

pub mod catalogue;
pub mod cli;
pub mod commands;
pub mod i18n;
pub mod links;
pub mod search;
pub mod text;
