//! Quote extraction on invented fixtures, one layout per test.

use parallax_analyze::quotes::extract_quotes;
use parallax_analyze::split_sentences;
use parallax_core::{Quote, QuoteKind};

fn run(text: &str) -> Vec<Quote> {
    let s = split_sentences(text);
    let qs = extract_quotes("t", text, &s);
    for q in &qs {
        // evidence always slices the text
        assert!(q.evidence.slice(text).is_some(), "bad evidence {q:?}");
    }
    qs
}

fn find<'a>(qs: &'a [Quote], needle: &str) -> &'a Quote {
    qs.iter()
        .find(|q| q.text.contains(needle))
        .unwrap_or_else(|| panic!("no quote containing {needle:?} in {qs:#?}"))
}

fn name(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().and_then(|s| s.name.as_deref())
}

#[test]
fn straight_quote_speaker_after() {
    let t = "Talks stalled on Monday.\n\n\"We will not sign this deal,\" said Orla Brennick, the trade envoy of Veltania.";
    let qs = run(t);
    let q = find(&qs, "We will not sign");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(name(q), Some("Orla Brennick"));
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("said"));
}

#[test]
fn curly_guillemets_low_high() {
    for (open, close) in [("“", "”"), ("«", "»"), ("„", "“")] {
        let t = format!("{open}The bridge is safe and will reopen soon,{close} Halvard Mott said.");
        let qs = run(&t);
        let q = find(&qs, "The bridge is safe");
        assert_eq!(q.kind, QuoteKind::Direct, "{open}");
        assert_eq!(name(q), Some("Halvard Mott"));
    }
}

#[test]
fn single_quotes_when_quoting_not_apostrophes() {
    let t = "‘We can’t wait any longer for the ministry,’ Ines Taverley told reporters.";
    let qs = run(t);
    let q = find(&qs, "We can’t wait any longer");
    assert_eq!(name(q), Some("Ines Taverley"));
}

#[test]
fn split_by_attribution_continues_speaker() {
    let t = "Mayor Delphine Arkwright opened the session.\n\n\"The budget is balanced,\" she said. \"Nobody will lose their job this year.\"";
    let qs = run(t);
    let a = find(&qs, "The budget is balanced");
    let b = find(&qs, "Nobody will lose");
    assert_eq!(name(a), Some("Delphine Arkwright"));
    assert_eq!(name(b), Some("Delphine Arkwright"));
}

#[test]
fn quote_spanning_paragraphs() {
    let t = "Kasimir Oduya, the union leader, spoke at the rally.\n\nOduya said: \"We have waited ten years for this contract. The company promised us fair pay.\n\n\"Today we ask for nothing more than that promise kept.\"\n\nThe company did not respond.";
    let qs = run(t);
    let q = find(&qs, "We have waited ten years");
    assert!(q.text.contains("promise kept"), "{q:?}");
    assert_eq!(name(q), Some("Kasimir Oduya"));
}

#[test]
fn unattributed_paragraph_continues_previous_speaker() {
    let t = "\"The river will flood again,\" said hydrologist Pell Varga.\n\n\"We need a new dam before the spring rains arrive in the valley.\"";
    let qs = run(t);
    let q = find(&qs, "We need a new dam");
    assert_eq!(name(q), Some("Pell Varga"));
}

#[test]
fn unbalanced_mark_closed_at_paragraph_end() {
    let t = "Ottilie Brand said: “The vote was rigged from the start and everyone knows it.\n\nThe commission will meet next week.";
    let qs = run(t);
    let q = find(&qs, "The vote was rigged");
    assert!(!q.text.contains("commission"));
    assert_eq!(name(q), Some("Ottilie Brand"));
}

#[test]
fn apposition_and_he_added_across_sentences() {
    let t = "Bram Ostrowski, a spokesman for the Quellin Water Board, said supplies were safe. \"There is no contamination,\" he added.";
    let qs = run(t);
    let ind = find(&qs, "supplies were safe");
    assert_eq!(ind.kind, QuoteKind::Indirect);
    assert_eq!(name(ind), Some("Bram Ostrowski"));
    let d = find(&qs, "There is no contamination");
    assert_eq!(d.speaker.as_ref().map(|s| s.text.as_str()), Some("he"));
    assert_eq!(name(d), Some("Bram Ostrowski"));
}

#[test]
fn colon_and_dash_layouts() {
    let t = "Senator Ruth Calloway-Inge: \"This bill will pass before the summer recess.\"\n\n\"Nobody here trusts the figures anymore.\" — Teodor Lisk";
    let qs = run(t);
    assert_eq!(
        name(find(&qs, "This bill will pass")),
        Some("Ruth Calloway-Inge")
    );
    assert_eq!(name(find(&qs, "Nobody here trusts")), Some("Teodor Lisk"));
}

