//! Typed values of the literal relations: a date with its precision (checked against the
//! calendar when it is made), a count, an adoption with its recorded counts, an outcome.
//!
//! Claims carry these values, so later stages (conflicts, the catalogue, exports) compare
//! and print them without parsing strings back. Each prints as the normalised text the JSON
//! output has always used (`2013-12-27`, `--05-28`, `recorded vote 119-46-14`), and
//! [`Literal::parse`] reads that text again for the relation it belongs to.

use super::Relation;
use std::fmt;

/// A value of a literal relation (see [`Relation::is_literal`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Literal {
    /// `adopted_on`, `report_adopted_on`.
    Date(Date),
    /// `member_count`, `norm_count`.
    Count(u32),
    /// `adoption`.
    Adoption(Adoption),
    /// `outcome`.
    Outcome(Outcome),
    /// `part_vote`.
    PartVote(PartVote),
}

/// A calendar date as precise as a text gives it: a day, a month, or a day and month
/// without the year ("on 28 May").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, when given.
    pub year: Option<u16>,
    /// The month, 1-12.
    pub month: u8,
    /// The day of the month, when given.
    pub day: Option<u8>,
}

/// How much of a date a text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// Year, month and day.
    Day,
    /// Year and month.
    Month,
    /// Month and day, no year.
    MonthDay,
}

impl DatePrecision {
    /// The name exports write (`day`, `month`, `month-day`).
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::MonthDay => "month-day",
        }
    }
}

impl Date {
    /// The date, if the calendar has it (no 31 February; 29 February only in a leap year,
    /// or with no year given). A date needs a year or a day.
    pub fn new(year: Option<u16>, month: u8, day: Option<u8>) -> Option<Date> {
        if !(1..=12).contains(&month) || (year.is_none() && day.is_none()) {
            return None;
        }
        if let Some(d) = day {
            let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
            let days = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            if d == 0 || d > days {
                return None;
            }
        }
        Some(Date { year, month, day })
    }

    /// How much of the date is known.
    pub fn precision(&self) -> DatePrecision {
        match (self.year, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            (None, _) => DatePrecision::MonthDay,
        }
    }

    /// True when every part both dates give is equal (`2018-12` agrees with `2018-12-05`
    /// and with `--12-05`).
    pub fn agrees_with(&self, other: &Date) -> bool {
        let same = |a: Option<u16>, b: Option<u16>| a.is_none() || b.is_none() || a == b;
        self.month == other.month
            && same(self.year, other.year)
            && same(self.day.map(u16::from), other.day.map(u16::from))
    }

    /// Reads the ISO form [`Display`](fmt::Display) writes: `2013-12-27`, `2013-12`,
    /// `--05-28`.
    pub fn parse(s: &str) -> Option<Date> {
        if let Some(md) = s.strip_prefix("--") {
            let (m, d) = md.split_once('-')?;
            return Date::new(None, m.parse().ok()?, Some(d.parse().ok()?));
        }
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = match parts.next() {
            Some(d) => Some(d.parse().ok()?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Date::new(Some(year), month, day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.day) {
            (Some(y), Some(d)) => write!(f, "{y}-{:02}-{d:02}", self.month),
            (Some(y), None) => write!(f, "{y}-{:02}", self.month),
            (None, Some(d)) => write!(f, "--{:02}-{d:02}", self.month),
            (None, None) => write!(f, "--{:02}", self.month),
        }
    }
}

/// Where a text was acted on: the First Committee (on a draft) or the plenary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Body {
    /// The General Assembly in plenary (or a text that does not say).
    Plenary,
    /// The First Committee.
    FirstCommittee,
}

/// How a text was adopted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AdoptionMode {
    /// A recorded vote, with its counts when the text gives them.
    RecordedVote(Option<VoteCounts>),
    /// "without a vote".
    WithoutVote,
    /// "unanimously".
    Unanimously,
    /// "by consensus".
    ByConsensus,
}

