//! Invented sentences with hand-computed values.
use chrono::NaiveDate;
use parallax_time::{find_times, Resolution, TimeKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// Value of the expression whose text is `expr` in `text`.
fn value(text: &str, anchor: Option<NaiveDate>, expr: &str) -> String {
    let found = find_times(text, anchor);
    match found.iter().find(|t| t.text == expr) {
        Some(t) => t.value.clone(),
        None => panic!("{expr:?} not found in {text:?}: {found:?}"),
    }
}

fn kind(text: &str, anchor: Option<NaiveDate>, expr: &str) -> TimeKind {
    find_times(text, anchor)
        .into_iter()
        .find(|t| t.text == expr)
        .map(|t| t.kind)
        .unwrap_or_else(|| panic!("{expr:?} not found in {text:?}"))
}

// Anchor: Wednesday 14 October 2020.
fn a() -> Option<NaiveDate> {
    Some(d(2020, 10, 14))
}

#[test]
fn absolute_dates() {
    let t = "The deal, signed on March 22, 2013, took effect on 11 September 2014 and in February 2020.";
    assert_eq!(value(t, a(), "March 22, 2013"), "2013-03-22");
    assert_eq!(value(t, a(), "11 September 2014"), "2014-09-11");
    assert_eq!(value(t, a(), "February 2020"), "2020-02");
    let t = "Prices fell in 1998 and rose through the 1990s, and again in 2012-06-30 filings.";
    assert_eq!(value(t, a(), "1998"), "1998");
    assert_eq!(value(t, a(), "the 1990s"), "199");
    assert_eq!(value(t, a(), "2012-06-30"), "2012-06-30");
}

#[test]
fn month_day_takes_the_nearest_year() {
    // Anchored in October: "August 26" in a past sentence is this year's,
    // "January 5" in a future one next year's.
    assert_eq!(
        value("The protest began on August 26.", a(), "August 26"),
        "2020-08-26"
    );
    assert_eq!(
        value("The court will rule on January 5.", a(), "January 5"),
        "2021-01-05"
    );
    assert_eq!(
        value("Talks resumed on 11 September.", a(), "11 September"),
        "2020-09-11"
    );
}

#[test]
fn deictic_days() {
    let t = "Officials said today that the convoy left yesterday and would return tomorrow.";
    assert_eq!(value(t, a(), "today"), "2020-10-14");
    assert_eq!(value(t, a(), "yesterday"), "2020-10-13");
    assert_eq!(value(t, a(), "tomorrow"), "2020-10-15");
    assert_eq!(
        value("Police arrived last night.", a(), "last night"),
        "2020-10-13TNI"
    );
    assert_eq!(
        kind("Police arrived this morning.", a(), "this morning"),
        TimeKind::Time
    );
    assert_eq!(
        value("Police arrived this morning.", a(), "this morning"),
        "2020-10-14TMO"
    );
}

#[test]
fn weekdays_follow_the_tense() {
    // Anchor is a Wednesday.
    assert_eq!(
        value("The minister resigned on Friday.", a(), "Friday"),
        "2020-10-09"
    );
    assert_eq!(
        value("The minister will resign on Friday.", a(), "Friday"),
        "2020-10-16"
    );
    assert_eq!(
        value("The minister spoke Monday.", a(), "Monday"),
        "2020-10-12"
    );
    assert_eq!(
        value("The board meets Wednesday.", a(), "Wednesday"),
        "2020-10-14"
    );
    assert_eq!(
        value("They met last Friday.", a(), "last Friday"),
        "2020-10-09"
    );
    assert_eq!(
        value("They meet next Monday.", a(), "next Monday"),
        "2020-10-19"
    );
    assert_eq!(
        value("Shots were heard Monday morning.", a(), "Monday morning"),
        "2020-10-12TMO"
    );
    assert_eq!(
        value(
            "Fighting broke out on the night of August 31.",
            a(),
            "the night of August 31"
        ),
        "2020-08-31TNI"
    );
}

#[test]
fn relative_periods() {
    let t = "Sales fell last week, rose earlier this week and this month, and will rise next year.";
    assert_eq!(value(t, a(), "last week"), "2020-W41");
    assert_eq!(value(t, a(), "earlier this week"), "2020-W42");
    assert_eq!(value(t, a(), "this month"), "2020-10");
    assert_eq!(value(t, a(), "next year"), "2021");
    assert_eq!(
        value("It opened two days ago.", a(), "two days ago"),
        "2020-10-12"
    );
    assert_eq!(value("It opened a year ago.", a(), "a year ago"), "2019");
    assert_eq!(
        value("It opened three months ago.", a(), "three months ago"),
        "2020-07"
    );
    assert_eq!(
        value(
            "Growth slowed in the third quarter.",
            a(),
            "the third quarter"
        ),
        "2020-Q3"
    );
    assert_eq!(
        value(
            "Growth slowed in the fourth quarter.",
            Some(d(2021, 2, 3)),
            "the fourth quarter"
        ),
        "2020-Q4"
    );
    assert_eq!(
        value("Snow fell last winter.", a(), "last winter"),
        "2020-WI"
    );
    assert_eq!(
        value("Snow will fall this winter.", a(), "this winter"),
        "2020-WI"
    );
    assert_eq!(
        value("The vote is next summer.", a(), "next summer"),
        "2021-SU"
    );
}

#[test]
fn reference_time_for_earlier_and_that_day() {
    let t = "Profit rose in the third quarter of 2019 from a year earlier.";
    assert_eq!(value(t, a(), "a year earlier"), "2018-Q3");
    let t = "The ship sank on May 3, 2001. Rescuers arrived the next day.";
    assert_eq!(value(t, a(), "the next day"), "2001-05-04");
}

#[test]
fn durations() {
    let t = "The siege lasted a month, the war three years and the drought a decade; prices rose over the past 12 months and for several years.";
    assert_eq!(value(t, a(), "a month"), "P1M");
    assert_eq!(value(t, a(), "three years"), "P3Y");
    assert_eq!(value(t, a(), "a decade"), "P10Y");
    assert_eq!(value(t, a(), "the past 12 months"), "P12M");
    assert_eq!(value(t, a(), "several years"), "PXY");
    assert_eq!(kind(t, a(), "a month"), TimeKind::Duration);
    assert_eq!(value("a two-hour meeting", a(), "two-hour"), "PT2H");
    assert_eq!(
        value("They waited for half an hour.", a(), "half an hour"),
        "PT30M"
    );
}

#[test]
fn times_sets_and_refs() {
    let t = "The polls open at 10 a.m. and close at noon.";
    assert_eq!(value(t, a(), "10 a.m."), "2020-10-14T10:00");
    assert_eq!(value(t, a(), "noon"), "2020-10-14T12:00");
    assert_eq!(kind(t, a(), "noon"), TimeKind::Time);
    assert_eq!(
        value(
            "The talks resumed at 3:30 p.m. Friday.",
            a(),
            "3:30 p.m. Friday"
        ),
        "2020-10-09T15:30"
    );
    let t = "The festival is held every year; the fee is paid annually and checked each season.";
    assert_eq!(value(t, a(), "every year"), "P1Y");
    assert_eq!(value(t, a(), "annually"), "P1Y");
    assert_eq!(value(t, a(), "each season"), "P1Y");
    assert_eq!(kind(t, a(), "annually"), TimeKind::Set);
    let t = "Prices are high now, rose recently and may fall in the future.";
    assert_eq!(value(t, a(), "now"), "PRESENT_REF");
    assert_eq!(value(t, a(), "recently"), "PAST_REF");
    assert_eq!(value(t, a(), "the future"), "FUTURE_REF");
}

#[test]
fn unknown_anchor_stays_underspecified() {
    let t = "The mayor said yesterday that the vote on Friday, held last week, was final. It ended August 26.";
    let found = find_times(t, None);
    let get = |e: &str| found.iter().find(|x| x.text == e).cloned().expect("found");
    assert_eq!(get("yesterday").value, "XXXX-XX-XX");
    assert_eq!(get("yesterday").resolution, Resolution::Underspecified);
    assert_eq!(get("Friday").value, "XXXX-WXX-5");
    assert_eq!(get("last week").value, "XXXX-WXX");
    assert_eq!(get("August 26").value, "XXXX-08-26");
    // Absolute expressions need no anchor.
    let t = "It was signed on March 22, 2013.";
    let f = find_times(t, None);
    assert_eq!(f[0].value, "2013-03-22");
    assert_eq!(f[0].resolution, Resolution::Absolute);
}

#[test]
fn estimates_a_range_without_anchor() {
    let t = "The accord, signed on March 2, 2021, was ratified on March 9, 2021.";
    let (lo, hi) = parallax_time::estimate_anchor(t).expect("range");
    assert_eq!(lo, d(2021, 3, 9));
    assert!(hi > lo);
}

#[test]
fn no_false_dates_in_amounts_and_verbs() {
    let t = "They may march on, paid $2000 and 1,999 euros; 2000 people came.";
    let found = find_times(t, a());
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn spans_are_byte_offsets() {
    let t = "Député réélu — mardi? No: on Friday, août.";
    for e in find_times(t, a()) {
        assert_eq!(&t[e.start..e.end], e.text);
    }
}

#[test]
fn since_a_weekday_is_past_and_hours_later_stay_on_the_day() {
    // the modal after the date must not send "since Monday" forward
    let t = "Volunteers have collected 40 tonnes of food since Monday, more than they could store.";
    assert_eq!(value(t, a(), "Monday"), "2020-10-12");
    let t = "The mayor spoke on Friday. The governor, speaking an hour later, gave another figure.";
    assert_eq!(value(t, a(), "an hour later"), "2020-10-09");
}

#[test]
fn tense_reads_the_governing_verb_first() {
    // Anchor: Wednesday 14 October 2020. The verb before the date decides
    // even when a past form follows it.
    assert_eq!(
        value(
            "The minister will arrive on Friday, officials said.",
            a(),
            "Friday"
        ),
        "2020-10-16"
    );
    // "U.S." does not end the sentence: "will" still governs the date.
    assert_eq!(
        value(
            "The team will fly to the U.S. capital on Friday.",
            a(),
            "Friday"
        ),
        "2020-10-16"
    );
    // "next to" is a place, not the future.
    assert_eq!(
        value(
            "Protesters gathered next to the embassy on Friday.",
            a(),
            "Friday"
        ),
        "2020-10-09"
    );
    // "could" is as often past as conditional.
    assert_eq!(
        value(
            "Rescuers could not reach the village on Monday.",
            a(),
            "Monday"
        ),
        "2020-10-12"
    );
    // An adjectival participle is no past verb: "is payable" governs.
    assert_eq!(
        value(
            "The reduced dividend is payable Jan. 4 to holders.",
            a(),
            "Jan. 4"
        ),
        "2021-01-04"
    );
}

#[test]
fn until_and_possessive_weekdays() {
    assert_eq!(
        value("The offer runs until Friday.", a(), "Friday"),
        "2020-10-16"
    );
    assert_eq!(
        value(
            "Until Friday, the rebels had refused to talk.",
            a(),
            "Friday"
        ),
        "2020-10-09"
    );
    // "Monday's ruling" is behind us; a modal does not move it forward.
    assert_eq!(
        value(
            "Critics said they would challenge Monday's ruling.",
            a(),
            "Monday"
        ),
        "2020-10-12"
    );
    assert_eq!(
        value(
            "The court will publish Monday's ruling in full.",
            a(),
            "Monday"
        ),
        "2020-10-19"
    );
}

#[test]
fn since_a_month_is_never_ahead() {
    assert_eq!(
        value("The ferry has been docked since December.", a(), "December"),
        "2019-12"
    );
    assert_eq!(
        value("The ferry has been docked since October.", a(), "October"),
        "2020-10"
    );
}

#[test]
fn coarse_reference_times() {
    let t = "The mill opened in 1998. Later that year, it closed.";
    assert_eq!(value(t, a(), "Later that year"), "1998");
    let t = "Talks began in June 2011 and collapsed the following month.";
    assert_eq!(value(t, a(), "the following month"), "2011-07");
    let t = "Output peaked in 2007 and fell that year.";
    assert_eq!(value(t, a(), "that year"), "2007");
}

#[test]
fn halves_more_and_or_so() {
    assert_eq!(
        value("They lived in camps for 2 1/2 years.", a(), "2 1/2 years"),
        "P2Y6M"
    );
    assert_eq!(
        value(
            "The alarm rang a minute and a half later.",
            a(),
            "a minute and a half"
        ),
        "PT1M30S"
    );
    assert_eq!(
        value(
            "The fleet may stay for at least 20 more years.",
            a(),
            "at least 20 more years"
        ),
        "P20Y"
    );
    assert_eq!(
        value(
            "The talks took one and a half hours.",
            a(),
            "one and a half hours"
        ),
        "PT1H30M"
    );
    assert_eq!(
        value("It moved in a week or so ago.", a(), "a week or so ago"),
        "2020-W41"
    );
}

#[test]
fn holidays_and_centuries() {
    // Easter 2021 fell on 4 April, Good Friday on the 2nd.
    assert_eq!(
        value("The shops will reopen at Easter.", a(), "Easter"),
        "2021-04-04"
    );
    assert_eq!(
        value("Services will be held on Good Friday.", a(), "Good Friday"),
        "2021-04-02"
    );
    assert_eq!(
        value(
            "The St. Patrick's Day parade was cancelled.",
            a(),
            "St. Patrick's Day"
        ),
        "2020-03-17"
    );
    assert_eq!(
        value("Crowds gathered on Labor Day.", a(), "Labor Day"),
        "2020-09-07"
    );
    assert_eq!(
        value("Flags flew on Memorial Day.", a(), "Memorial Day"),
        "2020-05-25"
    );
    assert_eq!(
        value("A 20th-century poet wrote it.", a(), "20th-century"),
        "19"
    );
    assert_eq!(
        value(
            "Mills spread in the nineteenth century.",
            a(),
            "the nineteenth century"
        ),
        "18"
    );
}

#[test]
fn the_weekend_follows_the_tense() {
    // Wednesday anchor: a past sentence means the weekend just gone.
    assert_eq!(
        value(
            "Police arrested two men over the weekend.",
            a(),
            "the weekend"
        ),
        "2020-W41-WE"
    );
    assert_eq!(
        value("The fair opens this weekend.", a(), "this weekend"),
        "2020-W42-WE"
    );
}

#[test]
fn ages_are_not_durations() {
    let t = "The pilot, 52 years old, flew for 30 years; a 6-year-old watched.";
    let found = find_times(t, a());
    let texts: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, vec!["30 years"], "{found:?}");
}

#[test]
fn the_past_year_is_the_year_before() {
    let t = "Exports doubled over the past year and will rise in the coming month.";
    assert_eq!(value(t, a(), "the past year"), "2019");
    assert_eq!(kind(t, a(), "the past year"), TimeKind::Date);
    assert_eq!(value(t, a(), "the coming month"), "2020-11");
    // With a number it stays a stretch of time.
    assert_eq!(
        value(
            "Exports doubled over the past two years.",
            a(),
            "the past two years"
        ),
        "P2Y"
    );
}

#[test]
fn holidays_with_determiners_and_weeks() {
    // Anchor: 14 October 2020.
    assert_eq!(
        value("Sales fell last Christmas.", a(), "last Christmas"),
        "2019-12-25"
    );
    assert_eq!(
        value("Sales rose last Easter.", a(), "last Easter"),
        "2020-04-12"
    );
    // Easter 2021 is on Sunday 4 April, ISO week 13.
    assert_eq!(
        value(
            "Schools close in Easter week 2021.",
            a(),
            "Easter week 2021"
        ),
        "2021-W13"
    );
}

#[test]
fn earlier_before_a_weekday_is_left_out() {
    let found = find_times("Earlier Friday, the mayor resigned.", a());
    assert_eq!(found[0].text, "Friday");
    assert_eq!(found[0].value, "2020-10-09");
}

#[test]
fn day_names_inside_proper_names_are_not_dates() {
    let found = find_times(
        "The Good Friday Agreement held, and tourists flocked to Easter Island.",
        a(),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quarter_of_something_is_a_fraction() {
    let found = find_times("More than a quarter of the voters stayed home.", a());
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(value("Profit rose for a quarter.", a(), "a quarter"), "P1Q");
}

#[test]
fn years_read_out_in_words() {
    let t =
        "The plant closed in nineteen ninety-six and reopened in January nineteen ninety-seven.";
    assert_eq!(value(t, a(), "nineteen ninety-six"), "1996");
    assert_eq!(value(t, a(), "January nineteen ninety-seven"), "1997-01");
    assert_eq!(
        value(
            "Snow fell in the winter of nineteen oh five.",
            a(),
            "the winter of nineteen oh five"
        ),
        "1905-WI"
    );
    assert_eq!(
        value(
            "Jobs were promised by the year two thousand.",
            a(),
            "the year two thousand"
        ),
        "2000"
    );
    // A bare "two thousand" counts things.
    assert!(find_times("Some two thousand people marched.", a()).is_empty());
}

#[test]
fn trading_days_are_days() {
    assert_eq!(
        value(
            "The index fell for eight trading days.",
            a(),
            "eight trading days"
        ),
        "P8D"
    );
}

/// Texts of the expressions found, in order.
fn texts(text: &str) -> Vec<String> {
    find_times(text, a()).into_iter().map(|t| t.text).collect()
}

#[test]
fn reporting_years_and_the_year() {
    let t = "For the year ended June 30, the brewer earned $3 million.";
    assert_eq!(value(t, a(), "the year"), "P1Y");
    assert_eq!(kind(t, a(), "the year"), TimeKind::Duration);
    let t = "In the fiscal year ending in March, sales rose.";
    assert_eq!(value(t, a(), "the fiscal year"), "P1Y");
    let t =
        "Shares hit a high for the year in May after the first nine months of the year went well.";
    assert_eq!(value(t, a(), "the year"), "2020");
    // "in the year 1999" is that year, not the anchor's.
    assert_eq!(
        texts("Prices fell in the year 1999 and in the year of the flood."),
        vec!["1999"]
    );
    // "the year before" names no year by itself.
    assert!(
        texts("Sales were $4 million, down from $5 million the year before.")
            .iter()
            .all(|t| t != "the year")
    );
}

#[test]
fn frequencies_are_sets() {
    let t = "The board meets twice a month and reports three times a year.";
    assert_eq!(value(t, a(), "twice a month"), "P1M");
    assert_eq!(kind(t, a(), "twice a month"), TimeKind::Set);
    assert_eq!(value(t, a(), "three times a year"), "P1Y");
    let t = "The ferry sails on Mondays and on Tuesday nights.";
    assert_eq!(value(t, a(), "Mondays"), "XXXX-WXX-1");
    assert_eq!(value(t, a(), "Tuesday nights"), "XXXX-WXX-2TNI");
    assert_eq!(kind(t, a(), "Tuesday nights"), TimeKind::Set);
}

#[test]
fn rates_are_not_durations() {
    // The unit of an amount per period is no stretch of time.
    for t in [
        "The plant will save $40 million a year.",
        "The airline adds four flights a week.",
        "Guards ask for $5 a day.",
        "Revenue should grow 12% annually.",
        "The average daily volume was light.",
    ] {
        assert!(
            find_times(t, a())
                .iter()
                .all(|x| x.kind != TimeKind::Duration
                    && !x.text.ends_with("annually")
                    && x.text != "daily"
                    && x.text != "a year"),
            "{t}: {:?}",
            find_times(t, a())
        );
    }
    // Without an amount before it, "a year" is a duration.
    assert_eq!(value("The inquiry will take a year.", a(), "a year"), "P1Y");
}

#[test]
fn ranges_and_periods_are_one_duration() {
    let t = "Repairs take two to three weeks, or weeks or months at worst.";
    assert_eq!(texts(t), vec!["two to three weeks", "weeks or months"]);
    assert_eq!(value(t, a(), "two to three weeks"), "P2W");
    assert_eq!(value(t, a(), "weeks or months"), "PXW");
    let t = "Profits were audited over a three-year period, after several quarters of losses and an additional year of talks.";
    assert_eq!(value(t, a(), "a three-year period"), "P3Y");
    assert_eq!(value(t, a(), "several quarters"), "PXQ");
    assert_eq!(value(t, a(), "an additional year"), "P1Y");
    // A fraction stays out.
    assert!(texts("A quarter of the voters stayed home.").is_empty());
}

#[test]
fn parts_of_day_and_titles() {
    let t = "The shelling stopped by mid-afternoon and resumed late evening yesterday.";
    assert_eq!(value(t, a(), "mid-afternoon"), "2020-10-14TAF");
    assert_eq!(kind(t, a(), "mid-afternoon"), TimeKind::Time);
    assert_eq!(value(t, a(), "late evening yesterday"), "2020-10-13TEV");
    // "in the morning" of the day last mentioned.
    let t = "On Oct. 2, 2020, dealers bought in the morning; the morning of the vote was calm.";
    assert_eq!(value(t, a(), "the morning"), "2020-10-02TMO");
    assert_eq!(texts(t).len(), 2, "{:?}", texts(t));
    // Capitalised inside a sentence: a programme or a film.
    let t = "He told CBS's 60 Minutes and ABC's \"This Week\" about High Noon.";
    assert!(texts(t).is_empty(), "{:?}", texts(t));
}

#[test]
fn a_plan_in_the_past_perfect_lay_behind() {
    // Anchor Wednesday 14 October 2020: the Friday before is the 9th.
    let t = "The offer had been scheduled to expire at midnight Friday.";
    assert_eq!(value(t, a(), "midnight Friday"), "2020-10-09T24:00");
    let t = "The offer had been due to expire Friday.";
    assert_eq!(value(t, a(), "Friday"), "2020-10-09");
    let t = "The offer is due to expire Friday.";
    assert_eq!(value(t, a(), "Friday"), "2020-10-16");
}

#[test]
fn extents_follow_timebank() {
    // The determiner of a month stays out when a day follows it.
    let t = "He was shot last Oct. 23 at home.";
    assert_eq!(texts(t), vec!["Oct. 23"]);
    assert_eq!(value(t, a(), "Oct. 23"), "2019-10-23");
    let t = "Sales slow in the week of March 6, 2000, and in the weeks ahead.";
    assert_eq!(value(t, a(), "the week of March 6, 2000"), "2000-W10");
    assert_eq!(value(t, a(), "the weeks ahead"), "PXW");
    let t = "The decades-long feud ended after decades of talks.";
    assert_eq!(value(t, a(), "decades-long"), "PXY");
    assert_eq!(value(t, a(), "decades"), "PXY");
    // A sentence opened by "Now," is a discourse marker; "now" inside is
    // the present.
    let t = "Now, he says, the firm is now profitable.";
    assert_eq!(texts(t), vec!["now"]);
}

#[test]
fn the_previous_weekday_counts_from_the_reference() {
    // The reference is Friday 2 October; the anchor Wednesday 14 October.
    let t = "Stocks closed on Oct. 2, 2020, down 2% from the previous Friday and up from the following Monday.";
    assert_eq!(value(t, a(), "the previous Friday"), "2020-09-25");
    assert_eq!(value(t, a(), "the following Monday"), "2020-10-05");
    // Without a date mentioned, the anchor.
    assert_eq!(
        value(
            "Stocks fell from the previous Friday.",
            a(),
            "the previous Friday"
        ),
        "2020-10-09"
    );
}

#[test]
fn sets_carry_quant_and_freq() {
    let found = find_times(
        "Nurses check twice a day, doctors every week and auditors annually.",
        a(),
    );
    let attrs = |text: &str| {
        found
            .iter()
            .find(|t| t.text == text)
            .map(|t| (t.quant.clone(), t.freq.clone()))
    };
    assert_eq!(attrs("twice a day"), Some((None, Some("2X".into()))));
    assert_eq!(attrs("every week"), Some((Some("EVERY".into()), None)));
    assert_eq!(attrs("annually"), Some((None, Some("1X".into()))));
    // Other kinds carry neither.
    let t = find_times("The talks lasted three weeks.", a());
    assert!(t.iter().all(|x| x.quant.is_none() && x.freq.is_none()));
}

#[test]
fn ordinals_verbs_and_adverbs_are_not_times() {
    for t in [
        "A second group of directors objected.",
        "It would be a second betrayal, he said.",
        "She finished first and he came second.",
        "The firm was once a small wholesaler.",
        "Officials may march to the capital.",
        "Protesters march and officials may resign.",
    ] {
        assert!(
            find_times(t, a()).is_empty(),
            "{t}: {:?}",
            find_times(t, a())
        );
    }
    assert_eq!(
        value("The lights went out a second later.", a(), "a second later"),
        "2020-10-14"
    );
    assert_eq!(value("It lasted a second.", a(), "a second"), "PT1S");
}

#[test]
fn clock_times_with_zones_and_parts_of_day() {
    let t = "The vote closed 14:30 GMT; the result came tonight, and a rally was held this morning at 3 p.m. EST.";
    assert_eq!(value(t, a(), "14:30 GMT"), "2020-10-14T14:30");
    assert_eq!(kind(t, a(), "14:30 GMT"), TimeKind::Time);
    assert_eq!(value(t, a(), "tonight"), "2020-10-14TNI");
    assert_eq!(value(t, a(), "this morning"), "2020-10-14TMO");
    assert_eq!(value(t, a(), "3 p.m. EST"), "2020-10-14T15:00");
    // A score is no time.
    assert!(find_times("The team won 14:30 on points.", a()).is_empty());
}

#[test]
fn a_while_after_for_is_a_duration() {
    let t = "Troops will stay for some time and talks went on for a while.";
    assert_eq!(value(t, a(), "some time"), "PXX");
    assert_eq!(value(t, a(), "a while"), "PXX");
    assert!(find_times(
        "At some time the river rose; once in a while it floods.",
        a()
    )
    .is_empty());
}

#[test]
fn june_and_july_are_names_and_long_units_are_durations() {
    let t = "Under a June agreement, the day-long talks and a year-long search ended.";
    assert_eq!(value(t, a(), "June"), "2020-06");
    assert_eq!(value(t, a(), "day-long"), "P1D");
    assert_eq!(value(t, a(), "year-long"), "P1Y");
    // An abbreviation alone stays out.
    assert!(find_times("He met Jan at the cafe.", a()).is_empty());
}

#[test]
fn every_other_and_every_n() {
    let t = "The council meets every other week and audits every three months, each Monday.";
    assert_eq!(value(t, a(), "every other week"), "P2W");
    assert_eq!(kind(t, a(), "every other week"), TimeKind::Set);
    assert_eq!(value(t, a(), "every three months"), "P3M");
    assert_eq!(value(t, a(), "each Monday"), "XXXX-WXX-1");
}
