//! End-to-end tests of `ggegraph extract` and `build` on the two seed documents and on bad
//! input: they run the binary and assert on its output and exit code.

mod common;

use serde_json::Value;
use std::path::Path;

fn extract_json(path: &str) -> Value {
    common::stdout_json(&["extract", path, "--format", "json"])
}

fn claims<'a>(v: &'a Value, relation: &str) -> Vec<&'a Value> {
    v["claims"]
        .as_array()
        .expect("claims array")
        .iter()
        .filter(|c| c["relation"] == relation)
        .collect()
}

fn has(v: &Value, subject: &str, relation: &str, object: &str) -> bool {
    claims(v, relation)
        .iter()
        .any(|c| c["subject"] == subject && c["object"] == object)
}

const SEED_2015: &str = "seeds/000_ceb8cbe85482b812.txt";
const SEED_2021: &str = "seeds/004_543aac3eda663721.txt";

#[test]
fn seed_2015_gives_the_twenty_members_with_iso3_ids() {
    let v = extract_json(SEED_2015);
    let mut members: Vec<String> = claims(&v, "member_of")
        .iter()
        .filter(|c| c["object"] == "gge-2014-2015")
        .map(|c| c["subject"].as_str().unwrap_or_default().to_string())
        .collect();
    members.sort();
    members.dedup();
    let expected = [
        "BLR", "BRA", "CHN", "COL", "DEU", "EGY", "ESP", "EST", "FRA", "GBR", "GHA", "ISR", "JPN",
        "KEN", "KOR", "MEX", "MYS", "PAK", "RUS", "USA",
    ];
    let expected: Vec<String> = expected.iter().map(|c| format!("state:{c}")).collect();
    assert_eq!(members, expected);
}

