//! metodstod: a terminal browser for NSPM's listing of metodstöd (guides, handbooks and
//! training material) against prostitution and human trafficking. The binary is a thin shell over this library,
//! so that tests and benchmarks reach the same code.

// The modules in layers, highest first: a module imports from its own layer or below,
// never above, and no two import each other (docs/architecture.md). The wiring
// (`main.rs`, `args.rs`, `generate`, `report`) is the binary's.

// Loop: the only code that touches the terminal, the clock and other processes.
pub mod app; // the loop: draw, wait, map a key, update, carry out the effects
pub mod tui; // the terminal's lifecycle: enter, leave, suspend, panic hook, signals

// Screen.
pub mod view; // draw(frame, &State): one file per pane or overlay

// State: pure, no I/O.
pub mod action; // Action (what the user meant) and Effect (what the runtime must do)
pub mod keymap; // the one table of key bindings; the help and footer read it
pub mod state; // State and the methods that keep its invariants
pub mod update; // update(&mut State, Action) -> Option<Effect>

// Model: pure.
pub mod commands; // the plain commands' output
pub mod export; // reading lists in six formats; marks
pub mod links; // the plan for opening a link; OSC 52 and OSC 8
pub mod plain; // the line mode over BufRead and Write
pub mod present; // an entry's presentation, read by every output
pub mod search; // the index, the query and the ranking
pub mod ssh_command; // the decision on a command sent to the team account

// Data.
pub mod catalogue; // the serde model, loading (streamed), validation
#[doc(hidden)]
pub mod synth; // a synthetic catalogue for the benchmarks; not used by the program

// Base.
pub mod backend; // a ratatui backend that writes few bytes
pub mod cli; // the clap definition and the settings it resolves
pub mod i18n; // every user-visible string, in Swedish and English
pub mod layout; // where each part of the screen goes
pub mod platform; // the platform seam: Unix and Windows
pub mod text; // untrusted text made safe; wrapping; folding
pub mod theme; // styles and symbols
