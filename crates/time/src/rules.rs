//! The extraction and normalisation rules.
//!
//! Every rule is a case-insensitive regular expression with a normaliser.
//! All rules run over the text; the longest non-overlapping matches win;
//! then the matches are normalised in text order, so that expressions such
//! as "a year earlier" or "that day" can use the last date mentioned (the
//! reference time) while deictic ones ("yesterday", "on Friday", "last
//! week") use the anchor (the publication date) and, for weekdays and bare
//! months, the tense of the nearest verb.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};

use crate::{Resolution, TimeExpr, TimeKind};

const MONTH: &str = r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)";
const DAY: &str = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b";
const YEAR: &str = r"(?:1[89]\d\d|20\d\d)\b";
const WEEKDAY: &str = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b";
const NUM: &str = r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|one and a half|a couple of|couple of|a few|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|many|some|dozens of|hundreds of)";
const UNIT: &str = r"(?:seconds?|minutes?|hours?|(?:trading\s+|business\s+|working\s+)?days?|weeks?|months?|years?|decades?|century|centuries|quarters?|weekends?|nights?)\b";
const POD: &str = r"(?:morning|afternoon|evening|night)\b";
const SEASON: &str = r"(?:spring|summer|autumn|fall|winter)\b";
const ORD: &str = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)";

type Out = (TimeKind, String, Resolution);
type Norm = fn(&Captures, &mut Ctx) -> Option<Out>;

struct Rule {
    re: Regex,
    norm: Norm,
}

pub(crate) struct Ctx<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    anchor: Option<NaiveDate>,
    /// The value of the last date mentioned (initially the anchor's day).
    reference: Option<String>,
    /// Set by a normaliser that counted from the reference: such a value
    /// does not become the new reference.
    used_reference: bool,
}

fn rule(pattern: &str, norm: Norm) -> Rule {
    let pattern = pattern
        .replace("{MONTH}", MONTH)
        .replace("{DAY}", DAY)
        .replace("{YEAR}", YEAR)
        .replace("{WEEKDAY}", WEEKDAY)
        .replace("{NUM}", NUM)
        .replace("{UNIT}", UNIT)
        .replace("{POD}", POD)
        .replace("{SEASON}", SEASON)
        .replace("{ORD}", ORD);
    // ASCII word boundaries: with Unicode ones the regex engine leaves its
    // fast DFA at the first curly quote or dash, and news text is full of
    // them (this made time expressions the slowest stage of the pipeline).
    let pattern = pattern.replace(r"\b", r"(?-u:\b)");
    Rule {
        re: Regex::new(&format!("(?i){pattern}")).expect("valid time rule"),
        norm,
    }
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    vec![
        // ISO dates and timestamps, numeric dates: parsed by the core reader.
        rule(
            r"\b\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b",
            norm_numeric,
        ),
        // March 22, 2013 / the night of March 22, 2013 / Friday, March 22, 2013
        rule(
            r"\b(?:(?:the\s+)?(?P<pod>{POD})\s+of\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})",
            norm_full_date,
        ),
        // 22 March 2013 / the 22nd of March, 2013
        rule(
            r"\b(?:(?:the\s+)?(?P<pod>{POD})\s+of\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})",
            norm_full_date,
        ),
        // August 26 / the night of August 31 / Friday, August 26
        rule(
            r"\b(?:(?:the\s+)?(?P<pod>{POD})\s+of\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY})",
            norm_month_day,
        ),
        // 11 September / the 11th of September
        rule(
            r"\b(?:(?:the\s+)?(?P<pod>{POD})\s+of\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})",
            norm_month_day,
        ),
        // February 2020, early March 2013, the end of May 2012
        rule(
            r"\b(?:(?P<mod>early|late|mid|the end of|the beginning of|the middle of|the start of)[\s-]+)?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
            norm_month_year,
        ),
        // June last year, January this year
        rule(
            r"\b(?:(?P<mod>early|late|mid)[\s-]+)?(?P<mon>{MONTH})\s+(?P<rel>this|last|next)\s+year\b",
            norm_month_rel_year,
        ),
        // August, last March, early November
        rule(
            r"\b(?:(?P<mod>early|late|mid|last|next|this|this past|the end of|the beginning of|the middle of|the start of)[\s-]+)?(?P<mon>{MONTH})",
            norm_month,
        ),
        // 2013, fiscal 1989, early 2012
        rule(
            r"\b(?:(?P<mod>early|late|mid|the end of|the beginning of|the middle of|the start of|the first half of|the second half of|fiscal|calendar)[\s-]+)?(?P<y>{YEAR})",
            norm_year,
        ),
        // the 1990s, the mid-1980s, the '90s
        rule(
            r"\b(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<dec>1[89]\d0|20\d0)'?s\b|\bthe\s+'(?P<short>\d)0s\b|\bthe\s+(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
            norm_decade,
        ),
        // nineteen ninety-six, January nineteen ninety-seven, the year two
        // thousand (years as read out in broadcast transcripts)
        rule(
            r"\b(?:(?P<mon>{MONTH}),?\s+|(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)\s+of\s+|(?P<ty>the\s+year)\s+)?(?P<sy>(?:eighteen|nineteen)[\s-]+(?:hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)?|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:\s+and)?(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b)?)\b",
            norm_spelled_year,
        ),
        // the 20th century, the nineteenth century
        rule(
            r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<n>1?\d|2[01])(?:st|nd|rd|th)|(?P<w>(?:fifteen|sixteen|seventeen|eighteen|nineteen|twentie)th|twenty[- ]first))[\s-]+century\b",
            norm_century,
        ),
        // today, yesterday morning, tonight, tomorrow
        rule(
            r"\b(?:(?:late|early)\s+)?(?P<w>today|tonight|yesterday|tomorrow)\b(?:\s+(?P<pod>{POD}))?|\bthe\s+day\s+(?P<w2>before yesterday|after tomorrow)\b",
            norm_deictic,
        ),
        // this morning, last night, later this afternoon
        rule(
            r"\b(?:(?P<m>early|late|later|earlier)\s+)?(?P<det>this|last)\s+(?P<pod>{POD})",
            norm_this_pod,
        ),
        // mid-afternoon, by mid morning, late evening yesterday
        rule(
            r"\b(?P<m>early|late|mid)[\s-]?(?P<pod>morning|afternoon|evening)\b(?:\s+(?P<w>yesterday|today|tomorrow))?|\bthe\s+(?P<pod2>morning|afternoon|evening)\b",
            norm_part_of_day,
        ),
        // Friday, last Friday, Monday morning, next Tuesday ("earlier
        // Friday" is a signal and a date: TimeBank leaves "earlier" out)
        rule(
            r"\b(?:(?P<m>early|late)\s+)?(?:(?P<det>last|next|this|this past|this coming|coming|past|the following|the previous)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD}))?",
            norm_weekday,
        ),
        // last week, earlier this month, next year, this summer, that day
        rule(
            r"\b(?:(?P<m>earlier|later|early|late|sometime|the end of|the beginning of|the start of|the middle of)\s+)?(?P<det>this|last|next|this past|this coming|the following|the previous|the same|the current|that|(?:this|last|next) year's)\s+(?P<u>day|week|month|year|quarter|weekend|decade|century|{SEASON})",
            norm_rel_unit,
        ),
        // the next day, the following week, earlier that day
        rule(
            r"\b(?:(?P<m>earlier|later)\s+)?(?P<det>the next|the following|the previous|the preceding|the same)\s+(?P<u>day|morning|evening|night)\b",
            norm_ref_day,
        ),
        // two days ago, a year earlier, three weeks from now
        rule(
            r"\b(?:(?P<hedge>nearly|almost|about|more than|less than|just|only|some|roughly)\s+)?(?P<n>{NUM})[\s-]+(?P<u>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from now|hence)\b",
            norm_ago,
        ),
        // a month, the past 12 months, three-year, several years, 10 years old
        rule(
            r"\b(?:(?P<hedge>nearly|almost|more than|less than|at least|up to|no more than|fewer than)\s+)?(?:(?P<det>the past|the last|the next|the previous|the first|the final|the coming|the remaining|the|past|last|next|first|another|an additional|the entire|the whole|the full)\s+)?(?P<n>{NUM})(?P<frac>\s+1/2)?(?:\s+(?:to|or)\s+(?P<n2>\d+|(?:{NUM})(?-u:\b)))?\s+(?:more\s+|additional\s+)?(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?:[\s-]+(?:long|old))?|\b(?P<nh>{NUM})-(?P<uh>{UNIT})(?:-(?:long|old))?|\ban?\s+(?P<np>{NUM})-(?P<up>{UNIT})\s+(?:period|span|stretch|term)\b",
            norm_duration,
        ),
        // years, recent years, the coming months, the past decade
        rule(
            r"\b(?:(?P<det>recent|the past|the last|the next|the coming|the previous|past|coming|the first|the early|the final)\s+)?(?P<u>minutes|hours|days|weeks|months|years|decades|centuries)\b(?:\s+(?:or|and)\s+(?:hours|days|weeks|months|years|decades)\b|-long\b|\s+ahead\b)?|\bthe\s+(?P<u3>days|weeks|months|years)\s+ahead\b|\b(?P<det2>the past|the last|the next|the coming|the previous)\s+(?P<u2>week|month|year|decade|century)\b",
            norm_plural,
        ),
        // the third quarter, third-quarter, the fiscal first half, Q3 2012, the latest quarter
        rule(
            r"\b(?:(?P<det>the|this|last|next|this year's|last year's)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<q>{ORD}|latest|current|final|same|year-ago|year-earlier|previous|prior|past)\s+(?P<what>quarter|half|period)\b(?:\s+of\s+(?P<y>{YEAR}))?|\b(?P<qh>{ORD}|year-ago|year-earlier)-(?P<whath>quarter|half)\b|\bQ(?P<qn>[1-4])(?:\s+(?P<y2>{YEAR}))?\b|\bthe\s+(?P<bare>quarter)\b",
            norm_quarter,
        ),
        // year-earlier, year-ago
        rule(
            r"\b(?:the\s+(?:comparable\s+|corresponding\s+|same\s+)?)?year-(?:earlier|ago)(?:\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period))?\b",
            norm_year_earlier,
        ),
        // the 1988 period, the 1988 third quarter
        rule(
            r"\bthe\s+(?P<y>{YEAR})\s+(?:(?P<q>first|second|third|fourth)\s+)?(?P<what>quarter|period)\b",
            norm_year_quarter,
        ),
        // the summer, summer 2012, the winter of 2010
        rule(
            r"\b(?:the\s+)?(?:(?P<m>early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|winter)\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
            norm_season,
        ),
        // 10 a.m., 3:30 p.m. EST, noon, midnight, 4 in the morning
        rule(
            r"(?:\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|ET|PT)\b)?|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\b(?P<tz2>\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET)\b)?|\b(?P<w>noon|midnight|midday)\b|\b(?P<h3>[01]?\d)\s+(?:o'clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening)\b)(?:,?\s+(?:on\s+)?(?P<cwd>{WEEKDAY})|,?\s+(?P<cmon>{MONTH})\s+(?P<cd>{DAY}))?",
            norm_clock,
        ),
        // twice a week, three times a year, once a month
        rule(
            r"\b(?P<f>once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<fu>second|minute|hour|day|week|month|quarter|year|decade)\b",
            norm_frequency,
        ),
        // every year, each season, daily, every two weeks, on Fridays
        rule(
            r"\b(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>{NUM})\s+)?(?P<u>{UNIT}|{POD}|season|{SEASON}|{WEEKDAY}|{MONTH})|\b(?P<w>daily|weekly|monthly|yearly|annually|hourly|nightly)\b|\b(?P<wds>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?:\s+(?P<wpod>mornings?|afternoons?|evenings?|nights?))?\b|\b(?P<wds1>{WEEKDAY})\s+(?P<wpod1>mornings|afternoons|evenings|nights)\b",
            norm_set,
        ),
        // earlier in the year, the end of the month
        rule(
            r"\b(?:earlier|later)\s+in\s+the\s+(?P<u>year|month|week)\b|\bthe\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?P<u2>year|month|week)\b",
            norm_in_the_unit,
        ),
        // Christmas, New Year's Day, Thanksgiving, Independence Day
        rule(
            r"\b(?:(?P<det>last|this|next|this past|this coming)\s+)?(?P<h>Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|Thanksgiving Day|Thanksgiving|Independence Day|Halloween|Valentine's Day|Boxing Day|May Day|Easter Sunday|Easter Monday|Easter|Good Friday|(?:St\.?|Saint) Patrick's Day|Memorial Day|Labor Day|Veterans'? Day|Mother's Day|Father's Day|Election Day|Martin Luther King(?: Jr\.?)? Day|Presidents'? Day)\b(?:\s+(?P<span>week|weekend)\b)?(?:,?\s+(?P<y>{YEAR}))?",
            norm_holiday,
        ),
        // the week of March 6
        rule(
            r"\bthe\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
            norm_week_of,
        ),
        // the weekend, year-end
        rule(
            r"\b(?:the|this|last|next)\s+(?P<we>weekend)\b|\b(?P<ye>year-end|year's end|year end)\b|\bthe\s+(?P<fy>(?:current\s+)?fiscal\s+year|full\s+year|week)\b",
            norm_weekend,
        ),
        // a day-long meeting, a year-long search: one unit
        rule(r"\b(?P<u>hour|day|week|month|year)-long\b", norm_unit_long),
        // for a while, for some time: a stretch of unknown length
        rule(r"\b(?:a\s+while|some\s+time)\b", norm_a_while),
        // for the year, the first nine months of the year, the year ended
        // March 31 (a reporting period)
        rule(r"\bthe\s+year\b", norm_the_year),
        // now, currently, recently, the future, soon ("recent" alone is an
        // adjective, "the recent act", more often than a time)
        rule(
            r"\b(?P<present>now|currently|current|presently|at present|nowadays|these days|at the moment|the present)\b|\b(?P<past>recently|lately|the past)\b|\b(?P<future>the near future|the future|the (?:near|short|long) term)\b",
            norm_ref,
        ),
    ]
});