/// The counts of a recorded vote, as far as the text gives them: news often reports only
/// the votes in favour ("adopted with 129 votes in favour"), and a reader must not fill in
/// the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VoteCounts {
    /// In favour.
    pub yes: u16,
    /// Against, when stated.
    pub no: Option<u16>,
    /// Abstentions, when stated.
    pub abstain: Option<u16>,
}

impl VoteCounts {
    /// True when the two say different things about a column both state: "129 in favour"
    /// agrees with "129-46-14", "119-46" does not agree with "119-47-14".
    pub fn contradicts(&self, other: &VoteCounts) -> bool {
        let differ = |a: Option<u16>, b: Option<u16>| a.zip(b).is_some_and(|(a, b)| a != b);
        self.yes != other.yes || differ(self.no, other.no) || differ(self.abstain, other.abstain)
    }
}

impl fmt::Display for VoteCounts {
    /// `119-46-14`, `109-45`, or `129 in favour` (with `, 14 abstentions` when the text
    /// gives abstentions but not the votes against).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.no, self.abstain) {
            (Some(no), Some(z)) => write!(f, "{}-{no}-{z}", self.yes),
            (Some(no), None) => write!(f, "{}-{no}", self.yes),
            (None, Some(z)) => write!(f, "{} in favour, {z} abstentions", self.yes),
            (None, None) => write!(f, "{} in favour", self.yes),
        }
    }
}

impl VoteCounts {
    /// Reads the text [`Display`](fmt::Display) writes.
    pub fn parse(s: &str) -> Option<VoteCounts> {
        if let Some((yes, rest)) = s.split_once(" in favour") {
            let abstain = match rest {
                "" => None,
                _ => Some(
                    rest.strip_prefix(", ")?
                        .strip_suffix(" abstentions")?
                        .parse()
                        .ok()?,
                ),
            };
            return Some(VoteCounts {
                yes: yes.parse().ok()?,
                no: None,
                abstain,
            });
        }
        let mut n = s.split('-').map(str::parse::<u16>);
        let yes = n.next()?.ok()?;
        let no = Some(n.next()?.ok()?);
        let abstain = match n.next() {
            Some(z) => Some(z.ok()?),
            None => None,
        };
        if n.next().is_some() {
            return None;
        }
        Some(VoteCounts { yes, no, abstain })
    }
}

/// An adoption: the body and the mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Adoption {
    /// Who acted.
    pub body: Body,
    /// How.
    pub mode: AdoptionMode,
}

impl Adoption {
    /// True when two adoptions of one text contradict each other: a vote against none, or
    /// two different counts. A bare "recorded vote" agrees with any counted one, and the
    /// Committee's vote is a different act from the plenary's, so only the mode is compared
    /// (the caller compares within one body).
    pub fn contradicts(&self, other: &Adoption) -> bool {
        use AdoptionMode::RecordedVote;
        match (self.mode, other.mode) {
            (RecordedVote(Some(a)), RecordedVote(Some(b))) => a.contradicts(&b),
            (RecordedVote(_), RecordedVote(_)) => false,
            (RecordedVote(_), _) | (_, RecordedVote(_)) => true,
            _ => false,
        }
    }
}

impl fmt::Display for Adoption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.body == Body::FirstCommittee {
            f.write_str("First Committee: ")?;
        }
        match self.mode {
            AdoptionMode::RecordedVote(None) => f.write_str("recorded vote"),
            AdoptionMode::RecordedVote(Some(c)) => write!(f, "recorded vote {c}"),
            AdoptionMode::WithoutVote => f.write_str("without a vote"),
            AdoptionMode::Unanimously => f.write_str("unanimously"),
            AdoptionMode::ByConsensus => f.write_str("by consensus"),
        }
    }
}

