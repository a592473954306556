//! Figure extraction on invented fixtures: numbers in digits and words,
//! ranges, money, percentages, units, hedges, what is counted, and the
//! numbers that are not figures.

use parallax_analyze::{figures::extract_figures, split_sentences};
use parallax_core::Figure;

fn figs(text: &str) -> Vec<Figure> {
    let figs = extract_figures("art", text, &split_sentences(text));
    for f in &figs {
        assert_eq!(f.evidence.slice(text), Some(f.text.as_str()), "{f:?}");
        assert_eq!(f.article, "art");
    }
    figs
}

/// The one figure whose text is `what`.
fn fig(text: &str, what: &str) -> Figure {
    let all = figs(text);
    let found: Vec<&Figure> = all.iter().filter(|f| f.text == what).collect();
    assert_eq!(found.len(), 1, "{what:?} in {all:#?}");
    found[0].clone()
}

fn texts(text: &str) -> Vec<String> {
    figs(text).into_iter().map(|f| f.text).collect()
}

fn approx(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

#[test]
fn digits_with_separators_and_decimals() {
    let t =
        "Port Velmar officials said 1,200 dock workers walked out, and output fell 3.5 percent.";
    let f = fig(t, "1,200");
    assert_eq!(f.value, 1200.0);
    assert_eq!(f.counts.as_deref(), Some("workers"));
    assert_eq!(f.unit, None);
    let p = fig(t, "3.5 percent");
    assert_eq!(p.value, 3.5);
    assert_eq!(p.unit.as_deref(), Some("percent"));
    assert_eq!(p.counts.as_deref(), Some("output"));

    let f = fig(
        "Europe-style separators: 1.200.000 tonnes of grain were stored.",
        "1.200.000 tonnes",
    );
    assert_eq!(f.value, 1_200_000.0);
    assert_eq!(f.unit.as_deref(), Some("t"));
}

#[test]
fn scales_glued_and_written() {
    let f = fig("The Halden fund pledged $4.2bn in aid.", "$4.2bn");
    assert!(approx(f.value, 4.2e9));
    assert_eq!(f.unit.as_deref(), Some("USD"));
    let f = fig("It won a €3 million grant for the bridge.", "€3 million");
    assert!(approx(f.value, 3e6));
    assert_eq!(f.unit.as_deref(), Some("EUR"));
    assert_eq!(f.counts.as_deref(), Some("grant"));
    let f = fig(
        "About 1.5 million people live in the basin.",
        "About 1.5 million",
    );
    assert!(approx(f.value, 1.5e6));
    assert_eq!(f.counts.as_deref(), Some("people"));
    assert_eq!(f.hedge.as_deref(), Some("about"));
}

#[test]
fn money_with_codes_and_words() {
    let f = fig(
        "The lender approved USD 40 million for the port.",
        "USD 40 million",
    );
    assert!(approx(f.value, 4e7));
    assert_eq!(f.unit.as_deref(), Some("USD"));
    let f = fig("Investors put in US$5bn last year.", "US$5bn");
    assert!(approx(f.value, 5e9));
    assert_eq!(f.unit.as_deref(), Some("USD"));
    let f = fig("Damage was put at 2.1 billion euros.", "2.1 billion euros");
    assert!(approx(f.value, 2.1e9));
    assert_eq!(f.unit.as_deref(), Some("EUR"));
    assert_eq!(f.counts.as_deref(), Some("damage"));
    let f = fig("Repairs would cost £300,000, the council said.", "£300,000");
    assert_eq!(f.value, 300_000.0);
    assert_eq!(f.unit.as_deref(), Some("GBP"));
    assert_eq!(f.counts.as_deref(), Some("cost"));
    let f = fig(
        "The state will release a fund of 250 million euros for rebuilding.",
        "250 million euros",
    );
    assert_eq!(f.counts.as_deref(), Some("fund"));
    let f = fig("A fine of 40,000 kronor was imposed.", "40,000 kronor");
    assert_eq!(f.unit.as_deref(), Some("SEK"));
    assert_eq!(f.counts.as_deref(), Some("fine"));
}

#[test]
fn percentages_in_every_spelling() {
    for (t, w) in [
        ("Turnout was 61% in the north.", "61%"),
        ("Turnout was 61 percent in the north.", "61 percent"),
        ("Turnout was 61 per cent in the north.", "61 per cent"),
    ] {
        let f = fig(t, w);
        assert_eq!(f.value, 61.0, "{t}");
        assert_eq!(f.unit.as_deref(), Some("percent"), "{t}");
        assert_eq!(f.counts.as_deref(), Some("turnout"), "{t}");
    }
    let f = fig(
        "Support fell by 4 percentage points after the vote.",
        "4 percentage points",
    );
    assert_eq!(f.unit.as_deref(), Some("percentage point"));
}

#[test]
fn units_of_distance_weight_and_time() {
    let f = fig("The convoy stopped 40 km north of Drava.", "40 km");
    assert_eq!(f.unit.as_deref(), Some("km"));
    assert_eq!(f.counts.as_deref(), Some("distance"));
    let f = fig("Crews built a wall 2.5 metres high.", "2.5 metres");
    assert_eq!(f.value, 2.5);
    assert_eq!(f.unit.as_deref(), Some("m"));
    assert_eq!(f.counts.as_deref(), Some("height"));
    let f = fig("Inspectors seized 350kg of cocaine at the docks.", "350kg");
    assert_eq!(f.unit.as_deref(), Some("kg"));
    let f = fig("The strike lasted 11 days.", "11 days");
    assert_eq!(f.unit.as_deref(), Some("day"));
    let f = fig("Winds reached 130 km/h on the coast.", "130 km/h");
    assert_eq!(f.unit.as_deref(), Some("km/h"));
    let f = fig(
        "Temperatures hit 45C in Sevra and 43.2°C in Kordo.",
        "43.2°C",
    );
    assert_eq!(f.unit.as_deref(), Some("°C"));
    let f = fig("The 7.8-magnitude quake struck at dawn.", "7.8-magnitude");
    assert_eq!(f.counts.as_deref(), Some("quake"));
    // glued "m": metres, or a million before a plural noun
    let f = fig("A 3m wall fell.", "3m");
    assert_eq!((f.value, f.unit.as_deref()), (3.0, Some("m")));
    let f = fig("Some 1.1m people fled.", "Some 1.1m");
    assert!(approx(f.value, 1.1e6));
    assert_eq!((f.unit, f.counts.as_deref()), (None, Some("displaced")));
    let f = fig("A 30-metre crane collapsed.", "30-metre");
    assert_eq!(f.unit.as_deref(), Some("m"));
    assert_eq!(f.counts.as_deref(), Some("crane"));
}

#[test]
fn numbers_in_words() {
    let t = "Three ambulances arrived, twenty-one miners were rescued and a dozen trucks waited.";
    assert_eq!(fig(t, "Three").counts.as_deref(), Some("ambulances"));
    let f = fig(t, "twenty-one");
    assert_eq!(f.value, 21.0);
    assert_eq!(f.counts.as_deref(), Some("miners rescued"));
    let f = fig(t, "a dozen");
    assert_eq!(f.value, 12.0);
    assert_eq!(f.counts.as_deref(), Some("trucks"));

    let f = fig(
        "The mine employs two hundred and fifty people.",
        "two hundred and fifty",
    );
    assert_eq!(f.value, 250.0);
    let f = fig("A million people signed it.", "A million");
    assert_eq!(f.value, 1e6);
    let f = fig("Half a million voters stayed home.", "Half a million");
    assert_eq!(f.value, 5e5);
    assert_eq!(f.counts.as_deref(), Some("voters"));
}

#[test]
fn vague_plurals_are_ranges() {
    let f = fig("Hundreds of homes were destroyed.", "Hundreds");
    assert_eq!((f.value, f.max), (200.0, Some(999.0)));
    assert_eq!(f.counts.as_deref(), Some("homes destroyed"));
    let f = fig("Hundreds of homes stood empty.", "Hundreds");
    assert_eq!(f.counts.as_deref(), Some("homes"));
    let f = fig("Thousands fled the fighting.", "Thousands");
    assert_eq!(f.counts.as_deref(), Some("displaced"));
    let f = fig("Tens of thousands marched in Solvik.", "Tens of thousands");
    assert_eq!(f.value, 20_000.0);
    let f = fig("Dozens were feared dead.", "Dozens");
    assert_eq!(f.counts.as_deref(), Some("killed"));
    let f = fig("Several hundred mourners gathered.", "Several hundred");
    assert_eq!((f.value, f.max), (300.0, Some(900.0)));
    assert_eq!(f.counts.as_deref(), Some("mourners"));
}

#[test]
fn fractions_are_percentages() {
    let f = fig("Two-thirds of the residents left.", "Two-thirds");
    assert!(approx(f.value, 66.67));
    assert_eq!(f.unit.as_deref(), Some("percent"));
    assert_eq!(f.counts.as_deref(), Some("residents"));
    let f = fig("Nearly half of the ballots were spoiled.", "Nearly half");
    assert_eq!(f.value, 50.0);
    assert_eq!(f.hedge.as_deref(), Some("nearly"));
    assert_eq!(f.counts.as_deref(), Some("ballots"));
    let f = fig("About one in five adults smokes.", "About one in five");
    assert_eq!((f.value, f.unit.as_deref()), (20.0, Some("percent")));
    assert_eq!(f.counts.as_deref(), Some("adults"));
    let f = fig("A third of the fleet is idle.", "A third of");
    assert!(approx(f.value, 33.33));
    // "half" and "third" alone are not figures
    assert!(texts("He spent half an hour there, the third visit this year.").is_empty());
}

#[test]
fn ranges() {
    let f = fig("Between 40 and 50 people were hurt.", "Between 40 and 50");
    assert_eq!((f.value, f.max), (40.0, Some(50.0)));
    assert_eq!(f.counts.as_deref(), Some("injured"));
    let f = fig("Officials counted 40-50 boats in the bay.", "40-50");
    assert_eq!((f.value, f.max), (40.0, Some(50.0)));
    assert_eq!(f.counts.as_deref(), Some("boats"));
    let f = fig("The works will take from 3 to 5 days.", "from 3 to 5 days");
    assert_eq!((f.value, f.max), (3.0, Some(5.0)));
    assert_eq!(f.unit.as_deref(), Some("day"));
    let f = fig("Two or three vessels were seen.", "Two or three");
    assert_eq!((f.value, f.max), (2.0, Some(3.0)));
    let f = fig("The repairs cost $3-5 million.", "$3-5 million");
    assert_eq!((f.value, f.max), (3e6, Some(5e6)));
    // after a change verb, two values
    let t = "The toll rose from 41 to 63 overnight.";
    assert_eq!(texts(t), ["41", "63"]);
    for f in figs(t) {
        assert_eq!(f.counts.as_deref(), Some("killed"), "{f:?}");
        assert_eq!(f.max, None);
    }
    // a score is not a range
    assert!(texts("Drava won the final 3-1.").is_empty());
}

#[test]
fn hedges() {
    for (h, t) in [
        ("nearly", "nearly 300"),
        ("almost", "almost 300"),
        ("about", "about 300"),
        ("around", "around 300"),
        ("some", "some 300"),
        ("at least", "at least 300"),
        ("more than", "more than 300"),
        ("over", "over 300"),
        ("up to", "up to 300"),
        ("fewer than", "fewer than 300"),
        ("roughly", "roughly 300"),
        ("an estimated", "an estimated 300"),
        ("as many as", "as many as 300"),
        ("approximately", "approx. 300"),
    ] {
        let text = format!("Rescuers said {t} people were missing.");
        let f = fig(&text, t);
        assert_eq!(f.hedge.as_deref(), Some(h), "{text}");
        assert_eq!(f.value, 300.0);
        assert_eq!(f.counts.as_deref(), Some("missing"), "{text}");
    }
    let f = fig("Police said 300 or more were detained.", "300 or more");
    assert_eq!(f.hedge.as_deref(), Some("or more"));
    assert_eq!(f.counts.as_deref(), Some("arrested"));
    let f = fig("A 300-plus crowd gathered.", "300-plus");
    assert_eq!(f.hedge.as_deref(), Some("more than"));
    // verbs that hedge are read but left out of the text
    let f = fig("Quake toll nears 90", "90");
    assert_eq!(f.hedge.as_deref(), Some("nearly"));
    assert_eq!(f.counts.as_deref(), Some("killed"));
}

#[test]
fn what_is_counted() {
    let t = "At least 63 people were killed and nearly 300 were missing after the Brask mine flooded. \
             Some 12,000 displaced residents sheltered in schools, and 212 passengers were stranded. \
             The blast killed 9 miners and injured 14 others. \
             More than 60,000 households across the province were without electricity.";
    assert_eq!(fig(t, "At least 63").counts.as_deref(), Some("killed"));
    assert_eq!(fig(t, "nearly 300").counts.as_deref(), Some("missing"));
    assert_eq!(fig(t, "Some 12,000").counts.as_deref(), Some("displaced"));
    assert_eq!(fig(t, "212").counts.as_deref(), Some("passengers stranded"));
    assert_eq!(fig(t, "9").counts.as_deref(), Some("miners killed"));
    assert_eq!(fig(t, "14").counts.as_deref(), Some("injured"));
    assert_eq!(
        fig(t, "More than 60,000").counts.as_deref(),
        Some("households without power")
    );

    // the same quantity in other words gets the same key
    for t in [
        "Officials said 41 people died.",
        "The death toll stood at 41.",
        "41 dead as storm hits Orvik",
        "Rescuers recovered 41 bodies.",
        "The storm claimed 41 lives lost at sea.",
        "Police confirmed 41 fatalities.",
        "The number of people killed in the storm in Orvik rose to 41 on Friday.",
    ] {
        let f = fig(t, "41");
        assert_eq!(f.counts.as_deref(), Some("killed"), "{t}");
    }
    for t in [
        "About 300 residents were evacuated.",
        "Some 300 people were forced from their homes.",
        "The floods left 300 homeless.",
    ] {
        let f = figs(t);
        assert_eq!(f.len(), 1, "{t}");
        assert_eq!(f[0].counts.as_deref(), Some("displaced"), "{t}");
    }
    let f = fig("At least 12 children were killed.", "At least 12");
    assert_eq!(f.counts.as_deref(), Some("children killed"));
    let f = fig("Inflation rose to 9.4% in May.", "9.4%");
    assert_eq!(f.counts.as_deref(), Some("inflation"));
    // an earlier value after a bare "from" takes the same counts
    let t = "Inflation eased to 2.9% in March from 3.4% in February.";
    let f = figs(t);
    assert_eq!(f[1].counts.as_deref(), Some("inflation"));
    assert_eq!(f[1].date.as_deref(), Some("PAST_REF"));
    let f = fig(
        "Some 700 metres below ground, 27 miners were trapped.",
        "Some 700 metres",
    );
    assert_eq!(f.counts.as_deref(), Some("depth"));
    let f = fig(
        "The plan allocates 4.5 billion euros to defence.",
        "4.5 billion euros",
    );
    assert_eq!(f.counts.as_deref(), Some("defence"));
    let f = fig("Two were taken to hospital.", "Two");
    assert_eq!(f.counts.as_deref(), Some("hospitalised"));
}

#[test]
fn years_dates_and_times_are_not_figures() {
    for t in [
        "The plant opened in 2021 and closed in 1998.",
        "The vote is on 10 March.",
        "The vote is on March 10, 2026.",
        "The vote is on the 10th of March.",
        "Sirens sounded at 14:05 and again at 4:52 a.m. local time.",
        "The ferry left at 7am.",
        "It was the third time since the 1970s.",
        "The summit ended on Tuesday 10 March 2026.",
        "Published: 12 March 2026, 09:15",
        "The 2019-2021 programme was extended.",
        "The talks resumed at 10.30 and ended on Oct. 3.",
    ] {
        assert!(texts(t).is_empty(), "{t}: {:?}", texts(t));
    }
    // a year-sized count is still a figure
    assert_eq!(texts("Police said 2000 people attended."), ["2000"]);
}

#[test]
fn ages_labels_phones_ids_and_list_markers_are_not_figures() {
    for t in [
        "\"We lost everything,\" said Dana Kell, 54, a baker in Orvik.",
        "Her son (19) swam to safety.",
        "The victim, aged 67, was a teacher.",
        "A 54-year-old man was arrested.",
        "Section 4 of the act bans it.",
        "Flight 302 landed safely.",
        "See page 12 and Resolution 2231.",
        "Call 020 7946 0958 or +44 20 7946 0958 for details.",
        "Report ref 83749201 was filed.",
        "The hotline is 555-0142.",
        "One of the engineers resigned.",
        "No one was hurt, and one said it was over.",
        "Players wore No. 10 shirts.",
        "The motorway was closed between junctions 10 and 11.",
        "Call 999 or 112 in an emergency.",
    ] {
        assert!(texts(t).is_empty(), "{t}: {:?}", texts(t));
    }
    let t = "Demands:\n1. Higher pay\n2) Safer docks";
    assert!(texts(t).is_empty(), "{:?}", texts(t));
}

#[test]
fn noisy_article_with_byline_and_dates() {
    let text = "Floods sweep Orvik valley\n\n\
                By Mara Tellen | Staff Reporter\n\
                Updated: 14 April 2026, 18:42\n\n\
                At least 17 people were killed and some 4,500 were evacuated on Monday after the Sava river burst its banks, \
                the regional crisis office said on 14 April.\n\n\
                The river rose more than three metres in two hours. Repairs to the levee, built in 1962, \
                would cost an estimated €45 million, officials said.\n\n\
                Share this article\n\n\
                12 Comments";
    let got = figs(text);
    let view: Vec<(&str, Option<&str>)> = got
        .iter()
        .map(|f| (f.text.as_str(), f.counts.as_deref()))
        .collect();
    assert!(view.contains(&("At least 17", Some("killed"))), "{view:?}");
    assert!(
        view.contains(&("some 4,500", Some("displaced"))),
        "{view:?}"
    );
    assert!(
        view.contains(&("an estimated €45 million", Some("cost"))),
        "{view:?}"
    );
    assert!(
        view.iter().any(|(t, _)| *t == "more than three metres"),
        "{view:?}"
    );
    for bad in ["14", "2026", "18:42", "1962"] {
        assert!(!view.iter().any(|(t, _)| *t == bad), "{bad} in {view:?}");
    }
    // ids are unique and ordered
    for (n, f) in got.iter().enumerate() {
        assert_eq!(f.id, format!("art-f{}", n + 1));
        assert!(f.source.is_none() && f.date.is_none());
    }
    assert!(got
        .windows(2)
        .all(|w| w[0].evidence.end <= w[1].evidence.start));
}

#[test]
fn empty_sentence_list_reads_the_whole_text() {
    let text = "Nearly 300 were missing.";
    let f = extract_figures("x", text, &[]);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].id, "x-f1");
    // spans that do not fit the text are ignored
    let bad = [
        parallax_core::Span::new(5, 500),
        parallax_core::Span::new(3, 2),
    ];
    assert!(extract_figures("x", text, &bad).is_empty());
}

