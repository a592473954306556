//! Alignment of figures about the same quantity across the articles of a
//! story, telling agreement, change over time and contradiction apart.
//!
//! [`group_figures`] takes every figure of a corpus with its article's story,
//! publication date and outlet ([`FigureInput`]) and returns
//! [`FigureGroup`]s:
//!
//! * **Same quantity** — same story, same [`counts_key`] (the extractor's
//!   normalised `counts` with each word reduced to a singular stem:
//!   `passengers` = `passenger`), same unit, and then:
//!   - for a **state** (`killed`, `injured`, `missing`, `displaced`, …, the
//!     extractor's vocabulary) or a figure **with a unit** (`percent`,
//!     `USD`, `km`): compatible magnitude — figures sorted by value are cut
//!     where the next value is more than [`MAGNITUDE_GAP`] times the largest
//!     so far (`3 killed` and `41 killed` in one story are two quantities,
//!     `41` and `63` one);
//!   - for a **plain count of things** (`delegations`, `plants`, `people`):
//!     only values that agree are grouped (`ten of the eleven delegations`
//!     and `two delegations` are other counts, not a dispute).
//!
//!   Figures without `counts` are not aligned: a bare number says too
//!   little.
//! * **Only across articles** — a group needs figures from at least two
//!   articles; a quantity reported once (or only in one article) gives no
//!   group.
//! * **Order** — by date (`figure.date`, else the article's publication
//!   date; the day is compared; a `PAST_REF` figure, an earlier value the
//!   article gives, `up from 63`, comes just before its article's day), then
//!   publication date, then input order; figures with no date come last.
//! * **Agreement** — each figure stands for an interval set by its hedge
//!   ([`figure_interval`]: `nearly 300` = 255–300, `at least 41` = 41–51.25,
//!   `about 40` = 36–44, `up to 50` = 37.5–50, `between 40 and 50` = 40–50,
//!   `hundreds` = 200–999). Two figures agree when their intervals overlap.
//!   For every pair that does not agree: same date (or a date unknown) → a
//!   contradiction, also within one article (`81 deaths confirmed`, `the
//!   governor put the toll at 89`); different dates → a change, up or down.
//!   `Disagree`: any contradiction, or changes that cannot be: a running
//!   total (`killed`, `injured`, `arrested`, `rescued`, `infected`,
//!   `damaged`, `destroyed`) going down later, or any other quantity going
//!   both up and down — except states that rise and fall (`missing`,
//!   `displaced`, `hospitalised`, `affected`, `trapped`, `stranded`,
//!   `without power`) and increments (`additional …`). `Changed`: changes only. `Agree`: all
//!   pairs agree.
//!
//! Group ids are `g1`, `g2`, … in the order of each group's first figure in
//! the input, so the same input always gives the same ids.

use std::collections::HashMap;

use parallax_core::{Figure, FigureAgreement, FigureGroup};

/// Figures whose values are more than this factor apart (sorted, from the
/// largest so far) are about different quantities.
pub const MAGNITUDE_GAP: f64 = 4.0;

/// A figure with what the aligner needs to know about its article.
#[derive(Debug, Clone, Copy)]
pub struct FigureInput<'a> {
    pub figure: &'a Figure,
    /// Story id of the figure's article, when it belongs to one. Figures
    /// without a story are aligned among themselves (the group's `story` is
    /// `None`).
    pub story: Option<&'a str>,
    /// The article's publication date (ISO 8601 day or timestamp), used
    /// when the figure has no `date`.
    pub published: Option<&'a str>,
    /// The article's outlet (not used to align; carried for callers).
    pub outlet: Option<&'a str>,
}

/// How a hedge bounds the true value around the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum HedgeKind {
    Exact,
    /// about, around, some, roughly: ±10%.
    Approx,
    /// nearly, almost: up to 15% below.
    Below,
    /// at least, more than, over: up to 25% above.
    Lower,
    /// up to, fewer than, under: up to 25% below.
    Upper,
}

