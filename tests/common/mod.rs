//! What every end-to-end test shares: running the `ggegraph` binary and capturing its
//! output, and the one decision on what a test does when an outside tool (Graphviz,
//! Chromium, Python with NetworkX, ...) is missing: it skips with a note, except under
//! `GGEGRAPH_REQUIRE_TOOLS=1` (set by `.ci/run`), where it fails, so that CI cannot pass
//! by skipping. The `*_common` modules beside this one keep only what is specific to
//! their tests. Each test uses some of these helpers.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Every view `ggegraph render` draws from documents alone (votes and agreement also need
/// roll calls), with one state for the ego view.
pub const CORPUS_VIEWS: [&str; 6] = [
    "membership",
    "comembership",
    "timeline",
    "continuity",
    "norms",
    "ego:BRA",
];

/// The six GGEs of the bundled corpus, in time order: the list several commands (groups,
/// continuity, the continuity view, a state's groups) are expected to give.
pub const BUNDLED_GGES: [&str; 6] = [
    "gge-2004-2005",
    "gge-2009-2010",
    "gge-2012-2013",
    "gge-2014-2015",
    "gge-2016-2017",
    "gge-2019-2021",
];

/// The flags after `--headless --no-sandbox --disable-gpu` (and whatever a test adds there)
/// with which every Chromium test runs: no first-run set-up, no network of its own, no
/// updates, and the console logged to stderr, where the tests look for `CONSOLE` lines.
pub const CHROMIUM_QUIET: [&str; 6] = [
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
];

/// The binary, with nothing set yet.
pub fn command() -> Command {
    Command::cargo_bin("ggegraph").expect("binary builds")
}

/// Runs `ggegraph` with `args`.
pub fn ggegraph(args: &[&str]) -> std::process::Output {
    command().args(args).output().expect("runs")
}

/// Asserts that `out` is a success (showing `what` and stderr otherwise), and returns
/// stdout.
#[track_caller]
pub fn success(out: std::process::Output, what: &str) -> Vec<u8> {
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Runs `ggegraph` with `args`, asserts success, and returns stdout.
pub fn stdout_ok(args: &[&str]) -> Vec<u8> {
    success(ggegraph(args), &format!("{args:?}"))
}

/// Runs `ggegraph` with `args`, asserts success, and returns stdout as text.
pub fn stdout_text(args: &[&str]) -> String {
    String::from_utf8(stdout_ok(args)).expect("stdout is UTF-8")
}

/// Runs `ggegraph` with `args`, asserts success, and parses stdout as JSON.
pub fn stdout_json(args: &[&str]) -> Value {
    serde_json::from_slice(&stdout_ok(args)).expect("JSON output")
}

/// Runs `program tests/SCRIPT ARGS...` (with `env` set), asserts that it succeeded (naming
/// the run and its stderr otherwise) and parses what it printed as JSON: the reference
/// computations (pandas, NetworkX) and the readers of the exports (NetworkX, igraph,
/// graphology, d3) are all scripts that answer so.
#[track_caller]
pub fn run_script(program: &str, script: &str, args: &[&Path], env: &[(&str, &Path)]) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(script);
    let out = std::process::Command::new(program)
        .arg(&script)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap_or_else(|e| panic!("{program} does not run: {e}"));
    let what = format!("{program} {} {args:?}", script.display());
    serde_json::from_slice(&success(out, &what))
        .unwrap_or_else(|e| panic!("{what}: the script prints no JSON: {e}"))
}

/// The files `names` of `../shared/data/` (the real roll calls beside the repository), or
/// `None`, with a note that the checks on them are skipped, when one of them is missing:
/// that data is not the project's, so the tests on it run only where it is.
pub fn shared_data<const N: usize>(names: [&str; N]) -> Option<[PathBuf; N]> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let files = names.map(|name| dir.join(name));
    if files.iter().all(|f| f.is_file()) {
        Some(files)
    } else {
        eprintln!(
            "note: {} not found; real roll-call checks skipped",
            dir.display()
        );
        None
    }
}