pub(crate) fn find(text: &str, anchor: Option<NaiveDate>) -> Vec<TimeExpr> {
    // Date arithmetic near chrono's limits would overflow: an anchor
    // outside the years 1–9999 is treated as unknown.
    let anchor = anchor.filter(|a| (1..=9999).contains(&a.year()));
    let rules = &*RULES;
    // (start, end, rule)
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (i, r) in rules.iter().enumerate() {
        for m in r.re.find_iter(text) {
            if m.end() > m.start() {
                cands.push((m.start(), m.end(), i));
            }
        }
    }
    // Longest first, then earliest, then the earlier rule.
    cands.sort_by(|a, b| {
        (b.1 - b.0)
            .cmp(&(a.1 - a.0))
            .then(a.0.cmp(&b.0))
            .then(a.2.cmp(&b.2))
    });
    let mut ctx = Ctx {
        text,
        start: 0,
        end: 0,
        anchor,
        reference: anchor.map(|a| a.format("%Y-%m-%d").to_string()),
        used_reference: false,
    };
    // A candidate is taken when it overlaps nothing taken and its rule
    // accepts it (checked with the anchor as reference); a rejected long
    // match leaves room for shorter ones.
    let mut ordered: Vec<(usize, usize, usize)> = Vec::new();
    for c in cands {
        if !ordered.iter().all(|t| c.1 <= t.0 || c.0 >= t.1) {
            continue;
        }
        let r = &rules[c.2];
        let Some(caps) = r.re.captures_at(text, c.0) else {
            continue;
        };
        if caps
            .get(0)
            .is_some_and(|w| w.start() == c.0 && w.end() == c.1)
        {
            ctx.start = c.0;
            ctx.end = c.1;
            if (r.norm)(&caps, &mut ctx).is_some() {
                ordered.push(c);
            }
        }
    }
    ordered.sort();
    ctx.reference = anchor.map(|a| a.format("%Y-%m-%d").to_string());
    let mut out = Vec::new();
    for (start, end, i) in ordered {
        let r = &rules[i];
        let Some(caps) = r.re.captures_at(text, start) else {
            continue;
        };
        let Some(whole) = caps.get(0) else { continue };
        if whole.start() != start || whole.end() != end {
            continue;
        }
        ctx.start = start;
        ctx.end = end;
        ctx.used_reference = false;
        if let Some((kind, value, resolution)) = (r.norm)(&caps, &mut ctx) {
            if !ctx.used_reference
                && matches!(kind, TimeKind::Date | TimeKind::Time)
                && value.len() >= 4
                && value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            {
                ctx.reference = Some(value.clone());
            }
            let (quant, freq) = if kind == TimeKind::Set {
                set_attributes(&text[start..end])
            } else {
                (None, None)
            };
            out.push(TimeExpr {
                start,
                end,
                text: text[start..end].to_string(),
                kind,
                value,
                resolution,
                quant,
                freq,
            });
        }
    }
    out
}

// ---------------------------------------------------------------- helpers

fn cap<'t>(c: &Captures<'t>, name: &str) -> Option<&'t str> {
    c.name(name).map(|m| m.as_str())
}

fn lower(c: &Captures, name: &str) -> Option<String> {
    cap(c, name).map(|s| s.to_ascii_lowercase())
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The month the `mon` capture names, with the capture, when it is
/// capitalised ("may" and "march" in lower case are words, not months).
fn capitalised_month<'t>(c: &Captures<'t>) -> Option<(&'t str, u32)> {
    let mon = cap(c, "mon")?;
    if !capitalised(mon) {
        return None;
    }
    Some((mon, month_number(mon)?))
}