fn hedge_kind(h: Option<&str>) -> HedgeKind {
    let Some(h) = h else {
        return HedgeKind::Exact;
    };
    match h.trim().to_lowercase().as_str() {
        "nearly" | "almost" | "close to" | "just under" | "just below" | "nigh" | "barely"
        | "a little under" => HedgeKind::Below,
        "at least" | "more than" | "over" | "above" | "upwards of" | "in excess of"
        | "no fewer than" | "no less than" | "or more" | "plus" | "just over" | "just above"
        | "well over" | "well above" | "a little over" | "and counting" => HedgeKind::Lower,
        "up to" | "as many as" | "as much as" | "fewer than" | "less than" | "under" | "below"
        | "at most" | "no more than" | "not more than" => HedgeKind::Upper,
        _ => HedgeKind::Approx,
    }
}

/// The interval of values a figure allows, from its value, `max` and
/// hedge (see the module documentation).
pub fn figure_interval(f: &Figure) -> (f64, f64) {
    let a = f.value;
    let b = f.max.unwrap_or(f.value);
    let (mut lo, mut hi) = if b < a { (b, a) } else { (a, b) };
    match hedge_kind(f.hedge.as_deref()) {
        HedgeKind::Exact => {}
        HedgeKind::Approx => {
            lo *= 0.9;
            hi *= 1.1;
        }
        HedgeKind::Below => lo *= 0.85,
        HedgeKind::Lower => hi *= 1.25,
        HedgeKind::Upper => lo *= 0.75,
    }
    if hi < lo {
        (hi, lo) // negative values
    } else {
        (lo, hi)
    }
}

fn overlap(a: (f64, f64), b: (f64, f64)) -> bool {
    let eps = 1e-9 * a.1.abs().max(b.1.abs()).max(1.0);
    a.0 <= b.1 + eps && b.0 <= a.1 + eps
}

/// Singular stem of one word (`passengers` → `passenger`, `casualties` →
/// `casualty`, `children` → `child`).
fn singular(w: &str) -> String {
    match w {
        "people" | "persons" | "person" => return "people".to_string(),
        "children" => return "child".to_string(),
        "men" => return "man".to_string(),
        "women" => return "woman".to_string(),
        _ => {}
    }
    if w.chars().count() <= 3 {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    for suf in ["sses", "xes", "ches", "shes", "zes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// The key figures are aligned on: `counts` lower-cased, each word reduced
/// to a singular stem.
pub fn counts_key(counts: &str) -> String {
    let mut out = String::with_capacity(counts.len());
    for w in counts.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&singular(&w.to_lowercase()));
    }
    out
}

/// The day a date string names (`2026-03-10T18:42Z` → `2026-03-10`), or the
/// trimmed string when it is not a full date (`2026-W11`, `2026-03`).
fn day(d: &str) -> &str {
    let d = d.trim();
    let b = d.as_bytes();
    let is_day = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit);
    if is_day {
        &d[..10]
    } else {
        d
    }
}

/// When a figure's value holds: the day, and 0 for a value the article
/// gives as earlier than that day (`PAST_REF`: `up from 63`), 1 otherwise.
type When<'a> = (&'a str, u8);

fn effective_date<'a>(inp: &FigureInput<'a>) -> Option<When<'a>> {
    let published = inp.published.map(day).filter(|d| !d.is_empty());
    match inp.figure.date.as_deref().map(str::trim) {
        Some(d) if d.starts_with("PAST") => published.map(|p| (p, 0)),
        Some(d) if !d.is_empty() && !d.starts_with("PRESENT") && !d.starts_with("FUTURE") => {
            Some((day(d), 1))
        }
        _ => published.map(|p| (p, 1)),
    }
}

/// Last word of a counts key that names a running total: it only grows
/// over time, so a later, lower value is a contradiction.
fn cumulative(key: &str) -> bool {
    matches!(
        key.rsplit(' ').next(),
        Some("killed" | "injured" | "arrested" | "rescued" | "infected" | "damaged" | "destroyed")
    )
}

/// Last word(s) of a counts key that names a state that goes up and down
/// (people missing, displaced, in hospital, without power).
fn fluctuating(key: &str) -> bool {
    key.ends_with("without power")
        || key.ends_with("without water")
        || matches!(
            key.rsplit(' ').next(),
            Some("missing" | "displaced" | "hospitalised" | "affected" | "trapped" | "stranded")
        )
}

/// How values of one quantity may move over time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trend {
    /// A running total (killed, injured): never goes down.
    Cumulative,
    /// A state that rises and falls (missing, displaced).
    Free,
    /// Anything else: one direction.
    Monotone,
}

