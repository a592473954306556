//! Statement groups on invented fixtures: a fisheries dispute in the
//! invented country of Velmora, reported by invented outlets.

use parallax_core::{Evidence, Quote, QuoteGroup, QuoteKind, Speaker};
use parallax_link::statements::{
    group_statements, group_statements_with, statement_similarity, StatementConfig,
    StatementContext,
};

fn quote(id: &str, article: &str, kind: QuoteKind, speaker: Option<&str>, text: &str) -> Quote {
    let start = id
        .rsplit('q')
        .next()
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0)
        * 100;
    Quote {
        id: id.to_string(),
        article: article.to_string(),
        kind,
        text: text.to_string(),
        evidence: Evidence {
            article: article.to_string(),
            start,
            end: start + text.len(),
        },
        speaker: speaker.map(|s| Speaker {
            text: s.to_string(),
            evidence: Evidence {
                article: article.to_string(),
                start: 0,
                end: s.len(),
            },
            entity: None,
            name: Some(s.to_string()),
        }),
        cue: None,
        date: None,
    }
}

fn article(id: &str, story: &str, outlet: Option<&str>, date: &str) -> StatementContext {
    StatementContext {
        article: id.to_string(),
        story: Some(story.to_string()),
        outlet: outlet.map(str::to_string),
        published: Some(date.to_string()),
        duplicate_of: None,
        sentences: Vec::new(),
    }
}

fn group_of<'a>(groups: &'a [QuoteGroup], quote: &str) -> &'a QuoteGroup {
    let found = groups.iter().find(|g| g.quotes.iter().any(|q| q == quote));
    match found {
        Some(g) => g,
        None => panic!("{quote} is in no group"),
    }
}

fn together(groups: &[QuoteGroup], a: &str, b: &str) -> bool {
    group_of(groups, a).id == group_of(groups, b).id
}

fn each_quote_once(groups: &[QuoteGroup], quotes: &[Quote]) {
    let mut seen: Vec<&str> = groups
        .iter()
        .flat_map(|g| g.quotes.iter().map(String::as_str))
        .collect();
    seen.sort_unstable();
    let mut want: Vec<&str> = quotes.iter().map(|q| q.id.as_str()).collect();
    want.sort_unstable();
    assert_eq!(seen, want, "every quote in exactly one group");
}

const KOVALENKO_A: &str = "Dmitri Kovalenko";
const KOVALENKO_B: &str = "Dmitry Kovalenko";

fn articles() -> Vec<StatementContext> {
    vec![
        article("hg", "fish", Some("Harbour Gazette"), "2026-05-02"),
        article("nw", "fish", Some("Northern Wire"), "2026-05-03"),
        article("dc", "fish", Some("Daily Courier"), "2026-05-03"),
        article("ct", "fish", Some("Coast Times"), "2026-05-04"),
    ]
}

/// The minister's statement in two English translations, plus another
/// statement of his in both articles.
fn translations() -> Vec<Quote> {
    vec![
        quote(
            "hg-q1",
            "hg",
            QuoteKind::Direct,
            Some(KOVALENKO_A),
            "Our fishermen will not leave these waters, whatever the commission decides. \
             The sea has fed our families for three hundred years.",
        ),
        quote(
            "hg-q2",
            "hg",
            QuoteKind::Direct,
            Some("Kovalenko"),
            "We have asked the commission for a new survey of the cod stocks before any \
             quota is set.",
        ),
        quote(
            "nw-q1",
            "nw",
            QuoteKind::Direct,
            Some(KOVALENKO_B),
            "Our fishing crews shall never abandon these waters, no matter what the \
             commission rules. For three centuries this sea has fed our families.",
        ),
        quote(
            "nw-q2",
            "nw",
            QuoteKind::Direct,
            Some("Kovalenko"),
            "Before anyone sets a quota, we want the commission to count the cod stocks \
             again.",
        ),
    ]
}