impl Adoption {
    /// Reads the text [`Display`](fmt::Display) writes.
    pub fn parse(s: &str) -> Option<Adoption> {
        let (body, rest) = match s.strip_prefix("First Committee: ") {
            Some(rest) => (Body::FirstCommittee, rest),
            None => (Body::Plenary, s),
        };
        let mode = match rest {
            "without a vote" => AdoptionMode::WithoutVote,
            "unanimously" => AdoptionMode::Unanimously,
            "by consensus" => AdoptionMode::ByConsensus,
            "recorded vote" => AdoptionMode::RecordedVote(None),
            _ => AdoptionMode::RecordedVote(Some(VoteCounts::parse(
                rest.strip_prefix("recorded vote ")?,
            )?)),
        };
        Some(Adoption { body, mode })
    }
}

/// The kind of paragraph a separate vote is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParagraphKind {
    /// A preambular paragraph ("Recalling ...").
    Preambular,
    /// An operative paragraph ("Decides ...").
    Operative,
}

/// One numbered paragraph of a resolution or draft: "operative paragraph 1".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Paragraph {
    /// Preambular or operative.
    pub kind: ParagraphKind,
    /// Its number in the text.
    pub number: u16,
}

impl fmt::Display for Paragraph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            ParagraphKind::Preambular => "preambular",
            ParagraphKind::Operative => "operative",
        };
        write!(f, "{kind} paragraph {}", self.number)
    }
}

impl Paragraph {
    /// Reads the text [`Display`](fmt::Display) writes.
    pub fn parse(s: &str) -> Option<Paragraph> {
        let (kind, number) = s.split_once(" paragraph ")?;
        let kind = match kind {
            "preambular" => ParagraphKind::Preambular,
            "operative" => ParagraphKind::Operative,
            _ => return None,
        };
        Some(Paragraph {
            kind,
            number: number.parse().ok()?,
        })
    }
}

/// A separate recorded vote on one paragraph of a text, taken before the vote on the whole
/// ("decided to retain operative paragraph 1 by 92 votes to 52, with 24 abstentions"): its
/// counts are the paragraph's, never the text's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartVote {
    /// Who voted.
    pub body: Body,
    /// On which paragraph.
    pub paragraph: Paragraph,
    /// The counts, as far as the text gives them.
    pub counts: VoteCounts,
}

impl fmt::Display for PartVote {
    /// `First Committee: operative paragraph 1, recorded vote 92-52-24`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.body == Body::FirstCommittee {
            f.write_str("First Committee: ")?;
        }
        write!(f, "{}, recorded vote {}", self.paragraph, self.counts)
    }
}

impl PartVote {
    /// Reads the text [`Display`](fmt::Display) writes.
    pub fn parse(s: &str) -> Option<PartVote> {
        let (body, rest) = match s.strip_prefix("First Committee: ") {
            Some(rest) => (Body::FirstCommittee, rest),
            None => (Body::Plenary, s),
        };
        let (paragraph, counts) = rest.split_once(", recorded vote ")?;
        Some(PartVote {
            body,
            paragraph: Paragraph::parse(paragraph)?,
            counts: VoteCounts::parse(counts)?,
        })
    }
}

/// What a group's work came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// It agreed a report by consensus.
    ConsensusReport,
    /// It did not reach consensus.
    NoConsensus,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::ConsensusReport => "consensus report",
            Outcome::NoConsensus => "no consensus",
        })
    }
}

impl Literal {
    /// Reads the normalised text of a value of `relation` (the text [`Display`](fmt::Display)
    /// writes); `None` for text that is no value of that relation.
    pub fn parse(relation: Relation, s: &str) -> Option<Literal> {
        match relation {
            Relation::AdoptedOn | Relation::ReportAdoptedOn => Date::parse(s).map(Literal::Date),
            Relation::MemberCount | Relation::NormCount => s.parse().ok().map(Literal::Count),
            Relation::AdoptedHow => Adoption::parse(s).map(Literal::Adoption),
            Relation::PartVote => PartVote::parse(s).map(Literal::PartVote),
            Relation::Outcome => match s {
                "consensus report" => Some(Literal::Outcome(Outcome::ConsensusReport)),
                "no consensus" => Some(Literal::Outcome(Outcome::NoConsensus)),
                _ => None,
            },
            _ => None,
        }
    }

    /// The count, for a count.
    pub fn count(&self) -> Option<u32> {
        match self {
            Literal::Count(n) => Some(*n),
            _ => None,
        }
    }