fn trend(key: &str) -> Trend {
    if key.starts_with("additional ") {
        Trend::Free // increments: "22 more bodies", then "5 more"
    } else if cumulative(key) {
        Trend::Cumulative
    } else if fluctuating(key) {
        Trend::Free
    } else {
        Trend::Monotone
    }
}

/// Groups figures about the same quantity across articles and says whether
/// they agree, changed over time or disagree (see the module documentation).
///
/// ```
/// use parallax_core::{Evidence, Figure, FigureAgreement};
/// use parallax_link::figures::{group_figures, FigureInput};
/// let fig = |id: &str, art: &str, v: f64, hedge: Option<&str>| Figure {
///     id: id.into(), article: art.into(), text: v.to_string(), value: v, max: None,
///     unit: None, counts: Some("missing".into()), hedge: hedge.map(Into::into),
///     source: None, date: None,
///     evidence: Evidence { article: art.into(), start: 0, end: 1 },
/// };
/// let (a, b) = (fig("a-f1", "a", 300.0, Some("nearly")), fig("b-f1", "b", 290.0, None));
/// let input = [
///     FigureInput { figure: &a, story: Some("s1"), published: Some("2026-03-11"), outlet: None },
///     FigureInput { figure: &b, story: Some("s1"), published: Some("2026-03-11"), outlet: None },
/// ];
/// let groups = group_figures(&input);
/// assert_eq!(groups[0].agreement, FigureAgreement::Agree);
/// ```
pub fn group_figures(figures: &[FigureInput<'_>]) -> Vec<FigureGroup> {
    // buckets of the same story, counts key and unit, in first-seen order
    type Key<'k> = (Option<&'k str>, String, Option<&'k str>);
    let mut order: Vec<Key> = Vec::new();
    let mut buckets: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, inp) in figures.iter().enumerate() {
        let f = inp.figure;
        let Some(counts) = f.counts.as_deref() else {
            continue;
        };
        if !f.value.is_finite() || f.max.is_some_and(|m| !m.is_finite()) {
            continue;
        }
        let key = counts_key(counts);
        if key.is_empty() {
            continue;
        }
        let k: Key = (inp.story, key, f.unit.as_deref());
        match buckets.get_mut(&k) {
            Some(v) => v.push(i),
            None => {
                order.push(k.clone());
                buckets.insert(k, vec![i]);
            }
        }
    }

    let intervals: Vec<(f64, f64)> = figures.iter().map(|x| figure_interval(x.figure)).collect();
    let mut groups: Vec<(usize, FigureGroup)> = Vec::new();
    for k in &order {
        let Some(members) = buckets.get(k) else {
            continue;
        };
        // a state (killed, missing) or a unit (percent, USD) makes differing
        // values one quantity that changed or is disputed; a plain count of
        // things (delegations, plants) with another value is another count
        let trend = trend(&k.1);
        let clusters = if trend != Trend::Monotone || k.2.is_some() {
            split_by_magnitude(members, &intervals)
        } else {
            split_by_overlap(members, &intervals)
        };
        for cluster in clusters {
            let mut arts: Vec<&str> = cluster
                .iter()
                .map(|&i| figures[i].figure.article.as_str())
                .collect();
            arts.sort_unstable();
            arts.dedup();
            if arts.len() < 2 {
                continue;
            }
            let mut sorted = cluster.clone();
            sorted.sort_by(|&a, &b| {
                let (da, db) = (effective_date(&figures[a]), effective_date(&figures[b]));
                let pa = figures[a].published.map(day);
                let pb = figures[b].published.map(day);
                (da.is_none(), da, pa.is_none(), pa, a).cmp(&(
                    db.is_none(),
                    db,
                    pb.is_none(),
                    pb,
                    b,
                ))
            });
            let agreement = agreement_of(figures, &intervals, &sorted, trend);
            let first = cluster.iter().copied().min().unwrap_or(0);
            groups.push((
                first,
                FigureGroup {
                    id: String::new(),
                    story: k.0.map(str::to_string),
                    counts: most_common_counts(figures, &sorted),
                    unit: k.2.map(str::to_string),
                    figures: sorted
                        .iter()
                        .map(|&i| figures[i].figure.id.clone())
                        .collect(),
                    agreement,
                },
            ));
        }
    }
    groups.sort_by_key(|(first, _)| *first);
    groups
        .into_iter()
        .enumerate()
        .map(|(n, (_, mut g))| {
            g.id = format!("g{}", n + 1);
            g
        })
        .collect()
}