fn month_number(s: &str) -> Option<u32> {
    let s = s.to_ascii_lowercase();
    let key = s.get(..3)?;
    let m = match key {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn weekday(s: &str) -> Option<Weekday> {
    let s = s.to_ascii_lowercase();
    Some(match s.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn day_number(s: &str) -> Option<u32> {
    s.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

fn pod_code(s: &str) -> &'static str {
    match s.to_ascii_lowercase().as_str() {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    }
}

/// A TIME value at `clock` ("15:00", "MO") on `day`, or on an unknown
/// day when there is none to count from.
fn time_on(day: Option<NaiveDate>, clock: &str) -> (TimeKind, String, Resolution) {
    match day {
        Some(d) => (
            TimeKind::Time,
            format!("{}T{clock}", ymd(d)),
            Resolution::Anchored,
        ),
        None => (
            TimeKind::Time,
            format!("XXXX-XX-XXT{clock}"),
            Resolution::Underspecified,
        ),
    }
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn quarter_of(d: NaiveDate) -> u32 {
    (d.month() - 1) / 3 + 1
}

fn add_months(d: NaiveDate, months: i32) -> Option<NaiveDate> {
    let total = d
        .year()
        .checked_mul(12)?
        .checked_add(d.month0() as i32)?
        .checked_add(months)?;
    let (y, m0) = (total.div_euclid(12), total.rem_euclid(12) as u32);
    NaiveDate::from_ymd_opt(y, m0 + 1, 1)
}

/// A number written in digits or words; `None` for vague quantities
/// ("several", "a few", "many").
fn number(s: &str) -> Option<f64> {
    let s = s.to_ascii_lowercase().replace('-', " ");
    if let Ok(n) = s.parse::<f64>() {
        return Some(n);
    }
    let word = |w: &str| -> Option<f64> {
        match w {
            "a" | "an" => Some(1.0),
            "hundred" => Some(100.0),
            // "zero days" is no stretch of time
            "zero" => None,
            _ => parallax_core::words::cardinal(w),
        }
    };
    match s.as_str() {
        "one and a half" => return Some(1.5),
        "half a" | "half an" => return Some(0.5),
        "a couple of" | "couple of" => return Some(2.0),
        _ => {}
    }
    let mut total = 0.0;
    for w in s.split_whitespace() {
        total += word(w)?;
    }
    Some(total)
}

fn unit_key(u: &str) -> &'static str {
    let u = u.to_ascii_lowercase();
    let u = u.as_str();
    if u.starts_with("second") {
        "S"
    } else if u.starts_with("minute") {
        "MIN"
    } else if u.starts_with("hour") {
        "H"
    } else if u.starts_with("night")
        || u.starts_with("trading")
        || u.starts_with("business")
        || u.starts_with("working")
    {
        "D"
    } else if u.starts_with("weekend") {
        "WE"
    } else if u.starts_with("day") {
        "D"
    } else if u.starts_with("week") {
        "W"
    } else if u.starts_with("month") {
        "M"
    } else if u.starts_with("quarter") {
        "Q"
    } else if u.starts_with("decade") {
        "DE"
    } else if u.starts_with("centur") {
        "CE"
    } else {
        "Y"
    }
}

/// TIMEX3 duration value for `n` units (`n = None`: unspecified, `X`).
fn duration_value(n: Option<f64>, unit: &str) -> String {
    let fmt = |x: f64| {
        if x.fract() == 0.0 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    };
    match (n, unit) {
        (Some(x), "DE") => format!("P{}Y", fmt(x * 10.0)),
        (Some(x), "CE") => format!("P{}Y", fmt(x * 100.0)),
        // Decades are counted in years ("two decades" P20Y), so an
        // unknown number of them is some years, as TimeBank writes it.
        (None, "DE") => "PXY".into(),
        (None, "CE") => "PXCE".into(),
        (Some(x), "WE") => format!("P{}WE", fmt(x)),
        (None, "WE") => "PXWE".into(),
        (Some(x), "Q") => format!("P{}Q", fmt(x)),
        // A half is written with the next smaller unit, as TimeBank does:
        // "2 1/2 years" P2Y6M, "an hour and a half" PT1H30M.
        (Some(x), "Y") if x.fract() == 0.5 && x >= 1.0 => format!("P{}Y6M", x.trunc()),
        (Some(x), "H") if x.fract() == 0.5 && x >= 1.0 => format!("PT{}H30M", x.trunc()),
        (Some(x), "D") if x.fract() == 0.5 && x >= 1.0 => format!("P{}DT12H", x.trunc()),
        (Some(x), "MIN") if x.fract() == 0.5 && x >= 1.0 => format!("PT{}M30S", x.trunc()),
        (Some(x), "H") if x.fract() != 0.0 => format!("PT{}M", fmt(x * 60.0)),
        (Some(x), "Y") if x.fract() != 0.0 => format!("P{}M", fmt(x * 12.0)),
        (Some(x), "D") if x.fract() != 0.0 => format!("PT{}H", fmt(x * 24.0)),
        (n, u) => {
            let n = n.map(fmt).unwrap_or_else(|| "X".into());
            match u {
                "S" => format!("PT{n}S"),
                "MIN" => format!("PT{n}M"),
                "H" => format!("PT{n}H"),
                _ => format!("P{n}{u}"),
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

const FUTURE_WORDS: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "won't",
    "would",
    "going",
    "plans",
    "plan",
    "planned",
    "scheduled",
    "expected",
    "expects",
    "upcoming",
    "tomorrow",
    "due",
    "might",
    "planning",
    "intends",
    "soon",
    "resume",
    "resumes",
];
const PAST_WORDS: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "ago",
    "yesterday",
    "last",
    "earlier",
    "came",
    "went",
    "made",
    "took",
    "gave",
    "met",
    "began",
    "won",
    "lost",
    "left",
    "held",
    "saw",
    "got",
    "fell",
    "rose",
    "sent",
    "spoke",
    "wrote",
    "struck",
    "found",
    "felt",
    "ran",
    "shot",
    "paid",
    "bought",
    "sold",
    "brought",
    "thought",
    "became",
    "fought",
    "caught",
    "taught",
    "kept",
    "led",
    "broke",
    "chose",
    "drove",
    "flew",
    "knew",
    "stood",
    "wore",
    "withdrew",
    "overthrew",
    "hit",
    "quit",
    "spent",
    "built",
    "dealt",
    "meant",
    "heard",
    "ate",
    "threw",
    "drew",
    "grew",
    "slept",
    "sank",
    "swore",
    "fled",
    "hid",
    "forgot",
    "arose",
    "tore",
    "rode",
    "stole",
    "woke",
    "shook",
    "sought",
];

/// Short words after which a period does not end the sentence: titles,
/// months and company suffixes are abbreviations.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "rev", "prof", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "mt", "ft", "cmdr", "adm", "maj",
];

/// Whether the period at byte `i` of `text` ends a sentence: it is followed
/// by white space and does not close an abbreviation ("U.S.", "Mr.").
fn sentence_period(text: &str, i: usize) -> bool {
    let after = &text.as_bytes()[i + 1..];
    if !after
        .first()
        .is_some_and(|b| b.is_ascii_whitespace() || *b == b'\'' || *b == b'"')
    {
        return false;
    }
    let word = text[..i]
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    // A single letter ("U.S.", "J."), or a known abbreviation.
    if word.len() == 1 || ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str()) {
        return false;
    }
    true
}

/// The sentence around `start..end`, as the text before and after it
/// (within 200 bytes either side).
fn sentence_context(text: &str, start: usize, end: usize) -> (&str, &str) {
    let (mut lo, mut hi) = (start.saturating_sub(200), (end + 200).min(text.len()));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let is_break = |i: usize, b: u8| match b {
        b'\n' | b'!' | b'?' | b';' => true,
        b'.' => sentence_period(text, i),
        _ => false,
    };
    let bytes = text.as_bytes();
    let s = (lo..start)
        .rev()
        .find(|&i| is_break(i, bytes[i]))
        .map_or(lo, |i| i + 1);
    let e = (end..hi).find(|&i| is_break(i, bytes[i])).unwrap_or(hi);
    (&text[s..start], &text[end..e])
}

fn norm_word(w: &str) -> String {
    w.to_ascii_lowercase()
        .trim_matches(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .to_string()
}

/// The tense a word marks; `prev` is the word before it in the text. An
/// `-ed` form after a determiner is an adjective ("the reduced dividend"),
/// after a form of "be" a passive whose auxiliary decides.
fn classify_tense(w: &str, prev: Option<&str>) -> Option<Tense> {
    let w = norm_word(w);
    let w = w.as_str();
    let p = prev.map(norm_word).unwrap_or_default();
    // "had been scheduled", "has been expected": the auxiliary further
    // back tells whether the plan still lies ahead.
    if p == "been" {
        return None;
    }
    if FUTURE_WORDS.contains(&w) || w.ends_with("'ll") {
        return Some(Tense::Future);
    }
    // A participle after "be" ("will be held", "is expected") is a passive:
    // its auxiliary, further back, tells the tense.
    if matches!(p.as_str(), "be" | "been" | "being" | "is" | "are" | "to") {
        return None;
    }
    if PAST_WORDS.contains(&w) {
        return Some(Tense::Past);
    }
    let adjectival = matches!(
        p.as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
    );
    if w.len() > 4
        && w.ends_with("ed")
        && !adjectival
        && !matches!(w, "need" | "indeed" | "speed" | "seed" | "feed" | "proceed")
    {
        return Some(Tense::Past);
    }
    None
}

/// The tense around `ctx.start..ctx.end`: the nearest tense marker before
/// it in the same sentence, else the nearest after it (a future auxiliary
/// or cue, a past form or `-ed` verb).
fn tense(ctx: &Ctx) -> Tense {
    let (cut_before, cut_after) = sentence_context(ctx.text, ctx.start, ctx.end);
    // "is to", "set to", "due to" + verb: a plan.
    let lower_before = cut_before.to_ascii_lowercase();
    for cue in [
        " is to ",
        " are to ",
        " set to ",
        " due to ",
        " expected to ",
        " as soon as ",
        " as early as ",
        " as late as ",
    ] {
        if let Some(i) = lower_before
            .rfind(cue)
            .filter(|i| lower_before.len() - i < 60)
        {
            // "had been due to expire Friday": a plan in the past perfect
            // is one that lay behind the report.
            if lower_before[..i].trim_end().ends_with("had been") {
                return Tense::Past;
            }
            return Tense::Future;
        }
    }
    let b: Vec<&str> = cut_before.split_whitespace().rev().collect();
    let a: Vec<&str> = cut_after.split_whitespace().collect();
    // "until Tuesday", "postponed until Friday": a deadline ahead, unless
    // the sentence is in the past perfect ("until Thursday, they had not").
    if b.first()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "until" | "till"))
    {
        let had = b
            .iter()
            .chain(a.iter())
            .any(|w| w.eq_ignore_ascii_case("had"));
        return if had { Tense::Past } else { Tense::Future };
    }
    // The word before each word, in text order.
    let before_first = (0..b.len()).find_map(|i| classify_tense(b[i], b.get(i + 1).copied()));
    let after_first = (0..a.len()).find_map(|i| {
        let prev = if i == 0 { None } else { Some(a[i - 1]) };
        classify_tense(a[i], prev)
    });
    // The verb governing the expression mostly comes before it ("said
    // Friday", "will meet on Thursday"); failing that, after it.
    before_first.or(after_first).unwrap_or(Tense::Unknown)
}

/// Whether the sentence around the expression names the future outright:
/// an auxiliary or plan word, not a modal like "would" or "might".
fn firm_future(ctx: &Ctx) -> bool {
    let (before, after) = sentence_context(ctx.text, ctx.start, ctx.end);
    before
        .split_whitespace()
        .chain(after.split_whitespace())
        .map(norm_word)
        .any(|w| {
            w.ends_with("'ll")
                || matches!(
                    w.as_str(),
                    "will" | "shall" | "won't" | "scheduled" | "upcoming" | "expected" | "due"
                )
        })
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

fn next_chars(text: &str, at: usize) -> &str {
    text.get(at..).unwrap_or("")
}

fn prev_word(text: &str, at: usize) -> String {
    let before = text.get(..at).unwrap_or("").trim_end();
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

// ---------------------------------------------------------------- normalisers

fn norm_numeric(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let s = c.get(0)?.as_str();
    let found = parallax_core::date::parse_date(s).filter(|f| f.start == 0 && f.end == s.len());
    let date = match found {
        Some(f) => f.date,
        None => {
            // US order when the core reader found it ambiguous: 3/4/2013.
            let parts: Vec<&str> = s.split(['/', '.']).collect();
            if parts.len() != 3 || !s.contains('/') {
                return None;
            }
            NaiveDate::from_ymd_opt(
                parts[2].parse().ok()?,
                parts[0].parse().ok()?,
                parts[1].parse().ok()?,
            )?
        }
    };
    let _ = ctx;
    if s.len() > 10 && s.as_bytes().get(4) == Some(&b'-') {
        let t = s.get(11..16)?;
        return Some((
            TimeKind::Time,
            format!("{}T{t}", ymd(date)),
            Resolution::Absolute,
        ));
    }
    Some((TimeKind::Date, ymd(date), Resolution::Absolute))
}

/// A named day with a part of the day is a TIME (TimeML guidelines:
/// "Friday night" = `…TNI`; TimeBank itself is inconsistent here).
fn with_pod(c: &Captures, date: String) -> (TimeKind, String) {
    match cap(c, "pod") {
        Some(p) => (TimeKind::Time, format!("{date}T{}", pod_code(p))),
        None => (TimeKind::Date, date),
    }
}

fn norm_full_date(c: &Captures, _ctx: &mut Ctx) -> Option<Out> {
    let (_, m) = capitalised_month(c)?;
    let date = NaiveDate::from_ymd_opt(cap(c, "y")?.parse().ok()?, m, day_number(cap(c, "d")?)?)?;
    let (k, v) = with_pod(c, ymd(date));
    Some((k, v, Resolution::Absolute))
}

/// The year for a month (and day) without one: the anchor's, moved back a
/// year when a past-tense sentence names a later date, forward when a
/// future one names an earlier date. Without a tense, a later date costs a
/// little more: news mostly reports what has happened.
fn infer_year(ctx: &Ctx, month: u32, day: Option<u32>) -> Option<i32> {
    let a = ctx.anchor?;
    // "since March" is behind us whatever the tense around it.
    let since = prev_word(ctx.text, ctx.start) == "since";
    let t = if since { Tense::Past } else { tense(ctx) };
    let mut best: Option<(f64, i32)> = None;
    for y in [a.year() - 1, a.year(), a.year() + 1] {
        // Day 29 of February in a year without one: compare with the 28th;
        // a whole month by its middle, but "since" by its first day.
        let Some(d) = NaiveDate::from_ymd_opt(y, month, day.unwrap_or(15).min(28)) else {
            continue;
        };
        let starts = NaiveDate::from_ymd_opt(y, month, day.unwrap_or(1).min(28));
        if since && starts.is_none_or(|s| s > a) {
            continue;
        }
        let gap = (d - a).num_days() as f64;
        // The tense makes the other direction cost more.
        let cost = match t {
            Tense::Past if gap > 0.0 => gap * 2.0,
            Tense::Future if gap < 0.0 => -gap * 2.0,
            Tense::Unknown if gap > 0.0 => gap * 1.5,
            _ => gap.abs(),
        };
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, y));
        }
    }
    best.map(|(_, y)| y)
}

fn norm_month_day(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let (_, m) = capitalised_month(c)?;
    let d = day_number(cap(c, "d")?)?;
    // "May 5" is a date; "March 3 percent" is not; a day needs to be a day.
    if !(1..=31).contains(&d) {
        return None;
    }
    let rest = next_chars(ctx.text, ctx.end).trim_start();
    if rest.starts_with('%') || rest.to_ascii_lowercase().starts_with("percent") {
        return None;
    }
    // "last Oct. 23" is the one before the anchor, "next May 5" the one
    // after (the determiner itself stays out of the extent).
    let year = match (prev_word(ctx.text, ctx.start).as_str(), ctx.anchor) {
        ("last", Some(a)) => {
            let this = NaiveDate::from_ymd_opt(a.year(), m, d.min(28))?;
            Some(if this < a { a.year() } else { a.year() - 1 })
        }
        ("next", Some(a)) => {
            let this = NaiveDate::from_ymd_opt(a.year(), m, d.min(28))?;
            Some(if this > a { a.year() } else { a.year() + 1 })
        }
        _ => infer_year(ctx, m, Some(d)),
    };
    match year {
        Some(y) => {
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            let (k, v) = with_pod(c, ymd(date));
            Some((k, v, Resolution::Anchored))
        }
        None => {
            let (k, v) = with_pod(c, format!("XXXX-{m:02}-{d:02}"));
            Some((k, v, Resolution::Underspecified))
        }
    }
}

fn norm_month_year(c: &Captures, _ctx: &mut Ctx) -> Option<Out> {
    let (_, m) = capitalised_month(c)?;
    let y: i32 = cap(c, "y")?.parse().ok()?;
    Some((
        TimeKind::Date,
        format!("{y:04}-{m:02}"),
        Resolution::Absolute,
    ))
}

fn norm_month(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let (mon, m) = capitalised_month(c)?;
    let low = mon.to_ascii_lowercase();
    let det = lower(c, "mod");
    // "last Oct. 23": the day belongs to the month; the month-and-day
    // rule takes it without the determiner, as TimeBank does.
    if det.is_some() {
        let rest = next_chars(ctx.text, ctx.end).trim_start();
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if (1..=2).contains(&digits)
            && !rest[digits..].starts_with(|ch: char| ch.is_ascii_digit() || ch == '%')
        {
            return None;
        }
    }
    // "may", "march" and abbreviations alone are too often something else.
    // ("June" and "July" are whole names, not abbreviations.)
    let ambiguous = low.starts_with("may")
        || low.starts_with("mar")
        || (mon.len() <= 4 && !matches!(low.as_str(), "june" | "july"));
    if ambiguous && det.is_none() {
        let pw = prev_word(ctx.text, ctx.start);
        if !matches!(
            pw.as_str(),
            "in" | "since"
                | "until"
                | "by"
                | "of"
                | "from"
                | "through"
                | "to"
                | "during"
                | "before"
                | "after"
                | "early"
                | "late"
                | "mid"
        ) {
            return None;
        }
    }
    let Some(a) = ctx.anchor else {
        return Some((
            TimeKind::Date,
            format!("XXXX-{m:02}"),
            Resolution::Underspecified,
        ));
    };
    let am = a.month();
    let y = match det.as_deref() {
        Some("last") | Some("this past") => {
            if m < am {
                a.year()
            } else {
                a.year() - 1
            }
        }
        Some("next") => {
            if m > am {
                a.year()
            } else {
                a.year() + 1
            }
        }
        Some("this") => a.year(),
        _ => infer_year(ctx, m, None)?,
    };
    let _ = am;
    Some((
        TimeKind::Date,
        format!("{y:04}-{m:02}"),
        Resolution::Anchored,
    ))
}

fn norm_month_rel_year(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let (_, m) = capitalised_month(c)?;
    let off = match lower(c, "rel")?.as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    };
    match ctx.anchor {
        Some(a) => Some((
            TimeKind::Date,
            format!("{:04}-{m:02}", a.year() + off),
            Resolution::Anchored,
        )),
        None => Some((
            TimeKind::Date,
            format!("XXXX-{m:02}"),
            Resolution::Underspecified,
        )),
    }
}

fn norm_year(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let y = cap(c, "y")?;
    // Not an amount: "$2000", "1,999", "2000 people" stay out.
    if let Some(p) = prev_char(ctx.text, ctx.start) {
        if matches!(p, '$' | '£' | '€' | ',' | '.' | '#' | '-' | '/') || p.is_ascii_digit() {
            return None;
        }
    }
    let rest = next_chars(ctx.text, ctx.end);
    let mut rc = rest.chars();
    match (rc.next(), rc.next()) {
        (Some(',' | '.'), Some(d)) if d.is_ascii_digit() => return None,
        (Some('%'), _) => return None,
        _ => {}
    }
    let lowrest = rest.trim_start().to_ascii_lowercase();
    if [
        "percent", "people", "shares", "members", "troops", "feet", "meters", "miles", "tons",
    ]
    .iter()
    .any(|w| lowrest.starts_with(w))
    {
        return None;
    }
    let value = match lower(c, "mod").as_deref() {
        Some("the first half of") => format!("{y}-H1"),
        Some("the second half of") => format!("{y}-H2"),
        _ => y.to_string(),
    };
    Some((TimeKind::Date, value, Resolution::Absolute))
}

fn norm_decade(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    if let Some(d) = cap(c, "dec") {
        return Some((
            TimeKind::Date,
            d.get(..3)?.to_string(),
            Resolution::Absolute,
        ));
    }
    let short = match lower(c, "word").as_deref() {
        Some("twenties") => "2",
        Some("thirties") => "3",
        Some("forties") => "4",
        Some("fifties") => "5",
        Some("sixties") => "6",
        Some("seventies") => "7",
        Some("eighties") => "8",
        Some("nineties") => "9",
        _ => cap(c, "short")?,
    };
    match ctx.anchor {
        Some(a) => {
            let century = a.year() / 100;
            let digit: i32 = short.parse().ok()?;
            let c2 = if digit * 10 > a.year() % 100 {
                century - 1
            } else {
                century
            };
            Some((TimeKind::Date, format!("{c2}{digit}"), Resolution::Anchored))
        }
        None => Some((
            TimeKind::Date,
            format!("XX{short}"),
            Resolution::Underspecified,
        )),
    }
}

/// A year written in words: "nineteen ninety-six" 1996, "nineteen oh
/// five" 1905, "two thousand and one" 2001.
fn spelled_year(s: &str) -> Option<i32> {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .map(str::to_ascii_lowercase)
        .collect();
    let first = words.first()?.as_str();
    if first == "two" {
        // "two thousand [and] N"
        if words.get(1).map(String::as_str) != Some("thousand") {
            return None;
        }
        let rest: f64 = words[2..]
            .iter()
            .map(|w| parallax_core::words::cardinal(w))
            .sum::<Option<f64>>()?;
        return Some(2000 + rest as i32);
    }
    let century = match first {
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    };
    let rest = &words[1..];
    let tail: i32 = match rest.first().map(String::as_str) {
        Some("hundred") => 0,
        Some("oh") => parallax_core::words::cardinal(rest.get(1)?)? as i32,
        Some(_) => rest
            .iter()
            .map(|w| parallax_core::words::cardinal(w))
            .sum::<Option<f64>>()? as i32,
        None => return None,
    };
    (0..100).contains(&tail).then_some(century * 100 + tail)
}

fn norm_spelled_year(c: &Captures, _ctx: &mut Ctx) -> Option<Out> {
    let y = spelled_year(cap(c, "sy")?)?;
    let value = if let Some(mon) = cap(c, "mon") {
        if !capitalised(mon) {
            return None;
        }
        format!("{y:04}-{:02}", month_number(mon)?)
    } else if let Some(season) = cap(c, "s") {
        format!("{y:04}-{}", season_code(season))
    } else if cap(c, "sy")?.to_ascii_lowercase().starts_with("two") && c.name("ty").is_none() {
        // "two thousand" alone is mostly a number ("two thousand people").
        return None;
    } else {
        format!("{y:04}")
    };
    Some((TimeKind::Date, value, Resolution::Absolute))
}

/// An ordinal century: the 20th century is `19` (years 1900–1999, as
/// TimeML writes a century).
fn norm_century(c: &Captures, _ctx: &mut Ctx) -> Option<Out> {
    let n: u32 = match cap(c, "n") {
        Some(d) => d.parse().ok()?,
        None => match lower(c, "w")?.as_str() {
            "fifteenth" => 15,
            "sixteenth" => 16,
            "seventeenth" => 17,
            "eighteenth" => 18,
            "nineteenth" => 19,
            "twentieth" => 20,
            _ => 21,
        },
    };
    if n == 0 {
        return None;
    }
    Some((
        TimeKind::Date,
        format!("{:02}", n - 1),
        Resolution::Absolute,
    ))
}

fn norm_deictic(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let w = lower(c, "w").or_else(|| lower(c, "w2"))?;
    // "This is VOA Today": a programme's name.
    if c.name("w")
        .is_some_and(|m| title_word(ctx.text, m.start(), m.as_str()))
    {
        return None;
    }
    let offset = match w.as_str() {
        "yesterday" => -1,
        "tomorrow" => 1,
        "before yesterday" => -2,
        "after tomorrow" => 2,
        _ => 0,
    };
    let pod = if w == "tonight" {
        Some("NI")
    } else {
        cap(c, "pod").map(pod_code)
    };
    let (date, res) = match ctx.anchor {
        Some(a) => (ymd(a + Duration::days(offset)), Resolution::Anchored),
        None => ("XXXX-XX-XX".to_string(), Resolution::Underspecified),
    };
    Some(match pod {
        Some(p) => (TimeKind::Time, format!("{date}T{p}"), res),
        None => (TimeKind::Date, date, res),
    })
}

fn norm_this_pod(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let det = lower(c, "det")?;
    let pod = pod_code(cap(c, "pod")?);
    // "last morning" is not English; "last night" is the night before.
    if det == "last" && pod != "NI" {
        return None;
    }
    let offset = if det == "last" { -1 } else { 0 };
    Some(time_on(ctx.anchor.map(|a| a + Duration::days(offset)), pod))
}

fn norm_weekday(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let wd_s = cap(c, "wd")?;
    if !capitalised(wd_s) || names_a_thing(ctx.text, ctx.end) {
        return None;
    }
    let wd = weekday(wd_s)?;
    let det = lower(c, "det");
    let Some(a) = ctx.anchor else {
        let (k, v) = with_pod(c, format!("XXXX-WXX-{}", wd.number_from_monday()));
        return Some((k, v, Resolution::Underspecified));
    };
    // "the previous Friday", "the following Monday": counted from the day
    // last mentioned (the reference time), not from the publication date.
    let reference_day = ctx
        .reference
        .as_deref()
        .and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok());
    let date = match (det.as_deref(), reference_day) {
        (Some(d @ ("the previous" | "the following")), Some(r)) if r != a => {
            ctx.used_reference = true;
            let back = (r.weekday().num_days_from_monday() as i64
                - wd.num_days_from_monday() as i64)
                .rem_euclid(7);
            if d == "the previous" {
                r - Duration::days(if back == 0 { 7 } else { back })
            } else {
                r + Duration::days(if back == 0 { 7 } else { 7 - back })
            }
        }
        _ => resolve_weekday(ctx, wd, det.as_deref()),
    };
    let (k, v) = with_pod(c, ymd(date));
    Some((k, v, Resolution::Anchored))
}

