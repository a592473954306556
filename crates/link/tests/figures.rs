//! Alignment of figures across articles on invented fixtures: a rising toll
//! over days, conflicting figures on one day, hedged values that agree, and
//! what is not grouped.

use parallax_core::{Evidence, Figure, FigureAgreement, FigureGroup};
use parallax_link::figures::{counts_key, figure_interval, group_figures, FigureInput};

/// One article's report of a figure.
struct Rep {
    outlet: &'static str,
    story: &'static str,
    published: &'static str,
    fig: Figure,
}

fn rep(
    article: &'static str,
    outlet: &'static str,
    published: &'static str,
    n: usize,
    value: f64,
    hedge: Option<&str>,
    counts: &str,
) -> Rep {
    Rep {
        outlet,
        story: "s1",
        published,
        fig: Figure {
            id: format!("{article}-f{n}"),
            article: article.to_string(),
            text: match hedge {
                Some(h) => format!("{h} {value}"),
                None => value.to_string(),
            },
            value,
            max: None,
            unit: None,
            counts: Some(counts.to_string()),
            hedge: hedge.map(str::to_string),
            source: None,
            date: None,
            evidence: Evidence {
                article: article.to_string(),
                start: 0,
                end: 2,
            },
        },
    }
}

fn inputs(reps: &[Rep]) -> Vec<FigureInput<'_>> {
    reps.iter()
        .map(|r| FigureInput {
            figure: &r.fig,
            story: Some(r.story),
            published: Some(r.published),
            outlet: Some(r.outlet),
        })
        .collect()
}

fn group(reps: &[Rep]) -> Vec<FigureGroup> {
    group_figures(&inputs(reps))
}

#[test]
fn rising_toll_over_days_is_a_change() {
    // listed out of date order on purpose
    let reps = [
        rep(
            "lantern-3",
            "Daily Lantern",
            "2026-04-16",
            1,
            90.0,
            Some("nearly"),
            "killed",
        ),
        rep(
            "post-1",
            "Harbour Post",
            "2026-04-14",
            1,
            41.0,
            Some("at least"),
            "killed",
        ),
        rep(
            "ledger-2",
            "Meridian Ledger",
            "2026-04-15T08:10:00Z",
            1,
            63.0,
            None,
            "killed",
        ),
        rep(
            "courier-5",
            "Valley Courier",
            "2026-04-18",
            1,
            94.0,
            None,
            "killed",
        ),
        rep(
            "lantern-3",
            "Daily Lantern",
            "2026-04-16",
            2,
            87.0,
            None,
            "killed",
        ),
    ];
    let g = group(&reps);
    assert_eq!(g.len(), 1, "{g:#?}");
    assert_eq!(g[0].id, "g1");
    assert_eq!(g[0].agreement, FigureAgreement::Changed);
    assert_eq!(g[0].counts, "killed");
    assert_eq!(g[0].story.as_deref(), Some("s1"));
    assert_eq!(
        g[0].figures,
        [
            "post-1-f1",
            "ledger-2-f1",
            "lantern-3-f1",
            "lantern-3-f2",
            "courier-5-f1"
        ]
    );
}

#[test]
fn falling_count_of_missing_is_a_change() {
    let reps = [
        rep(
            "a",
            "Harbour Post",
            "2026-04-14",
            1,
            300.0,
            Some("nearly"),
            "missing",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-15",
            1,
            250.0,
            Some("more than"),
            "missing",
        ),
        rep(
            "c",
            "Valley Courier",
            "2026-04-18",
            1,
            160.0,
            Some("at least"),
            "missing",
        ),
    ];
    let g = group(&reps);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].agreement, FigureAgreement::Changed);
}

#[test]
fn conflicting_figures_on_one_day_disagree() {
    let reps = [
        rep(
            "post",
            "Harbour Post",
            "2026-04-14",
            1,
            12.0,
            None,
            "killed",
        ),
        rep(
            "lantern",
            "Daily Lantern",
            "2026-04-14T21:00:00Z",
            1,
            30.0,
            Some("at least"),
            "killed",
        ),
    ];
    let g = group(&reps);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].agreement, FigureAgreement::Disagree);
}

#[test]
fn values_going_up_and_down_over_days_disagree() {
    let reps = [
        rep("a", "Harbour Post", "2026-04-14", 1, 41.0, None, "killed"),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-15",
            1,
            80.0,
            None,
            "killed",
        ),
        rep("c", "Valley Courier", "2026-04-16", 1, 50.0, None, "killed"),
    ];
    assert_eq!(group(&reps)[0].agreement, FigureAgreement::Disagree);
}

