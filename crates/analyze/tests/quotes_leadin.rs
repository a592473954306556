//! Speakers of quotes introduced by a reporting sentence of their own, and
//! of `by saying` attributions, on invented fixtures.

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

#[test]
fn quote_after_a_reporting_sentence_goes_to_its_speaker() {
    let t = "\"We will rebuild the bridge,\" Mayor Odile Brandt said on Monday.\n\n\
             Councillor Piet Haaland argued that the budget could not cover it. \
             \"The money is simply not there this year, and everyone on the council knows it.\"";
    let qs = run(t);
    let q = find(&qs, "money is simply not there");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker(q), "Councillor Piet Haaland");
    let first = find(&qs, "rebuild the bridge");
    assert_eq!(speaker(first), "Mayor Odile Brandt");
}

#[test]
fn quote_without_a_lead_in_still_continues_the_previous_speaker() {
    let t = "\"We will rebuild the bridge,\" Mayor Odile Brandt said on Monday.\n\n\
             \"The money is there this year, and the work starts in the spring.\"";
    let qs = run(t);
    let q = find(&qs, "money is there");
    assert_eq!(speaker(q), "Mayor Odile Brandt");
}

#[test]
fn by_saying_takes_the_subject_of_the_main_verb() {
    let t = "Governor Tilde Moen answered a farmer on Tuesday night by saying the drought \
             relief was a \"settled\" matter.";
    let qs = run(t);
    let q = find(&qs, "drought");
    assert_eq!(speaker(q), "Governor Tilde Moen");
}

#[test]
fn by_saying_that_is_an_indirect_report() {
    let t = "Jonas Ek answered the critics by saying that the levy would fall on most families.";
    let qs = run(t);
    let q = find(&qs, "levy would fall");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(speaker(q), "Jonas Ek");
}

#[test]
fn by_with_other_gerunds_is_no_report() {
    let t = "Jonas Ek answered the critics by visiting the flooded farms in the valley.";
    let qs = run(t);
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn inner_cue_after_a_long_adverbial_and_that_reports_the_outer_speaker() {
    let t = "Senator Ruth Aalto said during a Saturday rally in the harbour town that Mayor Lind \
             once called the tunnel \"a gift to the region\" when he ran for office.";
    let qs = run(t);
    let q = find(&qs, "gift to the region");
    assert_eq!(speaker(q), "Senator Ruth Aalto");
}

#[test]
fn inner_cue_after_a_second_verb_of_the_subject_reports_the_subject() {
    let t =
        "Ruth Aalto, the senator from the coast, mourned the flood victims and said he thought \
             that the dykes were a \"very, very weak point\" in the plan.";
    let qs = run(t);
    let q = find(&qs, "weak point");
    assert_eq!(speaker(q), "Ruth Aalto");
}

#[test]
fn participle_after_the_quote_takes_no_speaker_after_it() {
    let t = "Mayor Odile Brandt openly praises the new harbour director as a \"firm hand,\" \
             comparing him favourably to his predecessor.";
    let qs = run(t);
    let q = find(&qs, "firm hand");
    assert_eq!(speaker(q), "Mayor Odile Brandt");
}