/// The date of a weekday named in a text anchored at `ctx.anchor`.
fn resolve_weekday(ctx: &Ctx, wd: Weekday, det: Option<&str>) -> NaiveDate {
    let Some(a) = ctx.anchor else {
        return NaiveDate::MIN;
    };
    let back = (a.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64)
        .rem_euclid(7);
    let fwd = (wd.num_days_from_monday() as i64 - a.weekday().num_days_from_monday() as i64)
        .rem_euclid(7);
    let prev_strict = if back == 0 { 7 } else { back };
    let next_strict = if fwd == 0 { 7 } else { fwd };
    match det {
        Some("last" | "this past" | "past" | "the previous") => a - Duration::days(prev_strict),
        Some("next" | "this coming" | "coming" | "the following") => {
            a + Duration::days(next_strict)
        }
        Some("this") => {
            a + Duration::days(
                wd.num_days_from_monday() as i64 - a.weekday().num_days_from_monday() as i64,
            )
        }
        _ => {
            // "since Tuesday" is behind us whatever the tense around it;
            // "Tuesday's ruling" too, unless the sentence speaks of a plan
            // outright ("will", "scheduled"), not just a modal ("would").
            let since = prev_word(ctx.text, ctx.start) == "since";
            let possessive = next_chars(ctx.text, ctx.end).starts_with(['\'', '’'])
                && next_chars(ctx.text, ctx.end)
                    .get(1..)
                    .is_some_and(|r| r.starts_with('s'));
            let future = if possessive {
                firm_future(ctx)
            } else {
                tense(ctx) == Tense::Future
            };
            if back == 0 {
                a
            } else if !since && future {
                a + Duration::days(fwd)
            } else {
                a - Duration::days(back)
            }
        }
    }
}

