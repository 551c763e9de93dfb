//! Bytes as a memberships CSV, with and without `--allow-unknown`: an error names the
//! file, a success gives consistent indices.
#![no_main]

use ggegraph::analysis::comembership::{Weight, comembership};
use ggegraph::analysis::memberships::Memberships;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for allow_unknown in [false, true] {
        match Memberships::from_reader(data, Path::new("fuzz.csv"), allow_unknown) {
            Err(e) => assert!(e.to_string().contains("fuzz.csv"), "{e}"),
            Ok(m) => {
                for &(s, g) in &m.pairs {
                    assert!((s as usize) < m.states.len() && (g as usize) < m.groups.len());
                }
                for edge in comembership(&m, Weight::Jaccard) {
                    assert!(edge.source < edge.target);
                    assert!(edge.weight > 0.0 && edge.weight <= 1.0);
                }
            }
        }
    }
});
