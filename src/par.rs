//! Work on both cores: two closures at once, or a map over items in
//! order. This machine has two cores; a report of a few megabytes or a
//! library of thousands keeps both busy.

/// Runs `a` and `b` at once (`b` on another thread) and returns both
/// results. A panic in either is the same panic here.
pub fn join<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    std::thread::scope(|s| {
        let other = s.spawn(b);
        let first = a();
        let second = other
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (first, second)
    })
}

/// `f` over `items` on all cores, results in order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    let chunks: Vec<Vec<(usize, R)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= items.len() {
                            break done;
                        }
                        done.push((i, f(&items[i])));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    for (i, r) in chunks.into_iter().flatten() {
        slots[i] = Some(r);
    }
    slots.into_iter().flatten().collect()
}

/// Where to cut `bytes` in two for [`join`]: after the newline nearest
/// the middle (a char boundary in UTF-8), or `None` when there is none.
pub fn halves_at_newline(bytes: &[u8]) -> Option<usize> {
    let mid = bytes.len() / 2;
    memchr::memchr(b'\n', &bytes[mid..])
        .map(|k| mid + k + 1)
        .or_else(|| memchr::memrchr(b'\n', &bytes[..mid]).map(|k| k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_and_map_keep_order() {
        assert_eq!(join(|| 1, || "b"), (1, "b"));
        let v: Vec<usize> = (0..1000).collect();
        assert_eq!(
            parallel_map(&v, |x| x * 2),
            v.iter().map(|x| x * 2).collect::<Vec<_>>()
        );
        assert_eq!(halves_at_newline(b"ab\ncd\nef"), Some(6));
        assert_eq!(halves_at_newline(b"ab\ncdef"), Some(3));
        assert_eq!(halves_at_newline(b"abcdef"), None);
    }
}