#[test]
fn indirect_that_clause_told_and_according_to() {
    let t = "The Veltanian government said that the border would remain closed. Ambassador Nils Haverkamp told the Daily Corran that talks had failed. Exports fell by a third last year, according to the Brenmark statistics office.";
    let qs = run(t);
    let a = find(&qs, "border would remain closed");
    assert_eq!(a.kind, QuoteKind::Indirect);
    assert!(a
        .speaker
        .as_ref()
        .is_some_and(|s| s.text.contains("government")));
    let b = find(&qs, "talks had failed");
    assert_eq!(name(b), Some("Nils Haverkamp"));
    let c = find(&qs, "Exports fell");
    assert!(c
        .speaker
        .as_ref()
        .is_some_and(|s| s.text.contains("statistics office")));
}

#[test]
fn indirect_without_that_and_trailing_said() {
    let t = "Finance Minister Aurelia Stanek said the crisis had passed its peak. The harbour will stay shut until March, the port authority said.";
    let qs = run(t);
    assert_eq!(name(find(&qs, "crisis had passed")), Some("Aurelia Stanek"));
    let q = find(&qs, "harbour will stay shut");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert!(q
        .speaker
        .as_ref()
        .is_some_and(|s| s.text == "the port authority"));
}

#[test]
fn warned_of_and_nominal_cue() {
    let t = "The Orvand Kremlin warned of grave consequences for the region. Premier Jonas Felt expressed regret that the talks had collapsed.";
    let qs = run(t);
    assert!(find(&qs, "grave consequences").speaker.is_some());
    let q = find(&qs, "talks had collapsed");
    assert_eq!(name(q), Some("Jonas Felt"));
}

#[test]
fn mixed_quote_fragment() {
    let t = "Councillor Mirela Dunst said the plan was \"a betrayal of every family in this district\" and vowed to fight it.";
    let qs = run(t);
    let q = find(&qs, "betrayal");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(name(q), Some("Mirela Dunst"));
}

#[test]
fn scare_quote_is_not_a_quote() {
    let t = "The so-called \"green corridor\" opened in May for trucks carrying grain.";
    let qs = run(t);
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn canonical_is_fullest_name() {
    let t =
        "Gwendolyn Farr-Abbott won the primary. Later, Farr-Abbott said that the count was fair.";
    let qs = run(t);
    assert_eq!(
        name(find(&qs, "count was fair")),
        Some("Gwendolyn Farr-Abbott")
    );
}

#[test]
fn never_panics_on_odd_input() {
    for t in [
        "",
        "\"",
        "“”",
        "„",
        "«»«",
        "said",
        "\"\n\n\"",
        "‘’’‘",
        "é“ñ”\"x\" said he",
    ] {
        let _ = run(t);
    }
}

#[test]
fn doubled_apostrophes_as_quote_marks() {
    let t = "''There is no money left in the fund,'' Mr. Ostrander said.";
    let qs = run(t);
    let q = find(&qs, "There is no money left");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(name(q), Some("Ostrander"));
}

#[test]
fn titles_in_quotes_are_not_speech() {
    let t = "She appeared on \"Morning With Corran Vale\" on Sunday and talked about gardening.";
    let qs = run(t);
    assert!(qs.iter().all(|q| q.kind != QuoteKind::Direct), "{qs:#?}");
}

#[test]
fn participle_adds_a_second_statement() {
    let t = "Mayor Ilka Brandt criticised the transit plan on Monday, saying that it ignored the suburbs.";
    let qs = run(t);
    let q = find(&qs, "ignored the suburbs");
    assert_eq!(name(q), Some("Ilka Brandt"));
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("saying"));
}

#[test]
fn pronoun_agrees_in_gender() {
    let t = "Robert Achterberg met Maria Kostadinova in Vienna. Achterberg said the talks were useful. She said that nothing had been agreed.";
    let qs = run(t);
    assert_eq!(
        name(find(&qs, "nothing had been agreed")),
        Some("Maria Kostadinova")
    );
}

#[test]
fn multibyte_text_keeps_char_boundaries() {
    let t = "Zoë Ångström-Ñúñez said: «Ça ne change rien à l’accord.» Élodie Brûlé declared that the café would close.";
    let qs = run(t);
    assert!(!qs.is_empty());
    for q in &qs {
        assert!(t.is_char_boundary(q.evidence.start) && t.is_char_boundary(q.evidence.end));
    }
}

fn speaker_text(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().map(|s| s.text.as_str())
}

#[test]
fn trailing_inverted_attribution_with_apposition() {
    let t = "The ferry pier will reopen in May after repairs, said Ilse Marten, a spokeswoman for the port office.";
    let qs = run(t);
    let q = find(&qs, "The ferry pier will reopen");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(name(q), Some("Ilse Marten"));
    assert!(!q.text.contains("said"), "{q:?}");
}

