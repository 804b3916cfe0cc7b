//! How each platform finds, names and runs programs: pure data, compiled everywhere, so
//! that every platform's rules are tested wherever the tests run.

/// A platform's rules for programs.
#[derive(Debug, PartialEq, Eq)]
pub struct Programs {
    /// The openers for an address, in order of preference: a program and the arguments
    /// that come before the address.
    pub openers: &'static [(&'static str, &'static [&'static str])],
    /// What a program's file name ends with.
    pub exe_suffix: &'static str,
    /// What separates directories in a path.
    pub separators: &'static [char],
    /// What separates the commands of `$BROWSER`.
    pub list_separator: char,
}

/// Linux and the BSDs.
pub const UNIX: Programs = Programs {
    openers: &[("xdg-open", &[]), ("gio", &["open"]), ("sensible-browser", &[])],
    exe_suffix: "",
    separators: &['/'],
    list_separator: ':',
};

pub const MACOS: Programs = Programs { openers: &[("open", &[])], ..UNIX };

/// Windows: the system's handler for an address, without a shell. `rundll32` hands the
/// rest of its command line to `url.dll`'s FileProtocolHandler, which gives the address
/// to the registered browser or mail program. The address is one argument (it has no
/// spaces, so it is passed as written), and no `cmd.exe` reads it, so `&`, `|`, `^` and
/// `%` in it stay characters. (`cmd /c start` would run what follows a `&`;
/// `explorer.exe` exits with 1 even when it opened the address, and reads commas as
/// switches.) Only `.exe` is looked for: a `.bat` or `.cmd` file runs through `cmd.exe`.
/// `$BROWSER`'s commands are separated by `;`, as `%PATH%`'s directories, since a drive
/// letter has a colon.
pub const WINDOWS: Programs = Programs {
    openers: &[("rundll32", &["url.dll,FileProtocolHandler"])],
    exe_suffix: ".exe",
    separators: &['/', '\\'],
    list_separator: ';',
};

impl Programs {
    /// Whether `program` names a file rather than a program to look for in `PATH`.
    pub fn is_path(&self, program: &str) -> bool {
        program.contains(self.separators)
    }

    /// A program's name without its directory or the suffix of programs.
    pub fn name<'a>(&self, program: &'a str) -> &'a str {
        let name = program.rsplit(self.separators).next().unwrap_or(program);
        name.strip_suffix(self.exe_suffix).unwrap_or(name)
    }

    /// The names a program may have on disk.
    pub fn file_names(&self, program: &str) -> Vec<String> {
        let mut names = vec![program.to_string()];
        if !self.exe_suffix.is_empty() {
            names.push(format!("{program}{}", self.exe_suffix));
        }
        names
    }

    /// A `$BROWSER` command as shell words would be read, where a backslash separates
    /// directories rather than escapes: doubled, so that the splitter keeps one.
    pub fn literal_backslashes(&self, command: &str) -> String {
        if self.separators.contains(&'\\') { command.replace('\\', "\\\\") } else { command.into() }
    }
}