#[test]
fn two_translations_by_a_transliterated_name_are_one_statement() {
    let quotes = translations();
    let groups = group_statements(&quotes, &articles());
    each_quote_once(&groups, &quotes);
    assert!(together(&groups, "hg-q1", "nw-q1"));
    let g = group_of(&groups, "hg-q1");
    assert_eq!(g.outlets, vec!["Harbour Gazette", "Northern Wire"]);
    assert_eq!(g.first, "hg-q1");
    assert_eq!(g.story.as_deref(), Some("fish"));
    let name = g.speaker_name.as_deref().unwrap_or("");
    assert!(name == KOVALENKO_A || name == KOVALENKO_B, "{name}");
}

#[test]
fn two_statements_by_one_speaker_in_one_story_are_two_groups() {
    let quotes = translations();
    let groups = group_statements(&quotes, &articles());
    assert!(together(&groups, "hg-q2", "nw-q2"));
    assert!(!together(&groups, "hg-q1", "hg-q2"));
    assert!(!together(&groups, "nw-q1", "nw-q2"));
    assert_eq!(groups.len(), 2);
}

#[test]
fn an_indirect_report_joins_the_statement() {
    let mut quotes = translations();
    quotes.push(quote(
        "dc-q1",
        "dc",
        QuoteKind::Indirect,
        Some("Dmitri Kovalenko"),
        "that Velmora's fishermen would not leave the disputed waters, whatever the \
         commission decided",
    ));
    let groups = group_statements(&quotes, &articles());
    assert!(together(&groups, "hg-q1", "dc-q1"));
    assert!(together(&groups, "nw-q1", "dc-q1"));
    let g = group_of(&groups, "dc-q1");
    assert_eq!(
        g.outlets,
        vec!["Harbour Gazette", "Northern Wire", "Daily Courier"]
    );
    // The fullest direct wording represents the group.
    assert_eq!(g.representative, "nw-q1");
    assert_eq!(g.text, quotes[2].text);
}

#[test]
fn a_quoted_fragment_joins_the_fuller_quote() {
    let mut quotes = translations();
    quotes.push(quote(
        "dc-q1",
        "dc",
        QuoteKind::Mixed,
        Some("Kovalenko"),
        "that the fleet would \"not leave these waters\" while talks went on",
    ));
    quotes.push(quote(
        "ct-q1",
        "ct",
        QuoteKind::Direct,
        Some("Kovalenko"),
        "The sea has fed our families for three hundred years.",
    ));
    let groups = group_statements(&quotes, &articles());
    assert!(together(&groups, "hg-q1", "dc-q1"));
    assert!(together(&groups, "hg-q1", "ct-q1"));
    assert_eq!(group_of(&groups, "ct-q1").quotes.len(), 4);
}

#[test]
fn the_same_words_by_two_speakers_are_two_statements() {
    let quotes = vec![
        quote(
            "hg-q1",
            "hg",
            QuoteKind::Direct,
            Some("Anna Berg"),
            "The harbour will stay closed until the inspectors have finished their work.",
        ),
        quote(
            "nw-q1",
            "nw",
            QuoteKind::Direct,
            Some("Erik Berg"),
            "The harbour will stay closed until the inspectors have finished their work.",
        ),
        quote(
            "dc-q1",
            "dc",
            QuoteKind::Direct,
            Some("Lena Ostrova"),
            "The harbour will stay closed until the inspectors have finished their work.",
        ),
        quote(
            "ct-q1",
            "ct",
            QuoteKind::Direct,
            Some("A. Berg"),
            "The harbour stays closed until the inspectors have finished.",
        ),
    ];
    let groups = group_statements(&quotes, &articles());
    each_quote_once(&groups, &quotes);
    assert!(!together(&groups, "hg-q1", "nw-q1"));
    assert!(!together(&groups, "hg-q1", "dc-q1"));
    assert!(!together(&groups, "nw-q1", "dc-q1"));
    // An initial matches the given name it starts.
    assert!(together(&groups, "hg-q1", "ct-q1"));
    assert_eq!(groups.len(), 3);
}

