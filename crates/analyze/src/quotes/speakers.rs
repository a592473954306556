//! Speaker phrases around a cue (names with titles and appositions,
//! organisations, nominal descriptions, pronouns), their byte spans, and
//! their resolution to the fullest name in the article.

use super::words::{
    ends_poss, is_ly_adverb, strip_poss, CLAUSE_CONJ, FUNCTION_CAPS, IRREGULAR_PAST, NP_PREPS,
    OPENERS, PLACE_FIRST,
};
use super::{lexicon, Ctx, Kind, Tok};

/// The name a pronoun speaker at byte `at` stands for: the nearest earlier
/// speaker (`history`: offset, name, whether a person) or else name
/// mention of the right kind whose gender (`genders`: name → male) fits.
pub(super) fn resolve_pronoun(
    ctx: &Ctx,
    history: &[(usize, String, bool)],
    genders: &std::collections::HashMap<String, bool>,
    pronoun: &str,
    at: usize,
) -> Option<String> {
    if pronoun == "who" {
        // the relative pronoun refers to the name just before it
        return ctx
            .names
            .iter()
            .rev()
            .find(|n| {
                // (not a capitalised function word opening a sentence: `There
                // are economists who …`)
                n.1 <= at
                    && at - n.1 < 120
                    && !(n.2.len() == 1 && FUNCTION_CAPS.contains(&n.2[0].to_lowercase().as_str()))
            })
            .map(|n| n.2.join(" "));
    }
    if pronoun == "i" {
        // the writer, or a speaker of a quote around it: not resolved
        return None;
    }
    let person = matches!(pronoun, "he" | "she");
    let want = match pronoun {
        "he" => Some(true),
        "she" => Some(false),
        _ => None,
    };
    let agrees = |name: &str| {
        want.is_none()
            || genders
                .get(name)
                .copied()
                .or_else(|| name.split(' ').find_map(lexicon::name_gender))
                .is_none_or(|g| Some(g) == want)
    };
    // nearest previous speaker of the right kind, within reach
    let hist = history
        .iter()
        .rev()
        .find(|h| h.2 == person && at.saturating_sub(h.0) < 1500 && agrees(&h.1));
    // else the nearest preceding name mention of the right kind: a
    // person's name opens with a known given name; an organisation's
    // holds an organisation word or is an acronym
    let org_like = |words: &[String]| {
        words.iter().any(|w| {
            let l = w.to_lowercase();
            lexicon::is_org(&l) || l.len() > 4 && lexicon::is_org(l.trim_end_matches('s'))
        }) || words.len() == 1
            && words[0].len() >= 2
            && words[0].chars().all(|c| c.is_uppercase() || c == '.')
    };
    let mention = ctx
        .names
        .iter()
        .rev()
        .filter(|n| n.1 <= at && at - n.1 < 3000)
        .find(|n| {
            let nm = n.2.join(" ");
            if person {
                n.2.len() >= 2
                    && Ctx::person_like(&nm)
                    && (n.2
                        .first()
                        .is_some_and(|f| lexicon::name_gender(&f.to_lowercase()).is_some())
                        // the surname stands alone elsewhere: `… Strelnik said`
                        || ctx.names.iter().any(|m| m.2.len() == 1 && m.2.last() == n.2.last())
                        // a title before it: `Mayor Delphine Arkwright`
                        || {
                            let k = ctx.tok_range(n.0, n.1).0;
                            k > 0 && lexicon::is_title(ctx.toks[k - 1].lower.trim_end_matches('.'))
                        }
                        // or a name not used as a place: not after `in`,
                        // `from`…, not opening with `New`, `North`…
                        || {
                            let k = ctx.tok_range(n.0, n.1).0;
                            let first = n.2.first().map(|f| f.to_lowercase()).unwrap_or_default();
                            (k == 0
                                || !matches!(
                                    ctx.toks[k - 1].lower.as_str(),
                                    "in" | "at" | "from" | "to" | "near" | "of" | "across"
                                ))
                                && !PLACE_FIRST.contains(&first.as_str())
                        })
                    && agrees(&nm)
            } else {
                org_like(&n.2)
            }
        });
    // a subject or apposition named after the last speaker, close by,
    // wins over that speaker: `The governor, Yevgeny Strelnik, held a
    // briefing. He said …`
    let mention = mention.filter(|n| {
        let k = ctx.tok_range(n.0, n.1).0;
        let subject_like = k == 0
            || ctx.sentence_initial(k)
            || ctx.toks[k - 1].lower == ","
            || lexicon::is_title(ctx.toks[k - 1].lower.trim_end_matches('.'));
        match hist {
            Some(h) => subject_like && n.0 > h.0 && at - n.1 < 400,
            None => true,
        }
    });
    match (hist, mention) {
        (_, Some(n)) => {
            let surname = n.2.last().cloned().unwrap_or_default();
            Some(
                ctx.names
                    .iter()
                    .filter(|m| m.2.last() == Some(&surname) && m.2.len() <= 4)
                    .max_by_key(|m| m.2.len())
                    .map_or_else(|| n.2.join(" "), |m| m.2.join(" ")),
            )
        }
        (Some(h), None) => Some(h.1.clone()),
        (None, None) => None,
    }
}

