//! Behaviour of `split_sentences` on invented news prose, one phenomenon
//! per test, asserting the exact sentence strings.

use parallax_analyze::split_sentences;

fn sents(text: &str) -> Vec<&str> {
    split_sentences(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    assert_eq!(sents(text), expected, "input: {text:?}");
}

// ---- basics ----------------------------------------------------------------

#[test]
fn empty_and_blank_input() {
    check("", &[]);
    check("   ", &[]);
    check("\n\n \n\t\n", &[]);
}

#[test]
fn plain_sentences() {
    check(
        "The council met on Tuesday. It approved the budget. Nobody objected.",
        &[
            "The council met on Tuesday.",
            "It approved the budget.",
            "Nobody objected.",
        ],
    );
}

#[test]
fn spans_are_trimmed() {
    let text = "  \tThe ferry left Port Haldane.   It docked at noon.  ";
    check(
        text,
        &["The ferry left Port Haldane.", "It docked at noon."],
    );
    let spans = split_sentences(text);
    assert_eq!(spans[0].start, 3);
}

#[test]
fn paragraphs_and_single_newlines() {
    check(
        "Floods hit Varnholm\n\nRain fell for six days. Rivers rose\nquickly across the valley.\n\nRescue teams arrived late",
        &[
            "Floods hit Varnholm",
            "Rain fell for six days.",
            "Rivers rose",
            "quickly across the valley.",
            "Rescue teams arrived late",
        ],
    );
}

#[test]
fn crlf_and_unicode_line_separators() {
    check(
        "First line here.\r\nSecond line here\u{2028}Third line\u{2029}Fourth",
        &[
            "First line here.",
            "Second line here",
            "Third line",
            "Fourth",
        ],
    );
}

#[test]
fn headlines_and_labels_without_punctuation() {
    check(
        "Minister Resigns Over Harbour Deal\nBy Lena Marsh\nPhoto: Ardent Wire\nThe minister quit on Monday.",
        &[
            "Minister Resigns Over Harbour Deal",
            "By Lena Marsh",
            "Photo: Ardent Wire",
            "The minister quit on Monday.",
        ],
    );
}

// ---- abbreviations -----------------------------------------------------------

#[test]
fn titles_do_not_end_sentences() {
    check(
        "Mr. Okafor and Mrs. Lind met Ms. Duarte. Dr. Brandvik and Prof. Hale joined them.",
        &[
            "Mr. Okafor and Mrs. Lind met Ms. Duarte.",
            "Dr. Brandvik and Prof. Hale joined them.",
        ],
    );
}

#[test]
fn military_and_political_titles() {
    check(
        "Gen. Tarrow, Lt. Col. Reyes, Sgt. Amadi and Capt. Wolde spoke. Rep. Kessler, Sen. Moravec, Gov. Ilunga and Pres. Santoro replied. Rev. Pell and Hon. Ruth Okoye stayed.",
        &[
            "Gen. Tarrow, Lt. Col. Reyes, Sgt. Amadi and Capt. Wolde spoke.",
            "Rep. Kessler, Sen. Moravec, Gov. Ilunga and Pres. Santoro replied.",
            "Rev. Pell and Hon. Ruth Okoye stayed.",
        ],
    );
}

#[test]
fn name_suffixes_and_saints() {
    check(
        "Aldo Brenner Jr. thanked Carl Brenner Sr. at St. Edwin's church. The choir sang.",
        &[
            "Aldo Brenner Jr. thanked Carl Brenner Sr. at St. Edwin's church.",
            "The choir sang.",
        ],
    );
    check(
        "The prize went to Tobias Wren Jr. He accepted it in person.",
        &[
            "The prize went to Tobias Wren Jr.",
            "He accepted it in person.",
        ],
    );
}

#[test]
fn months() {
    check(
        "The vote moved from Jan. 14 to Feb. 2 and then to Sept. 30. Observers from Aug. 2019 were invited.",
        &[
            "The vote moved from Jan. 14 to Feb. 2 and then to Sept. 30.",
            "Observers from Aug. 2019 were invited.",
        ],
    );
}

#[test]
fn initials() {
    check(
        "The novel by J. R. R. Tolkien was quoted by George W. Bush. Critics laughed.",
        &[
            "The novel by J. R. R. Tolkien was quoted by George W. Bush.",
            "Critics laughed.",
        ],
    );
    check(
        "Editor E. A. Lindqvist signed it.",
        &["Editor E. A. Lindqvist signed it."],
    );
}

#[test]
fn initial_can_end_a_sentence_before_a_starter() {
    check(
        "They chose Plan B. The others objected.",
        &["They chose Plan B.", "The others objected."],
    );
}

#[test]
fn dotted_acronyms_inside_sentences() {
    check(
        "The U.S. State Department, the U.K. Foreign Office and the U.N. Security Council agreed with the E.U. Commission.",
        &["The U.S. State Department, the U.K. Foreign Office and the U.N. Security Council agreed with the E.U. Commission."],
    );
}

#[test]
fn us_can_end_a_sentence() {
    check(
        "The last troops left the U.S. The next day the base closed.",
        &[
            "The last troops left the U.S.",
            "The next day the base closed.",
        ],
    );
    check(
        "Aid came from the U.K. But it was late.",
        &["Aid came from the U.K.", "But it was late."],
    );
}

#[test]
fn acronyms_before_lowercase_and_at_sentence_end() {
    check(
        "She holds a Ph.D. in geology. He moved to Washington, D.C. The move was quiet.",
        &[
            "She holds a Ph.D. in geology.",
            "He moved to Washington, D.C.",
            "The move was quiet.",
        ],
    );
}

#[test]
fn times_am_pm() {
    check(
        "The polls opened at 7 a.m. Tuesday and closed at 8 p.m. The count began at once.",
        &[
            "The polls opened at 7 a.m. Tuesday and closed at 8 p.m.",
            "The count began at once.",
        ],
    );
}

#[test]
fn latin_abbreviations() {
    check(
        "Some ports, e.g. Larvik, stayed open, i.e. Harbour Authority Mara kept them running. Others closed.",
        &[
            "Some ports, e.g. Larvik, stayed open, i.e. Harbour Authority Mara kept them running.",
            "Others closed.",
        ],
    );
}

#[test]
fn etc_decided_by_next_word() {
    check(
        "They sold grain, fish, timber, etc. and prices fell.",
        &["They sold grain, fish, timber, etc. and prices fell."],
    );
    check(
        "They sold grain, fish, timber, etc. Prices fell.",
        &["They sold grain, fish, timber, etc.", "Prices fell."],
    );
}

#[test]
fn number_abbreviation() {
    check(
        "He lives at No. 12 Quay Road. No. The answer was no.",
        &["He lives at No. 12 Quay Road.", "No.", "The answer was no."],
    );
    check(
        "See Vol. 3, Art. 5 and Fig. 2 for details.",
        &["See Vol. 3, Art. 5 and Fig. 2 for details."],
    );
}

#[test]
fn versus_and_approx() {
    check(
        "It was Redhill vs. Carden in the final. Attendance was approx. 40,000 people.",
        &[
            "It was Redhill vs. Carden in the final.",
            "Attendance was approx. 40,000 people.",
        ],
    );
}

#[test]
fn company_suffixes() {
    check(
        "Halvard Inc. Chief Executive Mona Reiss met Brightwater Corp. and Teller Ltd. officials. Kestrel Bros. Co. declined.",
        &[
            "Halvard Inc. Chief Executive Mona Reiss met Brightwater Corp. and Teller Ltd. officials.",
            "Kestrel Bros. Co. declined.",
        ],
    );
    check(
        "The contract went to Ostrava Holdings Inc. The deal closed in May.",
        &[
            "The contract went to Ostrava Holdings Inc.",
            "The deal closed in May.",
        ],
    );
}

#[test]
fn state_abbreviations() {
    check(
        "She grew up in Fresno, Calif., and moved to Tempe, Ariz. Later she lived in Salem, Mass. Her brother stayed.",
        &[
            "She grew up in Fresno, Calif., and moved to Tempe, Ariz.",
            "Later she lived in Salem, Mass.",
            "Her brother stayed.",
        ],
    );
    check(
        "Rep. Dana Whitlow (D-Calif.) said the bill would pass.",
        &["Rep. Dana Whitlow (D-Calif.) said the bill would pass."],
    );
}

#[test]
fn enumerators_at_line_start() {
    check(
        "1. The port reopens.\n2. Fees rise.\nb. Ships queue.",
        &["1. The port reopens.", "2. Fees rise.", "b. Ships queue."],
    );
}

// ---- numbers, URLs -----------------------------------------------------------

#[test]
fn decimals_and_percentages() {
    check(
        "Inflation rose 3.5 percent to 85%. The fund paid 1,000.50 euros. Growth hit 0.7.",
        &[
            "Inflation rose 3.5 percent to 85%.",
            "The fund paid 1,000.50 euros.",
            "Growth hit 0.7.",
        ],
    );
}

#[test]
fn versions_sections_and_times() {
    check(
        "Version v2.0 follows section 4.2.1 of the rules. The meeting starts at 10.30 sharp.",
        &[
            "Version v2.0 follows section 4.2.1 of the rules.",
            "The meeting starts at 10.30 sharp.",
        ],
    );
}

#[test]
fn sentence_ending_with_a_number() {
    check(
        "The final score was 3. The coach resigned.",
        &["The final score was 3.", "The coach resigned."],
    );
}

#[test]
fn urls_and_emails() {
    check(
        "Read more at www.harbourwatch.org/report.html or example.com. Write to desk@northgate-ledger.net for copies.",
        &[
            "Read more at www.harbourwatch.org/report.html or example.com.",
            "Write to desk@northgate-ledger.net for copies.",
        ],
    );
}

#[test]
fn ellipsis_inside_numbers() {
    check(
        "Rows 1...5 were empty. Then rows 6…9 filled.",
        &["Rows 1...5 were empty.", "Then rows 6…9 filled."],
    );
}

// ---- quotes and brackets -----------------------------------------------------

#[test]
fn break_after_closing_quote() {
    check(
        "He said \"stop.\" Then the crowd left.",
        &["He said \"stop.\"", "Then the crowd left."],
    );
}

#[test]
fn no_break_when_speech_tag_follows() {
    check(
        "\"Stop!\" he said. \"Why?\" she asked. \"Enough.\" they shouted.",
        &[
            "\"Stop!\" he said.",
            "\"Why?\" she asked.",
            "\"Enough.\" they shouted.",
        ],
    );
}

#[test]
fn curly_quotes() {
    check(
        "“We will not leave,” said Mara Velinova. “The port is ours.” Her aides nodded. ‘Never again.’ That was the slogan.",
        &[
            "“We will not leave,” said Mara Velinova.",
            "“The port is ours.”",
            "Her aides nodded.",
            "‘Never again.’",
            "That was the slogan.",
        ],
    );
    check("“Why?” she asked.", &["“Why?” she asked."]);
    check(
        "“Stop!” — he shouted. — Nobody moved.",
        &["“Stop!” — he shouted.", "— Nobody moved."],
    );
}

#[test]
fn guillemets_and_low_quotes() {
    check(
        "«Nous restons.» Le maire a parlé. „Wir bleiben.“ Der Bürgermeister schwieg.",
        &[
            "«Nous restons.»",
            "Le maire a parlé.",
            "„Wir bleiben.“",
            "Der Bürgermeister schwieg.",
        ],
    );
    check("«Assez!» cria-t-il.", &["«Assez!» cria-t-il."]);
}

#[test]
fn quote_opening_next_sentence() {
    check(
        "The mayor was blunt. \"We are broke,\" she said.",
        &["The mayor was blunt.", "\"We are broke,\" she said."],
    );
}

#[test]
fn closing_quote_after_abbreviation() {
    check(
        "He works for \"Talvik Inc.\" The firm denied it. She cited the \"U.S.\" line.",
        &[
            "He works for \"Talvik Inc.\"",
            "The firm denied it.",
            "She cited the \"U.S.\" line.",
        ],
    );
}

#[test]
fn closing_bracket_after_period() {
    check(
        "The figures differ (see below.) Next comes the vote.",
        &["The figures differ (see below.)", "Next comes the vote."],
    );
    check(
        "The figures differ (see below.) and the vote waits.",
        &["The figures differ (see below.) and the vote waits."],
    );
}

#[test]
fn whole_sentence_in_parentheses() {
    check(
        "The plan failed. (It was revived later.) Critics were pleased.",
        &[
            "The plan failed.",
            "(It was revived later.)",
            "Critics were pleased.",
        ],
    );
}

#[test]
fn bracketed_insertions() {
    check(
        "\"They themselves [the West] don't want it,\" Oduya said. Aides agreed.",
        &[
            "\"They themselves [the West] don't want it,\" Oduya said.",
            "Aides agreed.",
        ],
    );
    check(
        "The envoy [at the time, Ms. Ferrante] rejected it.",
        &["The envoy [at the time, Ms. Ferrante] rejected it."],
    );
}

#[test]
fn no_break_inside_mid_sentence_brackets() {
    check(
        "The firm (founded by Varga Corp. The Elder in 1950) grew.",
        &["The firm (founded by Varga Corp. The Elder in 1950) grew."],
    );
    check(
        "The report (ch. 4, approx. p. 30) was leaked. Nobody denied it.",
        &[
            "The report (ch. 4, approx. p. 30) was leaked.",
            "Nobody denied it.",
        ],
    );
}

#[test]
fn unclosed_parenthesis_does_not_swallow_the_line() {
    check(
        "Items: a) grain. The port reopened. Ships came (late. Nobody knew why.",
        &[
            "Items: a) grain.",
            "The port reopened.",
            "Ships came (late.",
            "Nobody knew why.",
        ],
    );
}

// ---- ellipses and omission marks ---------------------------------------------

#[test]
fn ellipsis_before_capital_breaks() {
    check(
        "The talks stalled... Then Kessler walked out.",
        &["The talks stalled...", "Then Kessler walked out."],
    );
    check(
        "The talks stalled… Then Kessler walked out.",
        &["The talks stalled…", "Then Kessler walked out."],
    );
}

#[test]
fn ellipsis_before_lowercase_does_not_break() {
    check(
        "\"We will… we will see,\" she said. I think... maybe not.",
        &[
            "\"We will… we will see,\" she said.",
            "I think... maybe not.",
        ],
    );
}

#[test]
fn spaced_ellipsis() {
    check(
        "He paused . . . Then he spoke. She waited . . . and waited.",
        &[
            "He paused . . .",
            "Then he spoke.",
            "She waited . . . and waited.",
        ],
    );
}

#[test]
fn leading_ellipsis_is_not_a_sentence() {
    check(
        "... The rest of the quote was lost.",
        &["... The rest of the quote was lost."],
    );
}

#[test]
fn omission_mark_after_full_stop() {
    check(
        "\"The threat remains. <…> It is unlikely that talks resume soon.\"",
        &[
            "\"The threat remains.",
            "<…> It is unlikely that talks resume soon.\"",
        ],
    );
    check(
        "The threat remains. […] It is real.",
        &["The threat remains.", "[…] It is real."],
    );
}

#[test]
fn omission_mark_mid_quote_lowercase() {
    check(
        "\"The threat [...] remains, and <…> it will grow,\" Okafor said.",
        &["\"The threat [...] remains, and <…> it will grow,\" Okafor said."],
    );
}

#[test]
fn omission_mark_mid_sentence_before_capital() {
    check(
        "\"We reject the plan (…) Our answer is final,\" Lind said.",
        &[
            "\"We reject the plan (…)",
            "Our answer is final,\" Lind said.",
        ],
    );
}

// ---- ! and ? ---------------------------------------------------------------

#[test]
fn exclamation_and_question_marks() {
    check(
        "Is it over? Nobody knows! What now?! Wait!! Really?",
        &[
            "Is it over?",
            "Nobody knows!",
            "What now?!",
            "Wait!!",
            "Really?",
        ],
    );
}

#[test]
fn question_followed_by_lowercase() {
    check(
        "Who pays? asked the mayor. Why? she wondered.",
        &["Who pays? asked the mayor.", "Why? she wondered."],
    );
}

#[test]
fn lowercase_after_full_stop_does_not_break() {
    check(
        "The vote was held in the town hall. and then postponed.",
        &["The vote was held in the town hall. and then postponed."],
    );
}

#[test]
fn punctuation_after_abbreviation_like_period() {
    check(
        "Brightwater Co., Teller Ltd.; and Halvard Inc.: all bid.",
        &["Brightwater Co., Teller Ltd.; and Halvard Inc.: all bid."],
    );
}

// ---- other scripts -----------------------------------------------------------

#[test]
fn cjk_terminators() {
    check(
        "港口今天重新开放。船只开始进港！这是真的吗？是的。",
        &[
            "港口今天重新开放。",
            "船只开始进港！",
            "这是真的吗？",
            "是的。",
        ],
    );
    check(
        "他说：“我们不走。”然后离开了。",
        &["他说：“我们不走。”", "然后离开了。"],
    );
}

#[test]
fn japanese_quote_particle() {
    check(
        "「はい。」と彼は言った。会議は終わった。",
        &["「はい。」と彼は言った。", "会議は終わった。"],
    );
}

#[test]
fn cyrillic_capitals() {
    check(
        "Министр прибыл в порт. Он сказал, что переговоры продолжатся. В. В. Орлов промолчал.",
        &[
            "Министр прибыл в порт.",
            "Он сказал, что переговоры продолжатся.",
            "В. В. Орлов промолчал.",
        ],
    );
    check(
        "Переговоры т.е. встреча прошли. «Мы уходим», сказал он.",
        &["Переговоры т.е. встреча прошли.", "«Мы уходим», сказал он."],
    );
}

#[test]
fn cyrillic_lowercase_after_period() {
    check(
        "Это было в 2021 г. в Москве.",
        &["Это было в 2021 г. в Москве."],
    );
}

#[test]
fn caseless_scripts_count_as_capitals() {
    check(
        "The envoy spoke. ראש העיר הגיע. The end.",
        &["The envoy spoke.", "ראש העיר הגיע.", "The end."],
    );
    check("هل انتهى؟ نعم.", &["هل انتهى؟", "نعم."]);
}

#[test]
fn devanagari_danda() {
    check("बंदरगाह खुला। जहाज आए।", &["बंदरगाह खुला।", "जहाज आए।"]);
}

#[test]
fn non_breaking_space_after_period() {
    check(
        "The port closed.\u{a0}The ships left.",
        &["The port closed.", "The ships left."],
    );
}

// ---- a realistic paragraph ---------------------------------------------------

#[test]
fn news_paragraph() {
    let text = "KESTREL BAY, Calif. (Ardent Wire) — Rep. Dana Whitlow (D-Calif.) said on Sept. 3 that the U.S. Coast Guard would send 2.5 times more cutters. \"We will not wait… we cannot,\" she told reporters at 10 a.m. Monday. The plan costs approx. $1.2 billion, i.e. more than last year. It was backed by Gov. Ilunga. Critics, e.g. the Harbour Trust, disagree!\n\nWhat happens next?";
    check(
        text,
        &[
            "KESTREL BAY, Calif. (Ardent Wire) — Rep. Dana Whitlow (D-Calif.) said on Sept. 3 that the U.S. Coast Guard would send 2.5 times more cutters.",
            "\"We will not wait… we cannot,\" she told reporters at 10 a.m. Monday.",
            "The plan costs approx. $1.2 billion, i.e. more than last year.",
            "It was backed by Gov. Ilunga.",
            "Critics, e.g. the Harbour Trust, disagree!",
            "What happens next?",
        ],
    );
}

#[test]
fn pathological_inputs_do_not_panic() {
    for text in [
        ".",
        "...",
        "…",
        "!?!?",
        "。",
        "(",
        ")",
        "[…",
        "<…>",
        "\"",
        "a.",
        ". a",
        "\u{2028}",
        "\r",
        "é.",
        "x\u{E2}",
        "Mr.",
        "U.S.",
        "((((((((((((((((. A",
        "....................................................................... A",
    ] {
        let spans = split_sentences(text);
        for s in &spans {
            assert!(s.start < s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    let long = "Mr. A. B. Okafor met U.S. envoys (see Vol. 3) ".repeat(10_000) + "today.";
    assert_eq!(split_sentences(&long).len(), 1);
}