#[test]
fn copies_carry_the_statement_and_add_their_outlet() {
    let mut ctx = articles();
    ctx.push(StatementContext {
        article: "copy".into(),
        story: None,
        outlet: Some("Valley Post".into()),
        published: Some("2026-05-05".into()),
        duplicate_of: Some("nw".into()),
        sentences: Vec::new(),
    });
    let mut quotes = translations();
    for q in translations().into_iter().filter(|q| q.article == "nw") {
        let mut c = q.clone();
        c.id = q.id.replace("nw-", "copy-");
        c.article = "copy".into();
        c.evidence.article = "copy".into();
        quotes.push(c);
    }
    // A quote with no named speaker is grouped with its copy only.
    let mut anon = quote(
        "nw-q3",
        "nw",
        QuoteKind::Indirect,
        None,
        "the quota talks would resume in Tromvik next month",
    );
    anon.speaker = Some(Speaker {
        text: "officials".into(),
        evidence: anon.evidence.clone(),
        entity: None,
        name: None,
    });
    let mut anon_copy = anon.clone();
    anon_copy.id = "copy-q3".into();
    anon_copy.article = "copy".into();
    let mut anon_other = anon.clone();
    anon_other.id = "dc-q3".into();
    anon_other.article = "dc".into();
    quotes.extend([anon, anon_copy, anon_other]);

    let groups = group_statements(&quotes, &ctx);
    each_quote_once(&groups, &quotes);
    let g = group_of(&groups, "copy-q1");
    assert!(g.quotes.iter().any(|q| q == "hg-q1"));
    assert!(g.quotes.iter().any(|q| q == "nw-q1"));
    assert_eq!(
        g.outlets,
        vec!["Harbour Gazette", "Northern Wire", "Valley Post"]
    );
    assert_eq!(g.story.as_deref(), Some("fish"));
    assert!(together(&groups, "nw-q2", "copy-q2"));
    assert!(together(&groups, "nw-q3", "copy-q3"));
    assert!(!together(&groups, "nw-q3", "dc-q3"));
}

#[test]
fn one_article_reports_a_statement_once_unless_one_quote_contains_the_other() {
    let quotes = vec![
        quote(
            "hg-q1",
            "hg",
            QuoteKind::Direct,
            Some(KOVALENKO_A),
            "The new patrol boats will be in the harbour by the end of June.",
        ),
        quote(
            "hg-q2",
            "hg",
            QuoteKind::Direct,
            Some(KOVALENKO_A),
            "The new patrol boats will be in the harbour by the end of the season.",
        ),
        quote(
            "hg-q3",
            "hg",
            QuoteKind::Direct,
            Some(KOVALENKO_A),
            "in the harbour by the end of June",
        ),
    ];
    let groups = group_statements(&quotes, &articles());
    assert!(!together(&groups, "hg-q1", "hg-q2"));
    assert!(together(&groups, "hg-q1", "hg-q3"));
}

#[test]
fn a_lede_paraphrasing_the_direct_quote_of_its_article_joins_it() {
    let quotes = vec![
        quote(
            "hg-q1",
            "hg",
            QuoteKind::Indirect,
            Some(KOVALENKO_A),
            "that Velmora's fishermen would not leave these waters whatever the commission \
             decided",
        ),
        quote(
            "hg-q2",
            "hg",
            QuoteKind::Direct,
            Some("Kovalenko"),
            "Our fishermen will not leave these waters, whatever the commission decides. \
             The sea has fed our families for three hundred years.",
        ),
    ];
    let groups = group_statements(&quotes, &articles());
    assert!(together(&groups, "hg-q1", "hg-q2"));
    assert_eq!(group_of(&groups, "hg-q1").representative, "hg-q2");
    let strict = StatementConfig {
        same_article_threshold: None,
        ..StatementConfig::default()
    };
    let groups = group_statements_with(&quotes, &articles(), &strict);
    assert!(!together(&groups, "hg-q1", "hg-q2"));
}

#[test]
fn statements_in_other_stories_never_group() {
    let mut ctx = articles();
    ctx[1].story = Some("elections".into());
    let quotes = translations();
    let groups = group_statements(&quotes, &ctx);
    assert!(!together(&groups, "hg-q1", "nw-q1"));
    assert_eq!(
        group_of(&groups, "nw-q1").story.as_deref(),
        Some("elections")
    );
}