impl Ctx<'_> {
    /// The noun phrase starting at token `from`: all of `from..stop` when
    /// it is one, else the one [`Ctx::right_np`] reads up to `hi`.
    pub(super) fn np_then(&self, from: usize, stop: usize, hi: usize) -> Option<(usize, usize)> {
        if self.np_like(from, stop) {
            Some((from, stop))
        } else {
            self.right_np(from, hi)
        }
    }

    /// Subject noun phrase ending just before token `i` (skipping
    /// auxiliaries/adverbs), within [lo, i).
    pub(super) fn left_np(&self, lo: usize, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j > lo && self.between(j - 1) {
            j -= 1;
        }
        if j <= lo {
            return None;
        }
        let mut end = j; // exclusive
                         // a parenthesis right before the verb: `Sen. Jane Doe (D-Wash.) said`
        if self.toks[end - 1].lower == ")" {
            let mut k = end - 1;
            while k > lo && self.toks[k].lower != "(" && end - k < 12 {
                k -= 1;
            }
            if self.toks[k].lower == "(" && k > lo {
                return self.left_np_plain(lo, k).map(|np| (np.0, end));
            }
            return None;
        }
        let last = &self.toks[end - 1];
        if last.kind == Kind::Punct && last.lower == "," {
            // apposition(s): NAME, a spokesman for X, one of Y, said
            let mut k = end - 1;
            let mut best = None;
            while k > lo && end - k < 32 {
                k -= 1;
                let t = &self.toks[k];
                if t.kind == Kind::Mark
                    || matches!(
                        t.lower.as_str(),
                        "." | ";" | ":" | "!" | "?" | "said" | "says"
                    )
                {
                    break;
                }
                if t.lower == "," {
                    if let Some(np) = self.left_np_plain(lo, k) {
                        let starts_clause = np.0 == lo
                            || matches!(self.toks[np.0 - 1].lower.as_str(), "," | "(" | "—" | "–")
                            || self.toks[np.0 - 1].kind == Kind::Mark;
                        if self.toks[np.0..np.1].iter().any(|t| t.cap) && starts_clause {
                            // keep the leftmost: the name opens the chain
                            best = Some((np.0, end - 1));
                        }
                    }
                }
            }
            return best;
        }
        end = j;
        self.left_np_plain(lo, end)
    }

    pub(super) fn left_np_plain(&self, lo: usize, end: usize) -> Option<(usize, usize)> {
        if end <= lo {
            return None;
        }
        let last = &self.toks[end - 1];
        if last.kind != Kind::Word {
            return None;
        }
        if lexicon::PRONOUNS.contains(&last.lower.as_str()) || last.lower == "who" {
            return Some((end - 1, end));
        }
        if lexicon::is_stop(&last.lower) && !last.cap {
            return None;
        }
        let mut k = end - 1;
        let mut lowers = 0;
        let mut anchored = last.cap || lexicon::is_bare_head(&last.lower);
        let mut n = 1;
        while k > lo && n < 9 {
            let t = &self.toks[k - 1];
            if t.kind != Kind::Word {
                break;
            }
            let l = t.lower.as_str();
            if lexicon::is_det(l) {
                k -= 1;
                anchored = true;
                break;
            }
            if matches!(l, "of" | "for" | "at" | "in" | "from") {
                // only inside a name-like phrase: "spokesman for the State
                // Department", or a part of a group: "small groups of
                // protesters", "52 percent of voters"
                let right = &self.toks[k];
                let partitive = l == "of"
                    && k >= 2
                    && self.toks[k - 2].kind == Kind::Word
                    && !self.toks[k - 2].cap
                    && !lexicon::is_stop(&self.toks[k - 2].lower)
                    && !lexicon::is_verb(&self.toks[k - 2].lower)
                    && (self.toks[k - 2].lower.ends_with('s')
                        || matches!(
                            self.toks[k - 2].lower.as_str(),
                            "percent"
                                | "chorus"
                                | "group"
                                | "majority"
                                | "minority"
                                | "handful"
                                | "dozen"
                                | "number"
                                | "host"
                                | "coalition"
                                | "team"
                                | "panel"
                                | "board"
                                | "council"
                                | "committee"
                                | "one"
                                | "some"
                                | "many"
                                | "most"
                                | "all"
                                | "none"
                                | "each"
                                | "several"
                        ));
                if right.cap || lexicon::is_det(&right.lower) || partitive {
                    k -= 1;
                    n += 1;
                    continue;
                }
                break;
            }
            if l == "and" && k >= 2 {
                // coordinated speakers: `Mr. Grassley and Mr. Leahy`
                let right = &self.toks[k];
                let left = &self.toks[k - 2];
                let nominal = |t: &Tok| {
                    t.kind == Kind::Word
                        && (t.cap || lexicon::is_bare_head(&t.lower))
                        && !lexicon::is_stop(&t.lower)
                };
                if (nominal(right) || lexicon::is_det(&right.lower)) && nominal(left) {
                    k -= 1;
                    n += 1;
                    continue;
                }
                break;
            }
            if lexicon::is_stop(l) || lexicon::PRONOUNS.contains(&l) {
                break;
            }
            if t.cap {
                if FUNCTION_CAPS.contains(&l) && self.sentence_initial(k - 1) {
                    break;
                }
                anchored = true;
            } else {
                if lexicon::is_verb(l) || l.ends_with("ed") && l.len() > 4 {
                    break;
                }
                lowers += 1;
                if lowers > 3 {
                    return None;
                }
                if ends_poss(l) {
                    anchored = true;
                }
            }
            k -= 1;
            n += 1;
        }
        // strip a leading preposition
        while k < end
            && matches!(
                self.toks[k].lower.as_str(),
                "of" | "for" | "at" | "in" | "from"
            )
        {
            k += 1;
        }
        if k >= end || !anchored {
            return None;
        }
        // sentence-initial capitalised function word alone
        if end - k == 1 && FUNCTION_CAPS.contains(&self.toks[k].lower.as_str()) {
            return None;
        }
        Some((k, end))
    }

    /// Is token range [a, b) a plausible speaker phrase: a name with
    /// titles, affiliations and appositions, an organisation, a nominal
    /// description (`Experts on North Korea and nuclear nonproliferation`,
    /// `one of the family's attorneys, Justin Bamberg`), or a personal
    /// pronoun alone? No finite verb, clause word or quote mark inside.
    pub(super) fn np_like(&self, a: usize, b: usize) -> bool {
        if b <= a || b - a > 24 || b > self.toks.len() {
            return false;
        }
        let toks = &self.toks[a..b];
        let first = &toks[0];
        if b - a == 1 && first.kind == Kind::Word {
            let l = first.lower.as_str();
            if lexicon::PRONOUNS.contains(&l) {
                return l != "it";
            }
        }
        if first.kind != Kind::Word
            || NP_PREPS.contains(&first.lower.as_str())
            || lexicon::is_stop(&first.lower)
            || lexicon::PRONOUNS.contains(&first.lower.as_str())
            || first.cap
                && FUNCTION_CAPS.contains(&first.lower.as_str())
                && !lexicon::is_det(&first.lower)
        {
            return false;
        }
        let last = &toks[toks.len() - 1];
        // `the mother of three`: a number after `of` ends a description
        let of_number = toks.len() >= 3
            && toks[toks.len() - 2].lower == "of"
            && matches!(
                last.lower.as_str(),
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            );
        if !(last.kind == Kind::Word || last.lower == ")")
            || last.kind == Kind::Word
                && !last.cap
                && !of_number
                && (lexicon::is_det(&last.lower)
                    || NP_PREPS.contains(&last.lower.as_str())
                    || lexicon::is_stop(&last.lower)
                    || is_ly_adverb(&last.lower))
        {
            return false;
        }
        // a plural common noun heads a clause-opening phrase:
        // `environmentalists worry`, `Republican lawmakers say`
        let mut anchored = last.kind == Kind::Word
            && !last.cap
            && last.lower.len() > 4
            && last.lower.ends_with('s')
            && !last.lower.ends_with("ss")
            && !last.lower.ends_with("ous")
            && !ends_poss(&last.lower)
            && !lexicon::is_verb(&last.lower);
        let mut lowers = 0;
        for (k, t) in toks.iter().enumerate() {
            match t.kind {
                Kind::Mark => return false,
                Kind::Punct => {
                    if !matches!(
                        t.lower.as_str(),
                        "," | "(" | ")" | "-" | "—" | "–" | "&" | "/"
                    ) {
                        return false;
                    }
                }
                Kind::Word => {
                    let l = t.lower.as_str();
                    if t.cap {
                        if k > 0 || !FUNCTION_CAPS.contains(&l) || lexicon::is_det(l) {
                            anchored = true;
                        }
                        continue;
                    }
                    if t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                        // a share of a group: `63 percent said`
                        anchored |= self
                            .toks
                            .get(a + k + 1)
                            .is_some_and(|n| matches!(n.lower.as_str(), "percent" | "%"));
                        continue;
                    }
                    if NP_PREPS.contains(&l) || l == "and" {
                        continue;
                    }
                    if lexicon::is_stop(l)
                        || lexicon::PRONOUNS.contains(&l)
                        || lexicon::is_between(l)
                            && !matches!(
                                l,
                                "first"
                                    | "long"
                                    | "last"
                                    | "week"
                                    | "month"
                                    | "year"
                                    | "morning"
                                    | "afternoon"
                                    | "evening"
                                    | "night"
                            )
                    {
                        return false;
                    }
                    if lexicon::is_verb(l)
                        && lexicon::lemma(l) != Some(l)
                        && !l.ends_with("ing")
                        // (a noun after a determiner, even an opening
                        // `The`: `The appeals court`; a verb after a name)
                        && !(l.ends_with('s')
                            && k > 0
                            && (!self.toks[a + k - 1].cap
                                || lexicon::is_det(&self.toks[a + k - 1].lower)))
                    {
                        return false;
                    }
                    if lexicon::is_det(l)
                        || ends_poss(l)
                        || lexicon::is_bare_head(l)
                        || lexicon::is_title(l)
                    {
                        anchored = true;
                    }
                    lowers += 1;
                    if lowers > 12 {
                        return false;
                    }
                }
            }
        }
        anchored
    }

    /// The first token of the sentence's opening clause: past a leading
    /// conjunction or sentence adverb (`But`, `Even`, `Meanwhile,`) and any
    /// punctuation.
    pub(super) fn clause_open(&self, lo: usize, hi: usize) -> usize {
        let mut s = lo;
        while s < hi && self.toks[s].kind != Kind::Word {
            s += 1;
        }
        if s < hi && OPENERS.contains(&self.toks[s].lower.as_str()) {
            s += 1;
            while s < hi && self.toks[s].lower == "," {
                s += 1;
            }
        }
        // a leading adverbial closed by a comma: `During a speech on
        // Monday, Trump …`
        if s < hi
            && matches!(
                self.toks[s].lower.as_str(),
                "during"
                    | "in"
                    | "at"
                    | "on"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "despite"
                    | "with"
                    | "without"
                    | "since"
                    | "as"
                    | "amid"
                    | "following"
                    | "for"
                    | "from"
                    | "asked"
                    | "speaking"
                    | "writing"
            )
        {
            // the comma before a subject-like word, past commas inside the
            // adverbial (`Following a swift, late meeting, the council`)
            let commas = || (s + 1..hi.min(s + 25)).filter(|&k| self.toks[k].lower == ",");
            let before_subject = commas().find(|&k| {
                self.toks.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && (n.cap
                            || lexicon::is_det(&n.lower)
                            || lexicon::PRONOUNS.contains(&n.lower.as_str()))
                })
            });
            if let Some(c) = before_subject.or_else(|| commas().next()) {
                if c + 1 < hi {
                    s = c + 1;
                }
            }
        }
        s
    }

    /// Does the stretch [a, c) end in a head that can open a speaker phrase
    /// (a name, a parenthesis, a speaker noun, a title, a plural noun)?
    fn head_like(&self, a: usize, c: usize) -> bool {
        if c <= a {
            return false;
        }
        let t = &self.toks[c - 1];
        let l = t.lower.as_str();
        t.lower == ")"
            || t.kind == Kind::Word
                && (t.cap
                    || lexicon::is_bare_head(l)
                    || lexicon::is_title(l)
                    || lexicon::PRONOUNS.contains(&l)
                    || l.len() > 3
                        && l.ends_with('s')
                        && !l.ends_with("ss")
                        && !ends_poss(l)
                        && !lexicon::is_verb(l))
    }

    /// The subject before a verb at token `i`: the widest plausible speaker
    /// phrase that opens a clause (the sentence, or the text after a comma,
    /// a dash or a conjunction) and runs up to the verb (auxiliaries and
    /// adverbs between them skipped).
    pub(super) fn clause_subject(&self, lo: usize, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j > lo && self.between(j - 1) {
            j -= 1;
        }
        // the comma closing an apposition, or the second of a pair of
        // dashes around one (`Doe — a lawyer for the union — said`)
        let dash = |k: usize| matches!(self.toks[k].lower.as_str(), "—" | "–");
        if j > lo + 1
            && (self.toks[j - 1].lower == ","
                || dash(j - 1) && (lo..j - 1).filter(|&k| dash(k)).count() == 1)
        {
            j -= 1;
        }
        if j <= lo {
            return None;
        }
        let s0 = self.clause_open(lo, j);
        if s0 < j && self.np_like(s0, j) {
            // `The middle fifth paid 8 percent, the agency said`: a
            // first stretch that is no name or head noun is a clause of
            // its own, and the subject follows its comma
            if let Some(c) = (s0..j).find(|&k| self.toks[k].lower == ",") {
                // (`Apple's chief executive, Tim Cook, said`: a
                // description before a name in apposition stays)
                let name_after = self.toks.get(c + 1).is_some_and(|t| {
                    t.kind == Kind::Word && t.cap && !FUNCTION_CAPS.contains(&t.lower.as_str())
                });
                if !self.head_like(s0, c) && !name_after {
                    let c2 = (c..j)
                        .rev()
                        .find(|&k| self.toks[k].lower == ",")
                        .unwrap_or(c);
                    if c2 + 1 < j && self.np_like(c2 + 1, j) {
                        return Some((c2 + 1, j));
                    }
                }
            }
            return Some((s0, j));
        }
        // `Brian Baker, a longtime adviser … who oversees …, said`: a name,
        // then an apposition of any shape closed by the comma before the verb
        if j < i && self.toks[j].lower == "," {
            if let Some(c1) = (s0 + 1..j).find(|&k| self.toks[k].lower == ",") {
                if j - s0 <= 40
                    && self.np_like(s0, c1)
                    && self.toks[s0..c1].iter().any(|t| t.cap)
                    && !self.toks[c1..j].iter().any(|t| {
                        t.kind == Kind::Mark || matches!(t.lower.as_str(), "." | ";" | ":")
                    })
                {
                    return Some((s0, j));
                }
            }
        }
        let from = j.saturating_sub(24).max(lo);
        for k in from..j {
            let l = self.toks[k].lower.as_str();
            // (`which he said were …`, `what the senators said was …`: the
            // subject of a relative clause)
            let opens = matches!(l, "," | ";" | ":" | "(" | "—" | "–" | "which" | "what")
                || self.toks[k].kind == Kind::Mark
                || CLAUSE_CONJ.contains(&l);
            if opens && k + 1 < j && self.np_like(k + 1, j) {
                // an apposition chain must not start mid-phrase: `…, a
                // spokesman for X,` is fine, `the plan, officials` too
                return Some((k + 1, j));
            }
        }
        None
    }

    /// Does the stretch [lo, c) open with an adverbial (`In her 2003 book`,
    /// `Through a spokesman`, `Unlike the others`) rather than a statement?
    pub(super) fn adverbial_lead(&self, lo: usize, c: usize) -> bool {
        let first = self.toks[lo..c.min(self.toks.len())]
            .iter()
            .find(|t| t.kind == Kind::Word && !OPENERS.contains(&t.lower.as_str()));
        first.is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "through"
                    | "after"
                    | "before"
                    | "with"
                    | "without"
                    | "for"
                    | "from"
                    | "since"
                    | "until"
                    | "unlike"
                    | "like"
                    | "as"
                    | "among"
                    | "despite"
                    | "amid"
                    | "following"
                    | "ahead"
                    | "under"
                    | "upon"
                    | "within"
                    | "throughout"
                    | "against"
                    | "beyond"
                    | "behind"
                    | "when"
                    | "while"
                    | "if"
                    | "because"
                    | "although"
                    | "though"
                    | "by"
            )
        })
    }

    /// The end of an apposition after a speaker name that stops at token
    /// `comma` (`said Jane Doe, a lawyer for the union, who …`), within
    /// [comma, hi): the apposition runs to the sentence end, short of a
    /// relative `which`, a participle (`, adding …`), an adverbial (`, in a
    /// statement`) or a quote. None when no apposition opens there.
    pub(super) fn apposition_end(&self, comma: usize, hi: usize) -> Option<usize> {
        if self.toks.get(comma)?.lower != "," || comma + 1 >= hi {
            return None;
        }
        let first = &self.toks[comma + 1];
        let l = first.lower.as_str();
        // `Jane Doe, who heads …`, `Jane Doe, of the Baptist Church`,
        // `Jane Doe, head of …`, `Jane Doe, now a consultant`
        let relative = matches!(l, "who" | "whose");
        let affiliation = l == "of" && self.toks.get(comma + 2).is_some_and(|t| t.cap);
        // (a role of a few lowercase words before `of`: `executive vice
        // president for policy`)
        let role_of = (comma + 2..(comma + 6).min(hi)).any(|k| {
            self.word(k)
                .is_some_and(|w| matches!(w, "of" | "for" | "at"))
                && self.toks[comma + 1..k].iter().all(|t| {
                    t.kind == Kind::Word
                        && !t.cap
                        && !lexicon::is_stop(&t.lower)
                        && !lexicon::is_verb(&t.lower)
                        && !t.lower.ends_with("ing")
                        && !t.lower.ends_with("ed")
                })
        });
        let role = first.kind == Kind::Word
            && !first.cap
            && (l == "now" || lexicon::is_title(l) || role_of);
        let opens = relative
            || affiliation
            || first.kind == Kind::Word
                && (lexicon::is_det(&first.lower)
                    || first.cap
                    || role
                    || lexicon::is_title(first.lower.trim_end_matches('.'))
                    || lexicon::is_bare_head(&first.lower))
                && !lexicon::is_stop(&first.lower)
                && !NP_PREPS.contains(&first.lower.as_str())
                && !lexicon::is_verb(&first.lower)
                && !first.lower.ends_with("ing");
        if !opens {
            return None;
        }
        let mut end = comma + 1;
        let mut k = comma + 1;
        while k < hi && k - comma < 48 {
            let t = &self.toks[k];
            if t.kind == Kind::Mark || matches!(t.lower.as_str(), "." | ";" | ":" | "!" | "?") {
                break;
            }
            if matches!(t.lower.as_str(), "," | "—" | "–") {
                let stops = self.toks.get(k + 1).is_none_or(|n| {
                    n.kind != Kind::Word
                        || matches!(
                            n.lower.as_str(),
                            "which"
                                | "where"
                                | "when"
                                | "while"
                                | "as"
                                | "and"
                                | "but"
                                | "although"
                                | "though"
                                | "because"
                                | "according"
                                | "after"
                                | "before"
                                | "since"
                                | "if"
                                | "in"
                                | "on"
                                | "at"
                                | "during"
                                | "however"
                        )
                        || !n.cap && n.lower.ends_with("ing")
                        || !n.cap && lexicon::is_verb(&n.lower)
                        || !n.cap && is_ly_adverb(&n.lower)
                });
                if stops {
                    break;
                }
            } else {
                end = k + 1;
            }
            k += 1;
        }
        (end > comma + 1).then_some(end)
    }

    /// Speaker phrase right after token `i` (inverted `said Smith`).
    pub(super) fn right_np(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let mut k = i;
        if k >= hi || self.toks[k].kind != Kind::Word {
            return None;
        }
        let first = self.toks[k].lower.as_str();
        if lexicon::PRONOUNS.contains(&first) && first != "it" {
            return Some((k, k + 1));
        }
        let mut anchored = false;
        if lexicon::is_det(first) {
            anchored = true;
            k += 1;
        }
        let start = i;
        let mut n = 0;
        let mut lowers = 0;
        while k < hi && n < 8 {
            let t = &self.toks[k];
            if t.kind != Kind::Word {
                break;
            }
            let l = t.lower.as_str();
            if matches!(l, "of" | "for" | "at") && k + 1 < hi && self.toks[k + 1].cap {
                k += 1;
                n += 1;
                continue;
            }
            if lexicon::is_stop(l) || matches!(l, "in" | "on" | "at" | "of" | "for" | "with" | "by")
            {
                break;
            }
            if t.cap {
                anchored = true;
            } else {
                // a participle ends the phrase: `an inspection report seen
                // by …`
                if k > start
                    && (lexicon::is_verb(l) && lexicon::lemma(l) != Some(l) && !l.ends_with('s')
                        || l.ends_with("ed") && l.len() > 4)
                {
                    break;
                }
                lowers += 1;
                if lowers > 3 {
                    break;
                }
                if lexicon::is_bare_head(l) {
                    anchored = true;
                }
            }
            k += 1;
            n += 1;
        }
        if k > start && anchored && !(k == start + 1 && lexicon::is_det(first)) {
            Some((start, k))
        } else {
            None
        }
    }

    /// The subject opening a sentence (before token `k`): a pronoun, or
    /// the words up to the end of the first name in its first eight tokens
    /// (`Her campaign manager Jane Doe`).
    pub(super) fn sentence_subject(&self, lo: usize, k: usize) -> Option<(usize, usize)> {
        // the phrase opening the sentence up to its first verb-like word,
        // past a participial phrase before it (`Chastened by the polls,
        // the campaign …`, `Having lost the vote, the crews …`)
        let mut s0 = self.clause_open(lo, k);
        let opener = self.toks[s0].lower.as_str();
        if (opener.ends_with("ing") || opener.ends_with("ed")) && opener.len() > 4 {
            // the comma before a subject-like word: the opener may hold
            // one itself (`Following a swift, late meeting, the council …`)
            let commas = || (s0 + 2..k.min(s0 + 16)).filter(|&j| self.toks[j].lower == ",");
            let before_subject = commas().find(|&j| {
                self.toks.get(j + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && (n.cap
                            || lexicon::is_det(&n.lower)
                            || lexicon::PRONOUNS.contains(&n.lower.as_str()))
                })
            });
            if let Some(c) = before_subject.or_else(|| commas().next()) {
                if c + 1 < k {
                    s0 = c + 1;
                }
            }
        }
        let mut m = s0 + 1;
        while m < k {
            let t = &self.toks[m];
            let l = t.lower.as_str();
            if t.kind != Kind::Word && !matches!(l, "(" | ")" | "-")
                || t.kind == Kind::Word
                    && !t.cap
                    && (lexicon::is_verb(l) && !lexicon::is_bare_head(l)
                        || lexicon::is_between(l)
                        || lexicon::is_stop(l)
                        || l.ends_with("ed") && l.len() > 4
                        || IRREGULAR_PAST.contains(&l))
            {
                break;
            }
            m += 1;
        }
        if m < k {
            let mut j = m;
            while j > s0 && self.between(j - 1) {
                j -= 1;
            }
            if j > s0 && self.np_like(s0, j) {
                // with its apposition closed by a comma: `Jo Doe, her
                // rival, bemoaned …`
                // (up to the comma before the verb: `Jo Doe, a former mayor,
                // poked at …, saying`)
                let e = self.apposition_end(j, k).and_then(|e| {
                    let close = (j + 1..=e).find(|&c| {
                        self.toks.get(c).is_some_and(|t| t.lower == ",")
                            && self.toks.get(c + 1).is_some_and(|n| {
                                n.kind == Kind::Word
                                    && !n.cap
                                    && (n.lower.ends_with("ed") && n.lower.len() > 4
                                        || lexicon::is_verb(&n.lower)
                                        || self.between(c + 1))
                            })
                    })?;
                    let relative = self.toks[j + 1..close]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "who" | "which" | "that"));
                    (!relative).then_some(close)
                });
                return Some((s0, e.unwrap_or(j)));
            }
        }
        let first = self.toks.get(lo)?;
        if first.kind == Kind::Word && lexicon::PRONOUNS.contains(&first.lower.as_str()) {
            return Some((lo, lo + 1));
        }
        if first.kind != Kind::Word
            || FUNCTION_CAPS.contains(&first.lower.as_str()) && !lexicon::is_det(&first.lower)
        {
            return None;
        }
        let lim = self.toks.get((lo + 8).min(k))?.s;
        let name = self.names.iter().find(|n| n.0 >= first.s && n.1 <= lim)?;
        let (_, e) = self.tok_range(first.s, name.1);
        if self.toks[lo..e].iter().any(|t| {
            t.kind != Kind::Word
                || lexicon::is_stop(&t.lower)
                || lexicon::is_verb(&t.lower) && !t.cap
        }) {
            return None;
        }
        Some((lo, e))
    }

    /// Byte span of a speaker phrase, without a leading adverbial closed by
    /// a comma (`This week, the president`, `Citing a poll, Doe`) and
    /// without a trailing comma-led adverbial or participle (`Doe, at
    /// Monday's debate`, `Doe, speaking to a veterans group`, `Doe,
    /// however`); appositions (`Doe, a lawyer for the union`) stay.
    pub(super) fn speaker_span(&self, r: (usize, usize)) -> (usize, usize) {
        let (mut a, mut b) = r;
        let time_word = |w: &str| {
            matches!(
                w,
                "ago"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "today"
                    | "yesterday"
                    | "tonight"
                    | "overall"
                    | "however"
                    | "meanwhile"
                    | "instead"
                    | "still"
                    | "now"
                    | "then"
            ) || lexicon::is_between(w) && w.ends_with("day")
        };
        // a subject right before its verb follows the last comma: what
        // comes before is the tail of an adverbial (`At a rally in Tarn,
        // Ohio, Doe said`, `If anything, experts say`); an apposition
        // before a name closes with a comma (`Her aide, Jo Doe, said`) and a
        // list joins its last item with `and` (`Doe, Roe and Poe said`)
        // a dateline or a capitalised kicker before a dash is no part of
        // the subject: `HARLOW - The wife of …`, `BOARD SPLITS — Doe`
        if let Some(d) = (a + 1..b)
            .rev()
            .find(|&k| matches!(self.toks[k].lower.as_str(), "-" | "--" | "—" | "–" | "―"))
        {
            let shouted = self.toks[a..d]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .all(|t| !self.text[t.s..t.e].chars().any(char::is_lowercase));
            if shouted && d + 1 < b && self.np_like(d + 1, b) {
                a = d + 1;
            }
        }
        let verb_next = self.toks.get(b).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.lower.ends_with("ing")
                && !matches!(t.lower.as_str(), "that" | "who" | "which" | "whose")
        });
        if verb_next {
            if let Some(c) = (a + 1..b).rev().find(|&k| self.toks[k].lower == ",") {
                let rest = &self.toks[c + 1..b];
                let listed = rest
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "and" | "or" | "&" | ")"));
                if !listed && c + 1 < b && self.np_like(c + 1, b) {
                    a = c + 1;
                }
            }
        }
        if let Some(c) = (a..b).find(|&k| self.toks[k].lower == ",") {
            let lead = &self.toks[a..c];
            let adverbial = lead.first().is_some_and(|t| {
                t.kind == Kind::Word
                    && t.lower.ends_with("ing")
                    && self
                        .toks
                        .get(a + 1)
                        .is_some_and(|n| n.kind == Kind::Word && !n.cap)
                    || t.kind == Kind::Word
                        && matches!(
                            t.lower.as_str(),
                            "in" | "on" | "at" | "during" | "after" | "before" | "since" | "for"
                        )
            }) || lead.iter().any(|t| time_word(&t.lower))
                || self.adverbial_lead(a, c);
            if adverbial && c + 1 < b && self.np_like(c + 1, b) {
                a = c + 1;
            }
        }
        if let Some(c) = (a + 1..b).find(|&k| {
            self.toks[k].lower == ","
                && self.toks.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && !n.cap
                        && (matches!(
                            n.lower.as_str(),
                            "in" | "on"
                                | "at"
                                | "during"
                                | "despite"
                                | "after"
                                | "before"
                                | "with"
                                | "however"
                                | "meanwhile"
                                | "though"
                                | "too"
                                | "for"
                        ) || n.lower.ends_with("ing") && n.lower != "including"
                            || is_ly_adverb(&n.lower))
                })
        }) {
            b = c;
        }
        self.span_of((a, b))
    }

    pub(super) fn span_of(&self, r: (usize, usize)) -> (usize, usize) {
        (self.toks[r.0].s, self.toks[r.1 - 1].e)
    }

    /// Canonical name for a capitalised speaker phrase: the fullest name in
    /// the article ending with the same last name word.
    pub(super) fn canonical(&self, s: usize, e: usize) -> Option<String> {
        // an apposition names the speaker before its comma
        let e = self.text[s..e].find([',', '(']).map_or(e, |k| s + k);
        let (a, b) = self.tok_range(s, e);
        // `residents of Kolvets`: a name after a preposition is not the
        // speaker's unless the head speaks for it (`a spokesman for X`)
        if let Some(p) = (a + 1..b).find(|&k| {
            self.toks[k].kind == Kind::Word
                && matches!(
                    self.toks[k].lower.as_str(),
                    "of" | "for" | "at" | "in" | "from" | "with"
                )
        }) {
            // a capital that only opens the sentence does not name
            let initial = self.sentence_initial(a);
            let head_cap = self.toks[a..p].iter().enumerate().any(|(k, t)| {
                t.kind == Kind::Word
                    && t.cap
                    && !(k == 0 && initial && p - a == 1)
                    && !lexicon::is_title(t.lower.trim_end_matches('.'))
                    && !FUNCTION_CAPS.contains(&t.lower.as_str())
            });
            let spokes = self.toks[a..p].iter().any(|t| {
                t.lower.starts_with("spokes")
                    || matches!(t.lower.as_str(), "representative" | "lawyer" | "attorney")
            });
            // a group (`residents of Kolvets`, `officials at the
            // ministry`) is not named by the place or body after it
            let group = self.toks[p - 1].lower.ends_with('s')
                && !self.toks[p - 1].lower.ends_with("ss")
                && (!self.toks[p - 1].cap || p - 1 == a && initial);
            if !head_cap && !spokes && group {
                return None;
            }
        }
        // last capitalised word (the head of a name), stripped of possessive
        let head = self.toks[a..b]
            .iter()
            .rev()
            .find(|t| {
                t.kind == Kind::Word && t.cap && !lexicon::is_title(t.lower.trim_end_matches('.'))
            })
            .or_else(|| {
                self.toks[a..b]
                    .iter()
                    .rev()
                    .find(|t| t.kind == Kind::Word && t.cap)
            })?;
        // the head must be the end of a capitalised run in the speaker
        let surname = strip_poss(&self.text[head.s..head.e]);
        // the run containing head
        let own = self
            .names
            .iter()
            .find(|n| n.0 <= head.s && head.e <= n.1)
            .map(|n| n.2.clone());
        let own = own?;
        if own.last().map(String::as_str) != Some(surname) {
            return Some(own.join(" "));
        }
        let best = self
            .names
            .iter()
            .filter(|n| n.2.last().map(String::as_str) == Some(surname))
            .filter(|n| n.2.len() <= 4)
            .max_by_key(|n| (n.2.len(), std::cmp::Reverse(n.0)))
            .map(|n| n.2.join(" "));
        best.or(Some(own.join(" ")))
    }

    /// Could this name be a person's? No organisation, title or calendar
    /// word, no nationality adjective first; a known given name or two to
    /// four words. A single unknown word is not: a person's first mention
    /// gives the full name, which `canonical` prefers to the surname, so a
    /// name that stays one word is more often a country or a body
    /// ("Karvonia says …; he added" is not about Karvonia).
    pub(super) fn person_like(name: &str) -> bool {
        let words: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
        if words.iter().any(|w| {
            lexicon::is_org(w)
                || w.len() > 4 && lexicon::is_org(w.trim_end_matches('s'))
                || lexicon::is_title(w)
                || lexicon::is_calendar_or_thing(w)
        }) {
            return false;
        }
        let first = words.first().map_or("", String::as_str);
        if lexicon::name_gender(first).is_some() {
            return true;
        }
        if first.ends_with("an") && first.len() > 5
            || first.ends_with("ish")
            || first.ends_with("ese")
        {
            return false;
        }
        (2..=4).contains(&words.len())
    }
}
