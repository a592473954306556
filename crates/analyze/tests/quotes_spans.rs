//! Speaker spans, transcript turns, quote-mark styles and further cue
//! layouts, on invented fixtures.

use parallax_analyze::quotes::extract_quotes;
use parallax_analyze::split_sentences;
use parallax_core::{Quote, QuoteKind};

fn run(text: &str) -> Vec<Quote> {
    let s = split_sentences(text);
    let qs = extract_quotes("t", text, &s);
    for q in &qs {
        assert!(q.evidence.slice(text).is_some(), "bad evidence {q:?}");
    }
    qs
}

fn find<'a>(qs: &'a [Quote], needle: &str) -> &'a Quote {
    qs.iter()
        .find(|q| q.text.contains(needle))
        .unwrap_or_else(|| panic!("no quote containing {needle:?} in {qs:#?}"))
}

fn speaker(q: &Quote) -> &str {
    q.speaker.as_ref().map_or("", |s| s.text.as_str())
}

fn cue(q: &Quote) -> &str {
    q.cue.as_ref().map_or("", |c| c.text.as_str())
}

#[test]
fn party_state_abbreviation_stays_in_the_speaker() {
    let t =
        "\"The reservoir is nearly dry,\" said Rep. Ilse Varga (D-N.M.), head of the water caucus.";
    let qs = run(t);
    let q = find(&qs, "reservoir is nearly dry");
    assert_eq!(
        speaker(q),
        "Rep. Ilse Varga (D-N.M.), head of the water caucus"
    );
    let t = "\"The reservoir is nearly dry,\" Rep. Ilse Varga (D-N.M.) said on Friday.";
    let qs = run(t);
    let q = find(&qs, "reservoir is nearly dry");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "Rep. Ilse Varga (D-N.M.)");
}

#[test]
fn inverted_speaker_keeps_apposition_but_not_relative_which() {
    let t = "The harbour will close for a month, said Tomas Verlaine, president of the Dockworkers Union, which represents harbour staff.";
    let qs = run(t);
    let q = find(&qs, "harbour will close");
    assert_eq!(
        speaker(q),
        "Tomas Verlaine, president of the Dockworkers Union"
    );
    let t = "\"We were never consulted,\" said Mara Quist, a lawyer for the fishermen, who has fought the plan for years.";
    let qs = run(t);
    let q = find(&qs, "never consulted");
    assert_eq!(
        speaker(q),
        "Mara Quist, a lawyer for the fishermen, who has fought the plan for years"
    );
}

#[test]
fn adverbials_around_a_subject_are_not_the_speaker() {
    let qs = run("This week, the harbour master said the port would reopen in May.");
    assert_eq!(
        speaker(find(&qs, "port would reopen")),
        "the harbour master"
    );
    let qs =
        run("Mayor Ida Brandt, at a briefing on Monday, said the bridge was safe for traffic.");
    assert_eq!(speaker(find(&qs, "bridge was safe")), "Mayor Ida Brandt");
    let qs = run("The middle fifth of earners paid 8 percent, the agency said.");
    assert_eq!(speaker(find(&qs, "paid 8 percent")), "the agency");
    // a description before a name in apposition stays
    let qs = run("Harlow's chief engineer, Petra Quell, said the dam would hold through spring.");
    assert_eq!(
        speaker(find(&qs, "dam would hold")),
        "Harlow's chief engineer, Petra Quell"
    );
}

#[test]
fn negated_auxiliary_and_adverbs_before_the_cue() {
    let qs = run("The trustees haven't said whether the fund will survive the winter.");
    assert_eq!(speaker(find(&qs, "whether the fund")), "The trustees");
    let qs = run("Halden Corp is once again questioning the integrity of the harbour audit.");
    let q = find(&qs, "integrity of the harbour audit");
    assert_eq!(cue(q), "questioning");
    assert_eq!(speaker(q), "Halden Corp");
}