#[test]
fn fields_follow_the_first_report() {
    let mut ctx = articles();
    // The Coast Times report is the earliest; Daily Courier has no outlet.
    ctx[3].published = Some("2026-05-01T08:00:00+02:00".into());
    ctx[2].outlet = None;
    let mut quotes = translations();
    let mut early = quote(
        "ct-q1",
        "ct",
        QuoteKind::Indirect,
        Some(KOVALENKO_B),
        "that Velmora's fishermen would never leave these waters, whatever the commission \
         decides",
    );
    early.date = Some("2026-04-30".into());
    quotes.push(early);
    quotes.push(quote(
        "dc-q1",
        "dc",
        QuoteKind::Mixed,
        Some(KOVALENKO_A),
        "that the fleet would \"not leave these waters\"",
    ));
    let groups = group_statements(&quotes, &ctx);
    let g = group_of(&groups, "hg-q1");
    assert_eq!(g.first, "ct-q1");
    assert_eq!(g.quotes, vec!["ct-q1", "hg-q1", "nw-q1", "dc-q1"]);
    assert_eq!(
        g.outlets,
        vec!["Coast Times", "Harbour Gazette", "Northern Wire", "dc"]
    );
    assert_eq!(g.date.as_deref(), Some("2026-04-30"));
    assert_eq!(groups[0].id, "qg1");
    assert_eq!(groups[0].first, "ct-q1");
}

#[test]
fn output_does_not_depend_on_quote_order() {
    let mut quotes = translations();
    quotes.push(quote(
        "dc-q1",
        "dc",
        QuoteKind::Indirect,
        Some(KOVALENKO_A),
        "that Velmora's fishermen would not leave the disputed waters",
    ));
    quotes.push(quote(
        "ct-q1",
        "ct",
        QuoteKind::Direct,
        Some("Lena Ostrova"),
        "Nobody has asked the harbour towns what they think.",
    ));
    let ctx = articles();
    let expected = group_statements(&quotes, &ctx);
    for rotation in 0..quotes.len() {
        let mut shuffled = quotes.clone();
        shuffled.rotate_left(rotation);
        assert_eq!(group_statements(&shuffled, &ctx), expected);
        shuffled.reverse();
        assert_eq!(group_statements(&shuffled, &ctx), expected);
    }
}

#[test]
fn every_quote_is_a_group_even_alone() {
    let quotes = vec![quote(
        "hg-q1",
        "hg",
        QuoteKind::Direct,
        None,
        "Nobody warned us.",
    )];
    let groups = group_statements(&quotes, &[]);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].quotes, vec!["hg-q1"]);
    assert_eq!(groups[0].outlets, vec!["hg"]);
    assert_eq!(groups[0].story, None);
    assert!(group_statements(&[], &[]).is_empty());
}

#[test]
fn a_stricter_threshold_splits_the_translations() {
    let quotes = translations();
    let strict = StatementConfig {
        threshold: 0.95,
        ..StatementConfig::default()
    };
    let groups = group_statements_with(&quotes, &articles(), &strict);
    assert_eq!(groups.len(), 4);
}

#[test]
fn similarity_sees_synonyms_and_inflections() {
    let same = statement_similarity(
        "The ministry will raise the tariffs on imported grain.",
        "The ministry is raising duties on grain imports.",
    );
    let other = statement_similarity(
        "The ministry will raise the tariffs on imported grain.",
        "Three ferries were cancelled because of the storm.",
    );
    assert!(same > 0.5, "{same}");
    assert!(other < 0.1, "{other}");
}