#[test]
fn trailing_attribution_before_subordinate_clause() {
    let t = "Forty homes in the lower town were flooded on Sunday, local officials said, as crews pumped water from the streets.";
    let qs = run(t);
    let q = find(&qs, "Forty homes");
    assert_eq!(speaker_text(q), Some("local officials"));
    assert!(!q.text.contains("crews"), "{q:?}");
}

#[test]
fn trailing_attribution_wins_over_verbs_in_the_content() {
    let t = "The mayor had told the council that she would not resign, but the party overruled her, two aides said.";
    let qs = run(t);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(speaker_text(&qs[0]), Some("two aides"));
}

#[test]
fn long_apposition_between_quote_pieces_keeps_one_quote() {
    let t = "\"The harbour cannot wait another winter,\" said Bertil Ossian, a former pilot who has worked on the estuary for three decades. \"Every storm makes it worse.\"";
    let qs = run(t);
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert!(qs[0].text.contains("Every storm"), "{:?}", qs[0]);
    assert_eq!(name(&qs[0]), Some("Bertil Ossian"));
}

#[test]
fn question_quote_attributed_in_next_sentence() {
    let t = "\"Who will pay for the new locks?\" Marta Quell asked. \"Nobody has told us.\"";
    let qs = run(t);
    let q = find(&qs, "Who will pay");
    assert_eq!(name(q), Some("Marta Quell"));
    assert!(q.text.contains("Nobody has told us"), "{q:?}");
}

#[test]
fn speaker_phrase_with_affiliation_after_quote() {
    let t = "\"It was the least bad outcome,\" Mr. Dorsey of the Riverkeepers Alliance said.";
    let qs = run(t);
    let q = find(&qs, "least bad outcome");
    assert_eq!(
        speaker_text(q),
        Some("Mr. Dorsey of the Riverkeepers Alliance")
    );
}

#[test]
fn cue_phrase_covers_adverbial_before_that() {
    let t = "The minister, Aurel Penn, said in a short statement that the levees would be raised before spring.";
    let qs = run(t);
    let q = find(&qs, "levees");
    assert_eq!(
        q.cue.as_ref().map(|c| c.text.as_str()),
        Some("said in a short statement")
    );
    assert!(q.text.starts_with("that the levees"), "{q:?}");
}

#[test]
fn pronoun_resolves_to_apposition_named_just_before() {
    let t = "\"The pumps failed,\" said Jorun Leck.\n\nThe harbour master, Oskar Vell, spoke on the quay on Monday evening. He said that the pumps had been replaced overnight.";
    let qs = run(t);
    let q = find(&qs, "replaced overnight");
    assert_eq!(name(q), Some("Oskar Vell"));
}

#[test]
fn according_to_source_with_participle() {
    let t = "According to a draft report seen by the Tidewater Gazette, the council plans to close two schools.";
    let qs = run(t);
    let q = find(&qs, "close two schools");
    assert_eq!(speaker_text(q), Some("a draft report"));
    assert!(q.text.starts_with("the council"), "{q:?}");
}

#[test]
fn relative_that_is_not_a_complement() {
    let t = "I do not remember one that ended with so many people refusing to sign.";
    assert!(run(t).is_empty());
}

#[test]
fn coordinated_verb_keeps_the_subject() {
    let t =
        "Mr. Vell praised the crews on Tuesday, and said the harbour would reopen within a week.";
    let qs = run(t);
    let q = find(&qs, "harbour would reopen");
    assert_eq!(name(q), Some("Vell"));
}

#[test]
fn belief_verbs_with_a_clause() {
    let t = "Many economists believe the tariff will raise prices for farmers.";
    let qs = run(t);
    let q = find(&qs, "tariff will raise");
    assert_eq!(speaker_text(q), Some("Many economists"));
}

#[test]
fn participle_cue_after_a_main_statement() {
    let t = "During a speech in the port on Monday, Mayor Elin Brask criticised the ministry for the delays, saying, \"We have waited long enough.\"";
    let qs = run(t);
    let q = find(&qs, "We have waited long enough");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("saying"));
    assert_eq!(name(q), Some("Elin Brask"));
    let m = find(&qs, "the ministry for the delays");
    assert_eq!(m.kind, QuoteKind::Indirect);
}

#[test]
fn stance_with_a_topic() {
    let t = "Several council members have expressed deep concern about the cost of the new bridge.";
    let qs = run(t);
    let q = find(&qs, "the cost of the new bridge");
    assert_eq!(speaker_text(q), Some("Several council members"));
}

#[test]
fn an_interpreter_named_by_according_to_is_not_the_speaker() {
    let t = "Veltanian Trade Minister Ilka Varn said that her country would not pay the levy and that its ports were \"not for hire\", according to the official translation given at the closing press conference.";
    let qs = run(t);
    let q = find(&qs, "would not pay the levy");
    assert_eq!(name(q), Some("Ilka Varn"), "{qs:#?}");
    // no quote makes the translation (or "press" as a verb) a speaker
    assert!(
        qs.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| !s.text.contains("translation"))),
        "{qs:#?}"
    );
}