fn season_code(s: &str) -> &'static str {
    match s.to_ascii_lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "winter" => "WI",
        _ => "FA",
    }
}

/// Index of the season a date falls in (0 winter … 3 fall, by months).
fn season_index(code: &str) -> u32 {
    match code {
        "WI" => 0,
        "SP" => 1,
        "SU" => 2,
        _ => 3,
    }
}

fn current_season(d: NaiveDate) -> u32 {
    match d.month() {
        12 | 1 | 2 => 0,
        3..=5 => 1,
        6..=8 => 2,
        _ => 3,
    }
}

/// A date value at the granularity of `unit`, `offset` units from `d`.
fn at_unit(d: NaiveDate, unit: &str, offset: i64) -> Option<String> {
    // Offsets come from numbers in the text: keep them to ±10,000 years.
    if offset.abs() > 1_000_000 {
        return None;
    }
    let days = |n: i64| d.checked_add_signed(Duration::try_days(n)?);
    Some(match unit {
        "day" => ymd(days(offset)?),
        "week" => week(days(offset.checked_mul(7)?)?),
        "weekend" => format!("{}-WE", week(days(offset.checked_mul(7)?)?)),
        "month" => add_months(d, i32::try_from(offset).ok()?)?
            .format("%Y-%m")
            .to_string(),
        "quarter" => {
            let q0 = d.year() as i64 * 4 + quarter_of(d) as i64 - 1 + offset;
            format!("{:04}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1)
        }
        "year" => format!("{:04}", d.year() as i64 + offset),
        "decade" => format!("{:03}", d.year() as i64 / 10 + offset),
        "century" => format!("{:02}", d.year() as i64 / 100 + offset),
        _ => return None,
    })
}

fn underspecified(unit: &str) -> String {
    match unit {
        "day" => "XXXX-XX-XX".into(),
        "week" => "XXXX-WXX".into(),
        "weekend" => "XXXX-WXX-WE".into(),
        "month" => "XXXX-XX".into(),
        "quarter" => "XXXX-QX".into(),
        "decade" => "XXX".into(),
        "century" => "XX".into(),
        _ => "XXXX".into(),
    }
}

fn norm_rel_unit(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let det = lower(c, "det")?;
    let unit = lower(c, "u")?;
    // ABC's "This Week": a capitalised unit inside a sentence is a title.
    if c.name("u")
        .is_some_and(|m| title_word(ctx.text, m.start(), m.as_str()))
    {
        return None;
    }
    if let Some(season) = ["spring", "summer", "autumn", "fall", "winter"]
        .iter()
        .find(|s| **s == unit)
    {
        let code = season_code(season);
        let Some(a) = ctx.anchor else {
            return Some((
                TimeKind::Date,
                format!("XXXX-{code}"),
                Resolution::Underspecified,
            ));
        };
        let cur = current_season(a);
        let idx = season_index(code);
        let y = match det.as_str() {
            "last" | "this past" | "the previous" => {
                if idx < cur {
                    a.year()
                } else {
                    a.year() - 1
                }
            }
            "next" | "this coming" | "the following" => {
                if idx > cur {
                    a.year()
                } else {
                    a.year() + 1
                }
            }
            _ => a.year(),
        };
        return Some((
            TimeKind::Date,
            format!("{y:04}-{code}"),
            Resolution::Anchored,
        ));
    }
    // "that day", "the same week", "the following month": the reference.
    let from_reference = matches!(
        det.as_str(),
        "that" | "the same" | "the following" | "the previous"
    );
    ctx.used_reference = from_reference;
    let base = if from_reference {
        ctx.reference
            .as_deref()
            .and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok())
            .or(ctx.anchor)
    } else {
        ctx.anchor
    };
    if unit == "day" && !from_reference {
        return None;
    }
    let offset = match det.as_str() {
        "last" | "this past" | "the previous" | "last year's" => -1,
        "next" | "this coming" | "the following" | "next year's" => 1,
        _ => 0,
    };
    // "in 1988 … that year", "in June 1998 … later that year": a
    // reference coarser than a day still fixes the year (or month).
    if from_reference {
        if let Some(v) = ctx
            .reference
            .as_deref()
            .filter(|r| r.len() < 10)
            .and_then(|r| shift_coarse(r, &unit, offset))
        {
            return Some((TimeKind::Date, v, Resolution::Anchored));
        }
    }
    let Some(b) = base else {
        return Some((
            TimeKind::Date,
            underspecified(&unit),
            Resolution::Underspecified,
        ));
    };
    let unit_eff = if det.ends_with("year's") {
        "year"
    } else {
        unit.as_str()
    };
    let v = at_unit(b, unit_eff, offset)?;
    Some((TimeKind::Date, v, Resolution::Anchored))
}

/// Moves a date value coarser than a day (`1988`, `1988-06`, `1988-Q3`)
/// by `offset` units of `unit`, when its granularity allows: years for any
/// of them, months for a month, quarters for a month or a quarter.
fn shift_coarse(r: &str, unit: &str, offset: i64) -> Option<String> {
    let year: i64 = r.get(..4)?.parse().ok()?;
    let rest = r.get(4..)?;
    let month: Option<u32> = rest
        .strip_prefix('-')
        .filter(|m| m.len() == 2)
        .and_then(|m| m.parse().ok())
        .filter(|m| (1..=12).contains(m));
    let quarter: Option<i64> = rest
        .strip_prefix("-Q")
        .and_then(|q| q.parse().ok())
        .or(month.map(|m| i64::from((m - 1) / 3 + 1)));
    match unit {
        "year" => Some(format!("{:04}", year.checked_add(offset)?)),
        "month" => {
            let d = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month?, 1)?;
            Some(
                add_months(d, i32::try_from(offset).ok()?)?
                    .format("%Y-%m")
                    .to_string(),
            )
        }
        "quarter" => {
            let q0 = year.checked_mul(4)? + quarter? - 1 + offset;
            Some(format!("{:04}-Q{}", q0.div_euclid(4), q0.rem_euclid(4) + 1))
        }
        _ => None,
    }
}

fn norm_ref_day(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let det = lower(c, "det")?;
    let unit = lower(c, "u")?;
    let offset = match det.as_str() {
        "the next" | "the following" => 1,
        "the previous" | "the preceding" => -1,
        _ => 0,
    };
    ctx.used_reference = true;
    let base = ctx
        .reference
        .as_deref()
        .and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok())
        .or(ctx.anchor);
    let (date, res) = match base {
        Some(b) => (ymd(b + Duration::days(offset)), Resolution::Anchored),
        None => ("XXXX-XX-XX".into(), Resolution::Underspecified),
    };
    if unit == "day" {
        Some((TimeKind::Date, date, res))
    } else {
        Some((TimeKind::Time, format!("{date}T{}", pod_code(&unit)), res))
    }
}

fn unit_name(key: &str) -> &'static str {
    match key {
        "W" => "week",
        "WE" => "weekend",
        "M" => "month",
        "Q" => "quarter",
        "Y" => "year",
        "DE" => "decade",
        "CE" => "century",
        _ => "day",
    }
}

/// Moves a date value (`2013`, `2013-03`, `2013-Q1`, `2013-03-22`…) by
/// `n` units, keeping its granularity when the unit is a year.
fn shift_value(v: &str, n: i64, unit: &str) -> Option<String> {
    let year: i64 = v.get(..4)?.parse().ok()?;
    let rest = v.get(4..)?;
    if unit == "year" {
        return Some(format!("{:04}{rest}", year + n));
    }
    let d = NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()?;
    at_unit(d, unit, n)
}

fn norm_ago(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let n = number(cap(c, "n")?);
    let key = unit_key(cap(c, "u")?);
    let dir = lower(c, "dir")?;
    let sign = if matches!(dir.as_str(), "ago" | "earlier") {
        -1
    } else {
        1
    };
    let Some(n) = n.filter(|x| x.fract() == 0.0 && *x < 10_000.0) else {
        let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return Some((TimeKind::Date, v.into(), Resolution::Anchored));
    };
    let unit = unit_name(key);
    let steps = sign * n as i64;
    // "earlier"/"later" count from the reference time; "ago" from now,
    // except that "a year ago" just after a quarter means that quarter a
    // year before (earnings reports).
    let quarter_ref = ctx
        .reference
        .as_deref()
        .is_some_and(|r| r.len() == 7 && r.as_bytes().get(5) == Some(&b'Q'));
    // "an hour later": the reference day itself — shifting a day value by
    // hours would move it a whole day.
    if matches!(key, "S" | "MIN" | "H") && matches!(dir.as_str(), "earlier" | "later") {
        let day = ctx
            .reference
            .as_deref()
            .and_then(|r| r.get(..10))
            .filter(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok())
            .map(str::to_string);
        if let Some(day) = day {
            ctx.used_reference = true;
            return Some((TimeKind::Date, day, Resolution::Anchored));
        }
    }
    if matches!(dir.as_str(), "earlier" | "later") || (unit == "year" && quarter_ref) {
        ctx.used_reference = true;
        if let Some(r) = ctx.reference.clone() {
            if let Some(v) = shift_value(&r, steps, unit) {
                return Some((TimeKind::Date, v, Resolution::Anchored));
            }
        }
    }
    let Some(a) = ctx.anchor else {
        return Some((
            TimeKind::Date,
            underspecified(unit),
            Resolution::Underspecified,
        ));
    };
    let v = match key {
        "S" | "MIN" | "H" => ymd(a),
        "DE" => at_unit(a, "year", steps * 10)?,
        "CE" => at_unit(a, "year", steps * 100)?,
        _ => at_unit(a, unit, steps)?,
    };
    Some((TimeKind::Date, v, Resolution::Anchored))
}