    /// The date, for a date.
    pub fn date(&self) -> Option<&Date> {
        match self {
            Literal::Date(d) => Some(d),
            _ => None,
        }
    }
}

/// Written as its normalised text, as the JSON output has always had it.
impl serde::Serialize for Literal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Date(d) => d.fmt(f),
            Literal::Count(n) => n.fmt(f),
            Literal::Adoption(a) => a.fmt(f),
            Literal::Outcome(o) => o.fmt(f),
            Literal::PartVote(v) => v.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(Date::new(Some(2015), 2, Some(31)).is_none());
        assert!(Date::new(Some(2015), 2, Some(29)).is_none());
        assert!(Date::new(Some(2016), 2, Some(29)).is_some());
        assert!(Date::new(Some(1900), 2, Some(29)).is_none());
        assert!(Date::new(None, 2, Some(29)).is_some());
        assert!(Date::new(Some(2015), 13, None).is_none());
        assert_eq!(
            Date::new(Some(2013), 12, Some(27)).map(|d| d.to_string()),
            Some("2013-12-27".to_string())
        );
        assert_eq!(
            Date::new(None, 5, Some(28)).map(|d| d.precision()),
            Some(DatePrecision::MonthDay)
        );
    }

    #[test]
    fn every_value_reads_back_what_it_prints() {
        for (relation, text) in [
            (Relation::AdoptedOn, "2018-12-05"),
            (Relation::AdoptedOn, "2018-12"),
            (Relation::AdoptedOn, "--05-28"),
            (Relation::MemberCount, "25"),
            (Relation::AdoptedHow, "recorded vote 119-46-14"),
            (
                Relation::AdoptedHow,
                "First Committee: recorded vote 109-45",
            ),
            (Relation::AdoptedHow, "recorded vote 129 in favour"),
            (
                Relation::AdoptedHow,
                "recorded vote 129 in favour, 14 abstentions",
            ),
            (Relation::AdoptedHow, "First Committee: without a vote"),
            (Relation::AdoptedHow, "by consensus"),
            (Relation::Outcome, "no consensus"),
            (
                Relation::PartVote,
                "First Committee: operative paragraph 1, recorded vote 92-52-24",
            ),
            (
                Relation::PartVote,
                "preambular paragraph 10, recorded vote 108 in favour",
            ),
        ] {
            let value = Literal::parse(relation, text);
            assert_eq!(
                value.map(|v| v.to_string()).as_deref(),
                Some(text),
                "{text}"
            );
        }
        assert_eq!(Literal::parse(Relation::AdoptedOn, "2015-02-31"), None);
        assert_eq!(Literal::parse(Relation::MemberCount, "many"), None);
        assert_eq!(
            Literal::parse(Relation::PartVote, "annex paragraph 2, recorded vote 9-1"),
            None
        );
    }

    #[test]
    fn dates_and_adoptions_compare_by_what_they_say() {
        let d = |s| Date::parse(s).unwrap_or_else(|| panic!("{s}"));
        assert!(d("2018-12").agrees_with(&d("2018-12-05")));
        assert!(d("--12-05").agrees_with(&d("2018-12-05")));
        assert!(!d("2018-12-06").agrees_with(&d("2018-12-05")));
        let a = |s| Adoption::parse(s).unwrap_or_else(|| panic!("{s}"));
        assert!(!a("recorded vote").contradicts(&a("recorded vote 119-46-14")));
        assert!(a("recorded vote 119-46-14").contradicts(&a("recorded vote 119-46-15")));
        assert!(!a("recorded vote 119 in favour").contradicts(&a("recorded vote 119-46-14")));
        assert!(!a("recorded vote 119-46").contradicts(&a("recorded vote 119-46-14")));
        assert!(a("recorded vote 119 in favour").contradicts(&a("recorded vote 120-46")));
        assert!(a("without a vote").contradicts(&a("recorded vote")));
        assert!(!a("unanimously").contradicts(&a("without a vote")));
    }
}
