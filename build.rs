//! Build script: embeds the documents of `seeds/` in the binary.
//!
//! Writes `$OUT_DIR/seeds.rs`, a sorted `&[(&str, &str)]` table of (file name,
//! `include_str!` of the file) for every `.txt`, `.md`, `.markdown`, `.html` and `.htm`
//! file directly in `seeds/`, used by `documents::bundled()`.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=build.rs");
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    let seeds = manifest.join("seeds");
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&seeds) {
        for entry in entries.flatten() {
            let path = entry.path();
            if !path.is_file() || !supported(&path) {
                continue;
            }
            if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
                println!("cargo:rerun-if-changed={}", path.display());
                files.push((name.to_string(), path.clone()));
            }
        }
    }
    files.sort();
    let mut out =
        String::from("/// Bundled seed documents: (file name, contents), sorted by name.\n");
    out.push_str("pub static SEEDS: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let out_dir = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    if let Err(e) = std::fs::write(out_dir.join("seeds.rs"), out) {
        panic!("cannot write seeds.rs: {e}");
    }
}

fn supported(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown" | "html" | "htm")
    )
}
