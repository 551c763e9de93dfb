//! What an installed ggegraph ships besides the binary: shell completions and a man page
//! generated from the parser's own definition, and the crate's metadata and licence.
//!
//! The completion scripts are checked by the shells that read them when they are
//! installed (`bash -n`, `zsh -n`, `fish --no-execute`), the man page by groff (what
//! `man` lays pages out with); a missing shell or groff skips that check, unless
//! `GGEGRAPH_REQUIRE_TOOLS=1` and the tool is bash or groff, which `.ci/run` installs.

mod common;

use common::{ggegraph, stdout_text as stdout_ok};
use std::io::Write;

/// Runs `program args` with `input` on stdin; `None` when the program is not installed.
fn run_with_stdin(program: &str, args: &[&str], input: &str) -> Option<std::process::Output> {
    let mut child = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    Some(child.wait_with_output().expect("waits"))
}

fn missing(tool: &str, required_in_ci: bool) {
    if required_in_ci {
        common::missing_tool(tool);
    } else {
        eprintln!("skipping the {tool} check: {tool} is not installed");
    }
}

#[test]
fn completion_scripts_name_every_command_and_parse_in_their_shell() {
    let bash = stdout_ok(&["completions", "bash"]);
    for word in [
        "_ggegraph()",
        "export",
        "completions",
        "--gexf-version",
        "neo4j",
    ] {
        assert!(bash.contains(word), "bash completion lacks {word}");
    }
    match run_with_stdin("bash", &["-n"], &bash) {
        Some(out) => assert!(
            out.status.success(),
            "bash -n: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        None => missing("bash", true),
    }
    let zsh = stdout_ok(&["completions", "zsh"]);
    assert!(
        zsh.starts_with("#compdef ggegraph"),
        "{}",
        &zsh[..80.min(zsh.len())]
    );
    match run_with_stdin("zsh", &["-n"], &zsh) {
        Some(out) => assert!(out.status.success(), "zsh -n"),
        None => missing("zsh", false),
    }
    let fish = stdout_ok(&["completions", "fish"]);
    assert!(fish.contains("complete -c ggegraph"));
    match run_with_stdin("fish", &["--no-execute"], &fish) {
        Some(out) => assert!(out.status.success(), "fish --no-execute"),
        None => missing("fish", false),
    }
    for shell in ["elvish", "powershell"] {
        assert!(
            stdout_ok(&["completions", shell]).contains("ggegraph"),
            "{shell}"
        );
    }
    let bad = ggegraph(&["completions", "tcsh"]);
    assert_eq!(
        bad.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
}

#[test]
fn completions_and_man_page_can_be_written_to_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("ggegraph.1");
    let script = dir.path().join("ggegraph.bash");
    stdout_ok(&["man", "-o", page.to_str().expect("utf-8")]);
    stdout_ok(&["completions", "bash", "-o", script.to_str().expect("utf-8")]);
    assert_eq!(
        std::fs::read_to_string(&page).expect("page"),
        stdout_ok(&["man"])
    );
    assert_eq!(
        std::fs::read_to_string(&script).expect("script"),
        stdout_ok(&["completions", "bash"])
    );
}

#[test]
fn man_page_is_roff_that_man_renders_with_every_command() {
    let page = stdout_ok(&["man"]);
    assert!(
        page.contains(&format!(
            ".TH ggegraph 1  \"ggegraph {}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{}",
        &page[..200.min(page.len())]
    );
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH SUBCOMMANDS", ".SH VERSION"] {
        assert!(page.contains(section), "man page lacks {section}");
    }
    for command in [
        "export",
        "report",
        "completions",
        "man",
        "sat\\-and\\-voted",
    ] {
        assert!(
            page.contains(&format!("ggegraph\\-{command}")),
            "man page lacks {command}"
        );
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ggegraph.1");
    std::fs::write(&file, &page).expect("write");
    // groff is what `man` calls to lay the page out.
    let rendered = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-P-cbou", "-rLL=100n"])
        .arg(&file)
        .output();
    match rendered {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("ggegraph-export"), "{text}");
            assert!(!text.contains(".TH"), "roff rendered, not shown raw");
        }
        Ok(out) => panic!("groff: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => missing("groff (apt groff-base)", true),
    }
}

#[test]
fn crate_metadata_and_licence() {
    assert!(!env!("CARGO_PKG_DESCRIPTION").is_empty());
    assert_eq!(env!("CARGO_PKG_LICENSE"), "MIT");
    // No repository address until the project has a public one (none is invented).
    assert!(
        env!("CARGO_PKG_REPOSITORY").is_empty()
            || env!("CARGO_PKG_REPOSITORY").starts_with("https://")
    );
    assert!(!env!("CARGO_PKG_RUST_VERSION").is_empty());
    let licence = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/LICENSE"))
        .expect("LICENSE at the root");
    assert!(licence.starts_with("MIT License"));
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    assert!(readme.contains("cargo install --path ."));
}
