//! Work shared among the cores when there is enough of it to pay for the threads.

/// Below this many entries a search runs on one thread; spawning costs more than it saves.
pub(super) const PARALLEL_THRESHOLD: usize = 4_000;

/// `f` over `items`, in order, on every core when there are enough items to pay for
/// the threads.
pub(super) fn parallel_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    per_core(items, |part| part.iter().map(&f).collect::<Vec<U>>()).into_iter().flatten().collect()
}

/// `f` over one slice of `items` per core (one slice below the threshold), in order.
pub(super) fn per_core<'a, T: Sync, U: Send>(
    items: &'a [T],
    f: impl Fn(&'a [T]) -> U + Sync,
) -> Vec<U> {
    // Asked only for enough items: the answer reads three cgroup files each time, which
    // for the embedded catalogue cost more than its whole index.
    let threads = if items.len() < PARALLEL_THRESHOLD {
        1
    } else {
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    };
    if threads < 2 {
        return vec![f(items)];
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(items.len().div_ceil(threads))
            .map(|part| scope.spawn(move || f(part)))
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}