/// Time for a 50-article story: 500 quotes (10 an article) of 100
/// statements of 20 words by 20 speakers, each report with a fifth of its
/// words swapped; words are drawn from the synonym table so that the
/// lexicon is exercised as on real text. `cargo test --release -p
/// parallax-link --test statements speed -- --ignored --nocapture`.
#[test]
#[ignore = "timing; run in release"]
fn speed_of_a_50_article_story() {
    let vocab: Vec<&str> = include_str!("../data/synonyms.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter(|w| !w.contains('_'))
        .step_by(7)
        .collect();
    let mut seed = 12345u64;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    let speakers = [
        "Anna Berg",
        "Erik Lund",
        "Maria Costa",
        "Ivan Petrov",
        "Lena Ostrova",
        "Pavel Dorn",
        "Ivo Sarkis",
        "Dmitri Kovalenko",
        "Sofia Reyes",
        "Jonas Weber",
        "Amir Haddad",
        "Chen Wei",
        "Kofi Mensah",
        "Yuki Tanaka",
        "Olga Smirnova",
        "Tomas Novak",
        "Fatima Zahra",
        "Lars Nilsson",
        "Priya Raman",
        "Mateo Silva",
    ];
    let one_speaker = std::env::var("ONE_SPEAKER").is_ok();
    let statements: Vec<Vec<&str>> = (0..100)
        .map(|_| (0..20).map(|_| vocab[next(vocab.len())]).collect())
        .collect();
    let ctx: Vec<StatementContext> = (0..50)
        .map(|a| {
            article(
                &format!("a{a}"),
                "big",
                Some(&format!("Outlet {a}")),
                &format!("2026-05-{:02}", 1 + a % 28),
            )
        })
        .collect();
    let mut quotes = Vec::new();
    for a in 0..50 {
        for k in 0..10 {
            let s = next(statements.len());
            let words: Vec<&str> = statements[s]
                .iter()
                .map(|w| {
                    if next(5) == 0 {
                        vocab[next(vocab.len())]
                    } else {
                        w
                    }
                })
                .collect();
            quotes.push(quote(
                &format!("a{a}-q{}", k + 1),
                &format!("a{a}"),
                QuoteKind::Direct,
                Some(if one_speaker {
                    speakers[0]
                } else {
                    speakers[s % speakers.len()]
                }),
                &words.join(" "),
            ));
        }
    }
    let _ = group_statements(&quotes[..1], &ctx);
    let start = std::time::Instant::now();
    let groups = group_statements(&quotes, &ctx);
    let took = start.elapsed();
    println!(
        "{} quotes in 50 articles: {} groups in {:?}",
        quotes.len(),
        groups.len(),
        took
    );
    each_quote_once(&groups, &quotes);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "we",
        "will",
        "not",
        "leave",
        "the",
        "waters",
        "harbour",
        "commission",
        "quota",
        "fishermen",
        "never",
        "abandon",
        "sea",
        "cod",
        "“",
        "”",
        "\"",
        "Ünïcödé",
        "40,000",
        "don't",
        "—",
        "",
    ];
    const SPEAKERS: &[Option<&str>] = &[
        Some("Dmitri Kovalenko"),
        Some("Dmitry Kovalenko"),
        Some("Kovalenko"),
        Some("Anna Berg"),
        Some("the ministry"),
        Some("he"),
        None,
    ];

    fn arb_quote() -> impl Strategy<Value = (usize, usize, usize, Vec<usize>, Option<u8>)> {
        (
            0usize..4,
            0usize..3,
            0usize..SPEAKERS.len(),
            proptest::collection::vec(0usize..WORDS.len(), 0..12),
            proptest::option::of(0u8..3),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn never_panics_covers_every_quote_and_ignores_order(
            specs in proptest::collection::vec(arb_quote(), 0..14),
            rotation in 0usize..14,
        ) {
            let ctx = articles();
            let ids = ["hg", "nw", "dc", "ct"];
            let quotes: Vec<Quote> = specs
                .iter()
                .enumerate()
                .map(|(n, (a, kind, sp, words, date))| {
                    let kind = [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed][*kind];
                    let text: Vec<&str> = words.iter().map(|&w| WORDS[w]).collect();
                    let mut q = quote(
                        &format!("{}-q{}", ids[*a], n + 1),
                        ids[*a],
                        kind,
                        SPEAKERS[*sp],
                        &text.join(" "),
                    );
                    q.date = date.map(|d| format!("2026-05-0{}", d + 1));
                    q
                })
                .collect();
            let groups = group_statements(&quotes, &ctx);
            each_quote_once(&groups, &quotes);
            for g in &groups {
                prop_assert!(g.quotes.contains(&g.representative));
                prop_assert!(g.quotes.contains(&g.first));
                prop_assert!(!g.outlets.is_empty());
            }
            let mut shuffled = quotes.clone();
            if !shuffled.is_empty() {
                let r = rotation % shuffled.len();
                shuffled.rotate_left(r);
            }
            shuffled.reverse();
            prop_assert_eq!(group_statements(&shuffled, &ctx), groups);
        }
    }
}

/// An encoder that knows the meaning of a few texts: each listed text maps
/// to a unit vector along its meaning's axis.
struct Meanings(Vec<(&'static str, usize)>);

impl parallax_link::statements::SentenceEncoder for Meanings {
    fn encode(&self, texts: &[&str]) -> Vec<Option<Vec<f32>>> {
        texts
            .iter()
            .map(|t| {
                let axis = self.0.iter().find(|(x, _)| x == t)?.1;
                let mut v = vec![0.0f32; 4];
                v[axis] = 1.0;
                Some(v)
            })
            .collect()
    }
}

#[test]
fn embeddings_join_wordings_with_no_word_in_common() {
    use parallax_link::statements::group_statements_embedded;
    let a = "I made a mistake, and I apologise to the voters.";
    let b = "I was wrong and I say sorry to the electorate.";
    let c = "The voters will decide in May whether I deserve a second term.";
    let quotes = vec![
        quote("hg-q1", "hg", QuoteKind::Direct, Some(KOVALENKO_A), a),
        quote("nw-q1", "nw", QuoteKind::Direct, Some(KOVALENKO_B), b),
        quote("dc-q1", "dc", QuoteKind::Direct, Some(KOVALENKO_A), c),
    ];
    let ctx = articles();
    let config = StatementConfig::default();
    let lexical = group_statements(&quotes, &ctx);
    assert!(!together(&lexical, "hg-q1", "nw-q1"));

    let enc = Meanings(vec![(a, 0), (b, 0), (c, 1)]);
    let groups = group_statements_embedded(&quotes, &ctx, &config, &enc);
    assert!(together(&groups, "hg-q1", "nw-q1"));
    assert!(!together(&groups, "hg-q1", "dc-q1"));

    // An encoder that knows nothing changes nothing.
    let none = Meanings(Vec::new());
    assert_eq!(
        group_statements_embedded(&quotes, &ctx, &config, &none),
        lexical
    );
    // Embeddings never join what the rules keep apart: other speakers.
    let mut other = quotes.clone();
    if let Some(sp) = other[1].speaker.as_mut() {
        sp.name = Some("Anna Berg".into());
    }
    let groups = group_statements_embedded(&other, &ctx, &config, &enc);
    assert!(!together(&groups, "hg-q1", "nw-q1"));
}

/// One outlet quotes two sentences in one go; another quotes the same
/// statement in two pieces, the second inside indirect speech. The pieces
/// report different sentences of the fuller quote, so all three are one
/// statement, although one article carries two of them.
#[test]
fn a_statement_quoted_in_pieces_joins_the_fuller_quote() {
    let quotes = vec![
        quote(
            "nw-q1",
            "nw",
            QuoteKind::Direct,
            Some(KOVALENKO_B),
            "The commission can count the cod again if it wishes. But we will not \
             sign any quota while foreign trawlers sit inside our twelve-mile line.",
        ),
        quote(
            "dc-q1",
            "dc",
            QuoteKind::Direct,
            Some(KOVALENKO_A),
            "If the commission wants to count the cod again, let it count.",
        ),
        quote(
            "dc-q2",
            "dc",
            QuoteKind::Mixed,
            Some("Kovalenko"),
            "that Velmora would sign no quota \"while foreign trawlers remain inside our \
             twelve-mile line\"",
        ),
        quote(
            "dc-q3",
            "dc",
            QuoteKind::Direct,
            Some("Kovalenko"),
            "Our harbours need new cranes before the winter storms arrive.",
        ),
    ];
    let groups = group_statements(&quotes, &articles());
    each_quote_once(&groups, &quotes);
    assert!(together(&groups, "nw-q1", "dc-q1"));
    assert!(together(&groups, "nw-q1", "dc-q2"));
    // The article's other statement is not part of it.
    assert!(!together(&groups, "nw-q1", "dc-q3"));
    let g = group_of(&groups, "nw-q1");
    assert_eq!(g.outlets, ["Northern Wire", "Daily Courier"]);
}

/// Two quotes of one article that echo the same sentence of a fuller
/// quote elsewhere are not pieces of it: they stay apart.
#[test]
fn two_reports_of_one_sentence_in_one_article_are_not_pieces() {
    let quotes = vec![
        quote(
            "nw-q1",
            "nw",
            QuoteKind::Direct,
            Some(KOVALENKO_B),
            "The new patrol boats will be in the harbour by the end of June. \
             Our crews are already training on them.",
        ),
        quote(
            "dc-q1",
            "dc",
            QuoteKind::Direct,
            Some(KOVALENKO_A),
            "The new patrol boats will be in the harbour by the end of June.",
        ),
        quote(
            "dc-q2",
            "dc",
            QuoteKind::Direct,
            Some(KOVALENKO_A),
            "The patrol boats will reach the harbour by the end of the season.",
        ),
    ];
    let groups = group_statements(&quotes, &articles());
    each_quote_once(&groups, &quotes);
    assert!(together(&groups, "nw-q1", "dc-q1"));
    assert!(!together(&groups, "dc-q1", "dc-q2"));
}

/// Indirect speech reporting two things ("that A and that B"): another
/// outlet's report of A alone is the same statement, although B dilutes
/// the whole-quote overlap.
#[test]
fn a_report_of_one_reported_clause_joins_the_statement() {
    let quotes = vec![
        quote(
            "hg-q1",
            "hg",
            QuoteKind::Mixed,
            Some("Velmora Shipping"),
            "that an inquiry had been launched and that the skipper, who has sailed the \
             route for 15 years, had been \"entirely helpful\"",
        ),
        quote(
            "nw-q1",
            "nw",
            QuoteKind::Indirect,
            Some("Velmora Shipping"),
            "that it had launched an internal inquiry and was assisting the harbour \
             authority",
        ),
    ];
    let groups = group_statements(&quotes, &articles());
    assert!(together(&groups, "hg-q1", "nw-q1"));
}

/// `X told reporters that A, but he added that B`: B alone matches no
/// other outlet's words, but one sentence of one speaker is one report, so
/// B joins the statement its sentence-mate A belongs to. Another speaker's
/// quote in the same sentence does not.
#[test]
fn a_piece_of_one_sentence_follows_its_sentence_mate() {
    let dc_text_len = 400;
    let mut ctx = articles();
    for c in ctx.iter_mut().filter(|c| c.article == "dc") {
        c.sentences = vec![
            parallax_core::Span { start: 0, end: 250 },
            parallax_core::Span {
                start: 250,
                end: dc_text_len,
            },
        ];
    }
    let mut quotes = vec![
        quote(
            "nw-q1",
            "nw",
            QuoteKind::Direct,
            Some(KOVALENKO_B),
            "We are ready to talk about the cod quota. But we will not sign anything \
             with a gunboat in our harbour.",
        ),
        quote(
            "dc-q1",
            "dc",
            QuoteKind::Indirect,
            Some(KOVALENKO_A),
            "that Velmora was ready to talk about the cod quota",
        ),
        quote(
            "dc-q2",
            "dc",
            QuoteKind::Mixed,
            Some("Kovalenko"),
            "that it would not sign \"under duress\"",
        ),
        quote(
            "dc-q3",
            "dc",
            QuoteKind::Indirect,
            Some("Ilse Marwick"),
            "that the talks would fail",
        ),
    ];
    // dc-q1 and dc-q2 in the first sentence, dc-q3 there too
    for (q, at) in quotes.iter_mut().skip(1).zip([10, 120, 200]) {
        q.evidence.start = at;
        q.evidence.end = at + 20;
    }
    let groups = group_statements(&quotes, &ctx);
    each_quote_once(&groups, &quotes);
    assert!(together(&groups, "nw-q1", "dc-q1"));
    assert!(together(&groups, "nw-q1", "dc-q2"));
    assert!(!together(&groups, "nw-q1", "dc-q3"));
    // in two sentences, the second piece stays alone
    quotes[2].evidence.start = 300;
    quotes[2].evidence.end = 320;
    let groups = group_statements(&quotes, &ctx);
    assert!(!together(&groups, "nw-q1", "dc-q2"));
}