#[test]
fn hedged_same_value_agrees() {
    let reps = [
        rep(
            "a",
            "Harbour Post",
            "2026-04-15",
            1,
            300.0,
            Some("nearly"),
            "missing",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-15",
            1,
            300.0,
            None,
            "missing",
        ),
        rep(
            "c",
            "Coastline Observer",
            "2026-04-15",
            1,
            280.0,
            Some("more than"),
            "missing",
        ),
        rep(
            "a",
            "Harbour Post",
            "2026-04-15",
            2,
            41.0,
            Some("at least"),
            "killed",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-15",
            2,
            41.0,
            None,
            "killed",
        ),
    ];
    let g = group(&reps);
    assert_eq!(g.len(), 2, "{g:#?}");
    assert_eq!((g[0].id.as_str(), g[0].counts.as_str()), ("g1", "missing"));
    assert_eq!((g[1].id.as_str(), g[1].counts.as_str()), ("g2", "killed"));
    assert!(
        g.iter().all(|g| g.agreement == FigureAgreement::Agree),
        "{g:#?}"
    );
}

#[test]
fn an_earlier_value_in_the_same_article_is_a_change() {
    // "the toll rose from 41 to 63" (the extractor dates 41 `PAST_REF`)
    // next to another outlet's "at least 63", same day
    let mut earlier = rep("a", "Harbour Post", "2026-04-15", 1, 41.0, None, "killed");
    earlier.fig.date = Some("PAST_REF".into());
    let reps = [
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-15",
            1,
            63.0,
            Some("at least"),
            "killed",
        ),
        earlier,
        rep("a", "Harbour Post", "2026-04-15", 2, 63.0, None, "killed"),
    ];
    let g = group(&reps);
    assert_eq!(g[0].agreement, FigureAgreement::Changed);
    // the earlier value comes first
    assert_eq!(g[0].figures, ["a-f1", "b-f1", "a-f2"]);
}

#[test]
fn two_values_for_one_day_in_one_article_disagree() {
    // "the service confirmed 81 deaths; the governor put the toll at 89"
    let reps = [
        rep(
            "a",
            "Eastbridge Times",
            "2026-04-17",
            1,
            81.0,
            None,
            "killed",
        ),
        rep(
            "a",
            "Eastbridge Times",
            "2026-04-17",
            2,
            89.0,
            None,
            "killed",
        ),
        rep("b", "Valley Courier", "2026-04-17", 1, 89.0, None, "killed"),
    ];
    assert_eq!(group(&reps)[0].agreement, FigureAgreement::Disagree);
}

#[test]
fn a_toll_going_down_later_disagrees_but_missing_may_rise_and_fall() {
    let toll = [
        rep("a", "Harbour Post", "2026-04-14", 1, 63.0, None, "killed"),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-16",
            1,
            41.0,
            None,
            "killed",
        ),
    ];
    assert_eq!(group(&toll)[0].agreement, FigureAgreement::Disagree);
    let missing = [
        rep(
            "a",
            "Harbour Post",
            "2026-04-14",
            1,
            40.0,
            Some("about"),
            "missing",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-15",
            1,
            300.0,
            Some("nearly"),
            "missing",
        ),
        rep(
            "c",
            "Valley Courier",
            "2026-04-17",
            1,
            160.0,
            Some("at least"),
            "missing",
        ),
    ];
    assert_eq!(group(&missing)[0].agreement, FigureAgreement::Changed);
}

#[test]
fn plain_counts_of_things_group_only_equal_values() {
    // "ten of the eleven delegations", "two delegations abstained": other
    // counts, not a dispute
    let reps = [
        rep(
            "a",
            "Meridian Ledger",
            "2026-04-14",
            1,
            11.0,
            None,
            "delegations",
        ),
        rep(
            "a",
            "Meridian Ledger",
            "2026-04-14",
            2,
            2.0,
            None,
            "delegations",
        ),
        rep(
            "b",
            "Eastbridge Times",
            "2026-04-14",
            1,
            11.0,
            None,
            "delegations",
        ),
        rep(
            "b",
            "Eastbridge Times",
            "2026-04-14",
            2,
            2.0,
            None,
            "delegations",
        ),
        rep(
            "c",
            "Coastline Observer",
            "2026-04-14",
            1,
            3.0,
            None,
            "delegations",
        ),
    ];
    let g = group(&reps);
    assert_eq!(g.len(), 2, "{g:#?}");
    assert_eq!(g[0].figures, ["a-f1", "b-f1"]);
    assert_eq!(g[1].figures, ["a-f2", "b-f2"]);
    assert!(g.iter().all(|g| g.agreement == FigureAgreement::Agree));
}

#[test]
fn figure_date_overrides_publication_date() {
    // published the same day, but one figure is about the day before
    let mut old = rep("a", "Harbour Post", "2026-04-16", 1, 41.0, None, "killed");
    old.fig.date = Some("2026-04-15".into());
    let reps = [
        old,
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-16",
            1,
            63.0,
            None,
            "killed",
        ),
    ];
    let g = group(&reps);
    assert_eq!(g[0].agreement, FigureAgreement::Changed);
    assert_eq!(g[0].figures, ["a-f1", "b-f1"]);
}

#[test]
fn conflicting_figures_without_dates_disagree() {
    let reps = [
        rep("a", "Harbour Post", "2026-04-14", 1, 12.0, None, "injured"),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-15",
            1,
            30.0,
            None,
            "injured",
        ),
    ];
    let mut inp = inputs(&reps);
    for i in &mut inp {
        i.published = None;
    }
    assert_eq!(group_figures(&inp)[0].agreement, FigureAgreement::Disagree);
}

