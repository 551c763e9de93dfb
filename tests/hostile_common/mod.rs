//! What the `hostile_*` tests share beside `tests/common`: timing a run of the binary and
//! checking that it failed (or succeeded) the documented way, never by panicking.
#![allow(dead_code)]

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

/// Runs `ggegraph` with `args`, returning its output and how long it took.
pub fn run(args: &[&str]) -> (Output, Duration) {
    let started = Instant::now();
    let out = crate::common::ggegraph(args);
    (out, started.elapsed())
}

/// Stderr as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts the exit code and that stderr has no panic message.
pub fn assert_exit(out: &Output, code: i32, args: &[&str]) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{args:?} panicked:\n{err}");
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}: exit code\nstderr:\n{err}"
    );
}

/// A path as `&str` (temporary directories are UTF-8 here).
pub fn s(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temporary path")
}

/// Every file under `dir`, recursively, sorted.
pub fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Temporary files of atomic writes left under `dir`.
pub fn leftover_temp_files(dir: &Path) -> Vec<std::path::PathBuf> {
    files_under(dir)
        .into_iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(".ggegraph-") || n.ends_with(".tmp"))
        })
        .collect()
}

/// Starts `ggegraph args` with stdout and stderr piped, for the tests that watch or signal
/// a run while it goes.
fn spawn(args: &[&str]) -> std::process::Child {
    std::process::Command::new(env!("CARGO_BIN_EXE_ggegraph"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn")
}

/// Runs `ggegraph args`, killing it (and failing) after `limit`. The output is read while
/// it runs: a large answer (the JSON of a tree 2,000 levels deep) fills a pipe, and a
/// child blocked on a full pipe would look like a slow run.
pub fn run_within(args: &[&str], limit: Duration) -> Output {
    use std::process::Command;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let child = spawn(args);
    let pid = child.id().to_string();
    let done = Arc::new(AtomicBool::new(false));
    let watchdog = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let started = Instant::now();
            while !done.load(Ordering::Relaxed) {
                if started.elapsed() > limit {
                    let _ = Command::new("kill").args(["-9", &pid]).status();
                    return true;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            false
        })
    };
    let out = child.wait_with_output().expect("wait");
    done.store(true, Ordering::Relaxed);
    let killed = watchdog.join().expect("watchdog");
    assert!(!killed, "{args:?}: still running after {limit:?}");
    out
}

/// A corpus directory `dir/corpus` holding `a.txt`, one sentence with one fact (Russia
/// introduced resolution 53/70): the ordinary document beside which a test puts the link,
/// FIFO or device it is about.
pub fn one_fact_corpus(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).expect("mkdir");
    std::fs::write(
        corpus.join("a.txt"),
        "Resolution 53/70 was introduced by the Russian Federation.\n",
    )
    .expect("write");
    corpus
}

/// Runs `report --no-bundled --corpus CORPUS -o OUT`, asserting that it succeeds, and
/// returns the text of its facts pages ([`crate::common::facts_pages`]): the tests of how a
/// report cites the lines of a corpus's documents start so.
pub fn report_facts(corpus: &Path, out_dir: &Path) -> String {
    let args = [
        "report",
        "--no-bundled",
        "--corpus",
        s(corpus),
        "-o",
        s(out_dir),
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    crate::common::facts_pages(out_dir)
}

/// Starts `ggegraph args`, sends it `signal` (a flag of `kill`: `-INT`, `-TERM`, `-HUP`)
/// after `delay`, and returns its output and whether `kill` succeeded (it fails when the
/// run has already ended): the tests of interrupted runs stop a report half-way so.
pub fn signal_after(signal: &str, args: &[&str], delay: Duration) -> (Output, bool) {
    use std::process::Command;
    let child = spawn(args);
    std::thread::sleep(delay);
    let killed = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill runs");
    (child.wait_with_output().expect("wait"), killed.success())
}

/// [`slow_report_corpus`] under `dir`, and where its report goes (`dir/out`): (corpus,
/// output directory), for the tests that stop that report half-way.
pub fn slow_report(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    (slow_report_corpus(dir), dir.join("out"))
}

/// A corpus big enough that `report` takes a while (60 documents beside the bundled
/// ones), for the tests that stop a report half-way.
pub fn slow_report_corpus(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("mkdir");
    for i in 0..60 {
        std::fs::write(
            corpus.join(format!("doc{i:03}.txt")),
            format!(
                "The Group of Governmental Experts 2014-2015 included Brazil and Germany (copy {i}).\n\n{}",
                "The Open-ended Working Group 2021-2025 was chaired by Burhan Gafoor of Singapore. ".repeat(50)
            ),
        )
        .expect("write");
    }
    corpus
}
