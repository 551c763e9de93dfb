//! Names built to break out of every output: a corpus whose document names and sentences
//! hold `"`, `<`, `]]>`, `-->`, `{}` and `evil" -> x [label="`, and a memberships CSV whose
//! state and group names do too. `report`, `export` (every format) and `render` (every
//! view) must write files that Graphviz, an XML parser, NetworkX and Chromium read
//! without error, showing the strings as text.
//!
//! Graphviz, NetworkX and Chromium checks skip when the tool is missing, unless
//! `GGEGRAPH_REQUIRE_TOOLS=1`.

mod common;
mod hostile_common;
use common::tool;
use hostile_common::{assert_exit, files_under, run, s, stderr};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const DOT_BREAKER: &str = "evil\" -> x [label=\"";
const SCRIPT: &str = "<script>alert(1)</script>";
const NAME: &str = "evil\" -> x [label=\" <evil-tag>]]>--> {} & 'q'";

struct Fixture {
    _dir: tempfile::TempDir,
    corpus: PathBuf,
    memberships: PathBuf,
    report: PathBuf,
}

/// Writes the corpus and runs `report` once for all tests.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let corpus = dir.path().join("corpus");
        std::fs::create_dir_all(&corpus).expect("mkdir");
        let sentence = format!(
            "The Group of Governmental Experts 2014-2015 included Brazil and Germany ({NAME} {SCRIPT} <!-- x --> <![CDATA[ y ]]>).\n\n\
             The Open-ended Working Group 2021-2025 was chaired by Burhan Gafoor of Singapore {{}}.\n"
        );
        std::fs::write(corpus.join(format!("{NAME}.md")), &sentence).expect("write md");
        std::fs::write(
            corpus.join("page <img src=x onerror=alert(1)>.html"),
            format!(
                "<html><body><p>The Group of Governmental Experts 2016-2017 included France and {}.</p></body></html>",
                "Japan &lt;script&gt;alert(2)&lt;/script&gt; &quot;x&quot; --&gt;"
            ),
        )
        .expect("write html");
        let memberships = dir.path().join("members.csv");
        std::fs::write(
            &memberships,
            format!(
                "state,group\nBRA,\"{g}\"\n\"{st}\",\"{g}\"\nDEU,gge-2014-2015\n\"{st}\",gge-2014-2015\n",
                g = NAME.replace('"', "\"\""),
                st = "<img src=x onerror=alert(3)> \"]]>-->".replace('"', "\"\"")
            ),
        )
        .expect("write csv");
        let report = dir.path().join("report");
        let args = [
            "report",
            "--corpus",
            s(&corpus),
            "--memberships",
            s(&memberships),
            "--allow-unknown",
            "-q",
            "-o",
            s(&report),
        ];
        let (out, _) = run(&args);
        assert_exit(&out, 0, &args);
        Fixture {
            _dir: dir,
            corpus,
            memberships,
            report,
        }
    })
}

/// Parses XML with quick-xml, failing on any error, and returns all text and attribute
/// values decoded.
fn xml_text(path: &Path) -> String {
    use quick_xml::XmlVersion;
    use quick_xml::events::Event;
    let text = std::fs::read_to_string(path).expect("read xml");
    let mut reader = quick_xml::Reader::from_str(&text);
    reader.config_mut().check_end_names = true;
    let mut all = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Text(t)) => all.push_str(&t.xml_content(XmlVersion::Implicit1_0)),
            Ok(Event::GeneralRef(r)) => {
                if let Some(c) = r.resolve_char_ref().expect("character reference") {
                    all.push(c);
                    continue;
                }
                let name = r.xml_content(XmlVersion::Implicit1_0);
                all.push_str(match name.as_ref() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("{}: unknown entity &{other};", path.display()),
                });
            }
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                for a in e.attributes() {
                    let a = a.unwrap_or_else(|err| panic!("{}: {err}", path.display()));
                    all.push_str(
                        &a.normalized_value(XmlVersion::Implicit1_0)
                            .expect("attribute"),
                    );
                    all.push('\n');
                }
            }
            Ok(_) => {}
            Err(e) => panic!("{} is not well-formed XML: {e}", path.display()),
        }
    }
    all
}

