//! Hostile input without a terminal: malformed and hostile files, links, and text,
//! and random keys at random sizes, against the loader, update and render.

mod files;
mod links;
mod props;
mod text;