/// The strings of the JSON array `list`, in order (other values left out): the lists of
/// ids most answers are checked by.
#[track_caller]
pub fn strings(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .filter_map(Value::as_str)
        .collect()
}

/// The string `field` of each object of the JSON array `list`, in order (objects without it
/// left out): the ids of a listing of groups, states or votes.
#[track_caller]
pub fn field_strings<'a>(list: &'a Value, field: &str) -> Vec<&'a str> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .filter_map(|item| item[field].as_str())
        .collect()
}

/// Asserts that `text` contains every needle of `wanted`, failing with the message beside
/// the needle that is missing: the checks of a page are lists of what it must show.
#[track_caller]
pub fn assert_shows(text: &str, wanted: &[(&str, &str)]) {
    for (needle, message) in wanted {
        assert!(text.contains(needle), "{message}");
    }
}

/// The text of every page of a report's sources of every fact (`facts/*.html` under
/// `report`), one after the other: where the report cites each fact's file and line.
pub fn facts_pages(report: &Path) -> String {
    std::fs::read_dir(report.join("facts"))
        .expect("facts pages")
        .map(|entry| {
            std::fs::read_to_string(entry.expect("facts entry").path()).expect("facts page")
        })
        .collect()
}

/// Whether missing tools fail the tests (`GGEGRAPH_REQUIRE_TOOLS=1`, as in CI).
pub fn tools_required() -> bool {
    std::env::var("GGEGRAPH_REQUIRE_TOOLS").as_deref() == Ok("1")
}

/// Called by a test that cannot run because `what` is missing: panics under
/// `GGEGRAPH_REQUIRE_TOOLS=1`, otherwise prints that the check is skipped (the caller
/// then returns). `what` says what is missing and, where it helps, how to install it.
pub fn missing_tool(what: &str) {
    assert!(
        !tools_required(),
        "GGEGRAPH_REQUIRE_TOOLS=1 but {what} is missing (.ci/run installs it)"
    );
    eprintln!("skipped: {what} is missing");
}

/// Whether `name probe...` runs and succeeds; a missing tool goes through
/// [`missing_tool`].
pub fn tool(name: &str, probe: &[&str]) -> bool {
    let found = std::process::Command::new(name)
        .args(probe)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        missing_tool(&format!("`{name}`"));
    }
    found
}

/// Whether Graphviz's `dot` runs; its absence goes through [`missing_tool`].
pub fn graphviz() -> bool {
    tool("dot", &["-V"])
}

/// Whether `python3 -c "import MODULE"` succeeds; a missing module goes through
/// [`missing_tool`].
pub fn python_with(module: &str) -> bool {
    let found = std::process::Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        missing_tool(&format!("python3 with {module} (pip install {module})"));
    }
    found
}

/// The line number (from 1) of the one line of `seeds/FILE` that contains `text`, so that a
/// test about where a fact comes from names the sentence, not a number that moves whenever
/// the seed is edited. Panics unless exactly one line matches.
pub fn seed_line(file: &str, text: &str) -> u64 {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(file);
    let source = std::fs::read_to_string(&path).expect("seed readable");
    let found: Vec<usize> = source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.contains(text))
        .map(|(i, _)| i + 1)
        .collect();
    match found[..] {
        [line] => line as u64,
        _ => panic!(
            "{}: {text:?} is on lines {found:?}, not one",
            path.display()
        ),
    }
}

/// The text a DOT id (node name, attribute name or value) stands for, as Graphviz reads
/// it: quotes and escapes undone.
pub fn dot_text(id: &graphviz_rust::dot_structures::Id) -> String {
    use graphviz_rust::dot_structures::Id;
    match id {
        Id::Escaped(s) | Id::Plain(s) | Id::Html(s) => ggegraph::render::escape::unquote(s),
        Id::Anonymous(_) => String::new(),
    }
}
