//! Text -> claims with provenance.
