//! How a caller abandons a search whose answer is no longer wanted.

/// Lets a caller abandon a search whose answer is no longer wanted.
pub trait Cancel: Sync {
    fn cancelled(&self) -> bool;
}

/// How many vocabulary words a pass over the whole vocabulary (a query word's plan,
/// "did you mean") handles between two looks at the cancel flag.
pub(super) const VOCAB_STRIDE: usize = 4096;

/// Never cancels.
pub struct Never;

impl Cancel for Never {
    fn cancelled(&self) -> bool {
        false
    }
}

impl Cancel for std::sync::atomic::AtomicBool {
    fn cancelled(&self) -> bool {
        self.load(std::sync::atomic::Ordering::Relaxed)
    }
}