fn norm_duration(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let n_s = cap(c, "n")
        .or_else(|| cap(c, "nh"))
        .or_else(|| cap(c, "np"))?;
    let u = cap(c, "u")
        .or_else(|| cap(c, "uh"))
        .or_else(|| cap(c, "up"))?;
    let n_low = n_s.to_ascii_lowercase();
    // Plural unit with "a"/"an" ("a days") is not English.
    let key = unit_key(u);
    // "a year-long search": the article belongs to the noun; "year-long"
    // alone is the duration (its own rule).
    if matches!(n_low.as_str(), "a" | "an") && ctx.text[ctx.start..ctx.end].ends_with("-long") {
        return None;
    }
    // "a second group", "a second time": the ordinal, not a stretch of one
    // second, unless a time word or a pause follows ("a second later").
    if key == "S" && matches!(n_low.as_str(), "a" | "one") && u.eq_ignore_ascii_case("second") {
        let next = next_chars(ctx.text, ctx.end)
            .trim_start_matches(' ')
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if !next.is_empty()
            && !matches!(
                next.as_str(),
                "later"
                    | "earlier"
                    | "ago"
                    | "before"
                    | "after"
                    | "or"
                    | "and"
                    | "of"
                    | "in"
                    | "on"
                    | "to"
                    | "for"
                    | "longer"
                    | "more"
                    | "too"
                    | "at"
                    | "when"
                    | "while"
            )
        {
            return None;
        }
    }
    // "CBS's 60 Minutes": a capitalised unit inside a sentence is a title.
    if let Some(m) = c.name("u").or_else(|| c.name("uh")) {
        if title_word(ctx.text, m.start(), m.as_str()) {
            return None;
        }
    }
    // "$2 million a year", "four flights a week", "24 hours a day": the
    // unit of a rate, which TimeBank mostly leaves unannotated ("twice a
    // week", with its count, is a SET of its own rule).
    if matches!(n_low.as_str(), "a" | "an")
        && c.get(0)
            .is_some_and(|w| w.as_str().len() == n_s.len() + 1 + u.len())
        && is_rate(ctx.text, ctx.start)
    {
        return None;
    }
    let n = number(n_s);
    if key == "Q" && c.name("uh").is_some() {
        return None;
    }
    // "a quarter of the votes", "three quarters of voters": a fraction
    // ("several quarters of losses" counts quarters of a year).
    if key == "Q"
        && n.is_some()
        && next_chars(ctx.text, ctx.end)
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("of ")
    {
        return None;
    }
    if n.is_some_and(|x| x >= 1000.0) && !matches!(key, "S" | "MIN" | "H" | "D") {
        return None;
    }
    // "a 6-year-old", "52 years old": an age is not a time (TimeBank
    // leaves ages out).
    if next_chars(ctx.text, ctx.end).starts_with("-old")
        || ctx.text[ctx.start..ctx.end].ends_with("old")
        || followed_by_age_word(ctx.text, ctx.end)
    {
        return None;
    }
    // "2 1/2 years", "a minute and a half"
    let half = if c.name("frac").is_some() || c.name("half").is_some() {
        0.5
    } else {
        0.0
    };
    let value = if n_low.starts_with("half") {
        duration_value(Some(0.5), key)
    } else {
        duration_value(n.filter(|x| *x > 0.0).map(|x| x + half), key)
    };
    Some((TimeKind::Duration, value, Resolution::Absolute))
}

/// Whether the word after `at` makes an age ("years old", "years older";
/// the hyphenated "a years-old slump" describes a thing and stays).
fn followed_by_age_word(text: &str, at: usize) -> bool {
    let rest = next_chars(text, at);
    let word = rest
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    rest.len() > word.len()
        && matches!(
            word.to_ascii_lowercase().as_str(),
            "old" | "older" | "younger"
        )
}

fn norm_plural(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    if followed_by_age_word(ctx.text, ctx.end) {
        return None;
    }
    if let Some(m) = c.name("u").or_else(|| c.name("u2")) {
        if title_word(ctx.text, m.start(), m.as_str()) {
            return None;
        }
    }
    // "the past year", "the next month": the unit before or after the
    // anchor's, a date (as TimeBank annotates it), not a stretch of time.
    if let (Some(det), Some(u)) = (lower(c, "det2"), lower(c, "u2")) {
        let offset = if matches!(det.as_str(), "the next" | "the coming") {
            1
        } else {
            -1
        };
        return Some(match ctx.anchor {
            Some(a) => (
                TimeKind::Date,
                at_unit(a, &u, offset)?,
                Resolution::Anchored,
            ),
            None => (
                TimeKind::Date,
                underspecified(&u),
                Resolution::Underspecified,
            ),
        });
    }
    // "the weeks ahead": a stretch of time to come.
    if let Some(u) = cap(c, "u3") {
        return Some((
            TimeKind::Duration,
            duration_value(None, unit_key(u)),
            Resolution::Absolute,
        ));
    }
    let u = cap(c, "u")?;
    let det = lower(c, "det");
    match det.as_deref() {
        // "recent years": an unspecified stretch up to now (TimeBank).
        Some("recent") => Some((
            TimeKind::Duration,
            duration_value(None, unit_key(u)),
            Resolution::Absolute,
        )),
        Some("the past" | "the last" | "past" | "the previous") => {
            Some((TimeKind::Date, "PAST_REF".into(), Resolution::Anchored))
        }
        Some("the next" | "the coming" | "coming") => {
            Some((TimeKind::Date, "FUTURE_REF".into(), Resolution::Anchored))
        }
        _ => {
            let _ = ctx;
            Some((
                TimeKind::Duration,
                duration_value(None, unit_key(u)),
                Resolution::Absolute,
            ))
        }
    }
}

fn norm_quarter(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let det = lower(c, "det");
    let explicit_year: Option<i32> = cap(c, "y")
        .or_else(|| cap(c, "y2"))
        .and_then(|y| y.parse().ok());
    let what = lower(c, "what")
        .or_else(|| lower(c, "whath"))
        .unwrap_or_else(|| "quarter".into());
    let reference_q = || -> Option<String> {
        let r = ctx.reference.as_deref()?;
        if r.len() == 7 && (r.as_bytes()[5] == b'Q' || r.as_bytes()[5] == b'H') {
            Some(r.to_string())
        } else {
            None
        }
    };
    if cap(c, "bare").is_some() {
        // "the quarter": the one just mentioned, else the last complete one.
        if let Some(r) = reference_q() {
            ctx.used_reference = true;
            return Some((TimeKind::Date, r, Resolution::Anchored));
        }
        let a = ctx.anchor?;
        return Some((
            TimeKind::Date,
            at_unit(a, "quarter", -1)?,
            Resolution::Anchored,
        ));
    }
    let q = lower(c, "q")
        .or_else(|| lower(c, "qh"))
        .or_else(|| cap(c, "qn").map(|s| s.to_string()))
        .unwrap_or_default();
    let (code, n): (char, Option<u32>) = {
        let n = match q.as_str() {
            "first" | "1st" | "1" => Some(1),
            "second" | "2nd" | "2" => Some(2),
            "third" | "3rd" | "3" => Some(3),
            "fourth" | "4th" | "4" => Some(4),
            _ => None,
        };
        (if what == "half" { 'H' } else { 'Q' }, n)
    };
    if what == "period" && n.is_some() {
        return None;
    }
    let Some(n) = n else {
        // latest, current, year-ago, same, previous…
        return match q.as_str() {
            "year-ago" | "year-earlier" => {
                ctx.used_reference = true;
                let r =
                    reference_q().or_else(|| ctx.anchor.and_then(|a| at_unit(a, "quarter", -1)))?;
                Some((
                    TimeKind::Date,
                    shift_value(&r, -1, "year")?,
                    Resolution::Anchored,
                ))
            }
            "same" => {
                let r = reference_q()?;
                ctx.used_reference = true;
                Some((TimeKind::Date, r, Resolution::Anchored))
            }
            _ if what == "period" && q != "latest" => None,
            "current" => {
                let a = ctx.anchor?;
                Some((
                    TimeKind::Date,
                    at_unit(a, "quarter", 0)?,
                    Resolution::Anchored,
                ))
            }
            _ => {
                let a = ctx.anchor?;
                Some((
                    TimeKind::Date,
                    at_unit(a, "quarter", -1)?,
                    Resolution::Anchored,
                ))
            }
        };
    };
    if code == 'H' && n > 2 {
        return None;
    }
    if let Some(y) = explicit_year {
        return Some((
            TimeKind::Date,
            format!("{y:04}-{code}{n}"),
            Resolution::Absolute,
        ));
    }
    let Some(a) = ctx.anchor else {
        return Some((
            TimeKind::Date,
            format!("XXXX-{code}{n}"),
            Resolution::Underspecified,
        ));
    };
    let cur = if code == 'H' {
        (a.month() - 1) / 6 + 1
    } else {
        quarter_of(a)
    };
    let mut y = a.year();
    match det.as_deref() {
        Some("last year's") => y -= 1,
        Some("next") => y += 1,
        _ => {
            if n > cur && tense(ctx) != Tense::Future {
                y -= 1;
            }
        }
    }
    Some((
        TimeKind::Date,
        format!("{y:04}-{code}{n}"),
        Resolution::Anchored,
    ))
}

fn norm_year_quarter(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let y = cap(c, "y")?;
    let n = match lower(c, "q").as_deref() {
        Some("first") => Some(1),
        Some("second") => Some(2),
        Some("third") => Some(3),
        Some("fourth") => Some(4),
        _ => None,
    };
    let v = match n {
        Some(n) => format!("{y}-Q{n}"),
        None => match ctx.reference.as_deref() {
            Some(r) if r.len() == 7 && r.as_bytes().get(5) == Some(&b'Q') => {
                ctx.used_reference = true;
                format!("{y}{}", r.get(4..)?)
            }
            _ => y.to_string(),
        },
    };
    Some((TimeKind::Date, v, Resolution::Absolute))
}

fn norm_year_earlier(_c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    ctx.used_reference = true;
    let r = ctx.reference.clone()?;
    let v = if r.len() == 10 {
        shift_value(r.get(..4)?, -1, "year")?
    } else {
        shift_value(&r, -1, "year")?
    };
    Some((TimeKind::Date, v, Resolution::Anchored))
}

