//! A terminal that vanishes ends the program at once, whether or not a SIGHUP reaches
//! it, and without spinning: the program is started under a shell that ignores SIGHUP
//! and stays the session leader (as `script`, `strace` or any wrapper that outlives a
//! hang-up), so the kernel never signals it; then the pty's master side is closed.

use crate::common;

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use common::hostile::{big_catalogue, write};
use common::pty::{self, TIMEOUT, TempDir};

/// How soon after its terminal vanished the program must have ended.
const GONE_WITHIN: Duration = Duration::from_secs(2);
/// The most CPU time it may use in between: a busy loop uses all of it.
const MAX_CPU: Duration = Duration::from_millis(200);

/// The program, started through a shell that ignores SIGHUP, on a pty.
struct UnderShell {
    /// The master's handles; dropping them is the terminal vanishing.
    terminal: Option<(Box<dyn portable_pty::MasterPty + Send>, Box<dyn std::io::Write + Send>)>,
    /// The shell, which lives on after the program: ended when the test ends.
    shell: Box<dyn portable_pty::Child + Send + Sync>,
    /// The program's own process id (the shell's child).
    pid: u32,
    /// Where the shell writes the program's exit status.
    status: std::path::PathBuf,
    _dir: TempDir,
}

impl UnderShell {
    /// Starts `metodstod ARGS` under `sh -c 'trap "" HUP; …'` (not `exec`: the shell
    /// stays) and reads its output until `ready` shows.
    fn start(args: &[&str], ready: &str, keys: &str) -> UnderShell {
        let dir = TempDir::new("hangup");
        let status = dir.join("status");
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let script = format!(
            "trap '' HUP; '{}' {}; echo $? > '{}'; sleep 30",
            pty::binary(),
            quoted.join(" "),
            status.display()
        );
        let mut cmd = pty::command("sh");
        cmd.args(["-c", &script]);
        let pty::Opened { master, mut child, reader, mut writer } = pty::open(cmd, 100, 30);
        let Some(shell) = child.process_id() else { panic!("the shell has no pid") };
        let rx = pty::read_until(reader, ready.as_bytes());
        if rx.recv_timeout(Duration::from_secs(60)).is_err() {
            let _ = child.kill();
            panic!("{ready:?} did not show within 60 s");
        }
        if let Err(e) = writer.write_all(keys.as_bytes()).and_then(|()| writer.flush()) {
            panic!("cannot type {keys:?}: {e}");
        }
        let pid = child_of(shell);
        UnderShell { terminal: Some((master, writer)), shell: child, pid, status, _dir: dir }
    }

    /// Closes every handle on the master: the terminal is gone.
    fn close_terminal(&mut self) {
        self.terminal = None;
    }

    /// Waits for the program to end; returns how long it took, the CPU time it used
    /// after `cpu_before`, and its exit status as the shell saw it.
    fn wait_gone(&self, cpu_before: Duration) -> (Duration, Duration, String) {
        let start = Instant::now();
        let mut cpu_last = cpu_before;
        while let Some(cpu) = cpu_time(self.pid) {
            cpu_last = cpu;
            assert!(
                start.elapsed() < GONE_WITHIN,
                "the program still runs {GONE_WITHIN:?} after its terminal vanished, having used {:?} of CPU",
                cpu_last.saturating_sub(cpu_before)
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let took = start.elapsed();
        let status = pty::wait_for_file(&self.status, "the exit status", |s| !s.trim().is_empty());
        (took, cpu_last.saturating_sub(cpu_before), status.trim().to_string())
    }
}

impl Drop for UnderShell {
    fn drop(&mut self) {
        let _ = self.shell.kill();
    }
}

/// The one child of process `parent`, from /proc.
fn child_of(parent: u32) -> u32 {
    let deadline = Instant::now() + TIMEOUT;
    while Instant::now() < deadline {
        let children: Vec<u32> = std::fs::read_dir("/proc")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| {
                stat_fields(*pid)
                    .is_some_and(|f| f.get(1).map(String::as_str) == Some(&parent.to_string()))
            })
            .collect();
        if let [pid] = children.as_slice() {
            return *pid;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("the shell {parent} has no single child");
}

/// The fields of /proc/PID/stat after the command's name: state, ppid, …
fn stat_fields(pid: u32) -> Option<Vec<String>> {
    let stat =
        std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat")).ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    Some(rest.split_whitespace().map(str::to_string).collect())
}

/// User plus system CPU time of a live process; `None` once it has gone (or is a
/// zombie, which runs no more).
fn cpu_time(pid: u32) -> Option<Duration> {
    let fields = stat_fields(pid)?;
    if fields.first().map(String::as_str) == Some("Z") {
        return None;
    }
    // utime and stime are fields 14 and 15 of stat, 11 and 12 after the name.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let per_second = clock_ticks();
    Some(Duration::from_millis(ticks * 1000 / per_second))
}

fn clock_ticks() -> u64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100)
}

fn mini() -> String {
    common::fixture("mini.json").display().to_string()
}

fn assert_quiet_end(p: &UnderShell, cpu_before: Duration, what: &str, expected: &str) {
    let (took, cpu, status) = p.wait_gone(cpu_before);
    eprintln!("{what}: ended after {took:?}, {cpu:?} of CPU, status {status}");
    assert!(cpu < MAX_CPU, "{what}: {cpu:?} of CPU after the terminal vanished");
    assert_eq!(status, expected, "{what}: exit status");
}

#[test]
fn a_vanished_terminal_without_sighup_ends_the_browser_at_once() {
    let mut p = UnderShell::start(&["--catalogue", &mini()], "av 6", "");
    let before = cpu_time(p.pid).unwrap_or_default();
    p.close_terminal();
    assert_quiet_end(&p, before, "browser, no SIGHUP", "129");
}

#[test]
fn a_sighup_ends_the_browser_within_a_second_without_spinning() {
    let p = UnderShell::start(&["--catalogue", &mini()], "av 6", "");
    let before = cpu_time(p.pid).unwrap_or_default();
    let _ = std::process::Command::new("kill").args(["-HUP", &p.pid.to_string()]).status();
    assert_quiet_end(&p, before, "browser, SIGHUP", "129");
}

#[test]
fn a_vanished_terminal_during_a_big_search_ends_the_browser_at_once() {
    let dir = TempDir::new("hangup-big");
    let file = dir.join("big.json");
    write(&file, big_catalogue(50_000).as_bytes());
    let path = file.display().to_string();
    let mut p = UnderShell::start(&["--catalogue", &path], "av 50000", "/manual");
    let before = cpu_time(p.pid).unwrap_or_default();
    p.close_terminal();
    // The search itself may use a core until it is noticed; the bound is the same.
    assert_quiet_end(&p, before, "browser during a 50 000-entry search", "129");
}

#[test]
fn a_vanished_terminal_ends_the_line_mode_at_once() {
    let mut p = UnderShell::start(&["--catalogue", &mini(), "--plain"], "? ", "");
    let before = cpu_time(p.pid).unwrap_or_default();
    p.close_terminal();
    let (took, cpu, status) = p.wait_gone(before);
    eprintln!("line mode: ended after {took:?}, {cpu:?} of CPU, status {status}");
    assert!(cpu < MAX_CPU, "line mode: {cpu:?} of CPU after the terminal vanished");
    // End of input (exit 0) or a read error on the lost terminal (exit 1): never a hang.
    assert!(status == "0" || status == "1", "line mode: exit status {status}");
}