/// Runs `ggegraph COMMAND --corpus CORPUS -o OUT` on the hostile corpus (`command` is the
/// subcommand and its options) and asserts that it succeeds: every export and view is
/// written so here.
fn write_from_hostile_corpus(command: &[&str], out: &Path) {
    let f = fixture();
    let args = [command, &["--corpus", s(&f.corpus), "-o", s(out)]].concat();
    let (run_out, _) = run(&args);
    assert_exit(&run_out, 0, &args);
}

#[test]
fn exports_are_well_formed_and_keep_the_names_as_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (format, file) in [
        ("graphml", "g.graphml"),
        ("gexf", "g.gexf"),
        ("json", "g.json"),
        ("csv", "csv"),
        ("neo4j", "neo4j"),
    ] {
        write_from_hostile_corpus(&["export", "--format", format], &dir.path().join(file));
    }
    for file in ["g.graphml", "g.gexf"] {
        let text = xml_text(&dir.path().join(file));
        assert!(text.contains(NAME), "{file}: the name reads back as text");
        assert!(text.contains(SCRIPT), "{file}");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("g.json")).expect("json"))
            .expect("valid JSON");
    assert!(json.to_string().contains("{} & 'q'.md"), "{json}");
    for csv_dir in ["csv", "neo4j"] {
        for file in ["nodes.csv", "edges.csv"] {
            let path = dir.path().join(csv_dir).join(file);
            let mut reader = csv::Reader::from_path(&path).expect("csv");
            let cells: Vec<String> = reader
                .records()
                .map(|r| r.expect("valid CSV record"))
                .flat_map(|r| r.iter().map(str::to_string).collect::<Vec<_>>())
                .collect();
            assert!(cells.iter().any(|c| c.contains(NAME)), "{csv_dir}/{file}");
        }
    }
    if tool("python3", &["-c", "import networkx"]) {
        let script = r#"
import sys, networkx as nx
for path, read in ((sys.argv[1], nx.read_graphml), (sys.argv[2], nx.read_gexf)):
    g = read(path)
    values = []
    for n, d in g.nodes(data=True):
        values.append(str(n))
        values.extend(str(v) for v in d.values())
    for u, v, d in g.edges(data=True):
        values.extend(str(x) for x in d.values())
    blob = "\n".join(values)
    missing = [s for s in sys.argv[3:] if s not in blob]
    assert not missing, (path, missing)
"#;
        let out = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(dir.path().join("g.graphml"))
            .arg(dir.path().join("g.gexf"))
            .args([NAME, SCRIPT])
            .output()
            .expect("python3 runs");
        common::success(out, "NetworkX could not read the exports");
    }
}

#[test]
fn every_view_is_valid_dot() {
    let f = fixture();
    let has_dot = tool("dot", &["-V"]);
    let dir = tempfile::tempdir().expect("tempdir");
    for view in common::CORPUS_VIEWS {
        let path = dir.path().join(format!("{}.dot", view.replace(':', "-")));
        write_from_hostile_corpus(&["render", view, "--format", "dot"], &path);
        let dot = std::fs::read_to_string(&path).expect("dot");
        graphviz_rust::parse(&dot)
            .unwrap_or_else(|e| panic!("{view}: graphviz-rust cannot parse: {e}\n{dot}"));
        assert!(!dot.contains(DOT_BREAKER), "{view}: unescaped quote");
    }
    let diagrams: Vec<PathBuf> = files_under(&f.report.join("diagrams"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "dot"))
        .collect();
    assert!(!diagrams.is_empty());
    let rendered: Vec<PathBuf> = files_under(dir.path());
    for path in diagrams.iter().chain(&rendered) {
        let dot = std::fs::read_to_string(path).expect("dot");
        graphviz_rust::parse(&dot)
            .unwrap_or_else(|e| panic!("{}: cannot parse: {e}", path.display()));
        if has_dot {
            let out = std::process::Command::new("dot")
                .args(["-Tsvg", "-o", "/dev/null"])
                .arg(path)
                .output()
                .expect("dot runs");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                out.status.success() && !err.contains("rror"),
                "{}: dot failed: {err}",
                path.display()
            );
        }
    }
}