fn norm_season(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let s = cap(c, "s")?;
    let code = season_code(s);
    if let Some(y) = cap(c, "y") {
        return Some((TimeKind::Date, format!("{y}-{code}"), Resolution::Absolute));
    }
    let whole = c.get(0)?.as_str().to_ascii_lowercase();
    if !whole.starts_with("the") {
        let pw = prev_word(ctx.text, ctx.start);
        if !matches!(
            pw.as_str(),
            "in" | "this"
                | "during"
                | "by"
                | "until"
                | "since"
                | "through"
                | "over"
                | "early"
                | "late"
        ) {
            return None;
        }
    }
    let Some(a) = ctx.anchor else {
        return Some((
            TimeKind::Date,
            format!("XXXX-{code}"),
            Resolution::Underspecified,
        ));
    };
    let idx = season_index(code);
    let cur = current_season(a);
    let y = match tense(ctx) {
        Tense::Past if idx > cur => a.year() - 1,
        Tense::Future if idx < cur => a.year() + 1,
        _ => a.year(),
    };
    Some((
        TimeKind::Date,
        format!("{y:04}-{code}"),
        Resolution::Anchored,
    ))
}

fn norm_clock(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let (h, mi): (u32, u32) = if let Some(w) = lower(c, "w") {
        if c.name("w")
            .is_some_and(|m| title_word(ctx.text, m.start(), m.as_str()))
        {
            return None;
        }
        if w == "midnight" {
            (24, 0)
        } else {
            (12, 0)
        }
    } else if let Some(h) = cap(c, "h") {
        let mut h: u32 = h.parse().ok()?;
        let mi: u32 = cap(c, "mi").map_or(Some(0), |m| m.parse().ok())?;
        let ap = lower(c, "ap")?;
        if h == 0 || h > 12 {
            return None;
        }
        if ap.starts_with('p') && h < 12 {
            h += 12;
        }
        if ap.starts_with('a') && h == 12 {
            h = 0;
        }
        (h, mi)
    } else if let Some(h) = cap(c, "h2") {
        // 24-hour clock only after "at"/"by"/"until", not scores or ratios.
        // A time zone after it ("14:30 GMT") makes it a clock time too.
        let pw = prev_word(ctx.text, ctx.start);
        if c.name("tz2").is_none()
            && !matches!(
                pw.as_str(),
                "at" | "by" | "until" | "from" | "to" | "before" | "after" | "around"
            )
        {
            return None;
        }
        (h.parse().ok()?, cap(c, "mi2")?.parse().ok()?)
    } else {
        let mut h: u32 = cap(c, "h3")?.parse().ok()?;
        let pod = lower(c, "pod")?;
        if pod != "morning" && h < 12 {
            h += 12;
        }
        (h, 0)
    };
    let named = if let Some(wd) = cap(c, "cwd").filter(|w| capitalised(w)).and_then(weekday) {
        ctx.anchor.map(|_| resolve_weekday(ctx, wd, None))
    } else if let (Some(mon), Some(d)) = (
        cap(c, "cmon").and_then(month_number),
        cap(c, "cd").and_then(day_number),
    ) {
        infer_year(ctx, mon, Some(d)).and_then(|y| NaiveDate::from_ymd_opt(y, mon, d))
    } else {
        None
    };
    let base = named.or_else(|| {
        ctx.reference
            .as_deref()
            .and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok())
            .or(ctx.anchor)
    });
    Some(time_on(base, &format!("{h:02}:{mi:02}")))
}

fn norm_set(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    if let Some(w) = lower(c, "w") {
        // "to rise 8.5% annually", "10,000 units annually", "average daily
        // volume": the unit of a rate, left out as "$2 million a year" is.
        if is_rate(ctx.text, ctx.start) || prev_word(ctx.text, ctx.start) == "average" {
            return None;
        }
        let v = match w.as_str() {
            "daily" | "nightly" => "P1D",
            "weekly" => "P1W",
            "monthly" => "P1M",
            "quarterly" => "P3M",
            "hourly" => "PT1H",
            _ => "P1Y",
        };
        return Some((TimeKind::Set, v.into(), Resolution::Absolute));
    }
    // "Mondays", "Tuesday nights": every such day (the preposition stays
    // out of the extent, as TimeML keeps signals out).
    if let Some(wds) = cap(c, "wds").or_else(|| cap(c, "wds1")) {
        if !capitalised(wds) {
            return None;
        }
        let wd = weekday(wds)?;
        let pod = cap(c, "wpod")
            .or_else(|| cap(c, "wpod1"))
            .map(|p| format!("T{}", pod_code(p.trim_end_matches(['s', 'S']))))
            .unwrap_or_default();
        return Some((
            TimeKind::Set,
            format!("XXXX-WXX-{}{pod}", wd.number_from_monday()),
            Resolution::Absolute,
        ));
    }
    let u = cap(c, "u")?;
    let low = u.to_ascii_lowercase();
    if let Some(wd) = weekday(&low).filter(|_| low.ends_with("day") && low.len() > 5) {
        return Some((
            TimeKind::Set,
            format!("XXXX-WXX-{}", wd.number_from_monday()),
            Resolution::Absolute,
        ));
    }
    if let Some(m) = month_number(&low).filter(|_| capitalised(u) && !low.starts_with("decade")) {
        return Some((TimeKind::Set, format!("XXXX-{m:02}"), Resolution::Absolute));
    }
    let v = match low.as_str() {
        "morning" | "afternoon" | "evening" | "night" => {
            format!("TXX{}", pod_code(&low)).replace("TXX", "T")
        }
        "season" => "P1Y".into(),
        "spring" | "summer" | "autumn" | "fall" | "winter" => format!("XXXX-{}", season_code(&low)),
        _ => {
            // "every other week" is every second one.
            let n = if c.name("other").is_some() {
                Some(2.0)
            } else {
                cap(c, "n")
                    .and_then(number)
                    .filter(|x| *x > 0.0)
                    .or(Some(1.0))
            };
            duration_value(n, unit_key(u))
        }
    };
    let v = if v.starts_with('T') {
        format!("XXXX-XX-XX{v}")
    } else {
        v
    };
    Some((TimeKind::Set, v, Resolution::Absolute))
}

fn norm_ref(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let v = if c.name("present").is_some() {
        let w = lower(c, "present")?;
        // "Now, he says, …": opening a sentence and set off by a comma,
        // "now" is a discourse marker, not the present.
        if w == "now"
            && next_chars(ctx.text, ctx.end).starts_with(',')
            && sentence_context(ctx.text, ctx.start, ctx.end)
                .0
                .trim()
                .trim_matches(|ch: char| !ch.is_alphanumeric())
                .is_empty()
        {
            return None;
        }
        // "current" is an adjective of time only before a noun.
        if w == "current"
            && next_chars(ctx.text, ctx.end)
                .trim_start()
                .starts_with(['.', ','])
        {
            return None;
        }
        "PRESENT_REF"
    } else if c.name("past").is_some() {
        "PAST_REF"
    } else {
        "FUTURE_REF"
    };
    Some((TimeKind::Date, v.into(), Resolution::Anchored))
}

fn norm_holiday(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let h = cap(c, "h")?;
    if !capitalised(h) || names_a_thing(ctx.text, ctx.end) {
        return None;
    }
    let h = h.to_ascii_lowercase();
    let explicit: Option<i32> = cap(c, "y").and_then(|y| y.parse().ok());
    // "Easter week", "Thanksgiving weekend": the week around the day.
    let span = lower(c, "span");
    let shape = |d: NaiveDate| match span.as_deref() {
        Some("week") => week(d),
        Some(_) => format!("{}-WE", week(d)),
        None => ymd(d),
    };
    let unknown = match span.as_deref() {
        Some("week") => "XXXX-WXX",
        Some(_) => "XXXX-WXX-WE",
        None => "XXXX-XX-XX",
    };
    if let Some(y) = explicit {
        let d = holiday_date(&h, y)?;
        return Some((TimeKind::Date, shape(d), Resolution::Absolute));
    }
    let Some(a) = ctx.anchor else {
        return Some((TimeKind::Date, unknown.into(), Resolution::Underspecified));
    };
    let date = match lower(c, "det").as_deref() {
        // The last occurrence before the anchor, the next after it.
        Some("last" | "this past") => {
            let d = holiday_date(&h, a.year())?;
            if d < a {
                d
            } else {
                holiday_date(&h, a.year() - 1)?
            }
        }
        Some("next" | "this coming") => {
            let d = holiday_date(&h, a.year())?;
            if d > a {
                d
            } else {
                holiday_date(&h, a.year() + 1)?
            }
        }
        Some(_) => holiday_date(&h, a.year())?,
        // Otherwise the occurrence nearest the anchor (tense-weighted).
        None => {
            let typical = holiday_date(&h, a.year())?;
            let y = infer_year(ctx, typical.month(), Some(typical.day()))?;
            holiday_date(&h, y)?
        }
    };
    Some((TimeKind::Date, shape(date), Resolution::Anchored))
}

/// The date of holiday `h` (lower case, as the rule spells it) in year `y`.
fn holiday_date(h: &str, y: i32) -> Option<NaiveDate> {
    match h {
        "christmas eve" => NaiveDate::from_ymd_opt(y, 12, 24),
        "christmas day" | "christmas" => NaiveDate::from_ymd_opt(y, 12, 25),
        "boxing day" => NaiveDate::from_ymd_opt(y, 12, 26),
        "new year's eve" => NaiveDate::from_ymd_opt(y, 12, 31),
        "new year's day" => NaiveDate::from_ymd_opt(y, 1, 1),
        "independence day" => NaiveDate::from_ymd_opt(y, 7, 4),
        "halloween" => NaiveDate::from_ymd_opt(y, 10, 31),
        "valentine's day" => NaiveDate::from_ymd_opt(y, 2, 14),
        "may day" => NaiveDate::from_ymd_opt(y, 5, 1),
        "easter" | "easter sunday" => easter(y),
        "easter monday" => easter(y).map(|d| d + Duration::days(1)),
        "good friday" => easter(y).map(|d| d - Duration::days(2)),
        "veterans day" | "veterans' day" => NaiveDate::from_ymd_opt(y, 11, 11),
        // US holidays on the n-th (or last) weekday of a month.
        "memorial day" => last_weekday_of_month(y, 5, Weekday::Mon),
        "labor day" => NaiveDate::from_weekday_of_month_opt(y, 9, Weekday::Mon, 1),
        "mother's day" => NaiveDate::from_weekday_of_month_opt(y, 5, Weekday::Sun, 2),
        "father's day" => NaiveDate::from_weekday_of_month_opt(y, 6, Weekday::Sun, 3),
        "presidents day" | "presidents' day" => {
            NaiveDate::from_weekday_of_month_opt(y, 2, Weekday::Mon, 3)
        }
        // The Tuesday after the first Monday of November.
        "election day" => NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)
            .map(|d| d + Duration::days(1)),
        _ if h.contains("patrick") => NaiveDate::from_ymd_opt(y, 3, 17),
        _ if h.starts_with("martin") => NaiveDate::from_weekday_of_month_opt(y, 1, Weekday::Mon, 3),
        // US Thanksgiving: the fourth Thursday of November.
        _ => NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4),
    }
}

/// Whether the day name just before `at` is part of a proper name: the
/// Good Friday Agreement, Easter Island, the Easter Rising.
fn names_a_thing(text: &str, at: usize) -> bool {
    let next = next_chars(text, at)
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        next,
        "Agreement" | "Accord" | "Accords" | "Island" | "Islands" | "Rising" | "Offensive"
    )
}

