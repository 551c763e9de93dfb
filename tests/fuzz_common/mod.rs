//! A stable-Rust fuzzing loop for `cargo test` (cargo-fuzz needs a nightly compiler): a
//! seeded generator makes inputs, each is checked under `catch_unwind`, and the loop stops
//! after a number of executions or seconds, whichever comes first. A failing input is
//! saved under the target directory and named in the panic, so it can be replayed.
//!
//! `cargo test` runs a short budget with a fixed seed. For a long run:
//! `GGEGRAPH_FUZZ_SECS=600 GGEGRAPH_FUZZ_EXECS=100000000 GGEGRAPH_FUZZ_SEED=random
//! cargo test --release --test fuzz_readers -- --nocapture` (the same for `fuzz_walker`);
//! the summary line gives the executions run and the failing inputs found
//! (`GGEGRAPH_FUZZ_KEEP_GOING=1` goes on after the first).
#![allow(dead_code)]

use std::time::{Duration, Instant};

/// xorshift64*: small, fast and reproducible from its seed.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced, xorshift cannot leave it).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True with probability `1/n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// How long a run goes on, from the environment or the target's defaults.
pub struct Budget {
    /// Go on after a failing input (`GGEGRAPH_FUZZ_KEEP_GOING`), to count every one a
    /// long run finds; the test still fails at the end.
    pub keep_going: bool,
    pub execs: u64,
    pub time: Duration,
    pub seed: u64,
}

impl Budget {
    pub fn from_env(default_execs: u64, default_secs: u64) -> Budget {
        let num = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
        let seed = match std::env::var("GGEGRAPH_FUZZ_SEED").ok().as_deref() {
            Some("random") => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64),
            Some(v) => v.parse().unwrap_or(1),
            None => 1,
        };
        Budget {
            keep_going: std::env::var_os("GGEGRAPH_FUZZ_KEEP_GOING").is_some(),
            execs: num("GGEGRAPH_FUZZ_EXECS").unwrap_or(default_execs),
            time: Duration::from_secs(num("GGEGRAPH_FUZZ_SECS").unwrap_or(default_secs)),
            seed,
        }
    }
}

/// Runs `check` on inputs from `generate` within the budget; panics (naming the saved
/// input) on the first input whose check panics. Returns the executions run.
pub fn run<I>(
    name: &str,
    budget: &Budget,
    mut generate: impl FnMut(&mut Rng) -> I,
    save: impl Fn(&I, &std::path::Path),
    check: impl Fn(&I),
) -> u64 {
    let mut rng = Rng::new(budget.seed);
    let started = Instant::now();
    let mut execs = 0u64;
    let mut crashes: Vec<String> = Vec::new();
    while execs < budget.execs && started.elapsed() < budget.time {
        let input = generate(&mut rng);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&input)));
        execs += 1;
        if let Err(panic) = outcome {
            let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-crashes");
            let _ = std::fs::create_dir_all(&dir);
            let path = dir.join(format!("{name}-seed{}-exec{execs}", budget.seed));
            save(&input, &path);
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let message: String = message.chars().take(200).collect();
            crashes.push(format!(
                "execution {execs}: {message}; input saved in {}",
                path.display()
            ));
            if !budget.keep_going {
                break;
            }
        }
    }
    eprintln!(
        "fuzz {name}: {execs} executions in {:.1} s, seed {}, {} crashes",
        started.elapsed().as_secs_f64(),
        budget.seed,
        crashes.len()
    );
    assert!(
        crashes.is_empty(),
        "fuzz {name} (seed {}):\n{}",
        budget.seed,
        crashes.join("\n")
    );
    execs
}
