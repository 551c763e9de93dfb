//! How a failed run ends: its exit code (2 for bad input, 1 for a failure of the system)
//! and its one-line message.

use crate::documents::DocumentError;

/// An error in what the user gave (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct BadInput(pub String);

/// The exit code of an error, from its type: the first error in the chain that says
/// decides (see `code_of`); 1 when none does.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    err.chain().find_map(code_of).unwrap_or(1)
}

/// 2 when `e` is bad input (the user can fix it by changing documents, the CSV or the
/// arguments), 1 when it is a failure of the system (permission denied, a full disk,
/// Graphviz), `None` for an error type that does not say (a context message).
///
/// Every error type of the library is named here, each decided by its variants.
fn code_of(e: &(dyn std::error::Error + 'static)) -> Option<u8> {
    use crate::analysis::MembershipError;
    use crate::analysis::centrality::CentralityError;
    use crate::render::RenderError;
    use crate::report::ReportError;
    let bad = |is_bad: bool| Some(if is_bad { 2 } else { 1 });
    if e.is::<BadInput>()
        || e.is::<CentralityError>()
        || e.is::<crate::analysis::RollCallError>()
        || e.is::<crate::gazetteer::LookupError>()
    {
        return Some(2);
    }
    if let Some(e) = e.downcast_ref::<DocumentError>() {
        return bad(e.is_bad_input());
    }
    if let Some(e) = e.downcast_ref::<crate::eval::EvalError>() {
        return bad(match e {
            crate::eval::EvalError::Document(d) => d.is_bad_input(),
            _ => true,
        });
    }
    if let Some(e) = e.downcast_ref::<MembershipError>() {
        return bad(match e {
            MembershipError::Io { source, .. } => matches!(
                source.kind(),
                std::io::ErrorKind::NotFound
                    | std::io::ErrorKind::InvalidInput
                    | std::io::ErrorKind::FileTooLarge
            ),
            _ => true,
        });
    }
    if let Some(e) = e.downcast_ref::<csv::Error>() {
        return bad(!matches!(e.kind(), csv::ErrorKind::Io(_)));
    }
    if let Some(e) = e.downcast_ref::<ReportError>() {
        return bad(matches!(
            e,
            ReportError::NotAReport { .. } | ReportError::PageNameCollision { .. }
        ));
    }
    if let Some(e) = e.downcast_ref::<RenderError>() {
        return bad(matches!(
            e,
            RenderError::UnknownView(_)
                | RenderError::UnknownState(_)
                | RenderError::UnknownLayout(_)
                | RenderError::InvalidOption(_)
        ));
    }
    None
}

/// The error as one line: each cause once. Errors that quote their source in their own
/// message (`cannot write x: No space left on device`) would otherwise print it twice.
pub fn one_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