/// Easter Sunday of year `y` (Gregorian; the anonymous algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn last_weekday_of_month(y: i32, m: u32, wd: Weekday) -> Option<NaiveDate> {
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    let last = next.pred_opt()?;
    let back = (last.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    Some(last - Duration::days(i64::from(back)))
}

fn norm_weekend(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let whole = c.get(0)?.as_str().to_ascii_lowercase();
    if whole.ends_with("year") && ends_a_period(ctx.text, ctx.end) {
        return Some((TimeKind::Duration, "P1Y".into(), Resolution::Absolute));
    }
    let Some(a) = ctx.anchor else {
        let v = if c.name("we").is_some() {
            "XXXX-WXX-WE"
        } else if lower(c, "fy").as_deref() == Some("week") {
            "XXXX-WXX"
        } else {
            "XXXX"
        };
        return Some((TimeKind::Date, v.into(), Resolution::Underspecified));
    };
    if let Some(fy) = lower(c, "fy") {
        if fy == "week" {
            return Some((TimeKind::Date, week(a), Resolution::Anchored));
        }
        return Some((
            TimeKind::Date,
            format!("{:04}", a.year()),
            Resolution::Anchored,
        ));
    }
    if c.name("ye").is_some() {
        return Some((
            TimeKind::Date,
            format!("{:04}", a.year()),
            Resolution::Anchored,
        ));
    }
    let offset = if whole.starts_with("last") {
        -1
    } else if whole.starts_with("next") {
        1
    } else {
        0
    };
    // On a Monday or Tuesday "the weekend" is the one just past; later in
    // the week too when the sentence is in the past ("over the weekend,
    // police arrested…"). "this weekend" is always the coming one.
    let wd = a.weekday().num_days_from_monday();
    let t = if offset == 0 && wd < 5 {
        tense(ctx)
    } else {
        Tense::Unknown
    };
    let past = offset == 0
        && wd < 5
        && ((wd < 2 && t != Tense::Future) || (t == Tense::Past && !whole.starts_with("this")));
    let base = if past {
        a - Duration::days(i64::from(wd) + 1)
    } else {
        a
    };
    Some((
        TimeKind::Date,
        format!("{}-WE", week(base + Duration::weeks(offset))),
        Resolution::Anchored,
    ))
}

fn norm_in_the_unit(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let unit = lower(c, "u").or_else(|| lower(c, "u2"))?;
    match ctx.anchor {
        Some(a) => Some((TimeKind::Date, at_unit(a, &unit, 0)?, Resolution::Anchored)),
        None => Some((
            TimeKind::Date,
            underspecified(&unit),
            Resolution::Underspecified,
        )),
    }
}

/// Whether a period named just before `at` is followed by its closing
/// date ("the year ended March 31", "the fiscal year ending in June"): a
/// reporting period, which TimeBank annotates as a duration.
fn ends_a_period(text: &str, at: usize) -> bool {
    let rest = next_chars(text, at).trim_start().to_ascii_lowercase();
    rest.starts_with("ended ") || rest.starts_with("ending ")
}

/// "the year": a reporting period when its closing date follows ("for the
/// year ended Sept. 30"), the current year after "for", "of", "in" ("a high
/// for the year", "the first nine months of the year"); otherwise ("the
/// year before", "the year-ago quarter") it is left to other rules.
fn norm_the_year(_c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let rest = next_chars(ctx.text, ctx.end);
    if rest.starts_with(['-', '\'', '’']) {
        return None;
    }
    // "in the year 2000", "the year of the flood": the year is named after
    // ("a high for the year of $42" is an amount).
    let next = rest.trim_start().to_ascii_lowercase();
    if next.starts_with(|ch: char| ch.is_ascii_digit())
        || (next.starts_with("of ")
            && !next[3..]
                .trim_start()
                .starts_with(|ch: char| ch == '$' || ch.is_ascii_digit()))
        || next.starts_with("when ")
        || next.starts_with("that ")
        || next.starts_with("in which ")
    {
        return None;
    }
    if ends_a_period(ctx.text, ctx.end) {
        return Some((TimeKind::Duration, "P1Y".into(), Resolution::Absolute));
    }
    let pw = prev_word(ctx.text, ctx.start);
    if !matches!(pw.as_str(), "for" | "of" | "in" | "during" | "throughout") {
        return None;
    }
    match ctx.anchor {
        Some(a) => Some((
            TimeKind::Date,
            format!("{:04}", a.year()),
            Resolution::Anchored,
        )),
        None => Some((TimeKind::Date, "XXXX".into(), Resolution::Underspecified)),
    }
}

/// Whether a word is an amount: digits ("$1.5", "40%"), a number word or a
/// unit of counting ("million", "percent", "dozen").
fn amount_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
        || matches!(
            w.as_str(),
            "million"
                | "billion"
                | "trillion"
                | "thousand"
                | "hundred"
                | "hundreds"
                | "thousands"
                | "millions"
                | "dozen"
                | "dozens"
                | "percent"
                | "cents"
                | "dollars"
        )
        || parallax_core::words::cardinal(&w).is_some()
}

/// Whether "a year" starting at `start` counts something per unit: an
/// amount just before it ("$2 million a year"), or a plural noun after an
/// amount ("four flights a week", "24 hours a day").
fn is_rate(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let words: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '%'))
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .collect();
    // The amount must be in the same clause: no punctuation in between.
    let gap_ok = before
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == '%');
    match words.as_slice() {
        [w1, ..] if gap_ok && (amount_word(w1) || w1.ends_with('%')) => true,
        [w1, w2] if gap_ok => w1.len() > 3 && w1.ends_with('s') && amount_word(w2),
        _ => false,
    }
}

/// "twice a week": a SET whose value is the period (`P1W`); the count is
/// TimeML's `freq` attribute, which `TimeExpr` does not carry.
fn norm_frequency(c: &Captures, _ctx: &mut Ctx) -> Option<Out> {
    let f = lower(c, "f")?;
    // "several times a year" is a frequency too; only the period is kept.
    if f.ends_with("times") {
        let n = f.trim_end_matches("times").trim();
        if !matches!(n, "several" | "many" | "a few" | "few" | "some") {
            number(n).filter(|x| *x > 0.0)?;
        }
    }
    let u = cap(c, "fu")?;
    Some((
        TimeKind::Set,
        duration_value(Some(1.0), unit_key(u)),
        Resolution::Absolute,
    ))
}

/// "mid-afternoon", "late morning yesterday": a part of a day, the day
/// named or else the day last mentioned (the reference time).
fn norm_part_of_day(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    // "in the morning" (of the day last mentioned); "the morning of March
    // 3" and "the morning after" are other rules' or no time.
    if c.name("pod2").is_some() {
        let rest = next_chars(ctx.text, ctx.end)
            .trim_start()
            .to_ascii_lowercase();
        if !matches!(prev_word(ctx.text, ctx.start).as_str(), "in" | "during")
            || rest.starts_with("of ")
            || rest.starts_with("after")
            || rest.starts_with("before")
        {
            return None;
        }
    }
    let pod = pod_code(cap(c, "pod").or_else(|| cap(c, "pod2"))?);
    let offset = match lower(c, "w").as_deref() {
        Some("yesterday") => -1,
        Some("tomorrow") => 1,
        Some(_) => 0,
        None => {
            // Without a day, only after a preposition ("by mid-afternoon"):
            // "a late-morning meeting" describes the meeting.
            let pw = prev_word(ctx.text, ctx.start);
            if !matches!(
                pw.as_str(),
                "by" | "at" | "in" | "until" | "since" | "before" | "after" | "from"
            ) {
                return None;
            }
            ctx.used_reference = true;
            0
        }
    };
    let base = if offset == 0 && c.name("w").is_none() {
        ctx.reference
            .as_deref()
            .and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok())
            .or(ctx.anchor)
    } else {
        ctx.anchor
    };
    Some(time_on(
        base.and_then(|b| b.checked_add_signed(Duration::days(offset))),
        pod,
    ))
}

/// Whether `word`, at byte `at`, is capitalised inside a sentence (not
/// its first word, not in an all-capitals line): part of a name or title
/// ("60 Minutes", "High Noon").
fn title_word(text: &str, at: usize, word: &str) -> bool {
    let mut cs = word.chars();
    if !cs.next().is_some_and(char::is_uppercase) || !cs.any(char::is_lowercase) {
        return false;
    }
    let before = text.get(..at).unwrap_or("").trim_end_matches([' ', '\t']);
    match before.chars().next_back() {
        None => false,
        Some(ch) => !matches!(
            ch,
            '.' | '!'
                | '?'
                | '\n'
                | '"'
                | '\''
                | '`'
                | '('
                | '['
                | ':'
                | '-'
                | '_'
                | '“'
                | '‘'
                | '—'
        ),
    }
}

/// "the week of March 6": the ISO week holding that day.
fn norm_week_of(c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    let (_, m) = capitalised_month(c)?;
    let d = day_number(cap(c, "d")?)?;
    let y = match cap(c, "y").and_then(|y| y.parse().ok()) {
        Some(y) => Some(y),
        None => infer_year(ctx, m, Some(d)),
    };
    match y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) {
        Some(date) => Some((TimeKind::Date, week(date), Resolution::Anchored)),
        None => Some((
            TimeKind::Date,
            "XXXX-WXX".into(),
            Resolution::Underspecified,
        )),
    }
}

/// TimeML's `quant` and `freq` of a SET, read from its words: "every
/// week" EVERY, "each July" EACH, "twice a month" 2X, "three times a year"
/// 3X, "once a week" and "weekly" 1X.
fn set_attributes(expr: &str) -> (Option<String>, Option<String>) {
    let low = expr.to_ascii_lowercase();
    let first = low.split_whitespace().next().unwrap_or("");
    let quant = match first {
        "every" => Some("EVERY".to_string()),
        "each" => Some("EACH".to_string()),
        _ => None,
    };
    let freq = if first == "once" {
        Some("1X".to_string())
    } else if first == "twice" {
        Some("2X".to_string())
    } else if first == "thrice" {
        Some("3X".to_string())
    } else if let Some(i) = low.find(" times ") {
        number(&low[..i]).map(|n| format!("{}X", n as i64))
    } else if matches!(
        first,
        "daily" | "weekly" | "monthly" | "yearly" | "annually" | "hourly" | "nightly"
    ) {
        Some("1X".to_string())
    } else {
        None
    };
    (quant, freq)
}

/// "for a while", "for some time": a duration of unknown length (`PXX`),
/// only after "for" ("some time ago" and "at some time" are not).
fn norm_a_while(_c: &Captures, ctx: &mut Ctx) -> Option<Out> {
    if prev_word(ctx.text, ctx.start) != "for" {
        return None;
    }
    Some((TimeKind::Duration, "PXX".into(), Resolution::Absolute))
}

/// "day-long", "year-long": one unit of time.
fn norm_unit_long(c: &Captures, _ctx: &mut Ctx) -> Option<Out> {
    let u = cap(c, "u")?;
    Some((
        TimeKind::Duration,
        duration_value(Some(1.0), unit_key(u)),
        Resolution::Absolute,
    ))
}
