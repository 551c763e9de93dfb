//! A symbolic link in a corpus that leads outside it (`notes.txt -> /etc/passwd`) is
//! reported and not read, unless `--follow-links` asks for it; links that stay inside the
//! corpus are followed as before.
#![cfg(unix)]

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

const SECRET: &str = "Resolution 68/243 was introduced by the Republic of Kiribati.\n";

#[test]
fn a_link_out_of_the_corpus_is_not_followed_unless_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = hostile_common::one_fact_corpus(dir.path());
    std::os::unix::fs::symlink("a.txt", corpus.join("inside.txt")).expect("symlink");
    let outside = dir.path().join("private");
    std::fs::create_dir(&outside).expect("mkdir");
    std::fs::write(outside.join("secret.txt"), SECRET).expect("write");
    std::os::unix::fs::symlink(outside.join("secret.txt"), corpus.join("notes.txt"))
        .expect("symlink");
    std::os::unix::fs::symlink(&outside, corpus.join("more")).expect("symlink");

    let args = ["extract", s(&corpus), "--format", "json"];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    assert!(!stdout(&out).contains("Kiribati"), "the secret was read");
    for link in ["notes.txt", "more"] {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("{}: symbolic link", s(&corpus.join(link)))))
            .unwrap_or_else(|| panic!("no message for {link}:\n{err}"));
        assert!(line.contains("outside the corpus"), "{line}");
        assert!(line.contains("--follow-links"), "{line}");
    }
    assert!(!err.contains("inside.txt"), "{err}");

    let args = ["extract", s(&corpus), "--format", "json", "--follow-links"];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    assert!(
        stdout(&out).contains("Kiribati"),
        "--follow-links did not follow"
    );
}
