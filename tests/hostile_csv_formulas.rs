//! A memberships CSV made by someone else: a formula in a cell (`=cmd|' /C calc'!A0`),
//! quotes and line breaks inside quoted cells. Without `--allow-unknown` the formula row
//! is refused with its line; with it, the cell is kept as text and nothing written starts
//! with a formula character; quoted cells with quotes and line breaks read correctly.

mod common;
mod hostile_common;
use hostile_common::{assert_exit, run, s, stderr, stdout};

const FORMULA: &str = "=cmd|' /C calc'!A0";

fn write_csv(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("members.csv");
    let csv = format!(
        "state,group\nBRA,gge-2014-2015\n\"Ger\"\"many\"\"\",gge-2014-2015\n\"{f}\",\"gge-2014-\n2015\"\n\"{f}\",gge-2014-2015\nBRA,\"gge-2014-\n2015\"\nFRA,gge-2014-2015\n@SUM(1+1),gge-2014-2015\n+1,gge-2014-2015\n-2+3,gge-2014-2015\n",
        f = FORMULA.replace('"', "\"\"")
    );
    std::fs::write(&path, csv).expect("write");
    path
}

fn assert_no_formula_cells(csv_text: &str, what: &str) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes());
    for record in reader.records() {
        let record = record.expect("valid CSV");
        for cell in record.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || cell.parse::<f64>().is_ok(),
                "{what}: formula cell {cell:?}"
            );
        }
    }
}

#[test]
fn unknown_state_row_is_refused_with_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_csv(dir.path());
    let args = ["comembership", "--memberships", s(&path)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    let err = stderr(&out);
    // Line 3 is `"Ger""many""",...`: the quoted quote is unescaped before lookup.
    assert!(
        err.contains("members.csv:3: unknown state \"Ger\\\"many\\\"\""),
        "{err}"
    );
    assert!(err.contains("--allow-unknown"), "{err}");
}

#[test]
fn formula_row_is_refused_with_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("members.csv");
    std::fs::write(
        &path,
        format!(
            "state,group\nBRA,gge-2014-2015\n\"{}\",gge-2014-2015\n",
            FORMULA
        ),
    )
    .expect("write");
    let args = ["continuity", "--memberships", s(&path)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("members.csv:3: unknown state \"=cmd|' /C calc'!A0\""),
        "{}",
        stderr(&out)
    );
}

#[test]
fn allow_unknown_keeps_text_and_writes_no_formula() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_csv(dir.path());
    for command in ["comembership", "centrality"] {
        let args = [
            command,
            "--memberships",
            s(&path),
            "--allow-unknown",
            "--format",
            "csv",
        ];
        let (out, _) = run(&args);
        assert_exit(&out, 0, &args);
        let csv_text = stdout(&out);
        assert!(
            csv_text.contains(FORMULA),
            "{command}: kept as text: {csv_text}"
        );
        assert!(
            csv_text.contains("Ger\"\"many\"\""),
            "{command}: {csv_text}"
        );
        assert_no_formula_cells(&csv_text, command);
    }
    let args = [
        "comembership",
        "--memberships",
        s(&path),
        "--allow-unknown",
        "--format",
        "json",
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let text = json.to_string();
    // The quoted line break joined the group id across two lines of the file.
    assert!(text.contains("gge-2014-\\n2015"), "{text}");
}

#[test]
fn report_with_formula_memberships_escapes_and_neutralises() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_csv(dir.path());
    let out_dir = dir.path().join("report");
    let docs = write_doc(dir.path());
    let args = [
        "report",
        "--no-bundled",
        "--corpus",
        s(&docs),
        "--memberships",
        s(&path),
        "--allow-unknown",
        "-q",
        "-o",
        s(&out_dir),
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    let html = std::fs::read_to_string(out_dir.join("index.html")).expect("index.html");
    assert!(
        html.contains("=cmd|&#39; /C calc&#39;!A0"),
        "formula shown as text"
    );
    for csv_file in ["data/nodes.csv", "data/edges.csv"] {
        let text = std::fs::read_to_string(out_dir.join(csv_file)).expect("csv");
        assert_no_formula_cells(&text, csv_file);
    }
}

fn write_doc(dir: &std::path::Path) -> std::path::PathBuf {
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("mkdir");
    std::fs::write(
        docs.join("=HYPERLINK(\"http:x\").txt"),
        "The Group of Governmental Experts 2014-2015 included Brazil. Its outcome: =1+1.\n",
    )
    .expect("write");
    docs
}

#[test]
fn exported_csv_neutralises_formula_document_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = write_doc(dir.path());
    let csv_dir = dir.path().join("csv");
    let args = [
        "export",
        "--format",
        "csv",
        "--no-bundled",
        "--corpus",
        s(&docs),
        "-o",
        s(&csv_dir),
    ];
    let (out, _) = run(&args);
    assert_exit(&out, 0, &args);
    for file in ["nodes.csv", "edges.csv"] {
        let text = std::fs::read_to_string(csv_dir.join(file)).expect("csv");
        assert!(text.contains("HYPERLINK"), "{file}: {text}");
        assert_no_formula_cells(&text, file);
    }
}

#[test]
fn malformed_csv_names_the_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad.csv");
    std::fs::write(
        &path,
        "state,group\nBRA,gge-2014-2015\nDEU,gge-2014-2015,extra\n",
    )
    .expect("write");
    let args = ["recurrence", "--memberships", s(&path)];
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(stderr(&out).contains("bad.csv:3:"), "{}", stderr(&out));

    std::fs::write(&path, b"state,group\nBR\xffA,gge-2014-2015\n").expect("write");
    let (out, _) = run(&args);
    assert_exit(&out, 2, &args);
    assert!(
        stderr(&out).contains("bad.csv:2: the `state` field is not valid UTF-8"),
        "{}",
        stderr(&out)
    );
}
