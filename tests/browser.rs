//! The browser end to end: the built binary on a pseudo-terminal, its screen read
//! through a terminal emulator; the reading list, hostile keys, signals and text, a
//! terminal that vanishes, and a big catalogue that opens at once.

mod by_ear;
mod e2e;
mod hangup;
mod hostile;
mod hostile_text;
mod links;
mod loading;
mod reading_list;
mod screen;