#[test]
fn seed_2015_gives_chair_resolutions_report_and_sponsor() {
    let v = extract_json(SEED_2015);
    let chair = "person:carlos-luis-dantas-coutinho-perez";
    assert!(has(&v, chair, "chairs", "gge-2014-2015"));
    assert!(has(&v, chair, "represents", "state:BRA"));
    let person = v["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["id"] == chair)
        .expect("chair entity");
    assert_eq!(person["name"], "Carlos Luís Dantas Coutinho Perez");
    assert!(has(&v, "A/RES/68/243", "establishes", "gge-2014-2015"));
    assert!(has(&v, "A/RES/68/243", "adopted_on", "2013-12-27"));
    assert!(has(&v, "A/RES/68/243", "adoption", "unanimously"));
    assert!(has(&v, "A/RES/70/237", "establishes", "gge-2016-2017"));
    assert!(has(&v, "gge-2014-2015", "produces", "A/70/174"));
    assert!(has(&v, "state:RUS", "sponsors", "A/RES/53/70"));
    assert!(has(&v, "A/RES/53/70", "adoption", "without a vote"));
    assert!(has(&v, "gge-2016-2017", "outcome", "no consensus"));
    // The earlier GGE is mentioned but 68/243 did not establish it.
    assert!(!has(&v, "A/RES/68/243", "establishes", "gge-2012-2013"));
}

#[test]
fn seed_2021_gives_group_report_date_and_the_thirteen_norms_claim() {
    let v = extract_json(SEED_2021);
    assert!(
        v["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .any(|e| e["id"] == "gge-2019-2021")
    );
    assert!(has(&v, "gge-2019-2021", "report_adopted_on", "--05-28"));
    assert!(
        has(&v, "A/70/174", "norm_count", "13"),
        "the wrong count is kept as a claim"
    );
}

/// Line and column of every claim's provenance point at the mention in the source file.
#[test]
fn provenance_points_at_the_source_text() {
    let v = extract_json(SEED_2015);
    let source = std::fs::read_to_string(SEED_2015).expect("seed readable");
    let lines: Vec<&str> = source.lines().collect();
    let at = |c: &Value| -> String {
        let line = c["provenance"]["line"].as_u64().expect("line") as usize;
        let col = c["provenance"]["column"].as_u64().expect("column") as usize;
        lines[line - 1].chars().skip(col - 1).take(40).collect()
    };
    let members = claims(&v, "member_of");
    assert_eq!(members.len(), 20, "the seed's 20 experts' States");
    let list = common::seed_line(
        "000_ceb8cbe85482b812.txt",
        "Experts from the following Member States participated in the GGE",
    );
    for c in members {
        let name = match c["subject"].as_str() {
            Some("state:GBR") => "United Kingdom",
            Some("state:USA") => "United States",
            Some("state:KOR") => "Republic of Korea",
            Some("state:RUS") => "Russian Federation",
            Some("state:DEU") => "Germany",
            Some(_) => "",
            None => panic!("subject"),
        };
        assert!(at(c).starts_with(name), "{} -> {:?}", c["subject"], at(c));
        assert_eq!(c["provenance"]["line"], list);
    }
    let chair = claims(&v, "chairs")[0];
    assert!(at(chair).starts_with("Mr. Carlos Luís"), "{:?}", at(chair));
    let date = claims(&v, "adopted_on")
        .into_iter()
        .find(|c| c["subject"] == "A/RES/68/243")
        .expect("date");
    assert!(at(date).starts_with("27 December 2013"), "{:?}", at(date));
    let sponsor = claims(&v, "sponsors")[0];
    assert!(
        at(sponsor).starts_with("Russian Federation in 1998"),
        "{:?}",
        at(sponsor)
    );
    for c in v["claims"].as_array().expect("claims") {
        assert_eq!(c["provenance"]["document"], "000_ceb8cbe85482b812.txt");
        assert!(
            !c["provenance"]["text"]
                .as_str()
                .unwrap_or_default()
                .is_empty()
        );
    }
}

#[test]
fn extract_output_is_deterministic() {
    let run = || {
        common::command()
            .args(["extract", "seeds", "--format", "json"])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn build_summarises_the_bundled_graph_from_any_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = |args: &[&str]| {
        let out = common::command()
            .current_dir(dir.path())
            .args(args)
            .output()
            .expect("runs");
        common::success(out, &format!("{args:?}"))
    };
    let text = String::from_utf8(run(&["build"])).expect("UTF-8");
    let json: Value = serde_json::from_slice(&run(&["build", "--format", "json"])).expect("JSON");
    // Far from the repository, the bundled corpus is still every seed document.
    let seeds = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"))
        .expect("seeds/")
        .count();
    assert!(seeds > 0);
    assert_eq!(
        json["documents"].as_array().expect("documents").len(),
        seeds
    );
    assert!(text.starts_with(&format!("{seeds} documents, ")), "{text}");
    // The summary's rows count what the graph holds: its states, its membership edges.
    let row = |name: &str| -> usize {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
            .unwrap_or_else(|| panic!("no `{name}` row in:\n{text}"))
    };
    let count = |list: &str, field: &str, value: &str| {
        json[list]
            .as_array()
            .expect(list)
            .iter()
            .filter(|x| x[field] == value)
            .count()
    };
    let seats = count("edges", "relation", "member_of");
    assert!(seats > 0, "the bundled corpus seats states in groups");
    assert_eq!(row("member_of "), seats);
    let states = count("entities", "kind", "state");
    assert!(states > 0);
    assert_eq!(row("state "), states);
}

fn assert_bad_input(args: &[&str], expected: &str) {
    let out = common::command().args(args).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "args {args:?}; stderr: {stderr}"
    );
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in {stderr:?}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn missing_file_is_bad_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.json");
    let out_arg = out.display().to_string();
    assert_bad_input(
        &["extract", "no/such/file.txt", "-o", &out_arg],
        "no/such/file.txt",
    );
    assert!(!out.exists(), "no output file");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("ls").count(),
        0,
        "nothing left behind"
    );
}

#[test]
fn directory_without_documents_is_bad_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("notes.csv"), "a,b\n").expect("write");
    let path = dir.path().display().to_string();
    let out = dir.path().join("out.json");
    let out_arg = out.display().to_string();
    assert_bad_input(&["extract", &path, "-o", &out_arg], &path);
    assert!(!out.exists(), "no output file");
}

