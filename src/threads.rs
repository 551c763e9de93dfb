//! Worker threads, started so that a system that gives fewer threads than asked for (a
//! process limit, `ulimit -u`, a container's `pids.max`) makes the run slower, never a
//! panic.
//!
//! Rayon's global pool would panic on first use when a worker thread cannot be started,
//! and can be set up only once. [`init`] therefore starts the helper threads itself, as
//! many as the system allows up to the number of cores, hands each to rayon as one of its
//! workers, and makes the calling thread a worker too: with no helper at all the pool has
//! one worker, the caller, and runs everything in order. [`spawn_scoped`] is
//! `std::thread::Scope::spawn` that runs the work on the calling thread when no thread
//! can be started (or the pool is sequential).
//!
//! Not for choosing how work is split: that stays rayon's.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};

/// Set when the pool has no thread but the caller's (see [`sequential`]).
static SEQUENTIAL: AtomicBool = AtomicBool::new(false);

/// Starts rayon's global pool with as many workers as the system gives, up to
/// `RAYON_NUM_THREADS` or the number of cores, and returns how many it has (at least 1:
/// the calling thread). Call it once, first thing in `main`, from the thread that will
/// do the work; a second call, or one after rayon was used, changes nothing and returns
/// the pool's size.
pub fn init() -> usize {
    init_with(wanted_threads())
}

/// [`init`] with an explicit number of workers wanted.
pub fn init_with(wanted: usize) -> usize {
    let wanted = wanted.max(1);
    // Helpers first, each waiting for the rayon worker it is to run: a helper that
    // cannot be started means one worker fewer, decided before rayon is asked.
    let mut helpers: Vec<mpsc::Sender<rayon::ThreadBuilder>> = Vec::new();
    for i in 1..wanted {
        let (tx, rx) = mpsc::channel::<rayon::ThreadBuilder>();
        let started = std::thread::Builder::new()
            .name(format!("ggegraph-worker-{i}"))
            .spawn(move || {
                // No builder (the pool was set up elsewhere): the helper just ends.
                if let Ok(worker) = rx.recv() {
                    worker.run();
                }
            });
        match started {
            Ok(_) => helpers.push(tx),
            Err(_) => break,
        }
    }
    let workers = helpers.len() + 1;
    let mut helpers = helpers.into_iter();
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(workers)
        .use_current_thread()
        .spawn_handler(move |worker| {
            let helper = helpers
                .next()
                .ok_or_else(|| std::io::Error::other("no helper thread left"))?;
            helper
                .send(worker)
                .map_err(|_| std::io::Error::other("helper thread ended"))
        })
        .build_global();
    match built {
        Ok(()) => {
            SEQUENTIAL.store(workers == 1, Ordering::Relaxed);
            workers
        }
        // Already set up (a second call, or rayon used before): keep that pool.
        Err(_) => rayon::current_num_threads(),
    }
}

/// The number of workers wanted: `RAYON_NUM_THREADS` when it is a positive number, else
/// the number of cores.
fn wanted_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// True when [`init`] could start no helper thread: the pool's only worker is the thread
/// that called it, and work that would run on a thread of its own (a Graphviz layout)
/// must run in order on the caller, or rayon work it does would wait for a worker that
/// is busy waiting for it.
pub fn sequential() -> bool {
    SEQUENTIAL.load(Ordering::Relaxed)
}

/// Work started by [`spawn_scoped`]: on a thread of its own, or already done.
pub enum Task<'scope, T> {
    /// Running on its own thread.
    Running(std::thread::ScopedJoinHandle<'scope, Option<T>>),
    /// Done on the calling thread (no thread could be started).
    Done(T),
}

impl<T> Task<'_, T> {
    /// The work's result; a panic in the work is resumed here.
    pub fn join(self) -> T {
        match self {
            Task::Done(value) => value,
            Task::Running(handle) => match handle.join() {
                Ok(Some(value)) => value,
                // The closure is taken by exactly one of the thread and the caller: a
                // thread that started holds it.
                Ok(None) => unreachable!("a started task ran its work"),
                Err(panic) => std::panic::resume_unwind(panic),
            },
        }
    }
}

/// Runs `work` on a new thread of `scope`, or on this thread when the pool is sequential
/// or the system gives no thread.
pub fn spawn_scoped<'scope, 'env, T, F>(
    scope: &'scope std::thread::Scope<'scope, 'env>,
    work: F,
) -> Task<'scope, T>
where
    T: Send + 'scope,
    F: FnOnce() -> T + Send + 'scope,
{
    if sequential() {
        return Task::Done(work());
    }
    // Shared so that the work is still here when the thread cannot be started.
    let slot = Arc::new(Mutex::new(Some(work)));
    let theirs = Arc::clone(&slot);
    let started = std::thread::Builder::new().spawn_scoped(scope, move || {
        let work = theirs.lock().unwrap_or_else(|p| p.into_inner()).take();
        work.map(|work| work())
    });
    match started {
        Ok(handle) => Task::Running(handle),
        Err(_) => {
            let work = slot.lock().unwrap_or_else(|p| p.into_inner()).take();
            match work {
                Some(work) => Task::Done(work()),
                None => unreachable!("a thread that was not started took no work"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spawn_scoped_runs_the_work_once() {
        let mut seen = Vec::new();
        let value = std::thread::scope(|scope| {
            let task = spawn_scoped(scope, || 6 * 7);
            seen.push(1);
            task.join()
        });
        assert_eq!(value, 42);
        assert_eq!(seen, [1]);
    }
}