/// Cuts a bucket where values jump by more than [`MAGNITUDE_GAP`].
fn split_by_magnitude(members: &[usize], intervals: &[(f64, f64)]) -> Vec<Vec<usize>> {
    sweep(members, intervals, |(lo, _), hi_so_far| {
        if hi_so_far <= 0.0 {
            lo > 0.0 && hi_so_far.is_finite() && hi_so_far < lo
        } else {
            lo > hi_so_far * MAGNITUDE_GAP
        }
    })
}

/// Cuts a bucket into runs of overlapping intervals.
fn split_by_overlap(members: &[usize], intervals: &[(f64, f64)]) -> Vec<Vec<usize>> {
    sweep(members, intervals, |(lo, hi), hi_so_far| {
        !overlap((lo, hi), (lo.min(hi_so_far), hi_so_far))
    })
}

/// Runs of `members` in order of their intervals' low ends: a run ends
/// where `breaks(interval, highest end so far)` says so. Each run is
/// returned in index order.
fn sweep(
    members: &[usize],
    intervals: &[(f64, f64)],
    breaks: impl Fn((f64, f64), f64) -> bool,
) -> Vec<Vec<usize>> {
    let mut by_value = members.to_vec();
    by_value.sort_by(|&a, &b| intervals[a].0.total_cmp(&intervals[b].0).then(a.cmp(&b)));
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut hi_so_far = f64::NEG_INFINITY;
    for i in by_value {
        let interval = intervals[i];
        match out.last_mut() {
            Some(cur) if !breaks(interval, hi_so_far) => cur.push(i),
            _ => out.push(vec![i]),
        }
        // intervals have lo <= hi, so a run that breaks starts above
        // every earlier end: the maximum is the new run's end
        hi_so_far = hi_so_far.max(interval.1);
    }
    for c in &mut out {
        c.sort_unstable();
    }
    out
}

fn agreement_of(
    figures: &[FigureInput<'_>],
    intervals: &[(f64, f64)],
    sorted: &[usize],
    trend: Trend,
) -> FigureAgreement {
    let mid = |i: usize| (intervals[i].0 + intervals[i].1) / 2.0;
    let mut up = false;
    let mut down = false;
    let mut conflict = false;
    for (x, &a) in sorted.iter().enumerate() {
        for &b in &sorted[x + 1..] {
            if overlap(intervals[a], intervals[b]) {
                continue;
            }
            match (effective_date(&figures[a]), effective_date(&figures[b])) {
                (Some(da), Some(db)) if da != db => {
                    let (early, late) = if da < db { (a, b) } else { (b, a) };
                    if mid(late) > mid(early) {
                        up = true;
                    } else {
                        down = true;
                    }
                }
                _ => conflict = true,
            }
        }
    }
    let reversal = match trend {
        Trend::Cumulative => down,
        Trend::Free => false,
        Trend::Monotone => up && down,
    };
    if conflict || reversal {
        FigureAgreement::Disagree
    } else if up || down {
        FigureAgreement::Changed
    } else {
        FigureAgreement::Agree
    }
}

/// The most common `counts` wording among the group (first seen wins ties).
fn most_common_counts(figures: &[FigureInput<'_>], members: &[usize]) -> String {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for &i in members {
        let Some(c) = figures[i].figure.counts.as_deref() else {
            continue;
        };
        match seen.iter_mut().find(|(w, _)| *w == c) {
            Some(e) => e.1 += 1,
            None => seen.push((c, 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for (w, n) in seen {
        if best.is_none_or(|(_, bn)| n > bn) {
            best = Some((w, n));
        }
    }
    best.map(|(w, _)| w.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_singular_stems() {
        assert_eq!(counts_key("Passengers rescued"), "passenger rescued");
        assert_eq!(counts_key("casualties"), "casualty");
        assert_eq!(counts_key("children killed"), "child killed");
        assert_eq!(
            counts_key("households without power"),
            "household without power"
        );
        assert_eq!(counts_key("missing"), "missing");
    }

    #[test]
    fn days_are_compared() {
        assert_eq!(day("2026-03-10T18:42:00Z"), "2026-03-10");
        assert_eq!(day("2026-W11"), "2026-W11");
        assert_eq!(day(" 2026-03 "), "2026-03");
    }
}