#[test]
fn transcript_turns_name_their_speaker() {
    let t = "\"MORROW: We will rebuild the pier before the summer season starts.\n\n\"QUILL: And who is going to pay for all of it, Governor?";
    let qs = run(t);
    let a = find(&qs, "rebuild the pier");
    assert_eq!(a.kind, QuoteKind::Direct);
    assert_eq!(speaker(a), "MORROW");
    assert!(!a.text.contains("MORROW"), "{:?}", a.text);
    let b = find(&qs, "who is going to pay");
    assert_eq!(speaker(b), "QUILL");
}

#[test]
fn a_stray_straight_mark_does_not_join_a_curly_quote() {
    let t = "\"Vera thought the whole affair was absurd and said so to anyone.\n\n“It never crossed my mind that I was wrong,” she said after her release.";
    let qs = run(t);
    let q = find(&qs, "never crossed my mind");
    assert_eq!(speaker(q), "she");
    assert!(!q.text.contains("Vera thought"), "{:?}", q.text);
}

#[test]
fn curly_quotes_nest_inside_a_straight_quotation() {
    let t = "\"He called the plan “a farce” and walked out of the meeting early,\" said Ona Pell.";
    let qs = run(t);
    let q = find(&qs, "walked out of the meeting");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert!(q.text.contains("a farce"));
    assert_eq!(speaker(q), "Ona Pell");
}

#[test]
fn according_to_before_a_quote() {
    let t = "According to Lena Ostrova, “the numbers in this budget do not add up at all.”";
    let qs = run(t);
    let q = find(&qs, "do not add up");
    assert_eq!(speaker(q), "Lena Ostrova");
    assert_eq!(cue(q), "According to");
}

#[test]
fn a_comma_closing_the_quote_hands_it_to_a_long_attribution() {
    let t = "\"We are in a critical situation after the vote,\" Chancellor Anke Domrow told reporters after the long meeting that was held on a river boat.";
    let qs = run(t);
    let q = find(&qs, "critical situation");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "Chancellor Anke Domrow");
}

#[test]
fn a_whole_sentence_after_a_colon_is_direct_not_mixed() {
    let t = "The union described the effect on the workplace: “Our progress has opened the door for women everywhere,” the union wrote.";
    let qs = run(t);
    let q = find(&qs, "opened the door");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "the union");
}

#[test]
fn a_number_may_end_the_speaker_phrase() {
    let t = "Pressed on the plan, the mother of three replied, \"It is meant to help every family in the valley.\"";
    let qs = run(t);
    let q = find(&qs, "meant to help");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "the mother of three");
}

#[test]
fn partitive_subjects_and_catenative_verbs() {
    let qs = run("Small groups of protesters continued to call for an inquiry into the shooting.");
    let q = find(&qs, "inquiry into the shooting");
    assert_eq!(speaker(q), "Small groups of protesters");
    assert!(cue(q).starts_with("call"), "{}", cue(q));
}

#[test]
fn object_with_infinitive_and_pointing_to() {
    let qs = run("Mr. Falk expects them to become much less available over time.");
    assert_eq!(speaker(find(&qs, "less available")), "Mr. Falk");
    let qs = run("The fund pointed to the harbour closure as an example of rising risk.");
    let q = find(&qs, "harbour closure");
    assert_eq!(speaker(q), "The fund");
    assert_eq!(q.kind, QuoteKind::Indirect);
}

#[test]
fn a_second_attribution_after_a_quote() {
    let t = "\"We will appeal this ruling,\" she said, though she noted the court rarely reverses itself.";
    let qs = run(t);
    let q = find(&qs, "court rarely reverses");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(cue(q), "noted");
    assert_eq!(speaker(q), "she");
}

