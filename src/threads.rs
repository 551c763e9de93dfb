//! Worker threads, started so that a system that gives fewer threads than asked for (a
//! process limit, `ulimit -u`, a container's `pids.max`) makes the run slower, never a
//! panic.
//!
//! Rayon's global pool would panic on first use when a worker thread cannot be started,
//! and can be set up only once. [`init`] therefore starts the helper threads itself, as
//! many as the system allows up to the number of cores, hands each to rayon as one of its
//! workers, and makes the calling thread a worker too: with no helper at all the pool has
//! one worker, the caller, and runs everything in order; [`sequential`] tells the code
//! that would start a thread of its own (the writer of Graphviz's input) to do without.
//!
//! Not for choosing how work is split: that stays rayon's.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

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
/// that called it, and no other thread is to be expected, so work that would start one
/// (feeding Graphviz's input through a pipe) takes a way without (a file).
pub fn sequential() -> bool {
    SEQUENTIAL.load(Ordering::Relaxed)
}