#[test]
fn earlier_values_increments_and_parts() {
    let t = "By Thursday the service gave a figure of 78 dead, up from at least 63 the day before.";
    let f = figs(t);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].value, f[0].date.as_deref()), (78.0, None));
    assert_eq!(f[0].counts.as_deref(), Some("killed"));
    assert_eq!(f[1].date.as_deref(), Some("PAST_REF"));
    assert_eq!(f[1].counts.as_deref(), Some("killed"));
    let f = figs("The toll rose from 41 to 63 overnight.");
    assert_eq!(f[0].date.as_deref(), Some("PAST_REF"));
    assert_eq!(f[1].date.as_deref(), None);
    let f = fig("Divers recovered 22 more bodies overnight.", "22");
    assert_eq!(f.counts.as_deref(), Some("additional killed"));
    let f = fig("Another 5 people died in hospital.", "5");
    assert_eq!(f.counts.as_deref(), Some("additional killed"));
    let f = fig("Dozens more were missing.", "Dozens");
    assert_eq!(f.counts.as_deref(), Some("missing"));
    let f = fig(
        "At least 41 people were killed, 22 of them in Kolvik.",
        "22",
    );
    assert_eq!(f.counts, None);
    let f = fig(
        "Some 15,000 people were sleeping in temporary shelters.",
        "Some 15,000",
    );
    assert_eq!(f.counts.as_deref(), Some("displaced"));
    let f = fig("One person died and four were hurt.", "One");
    assert_eq!(f.counts.as_deref(), Some("killed"));
}