#[test]
fn reduced_passive_is_no_cue() {
    let qs = run("Troops near the border targeted by insurgents retreated to the old fort.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn headline_verbs_and_sources() {
    let qs = run("Port Will Reopen by Spring, Harbour Master Says.\n\nThe port closed in May.");
    let q = find(&qs, "Port Will Reopen");
    assert_eq!(speaker(q), "Harbour Master");
    assert_eq!(cue(q), "Says");
    let qs =
        run("Lind: Tolvan Bridge Will Close for Repairs by Spring.\n\nThe bridge opened in 1970.");
    let q = find(&qs, "Tolvan Bridge Will Close");
    assert_eq!(speaker(q), "Lind");
    assert!(!q.text.contains("Lind"), "{:?}", q.text);
    // a capitalised verb in ordinary prose stays a name or title word
    let qs = run("The Says family owns the mill.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn a_colon_introduces_an_unmarked_block_quotation() {
    let t = "The governor added:\n\nIt is typical of the mayor. She knows nothing about the harbour.\n\nLater that day, officials met.";
    let qs = run(t);
    let q = find(&qs, "typical of the mayor");
    assert_eq!(speaker(q), "The governor");
    assert!(q.text.contains("knows nothing"));
    assert!(!q.text.contains("officials met"));
}

#[test]
fn as_clauses_attribute_their_sentence() {
    let qs = run("The rules were harsh on new applicants, as a Homeland Security memo put it.");
    let q = find(&qs, "rules were harsh");
    assert_eq!(speaker(q), "a Homeland Security memo");
    let qs = run("As many tax experts, including Ada Wren, have pointed out, the mayor is free to publish his returns.");
    let q = find(&qs, "free to publish");
    assert_eq!(speaker(q), "many tax experts, including Ada Wren");
    assert!(!q.text.contains("pointed"), "{:?}", q.text);
}

#[test]
fn leading_adverbials_are_not_statements() {
    let qs = run("In her 2003 book, Mara Quist noted the clinic's long waiting lists.");
    assert!(!qs.iter().any(|q| q.text == "In her 2003 book"), "{qs:#?}");
    let qs = run("Doe this week said the harbour would stay closed until May.");
    assert_eq!(speaker(find(&qs, "harbour would stay closed")), "Doe");
}

#[test]
fn relative_clause_attributions_and_dated_subjects() {
    let qs =
        run("Vell attacked rival bidders for taking donations, which he said were tied to favors.");
    let q = find(&qs, "were tied to favors");
    assert_eq!(speaker(q), "he");
    assert_eq!(cue(q), "said");
    let t = "\"The port is safe and open for business,\" Maren Tolk on Tuesday said.";
    let qs = run(t);
    assert_eq!(speaker(find(&qs, "port is safe")), "Maren Tolk");
}

#[test]
fn a_quotation_split_by_attribution_and_a_participle_stays_one() {
    let t = "“You can’t plan a harbour if you don’t know its past,” Vanna Roe said, emphasizing why the old charts matter. “What we need is a survey of the whole bay.”";
    let qs = run(t);
    let q = find(&qs, "plan a harbour");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert!(q.text.contains("survey of the whole bay"), "{:?}", q.text);
    assert_eq!(speaker(q), "Vanna Roe");
    // a second statement inside the speaker's apposition is not split off
    let t = "\"These are strange days,\" said Piet Moll, a lawyer for the growers, who has been challenging the mill for years. \"I doubt the plan will work.\"";
    let qs = run(t);
    assert!(
        !qs.iter().any(|q| q.text.starts_with("the mill")),
        "{qs:#?}"
    );
    assert!(find(&qs, "strange days").text.contains("I doubt"));
}

#[test]
fn an_attribution_before_a_mixed_quote_in_one_sentence_is_its_own() {
    let t = "Orvish Labour Minister Henrik Dalgaard told reporters that the government \
             was ready to discuss wages, but he added that it would not negotiate \
             \"under pressure\".";
    let qs = run(t);
    let first = find(&qs, "ready to discuss wages");
    assert_eq!(first.kind, QuoteKind::Indirect);
    assert_eq!(speaker(first), "Orvish Labour Minister Henrik Dalgaard");
    assert!(!first.text.contains("he added"), "{first:?}");
    let second = find(&qs, "under pressure");
    assert_eq!(second.kind, QuoteKind::Mixed);
    assert_eq!(cue(second), "added");
    assert_eq!(
        second.speaker.as_ref().and_then(|s| s.name.as_deref()),
        Some("Henrik Dalgaard")
    );
}
