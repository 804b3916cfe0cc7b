//! What `--generate` prints: the man page, the shells' completions and the catalogue's
//! JSON Schema, each made from the definition it describes (the clap definition, the key
//! table, the shape table), so none can drift from the program. Part of the binary, beside `main` (the
//! wiring): it reads `cli`, `keymap`, `i18n` and `catalogue` from the library.

mod complete;
mod man;

use metodstod::cli::{self, Generate};
use metodstod::i18n::Lang;

/// The text `--generate WHAT` prints; `None` for `ids`, which needs the catalogue in use
/// and is printed by `main`.
pub fn generate(what: Generate) -> Option<String> {
    // In English: the man page is English only (it says so), and completions describe
    // the options in one language whatever the locale of whoever installs them.
    let mut command = cli::command(Lang::En);
    let mut shell = |shell| complete::script(shell, &mut command);
    Some(match what {
        Generate::Man => man::page(&cli::command(Lang::En)),
        Generate::CompleteBash => shell(clap_complete::Shell::Bash),
        Generate::CompleteZsh => shell(clap_complete::Shell::Zsh),
        Generate::CompleteFish => shell(clap_complete::Shell::Fish),
        Generate::CompletePowershell => shell(clap_complete::Shell::PowerShell),
        Generate::Schema => schema(),
        Generate::Ids => return None,
    })
}

/// The catalogue's JSON Schema, pretty, as `docs/catalogue.schema.json` holds it.
pub fn schema() -> String {
    let mut text = serde_json::to_string_pretty(&metodstod::catalogue::json_schema())
        .expect("a serde_json::Value always serialises");
    text.push('\n');
    text
}
