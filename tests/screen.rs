//! What the browser draws, on ratatui's `TestBackend`: snapshots of its screens, the
//! committed screenshots, and the contrast of every text cell in common palettes.

mod contrast;
mod render;
mod screenshots;
mod whole;
