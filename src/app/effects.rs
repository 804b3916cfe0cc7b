//! Effects carried out for the loop: the search off the input path, the catalogue
//! read on a thread of its own, copies to the clipboard, and a link opened by its plan.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::action::{Action, Copied, SearchRequest, Status};
use crate::catalogue;
use crate::links::{self, Failure, Opener, Plan};
use crate::platform::Input;
use crate::state::State;
use crate::tui::{self, Tui};

use super::Runtime;

/// Where the loop's threads send their outcomes.
pub type Post = crate::platform::Post<Action>;

/// The search running off the input path, if any.
#[derive(Default)]
pub struct Background {
    cancel: Option<Arc<AtomicBool>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    /// Stops the running search: its answer would be stale.
    pub fn cancel(&mut self) {
        if let Some(flag) = self.cancel.take() {
            flag.store(true, Ordering::Relaxed);
        }
    }

    /// Waits for the last search's thread to end: cancelled or answered, it ends within
    /// one stride of entries.
    pub fn settle(&mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    pub fn start(&mut self, state: &State, request: SearchRequest, post: &Post) {
        self.cancel();
        // No two searches hold the catalogue at once: entries that arrive meanwhile
        // join it when the one running lets go.
        self.settle();
        let flag = Arc::new(AtomicBool::new(false));
        self.cancel = Some(Arc::clone(&flag));
        let (catalogue, index, post) =
            (Arc::clone(&state.catalogue), Arc::clone(&state.index), post.clone());
        self.thread = Some(std::thread::spawn(move || {
            let SearchRequest { generation, query, candidates } = request;
            let found = index.search_within(&catalogue, &query, &candidates, &*flag);
            let answer = found.and_then(|matches| {
                let why = index.why_within(&query, &matches, &*flag)?;
                Some((matches, why))
            });
            // Let go of the catalogue before answering: the answer lets waiting entries
            // join it.
            drop((catalogue, index));
            if let Some((matches, why)) = answer {
                post.send(Action::SearchDone { generation, query, matches, why });
            }
        }));
    }
}

/// How long no key must come before typing counts as paused: longer than the gap
/// between the keys of a word typed, shorter than a listener waits for an answer.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(350);

/// The watch for a pause in typing: one thread at a time, however fast the keys come
/// (a paste of a thousand characters starts one, not a thousand).
#[derive(Default)]
pub struct Pause {
    latest: Arc<AtomicU64>,
    watching: Arc<AtomicBool>,
}

impl Pause {
    /// Posts `TypingPaused(n)` once no edit has come for the pause; `typed` is the
    /// number of the latest edit.
    pub fn after(&self, typed: u64, post: &Post) {
        self.latest.store(typed, Ordering::SeqCst);
        if self.watching.swap(true, Ordering::SeqCst) {
            return;
        }
        let (latest, watching, post) =
            (Arc::clone(&self.latest), Arc::clone(&self.watching), post.clone());
        std::thread::spawn(move || {
            loop {
                let seen = latest.load(Ordering::SeqCst);
                std::thread::sleep(TYPING_PAUSE);
                if latest.load(Ordering::SeqCst) != seen {
                    continue;
                }
                watching.store(false, Ordering::SeqCst);
                // An edit between the look and letting go: watch on, unless the
                // edit's own call already started a new watch.
                if latest.load(Ordering::SeqCst) != seen && !watching.swap(true, Ordering::SeqCst) {
                    continue;
                }
                post.send(Action::TypingPaused(seen));
                break;
            }
        });
    }
}

/// Reads the catalogue at `path` on a thread of its own, posting it batch by batch.
pub fn read_catalogue(path: PathBuf, post: Post) {
    std::thread::spawn(move || {
        let send = |batch| post.send(Action::Loaded(Box::new(batch)));
        if !catalogue::load_batches(&path, send) {
            post.send(Action::LoadFailed);
        }
    });
}

pub fn copy(text: &str, what: Copied, opener: &Opener) -> Status {
    match (tui::copy(text, opener.tmux), what) {
        (Err(e), _) => Status::OpenFailed(Failure::NotCopied(e.kind())),
        (Ok(()), Copied::Link) => Status::Copied(text.to_string()),
        (Ok(()), Copied::Citation) => Status::CopiedCitation,
        (Ok(()), Copied::ReadingList(entries)) => Status::CopiedList { entries, bytes: text.len() },
    }
}

/// Carries out the plan for a link: over SSH a copy; a text-mode browser gets the
/// terminal until it ends; any other runs detached and reports a failure through
/// `reports`, as the loop's other outcomes do.
pub fn open(
    terminal: &mut Tui,
    runtime: &Runtime,
    url: &str,
    reports: &Post,
    input: &Input,
) -> io::Result<Status> {
    Ok(match links::plan(url, &runtime.opener) {
        Plan::Copy => {
            let _ = copy(url, Copied::Link, &runtime.opener);
            Status::CopiedOverSsh(url.to_string())
        }
        Plan::Refuse(why) => Status::OpenFailed(why),
        Plan::Foreground(command) => {
            input.lend();
            tui::leave(runtime.mouse);
            let outcome = links::run_in_foreground(&command);
            let entered = tui::enter(runtime.mouse, terminal);
            input.take_back();
            entered?;
            match outcome {
                Ok(()) => Status::BrowserStarted(url.to_string()),
                Err(why) => Status::OpenFailed(why),
            }
        }
        Plan::Detached(command) => match links::spawn_detached(&command) {
            Ok(mut child) => {
                let reports = reports.clone();
                // Reap the opener and report a failure; the loop picks it up.
                std::thread::spawn(move || {
                    if let Ok(status) = child.wait()
                        && !status.success()
                    {
                        let failed = Status::OpenFailed(Failure::exited(&command.program, status));
                        reports.send(Action::Report(failed));
                    }
                });
                Status::BrowserStarted(url.to_string())
            }
            Err(why) => Status::OpenFailed(why),
        },
    })
}