#[test]
fn what_is_not_grouped() {
    let mut other_story = rep("d", "Harbour Post", "2026-04-14", 1, 41.0, None, "killed");
    other_story.story = "s2";
    let mut in_km = rep("e", "Daily Lantern", "2026-04-14", 1, 41.0, None, "killed");
    in_km.fig.unit = Some("km".into());
    let mut no_counts = rep("f", "Valley Courier", "2026-04-14", 1, 41.0, None, "killed");
    no_counts.fig.counts = None;
    let reps = [
        // a single report of a quantity
        rep(
            "a",
            "Harbour Post",
            "2026-04-14",
            1,
            212.0,
            None,
            "passengers",
        ),
        // two reports in one article only
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-14",
            1,
            90.0,
            Some("nearly"),
            "killed",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-14",
            2,
            87.0,
            None,
            "killed",
        ),
        other_story,
        in_km,
        no_counts,
    ];
    assert!(group(&reps).is_empty(), "{:#?}", group(&reps));
}

#[test]
fn different_magnitudes_are_different_quantities() {
    let reps = [
        rep(
            "a",
            "Harbour Post",
            "2026-04-14",
            1,
            3.0,
            None,
            "children killed",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-14",
            1,
            3.0,
            None,
            "child killed",
        ),
        rep(
            "a",
            "Harbour Post",
            "2026-04-14",
            2,
            41.0,
            None,
            "children killed",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-14",
            2,
            41.0,
            Some("at least"),
            "children killed",
        ),
    ];
    let g = group(&reps);
    assert_eq!(g.len(), 2, "{g:#?}");
    assert_eq!(g[0].figures, ["a-f1", "b-f1"]);
    assert_eq!(g[0].counts, "children killed");
    assert_eq!(g[1].figures, ["a-f2", "b-f2"]);
    assert!(g.iter().all(|g| g.agreement == FigureAgreement::Agree));
}

#[test]
fn singular_and_plural_counts_align_and_units_must_match() {
    let mut a = rep("a", "Harbour Post", "2026-04-14", 1, 2.1e9, None, "damage");
    a.fig.unit = Some("EUR".into());
    let mut b = rep(
        "b",
        "Meridian Ledger",
        "2026-04-14",
        1,
        2.0e9,
        Some("about"),
        "damages",
    );
    b.fig.unit = Some("EUR".into());
    let reps = [a, b];
    let g = group(&reps);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].unit.as_deref(), Some("EUR"));
    assert_eq!(g[0].agreement, FigureAgreement::Agree);
}

#[test]
fn vague_and_range_figures_agree_with_values_inside() {
    let mut dozens = rep("a", "Harbour Post", "2026-04-14", 1, 24.0, None, "killed");
    dozens.fig.max = Some(99.0);
    let mut range = rep("c", "Valley Courier", "2026-04-14", 1, 40.0, None, "killed");
    range.fig.max = Some(50.0);
    let reps = [
        dozens,
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-14",
            1,
            41.0,
            Some("at least"),
            "killed",
        ),
        range,
    ];
    assert_eq!(group(&reps)[0].agreement, FigureAgreement::Agree);
}

#[test]
fn ids_are_deterministic_and_in_first_appearance_order() {
    let reps = [
        rep("a", "Harbour Post", "2026-04-14", 1, 300.0, None, "missing"),
        rep("a", "Harbour Post", "2026-04-14", 2, 41.0, None, "killed"),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-14",
            1,
            41.0,
            None,
            "killed",
        ),
        rep(
            "b",
            "Meridian Ledger",
            "2026-04-14",
            2,
            300.0,
            None,
            "missing",
        ),
    ];
    let first = group(&reps);
    let again = group(&reps);
    assert_eq!(first, again);
    assert_eq!(first[0].counts, "missing");
    assert_eq!(first[0].id, "g1");
    assert_eq!(first[1].counts, "killed");
    assert_eq!(first[1].id, "g2");
}

#[test]
fn intervals_follow_hedges() {
    let r = |v: f64, h: Option<&str>| rep("a", "x", "2026-01-01", 1, v, h, "killed").fig;
    assert_eq!(figure_interval(&r(41.0, None)), (41.0, 41.0));
    let (lo, hi) = figure_interval(&r(300.0, Some("nearly")));
    assert!(lo < 300.0 && hi == 300.0);
    let (lo, hi) = figure_interval(&r(41.0, Some("at least")));
    assert!(lo == 41.0 && hi > 41.0);
    let (lo, hi) = figure_interval(&r(40.0, Some("about")));
    assert!(lo < 40.0 && hi > 40.0);
    let (lo, hi) = figure_interval(&r(50.0, Some("up to")));
    assert!(lo < 50.0 && hi == 50.0);
    assert_eq!(counts_key("Passengers"), "passenger");
}
