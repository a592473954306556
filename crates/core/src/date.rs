//! Absolute calendar dates as news pages write them: ISO 8601
//! (`2021-07-16`, `2021-07-16T10:30:00+03:00`), month names in either order
//! (`July 16, 2021`, `16 July 2021`, `Jul. 16 2021`), and numeric day-first
//! (`16.07.2021`) or year-first (`2021/07/16`) forms.
//!
//! Ambiguous numeric forms such as `03/04/2021` are not read: a wrong date is
//! worse than none. Relative expressions ("on Friday") belong to the time
//! normaliser of the analysis stage, not here.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// The day a dossier date, timestamp or TIMEX3 value starts with
/// (`2026-03-10`, `2026-03-10T18:42:00+01:00`, `2026-03-10TNI`), when it
/// starts with one.
pub fn leading_day(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim().get(..10)?, "%Y-%m-%d").ok()
}

/// A date found in a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub date: NaiveDate,
    /// ISO form: `YYYY-MM-DD`, or the full timestamp when one was written in
    /// ISO 8601 (kept in its own time zone: the local date is what matters).
    pub iso: String,
    /// Byte range of the date inside the searched string.
    pub start: usize,
    pub end: usize,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    let lower = lower.trim_end_matches('.');
    if lower.len() < 3 {
        return None;
    }
    // "sept" is a common abbreviation the three-letter prefix rule covers.
    let idx = MONTHS.iter().position(|m| lower.starts_with(m))?;
    let full = crate::words::MONTHS[idx];
    // Accept the abbreviation, "sept", or the full name; reject "marching".
    if full.starts_with(lower) || lower == "sept" {
        Some(idx as u32 + 1)
    } else {
        None
    }
}

const MONTH_RE: &str = r"(?i:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)";

static ISO_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b",
    )
    .expect("valid regex")
});
static MDY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});
static DMY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE}),?\s+(\d{{4}})\b"
    ))
    .expect("valid regex")
});
static NUMERIC_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,4})([./])(\d{1,2})([./])(\d{1,4})\b").expect("valid regex")
});

fn make(y: i64, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1800..=2200).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// Finds the first absolute date in `s` (earliest start wins).
pub fn find_date(s: &str) -> Option<FoundDate> {
    // Every form has a number in it; most lines asked about have none.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut best: Option<FoundDate> = None;
    let mut consider = |found: Option<FoundDate>| {
        if let Some(f) = found {
            if best.as_ref().is_none_or(|b| f.start < b.start) {
                best = Some(f);
            }
        }
    };
    consider(ISO_RE.captures_iter(s).find_map(|c| {
        let whole = c.get(0)?;
        let date = make(c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?)?;
        let iso = if c.get(4).is_some() {
            whole.as_str().replace(' ', "T")
        } else {
            date.format("%Y-%m-%d").to_string()
        };
        Some(FoundDate {
            date,
            iso,
            start: whole.start(),
            end: whole.end(),
        })
    }));
    consider(MDY_RE.captures_iter(s).find_map(|c| {
        let whole = c.get(0)?;
        let date = make(c[3].parse().ok()?, month_number(&c[1])?, c[2].parse().ok()?)?;
        Some(plain(date, whole.start(), whole.end()))
    }));
    consider(DMY_RE.captures_iter(s).find_map(|c| {
        let whole = c.get(0)?;
        let date = make(c[3].parse().ok()?, month_number(&c[2])?, c[1].parse().ok()?)?;
        Some(plain(date, whole.start(), whole.end()))
    }));
    consider(NUMERIC_RE.captures_iter(s).find_map(|c| {
        let whole = c.get(0)?;
        if c[2] != c[4] {
            return None;
        }
        let (a, b, z) = (&c[1], &c[3], &c[5]);
        let (y, m, d) = if a.len() == 4 {
            (a.parse().ok()?, b.parse().ok()?, z.parse().ok()?)
        } else if z.len() == 4 {
            let (first, second): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
            // Dots are day-first everywhere they are used; with slashes
            // only an impossible month settles the order.
            if &c[2] == "." || first > 12 {
                (z.parse().ok()?, second, first)
            } else if second > 12 {
                (z.parse().ok()?, first, second)
            } else {
                return None;
            }
        } else {
            return None;
        };
        let date = make(y, m, d)?;
        Some(plain(date, whole.start(), whole.end()))
    }));
    best
}

fn plain(date: NaiveDate, start: usize, end: usize) -> FoundDate {
    FoundDate {
        date,
        iso: date.format("%Y-%m-%d").to_string(),
        start,
        end,
    }
}

/// Reads a string that should be a date as a whole (a metadata field):
/// returns the date when one stands in it and little else does.
pub fn parse_date(s: &str) -> Option<FoundDate> {
    let found = find_date(s)?;
    let rest: usize = s[..found.start].trim().len() + s[found.end..].trim().len();
    // Allow a weekday, a time or a zone around the date, not a sentence.
    if rest <= 24 {
        Some(found)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_day_reads_dates_timestamps_and_timex_values() {
        let d = |v: &str| leading_day(v).map(|d| d.to_string());
        assert_eq!(d("2026-03-10").as_deref(), Some("2026-03-10"));
        assert_eq!(
            d("2026-03-10T18:42:00+01:00").as_deref(),
            Some("2026-03-10")
        );
        assert_eq!(d("2026-03-10TNI").as_deref(), Some("2026-03-10"));
        for v in [
            "2026-03",
            "XXXX-XX-XX",
            "PAST_REF",
            "13 March",
            "2026-W11",
            "",
        ] {
            assert_eq!(d(v), None, "{v}");
        }
    }

    fn iso(s: &str) -> Option<String> {
        find_date(s).map(|f| f.iso)
    }

    #[test]
    fn reads_the_common_news_forms() {
        assert_eq!(iso("date 2021-07-16 Subscribe"), Some("2021-07-16".into()));
        assert_eq!(iso("July 8, 2021 TASS"), Some("2021-07-08".into()));
        assert_eq!(iso("Published 8 July 2021"), Some("2021-07-08".into()));
        assert_eq!(iso("Sept. 3 2020"), Some("2020-09-03".into()));
        assert_eq!(iso("3rd of March, 2019"), Some("2019-03-03".into()));
        assert_eq!(iso("16.07.2021 10:00"), Some("2021-07-16".into()));
        assert_eq!(iso("2021/07/16"), Some("2021-07-16".into()));
        assert_eq!(iso("25/12/2020"), Some("2020-12-25".into()));
        assert_eq!(
            iso("2021-07-16T10:30:00+03:00"),
            Some("2021-07-16T10:30:00+03:00".into())
        );
    }

    #[test]
    fn refuses_ambiguous_and_impossible_dates() {
        assert_eq!(iso("03/04/2021"), None);
        assert_eq!(iso("February 30, 2021"), None);
        assert_eq!(iso("marching 3, 2021"), None);
        assert_eq!(iso("in 2021 there were 300 of them"), None);
        assert_eq!(iso("2021-13-01"), None);
    }

    #[test]
    fn earliest_date_wins_and_offsets_point_at_it() {
        let s = "Updated: 5 May 2022, first published 2022-05-01";
        let f = find_date(s).unwrap();
        assert_eq!(&s[f.start..f.end], "5 May 2022");
    }

    #[test]
    fn whole_field_parse_rejects_sentences() {
        assert!(parse_date("Friday, July 16, 2021 10:31 GMT").is_some());
        assert!(parse_date(
            "The treaty signed on July 16, 2021 was the first of its kind in years"
        )
        .is_none());
    }
}