fn bad_file(name: &str, bytes: &[u8], expected: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join(name);
    std::fs::write(&file, bytes).expect("write");
    let out_file = dir.path().join("out.json");
    let file_arg = file.display().to_string();
    let out_arg = out_file.display().to_string();
    assert_bad_input(
        &["extract", &file_arg, "--format", "json", "-o", &out_arg],
        name,
    );
    let out = common::command()
        .args(["extract", &file_arg])
        .output()
        .expect("runs");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(expected),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!Path::new(&out_file).exists(), "no partial output file");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("ls").collect();
    assert_eq!(leftovers.len(), 1, "only the input remains");
}

#[test]
fn binary_file_is_bad_input() {
    bad_file("blob.txt", b"GGE\x00\x01\x02\xff binary", "binary");
}

#[test]
fn invalid_utf8_is_bad_input_with_line() {
    bad_file("latin1.txt", b"Brazil\nCara\xe7as and Brazil\n", "line 2");
}

#[test]
fn empty_file_is_bad_input() {
    bad_file("empty.md", b"", "empty");
}

#[test]
fn huge_file_is_refused_with_its_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("big.txt");
    let f = std::fs::File::create(&file).expect("create");
    f.set_len(300 * 1024 * 1024).expect("sparse file");
    let arg = file.display().to_string();
    let out_file = dir.path().join("out.json");
    let out_arg = out_file.display().to_string();
    assert_bad_input(&["extract", &arg, "-o", &out_arg], "big.txt");
    assert!(!out_file.exists(), "no output file");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("ls").count(),
        1,
        "only the input remains"
    );
    let out = common::command()
        .args(["extract", &arg])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-file-size"));
}

#[test]
fn one_bad_document_in_a_directory_fails_the_run_but_names_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Brazil and Kenya participated in the GGE 2014/2015.",
    )
    .expect("write");
    std::fs::write(dir.path().join("b.txt"), b"\x00\x00").expect("write");
    let arg = dir.path().display().to_string();
    assert_bad_input(&["extract", &arg], "b.txt");
}

/// Standard input is one more document for every command that reads a user's files,
/// through the one load path: `extract -` and `build --corpus -` read the same claims.
#[test]
fn standard_input_is_read_by_extract_and_build_alike() {
    let text = "The members of the 2014-2015 GGE included Ghana and Kenya.\n";
    let extracted = common::command()
        .args(["extract", "-", "--format", "json"])
        .write_stdin(text)
        .output()
        .expect("runs");
    let built = common::command()
        .args(["build", "--no-bundled", "--corpus", "-", "--format", "json"])
        .write_stdin(text)
        .output()
        .expect("runs");
    assert!(extracted.status.success() && built.status.success());
    let members = |out: &[u8], key: &str| -> Vec<String> {
        let v: Value = serde_json::from_slice(out).expect("json");
        let mut m: Vec<String> = v[key]
            .as_array()
            .expect("claims")
            .iter()
            .filter(|c| c["relation"] == "member_of")
            .map(|c| format!("{} {}", c["subject"], c["object"]))
            .collect();
        m.sort();
        m
    };
    let from_extract = members(&extracted.stdout, "claims");
    assert_eq!(
        from_extract,
        [
            "\"state:GHA\" \"gge-2014-2015\"",
            "\"state:KEN\" \"gge-2014-2015\""
        ]
    );
    assert_eq!(members(&built.stdout, "claims"), from_extract);
}
