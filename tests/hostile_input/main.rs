//! Hostile input without a terminal: malformed and hostile files, links, and text,
//! and random keys at random sizes, against the loader, update and render.

#[path = "../common/mod.rs"]
mod common;

mod files;
mod links;
mod props;
mod text;
