//! The report as a reader uses it, in headless Chromium: `tests/browser/report.test.mjs`
//! (playwright-core driving Debian's `/usr/bin/chromium`, axe-core injected from
//! `node_modules`) searches for "Mauritius" and opens its page, sorts and filters a
//! table, clicks diagram nodes through to their pages, follows a fact to its source
//! line, runs axe-core (no serious or critical violation) and checks that a 390 px wide
//! screen does not scroll sideways.
//!
//! Skips when node, Chromium or `tests/browser/node_modules` is missing, unless
//! `GGEGRAPH_REQUIRE_TOOLS=1` (set by `.ci/run`, which runs `npm ci` there first).

mod common;

use std::path::{Path, PathBuf};

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Why the browser test cannot run here, if it cannot.
fn missing_tool() -> Option<String> {
    let node = std::process::Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        return Some("node not installed".into());
    }
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if !chromium.exists() {
        return Some(chromium.display().to_string());
    }
    for package in ["playwright-core", "axe-core"] {
        if !browser_dir().join("node_modules").join(package).exists() {
            return Some(format!(
                "tests/browser/node_modules/{package} (npm ci in tests/browser)"
            ));
        }
    }
    None
}

#[test]
fn report_works_in_a_browser_for_search_sorting_links_accessibility_and_phones() {
    if let Some(why) = missing_tool() {
        common::missing_tool(&why);
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let report = dir.path().join("report");
    // With the roll calls beside the repository (skipped where they are absent), the
    // report has its Votes section, which the browser checks too.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    let votes = data.join("un_votes-ict.csv");
    let roll_calls = data.join("un_roll_calls-ict.csv");
    let with_votes = votes.exists() && roll_calls.exists();
    let mut report_cmd = common::command();
    report_cmd.args(["report", "--quiet", "-o"]).arg(&report);
    if with_votes {
        report_cmd
            .arg("--votes")
            .arg(&votes)
            .arg("--roll-calls")
            .arg(&roll_calls);
    }
    let out = report_cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = std::process::Command::new("node")
        .current_dir(browser_dir())
        .arg("report.test.mjs")
        .arg(&report)
        .arg(dir.path())
        .env("GGEGRAPH_EXPECT_VOTES", if with_votes { "1" } else { "0" })
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "browser checks failed:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.lines().any(|l| l.ends_with(" passed, 0 failed")),
        "{stdout}"
    );
    let shot = std::fs::read(dir.path().join("phone-390.png")).expect("phone screenshot");
    assert!(shot.starts_with(b"\x89PNG"), "not a PNG");
}