/// A report page without the report's own scripts (the local search data and the one
/// inline script every page ends with), so that any `<script` left came from a document.
fn without_own_scripts(html: &str) -> String {
    let mut out = html
        .replace("<script src=\"search.js\" defer=\"\"></script>", "")
        .replace("<script src=\"../search.js\" defer=\"\"></script>", "")
        .replace("<script src=\"search.js\" defer></script>", "")
        .replace("<script src=\"../search.js\" defer></script>", "");
    let inline = "<script>(function () {";
    while let Some(start) = out.find(inline) {
        let end = out[start..]
            .find("</script>")
            .map_or(out.len(), |e| start + e + "</script>".len());
        out.replace_range(start..end, "");
    }
    out
}

#[test]
fn report_html_escapes_every_name() {
    let f = fixture();
    let pages: Vec<PathBuf> = files_under(&f.report)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(pages.len() >= 3, "{pages:?}");
    for page in &pages {
        let html = without_own_scripts(&std::fs::read_to_string(page).expect("html"));
        for raw in ["<script", "<img", "<evil-tag", "<!-- x", "<![CDATA["] {
            assert!(
                !html.contains(raw),
                "{}: raw {raw} in the page",
                page.display()
            );
        }
    }
    let index = std::fs::read_to_string(f.report.join("index.html")).expect("index");
    assert!(
        index.contains("&lt;img src=x onerror=alert(3)&gt;"),
        "CSV state shown as text"
    );
    for svg in files_under(&f.report.join("diagrams"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "svg"))
    {
        let _ = xml_text(&svg);
    }
}

#[test]
fn chromium_shows_the_strings_as_text() {
    let f = fixture();
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| tool_quiet(b))
    else {
        common::missing_tool("Chromium");
        return;
    };
    let source_pages: Vec<PathBuf> = files_under(&f.report.join("sources"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    let hostile_source = source_pages
        .iter()
        .find(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("alert(1)")))
        .expect("a source page shows the hostile document");
    for page in [f.report.join("index.html"), hostile_source.clone()] {
        let profile = tempfile::tempdir().expect("profile");
        let out = std::process::Command::new(browser)
            .args(["--headless", "--no-sandbox", "--disable-gpu"])
            .args(common::CHROMIUM_QUIET)
            .arg("--dump-dom")
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("file://{}", page.display()))
            .output()
            .expect("chromium runs");
        let dom = without_own_scripts(&String::from_utf8_lossy(&out.stdout));
        assert!(dom.contains("</html>"), "{}: no DOM dumped", page.display());
        for injected in ["<script", "<img", "<evil-tag"] {
            assert!(
                !dom.contains(injected),
                "{}: {injected} became an element",
                page.display()
            );
        }
        assert!(
            dom.contains("alert("),
            "{}: the hostile strings are shown (as text: no element was made of them)",
            page.display()
        );
        let log = String::from_utf8_lossy(&out.stderr);
        let console: Vec<&str> = log.lines().filter(|l| l.contains("CONSOLE")).collect();
        assert!(console.is_empty(), "{}: {console:?}", page.display());
    }
}

fn tool_quiet(name: &str) -> bool {
    std::process::Command::new(name)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn memberships_csv_with_hostile_names_in_analyses() {
    let f = fixture();
    for command in ["comembership", "continuity", "recurrence", "regions"] {
        for format in ["json", "table"] {
            let args = [
                command,
                "--memberships",
                s(&f.memberships),
                "--allow-unknown",
                "--format",
                format,
            ];
            let (out, _) = run(&args);
            assert_exit(&out, 0, &args);
            if format == "json" {
                serde_json::from_slice::<serde_json::Value>(&out.stdout)
                    .unwrap_or_else(|e| panic!("{command}: invalid JSON: {e}"));
            }
            assert!(stderr(&out).is_empty(), "{}", stderr(&out));
        }
    }
}
