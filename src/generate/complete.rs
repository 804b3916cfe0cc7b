//! The completions, as clap_complete writes them from the clap definition, plus entry
//! ids after `show`, `open` and `--select` for bash, zsh and fish. clap_complete's
//! scripts are static; for the ids each script asks the program itself
//! (`metodstod [--catalogue PATH] --generate ids`) at the moment Tab is pressed, so the
//! ids are those of the catalogue in use (`--catalogue` on the line, or
//! METODSTOD_CATALOGUE), never a list frozen at build time.

use clap::Command;
use clap_complete::Shell;

pub fn script(shell: Shell, command: &mut Command) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, command, "metodstod", &mut out);
    let script = String::from_utf8(out).expect("clap_complete writes only UTF-8");
    match shell {
        Shell::Bash => script + BASH_IDS,
        Shell::Zsh => zsh_with_ids(&script),
        Shell::Fish => script + FISH_IDS,
        _ => script,
    }
}

/// Wraps clap_complete's `_metodstod`: an entry id where one is due, else as before.
const BASH_IDS: &str = r#"
# Entry ids after `show`, `open` and `--select`, from the catalogue in use (metodstod).
_metodstod_ids() {
    local i catalogue=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} == --catalogue ]]; then
            local path=${COMP_WORDS[i+1]}
            [[ $path == = ]] && path=${COMP_WORDS[i+2]}
            catalogue=(--catalogue "${path/#\~/$HOME}")
        fi
    done
    "${COMP_WORDS[0]}" "${catalogue[@]}" --generate ids 2>/dev/null
}

_metodstod_with_ids() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local i word command= positionals=0 skip=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if ((skip)); then skip=0; continue; fi
        case $word in
            --catalogue|--lang|--select|--category|--format|-f|--query) skip=1 ;;
            =) ;;
            -*) ;;
            *) if [[ -z $command ]]; then command=$word; else ((positionals++)); fi ;;
        esac
    done
    if [[ $prev == --select ]] || { [[ $command == show || $command == open ]] &&
        ((positionals == 0)) && [[ $cur != -* ]]; }; then
        local IFS=$'\n'
        COMPREPLY=($(compgen -W "$(_metodstod_ids)" -- "$cur"))
        return 0
    fi
    _metodstod "$@"
}

complete -F _metodstod_with_ids -o bashdefault -o default metodstod
"#;

const FISH_IDS: &str = r#"
# Entry ids after `show`, `open` and `--select`, from the catalogue in use (metodstod).
function __metodstod_ids
    set -l tokens (commandline -opc)
    set -l catalogue
    set -l i (contains -i -- --catalogue $tokens)
    and set catalogue --catalogue $tokens[(math $i + 1)]
    $tokens[1] $catalogue --generate ids 2>/dev/null
end

function __metodstod_wants_id
    set -l tokens (commandline -opc)
    test (count $tokens) -ge 2; or return 1
    contains -- $tokens[-1] show open
end

complete -c metodstod -n __metodstod_wants_id -f -a "(__metodstod_ids)"
complete -c metodstod -l select -x -a "(__metodstod_ids)"
"#;

/// clap_complete's zsh script completes the positional `id` (of `show` and `open`) and
/// `--select` with `_default`; here they call `_metodstod_ids`, defined before the
/// script's last lines run it (a test checks that the three lines were found).
fn zsh_with_ids(script: &str) -> String {
    let script: String = script
        .lines()
        .map(|line| {
            let wants_id = line.starts_with("':id -- ") || line.starts_with("'--select=");
            match line.strip_suffix(":_default' \\") {
                Some(head) if wants_id => format!("{head}:_metodstod_ids' \\\n"),
                _ => format!("{line}\n"),
            }
        })
        .collect();
    let helper = r#"
# Entry ids after `show`, `open` and `--select`, from the catalogue in use (metodstod).
_metodstod_ids() {
    local -a catalogue ids line=(${(z)BUFFER})
    local i=${line[(i)--catalogue]}
    (( i < $#line )) && catalogue=(--catalogue ${~line[i+1]})
    ids=(${(f)"$(_call_program ids metodstod $catalogue --generate ids 2>/dev/null)"})
    compadd -a ids
}

"#;
    match script.find("if [ \"$funcstack[1]\" = \"_metodstod\" ]") {
        Some(at) => format!("{}{helper}{}", &script[..at], &script[at..]),
        None => script + helper,
    }
}
