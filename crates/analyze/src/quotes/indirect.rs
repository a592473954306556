//! Indirect speech and other attributions without quote marks: reporting
//! verbs and their clauses, nominal cues (`Doe's claim that`), evidence
//! (`polls show`), trailing attributions (`…, X said.`), participles and
//! two statements in one sentence.

use super::tokens::trim_end_punct;
use super::words::{
    ends_poss, is_aux, is_ly_adverb, ATTITUDES, EVIDENCE, NOT_SPEECH_PHRASAL, NP_PREPS,
    STANCE_NOUNS, TARGET_VERBS, TOPIC_VERBS,
};
use super::{lexicon, Attr, Ctx, Kind};

impl Ctx<'_> {
    /// A trailing attribution after the last comma of a sentence
    /// (`…, sources said.`, `…, a spokesman announced Monday morning.`,
    /// `…, said the ministry.`, `…, The Post has learned.`): speaker, cue
    /// and the token index of that comma.
    pub(super) fn trailing(&self, lo: usize, hi: usize) -> Option<(Attr, usize)> {
        // the sentence end, past closing punctuation
        let mut end = hi;
        while end > lo && self.toks[end - 1].kind != Kind::Word {
            end -= 1;
        }
        // commas from the end: the leftmost that opens an attribution
        // running to the end (`…, said Jeffrey N. Trimble, a senior
        // official with …`) wins
        let mut best = None;
        let mut c = end;
        let mut commas = 0;
        while c > lo + 4 && end - c < 40 && commas < 4 {
            c -= 1;
            let t = &self.toks[c];
            if t.kind == Kind::Mark || matches!(t.lower.as_str(), ";" | ":") {
                break;
            }
            if matches!(t.lower.as_str(), "," | "—" | "–")
                && self.toks.get(c + 1).is_some_and(|n| n.s > t.e)
            {
                commas += 1;
                let a = if self.word(c + 1) == Some("as") {
                    self.trailing_as(c + 2, end)
                } else {
                    self.trailing_at(c + 1, end)
                };
                if let Some(a) = a {
                    best = Some((a, c));
                }
            }
        }
        best
    }

    /// A trailing `…, as X said.` / `…, as X put it.` from token `c` (after
    /// `as`) to the sentence end `end`: the speaker, a reporting verb (or
    /// `put it`) and at most a short adverbial after it.
    fn trailing_as(&self, c: usize, end: usize) -> Option<Attr> {
        let v = (c + 1..end).find(|&k| {
            let t = &self.toks[k];
            t.kind == Kind::Word
                && !t.cap
                && (lexicon::is_verb(&t.lower)
                    || t.lower == "put" && self.word(k + 1) == Some("it"))
        })?;
        let cue_end = if self.toks[v].lower == "put" {
            v + 2
        } else {
            v + 1
        };
        let tail = self.toks[cue_end.min(end)..end]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count();
        let mut j = v;
        while j > c && self.between(j - 1) {
            j -= 1;
        }
        // the comma closing an apposition: `as experts, including Doe, noted`
        if j > c + 1 && self.toks[j - 1].lower == "," {
            j -= 1;
        }
        (tail <= 4 && j > c && self.np_like(c, j)).then_some(Attr {
            speaker: Some((c, j)),
            cue: (v, cue_end),
            content: (0, 0),
        })
    }

    /// A trailing attribution from token `c` (just after a comma) to the
    /// sentence end `end`.
    fn trailing_at(&self, c: usize, end: usize) -> Option<Attr> {
        if c >= end {
            return None;
        }
        // the verb: the first reporting verb after the comma
        let v = (c..end).find(|&k| {
            let t = &self.toks[k];
            t.kind == Kind::Word && !t.cap && lexicon::is_verb(&t.lower)
        })?;
        // a subordinate clause may follow the attribution: `…, officials
        // said, as rescuers searched …`
        let end = (v + 1..end)
            .find(|&k| {
                self.toks[k].lower == ","
                    && self.word(k + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "as" | "while"
                                | "after"
                                | "when"
                                | "before"
                                | "because"
                                | "although"
                                | "though"
                                | "since"
                                | "even"
                                | "despite"
                                | "amid"
                        )
                    })
            })
            .unwrap_or(end);
        let after = self.toks[v + 1..end]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count();
        if v == c {
            // inverted: `, said the ministry`, `, said Jane Doe, a spokeswoman`
            if lexicon::is_weak_verb(&self.toks[v].lower) || self.toks[v].lower.ends_with("ing") {
                return None;
            }
            let comma = (v + 1..end)
                .find(|&k| self.toks[k].lower == ",")
                .unwrap_or(end);
            let apposition = |c: usize| {
                c == end
                    || self.np_like(c + 1, end)
                    || self.apposition_end(c, end).is_some()
                    || end - c <= 30
                        && self.toks.get(c + 1).is_some_and(|t| {
                            t.kind == Kind::Word && (t.cap || lexicon::is_det(&t.lower))
                        })
                        && !self.toks[c..end].iter().any(|t| t.kind == Kind::Mark)
            };
            let np = if self.np_like(v + 1, comma) && apposition(comma) {
                (v + 1, self.apposition_end(comma, end).unwrap_or(comma))
            } else {
                let np = self.right_np(v + 1, end)?;
                let tail = self.toks[np.1..end]
                    .iter()
                    .filter(|t| t.kind == Kind::Word)
                    .count();
                // (`, said the bridge was safe` is a reported clause)
                let adverbial = tail == 0
                    || self.word(np.1).is_some_and(|w| {
                        NP_PREPS.contains(&w)
                            || lexicon::is_between(w) && !is_aux(w)
                            || matches!(
                                w,
                                "during" | "after" | "before" | "late" | "early" | "this"
                            )
                    });
                if tail > 4 || !adverbial || !self.np_like(np.0, np.1) {
                    return None;
                }
                np
            };
            return Some(Attr {
                speaker: Some(np),
                cue: (v, v + 1),
                content: (0, 0),
            });
        }
        if after > 5
            || after > 0 && lexicon::is_weak_verb(&self.toks[v].lower)
            || self.toks[v + 1..end]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "that" | "to" | "," | "and" | "but"))
        {
            return None;
        }
        let mut j = v;
        while j > c && self.between(j - 1) {
            j -= 1;
        }
        if j <= c || !self.np_like(c, j) {
            return None;
        }
        let mut cue_s = j;
        while cue_s < v && !matches!(self.toks[cue_s].lower.as_str(), "has" | "have" | "had") {
            cue_s += 1;
        }
        let cue_s = if cue_s < v { cue_s } else { v };
        Some(Attr {
            speaker: Some((c, j)),
            cue: (cue_s, v + 1),
            content: (0, 0),
        })
    }

    /// Indirect attribution in sentence token range [lo, hi), outside quotes.
    pub(super) fn indirect(
        &self,
        lo: usize,
        hi: usize,
        sent_s: usize,
        sent_e: usize,
    ) -> Option<Attr> {
        let verbal = self
            .indirect_verbal(lo, hi, sent_s, sent_e)
            .map(|a| self.without_passive_subject(a));
        // a passive cue with its agent (`was first reported by The Post`):
        // the agent is the source and the subject the content
        if let Some(a) = verbal.as_ref() {
            if a.speaker.is_none() && self.word(a.cue.1) == Some("by") {
                let agent = self
                    .nominal(lo, hi, sent_s, sent_e)
                    .filter(|n| n.cue.0 <= a.cue.0 && a.cue.1 < n.cue.1);
                if agent.is_some() {
                    return agent;
                }
            }
        }
        verbal
            .or_else(|| {
                self.nominal(lo, hi, sent_s, sent_e)
                    .map(|a| self.without_passive_subject(a))
            })
            .or_else(|| self.seeming(lo, hi, sent_e))
            .or_else(|| self.in_a_poll(lo, hi, sent_e))
    }

    /// Findings set in their source: `In the latest Harbour Times poll,
    /// conducted in May, Lund leads by five points`. The study is the
    /// source and `In` the cue; the clause after the phrase the content.
    fn in_a_poll(&self, lo: usize, hi: usize, sent_e: usize) -> Option<Attr> {
        if self.word(lo) != Some("in") {
            return None;
        }
        let comma = (lo + 2..hi.min(lo + 16)).find(|&k| self.toks[k].lower == ",")?;
        let finding = |t: &super::Tok| {
            !t.cap
                && matches!(
                    t.lower.trim_end_matches('s'),
                    "poll"
                        | "survey"
                        | "study"
                        | "studie"
                        | "analysi"
                        | "report"
                        | "estimate"
                        | "census"
                        | "projection"
                )
        };
        if !self.toks[lo + 1..comma].iter().any(finding) {
            return None;
        }
        // past a participial apposition: `, conducted in May,`
        let mut from = comma + 1;
        if self.word(from).is_some_and(|w| w.ends_with("ed")) {
            from = (from..hi).find(|&k| self.toks[k].lower == ",")? + 1;
        }
        let first = self.toks.get(from).filter(|t| t.kind == Kind::Word)?;
        let ce = trim_end_punct(self.text, first.s, sent_e);
        (self.text[first.s..ce].split_whitespace().count() >= 3).then_some(Attr {
            speaker: Some((lo + 1, comma)),
            cue: (lo, lo + 1),
            content: (first.s, ce),
        })
    }

    /// An impression with no one to hold it: `the plan seems to be
    /// failing`, `From afar, the town can appear to have recovered`. The
    /// content is the subject with the rest of the sentence; there is no
    /// speaker. Only with `to be` or `to have`, as `seemed to capture`
    /// reads as a description more often than as an impression.
    fn seeming(&self, lo: usize, hi: usize, sent_e: usize) -> Option<Attr> {
        for i in lo + 1..hi.saturating_sub(3) {
            if !matches!(
                self.word(i),
                Some("seem" | "seems" | "seemed" | "appear" | "appears" | "appeared")
            ) || self.word(i + 1) != Some("to")
                || !matches!(self.word(i + 2), Some("be" | "have"))
            {
                continue;
            }
            let subject = self.clause_subject(lo, i)?;
            let ce = trim_end_punct(self.text, self.toks[subject.0].s, sent_e);
            return Some(Attr {
                speaker: None,
                cue: (i, i + 1),
                content: (self.toks[subject.0].s, ce),
            });
        }
        None
    }

    /// The subject of a passive cue is its target, not its source: `Doe
    /// was accused of fraud`, `He has been harshly criticized for …` name
    /// no speaker.
    fn without_passive_subject(&self, a: Attr) -> Attr {
        let c = a.cue.0;
        let l = self.toks[c].lower.as_str();
        // an attitude is no passive: `we are convinced this is …`
        let participle = self.toks[c].kind == Kind::Word
            && !ATTITUDES.contains(&l)
            && lexicon::lemma(l).is_some_and(|m| m != l)
            && !l.ends_with("ing")
            && !l.ends_with('s');
        let be = |w: &str| matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being");
        // adverbs between (`was also dubbed`, `has been harshly criticized`)
        let mut j = c;
        while j > 0
            && self.between(j - 1)
            && self
                .word(j - 1)
                .is_some_and(|w| !be(w) && !matches!(w, "has" | "have" | "had"))
        {
            j -= 1;
        }
        let passive = participle && j > 0 && self.word(j - 1).is_some_and(be);
        let before = a.speaker.is_some_and(|s| s.1 <= c);
        if passive && before {
            Attr { speaker: None, ..a }
        } else {
            a
        }
    }

    /// A possessor's nominal cue with a `that` clause: `Trump's claim that
    /// …`, `her warning that …`, `the senators' belief that …`.
    pub(super) fn nominal(
        &self,
        lo: usize,
        hi: usize,
        sent_s: usize,
        sent_e: usize,
    ) -> Option<Attr> {
        let content_end = trim_end_punct(self.text, sent_s, sent_e);
        // passive: `The plan was first reported by The Post`, `has been
        // endorsed by dozens of papers`
        for k in lo + 2..hi.saturating_sub(2) {
            let t = &self.toks[k];
            if t.kind != Kind::Word
                || t.cap
                || !lexicon::is_verb(&t.lower)
                || lexicon::lemma(&t.lower) == Some(t.lower.as_str())
                || t.lower.ends_with("ing")
                || t.lower.ends_with('s')
                || self.word(k + 1) != Some("by")
            {
                continue;
            }
            let be = |w: &str| matches!(w, "was" | "were" | "is" | "are" | "been" | "be");
            // adverbs back to the form of `be` (itself an auxiliary)
            let mut b = k;
            while b > lo && self.between(b - 1) && !self.word(b - 1).is_some_and(be) {
                b -= 1;
            }
            // (a negated passive reports nothing: `was never questioned by`)
            let negated = self.toks[b..k]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "not" | "never"));
            if negated || !self.word(b - 1).is_some_and(be) {
                continue;
            }
            let mut s0 = b - 1;
            while s0 > lo
                && self
                    .word(s0 - 1)
                    .is_some_and(|w| matches!(w, "has" | "have" | "had" | "will" | "would"))
            {
                s0 -= 1;
            }
            // the agent ends at punctuation or a time (`by The Post on
            // Monday`, `by the paper last week`)
            let stop = (k + 2..hi)
                .find(|&j| {
                    matches!(self.toks[j].lower.as_str(), "," | "." | ";" | ":")
                        || matches!(
                            self.toks[j].lower.as_str(),
                            "on" | "in" | "last" | "this" | "earlier" | "late" | "early"
                        ) && self.word(j + 1).is_some_and(|w| {
                            parallax_core::words::is_calendar_name(w)
                                || matches!(w, "week" | "month" | "year" | "weekend")
                                || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                        })
                })
                .unwrap_or(hi);
            let np = self.np_then(k + 2, stop, hi);
            let Some(np) = np else { continue };
            let cs = self.toks[self.clause_open(lo, s0)].s;
            let ce = self.toks[s0].s;
            if self.text[cs..ce].split_whitespace().count() < 2 {
                continue;
            }
            return Some(Attr {
                speaker: Some(np),
                cue: (s0, k + 2),
                content: (cs, ce),
            });
        }
        // stance: `expressed deep concern about X`, `were frustrated that
        // …`, `is worried about …`
        for k in lo + 1..hi.saturating_sub(2) {
            let t = &self.toks[k];
            if t.kind != Kind::Word || t.cap {
                continue;
            }
            let l = t.lower.as_str();
            let light = matches!(
                l,
                "expressed"
                    | "expresses"
                    | "expressing"
                    | "voiced"
                    | "voices"
                    | "voicing"
                    | "raised"
                    | "raises"
                    | "raising"
                    | "aired"
            );
            // degree adverbs before the attitude: `weren't too concerned`,
            // `is more passionate about`
            let mut j = k;
            while j > lo + 1
                && self.word(j - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "too"
                            | "so"
                            | "more"
                            | "less"
                            | "very"
                            | "quite"
                            | "most"
                            | "rather"
                            | "pretty"
                            | "all"
                            | "as"
                    )
                })
            {
                j -= 1;
            }
            // a subject pronoun joined to its `be`: `you're worried about`
            let joined_be = j > lo
                && ["'re", "’re", "'m", "’m"]
                    .iter()
                    .any(|e| self.toks[j - 1].lower.ends_with(e));
            let attitude = ATTITUDES.contains(&l)
                && (j > lo
                    && (self.between(j - 1)
                        || joined_be
                        || matches!(
                            self.toks[j - 1].lower.as_str(),
                            "are"
                                | "is"
                                | "was"
                                | "were"
                                | "been"
                                | "became"
                                | "grew"
                                | "remain"
                                | "remained"
                                | "’re"
                                | "'re"
                                | "’s"
                        )));
            if !light && !attitude {
                continue;
            }
            // the preposition or `that` opening the content, a few words on
            let lim = if light { 5 } else { 2 };
            let Some(p) = (k + 1..(k + lim).min(hi)).find(|&j| {
                matches!(
                    self.toks[j].lower.as_str(),
                    "about" | "over" | "that" | "with" | "of"
                )
            }) else {
                continue;
            };
            // a topic after the preposition, not a comparison (`more
            // passionate about than …`)
            let topic_ok = self.toks[p].lower == "that"
                || self.word(p + 1).is_some_and(|w| {
                    !lexicon::is_stop(w) || matches!(w, "how" | "whether" | "what" | "why")
                });
            if self.toks[k + 1..p]
                .iter()
                .any(|t| t.kind != Kind::Word || lexicon::is_stop(&t.lower))
                || p + 2 >= hi
                || !topic_ok
            {
                continue;
            }
            let np = if joined_be && !light {
                Some((j - 1, j))
            } else {
                self.clause_subject(lo, j).or_else(|| self.left_np(lo, j))
            };
            let Some(np) = np else {
                continue;
            };
            let cs = if self.toks[p].lower == "that" {
                p
            } else {
                p + 1
            };
            return Some(Attr {
                speaker: Some(np),
                cue: (k, cs),
                content: (self.toks[cs].s, content_end),
            });
        }
        for k in lo + 1..hi.saturating_sub(3) {
            let t = &self.toks[k];
            if t.kind != Kind::Word
                || t.cap
                || !lexicon::is_noun(&t.lower)
                || self.word(k + 1) != Some("that")
                || !self.clause_follows(k + 2, hi)
            {
                continue;
            }
            let p = &self.toks[k - 1];
            let poss = p.kind == Kind::Word
                && (ends_poss(&p.lower)
                    || matches!(p.lower.as_str(), "his" | "her" | "their" | "its"));
            if !poss {
                continue;
            }
            // the possessor: a pronoun, or the name run ending in `'s`
            let mut s0 = k - 1;
            if ends_poss(&p.lower) {
                while s0 > lo && self.toks[s0 - 1].kind == Kind::Word && self.toks[s0 - 1].cap {
                    s0 -= 1;
                }
                if !self.toks[s0..k].iter().any(|t| t.cap) {
                    continue;
                }
            }
            return Some(Attr {
                speaker: Some((s0, k)),
                cue: (k, k + 1),
                content: (self.toks[k + 1].s, content_end),
            });
        }
        self.stance_topic(lo, hi, sent_s, sent_e)
    }

    /// A long subject naming evidence before the verb at `i`: `The Trust's
    /// average of polls taken over two weeks shows …`, `Data from the 2019
    /// survey show …`: the sentence's opening words up to the verb (and
    /// its auxiliaries), without punctuation, holding an evidence noun.
    fn evidence_subject(&self, lo: usize, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j > lo && self.between(j - 1) {
            j -= 1;
        }
        let s0 = self.clause_open(lo, j);
        let words = &self.toks[s0..j];
        let evidence = words.iter().any(|t| {
            !t.cap && EVIDENCE.contains(&t.lower.trim_end_matches('s'))
                || t.cap
                    && s0 < j
                    && t.s == self.toks[s0].s
                    && EVIDENCE.contains(&t.lower.trim_end_matches('s'))
        });
        (s0 < j
            && j - s0 <= 20
            && evidence
            && words.iter().all(|t| t.kind == Kind::Word)
            && !NP_PREPS.contains(&self.toks[s0].lower.as_str()))
        .then_some((s0, j))
    }

    /// Is the two-word content of `a` the object right after its cue (`he
    /// barely mentioned climate change`, `Doe criticised the ruling`)
    /// rather than a time or an addressee (`said last week`, `told The
    /// Post`)?
    pub(super) fn short_object(&self, a: &Attr) -> bool {
        let (c0, c1) = self.tok_range(a.content.0, a.content.1);
        if a.speaker.is_none() || c0 != a.cue.1 || c1 != c0 + 2 || a.cue.1 == 0 {
            return false;
        }
        let verb = &self.toks[a.cue.0];
        if matches!(
            lexicon::lemma(&verb.lower),
            Some("say" | "tell" | "add" | "write" | "report" | "announce" | "ask" | "answer")
        ) {
            return false;
        }
        self.toks[c0..c1].iter().all(|t| {
            t.kind == Kind::Word
                && !lexicon::is_stop(&t.lower)
                && !lexicon::is_calendar_or_thing(&t.lower)
                && !matches!(
                    t.lower.as_str(),
                    "reporters" | "journalists" | "morning" | "afternoon" | "evening" | "night"
                )
        })
    }

    /// Content opening with a relative `that` (`unveiled a plan for joint
    /// patrols that would cut costs`, `believed the polls that showed him
    /// ahead`): `that` right before a verb has no subject of its own, so it
    /// is a relative pronoun, and its antecedent after the cue belongs to
    /// the content. The start of that antecedent, if so.
    pub(super) fn relative_antecedent(&self, a: &Attr) -> Option<usize> {
        let (c0, _) = self.tok_range(a.content.0, a.content.1);
        let first = a.cue.1;
        if self.word(c0) != Some("that") || c0 <= first || c0 - first > 8 {
            return None;
        }
        let mut v = c0 + 1;
        if self.word(v).is_some_and(is_ly_adverb) {
            v += 1;
        }
        let next = self.toks.get(v)?;
        let verb = next.kind == Kind::Word
            && !next.cap
            && (is_aux(&next.lower)
                || lexicon::is_verb(&next.lower) && !lexicon::is_bare_head(&next.lower));
        let gap_ok = self.toks[first..c0].iter().all(|t| {
            t.kind == Kind::Word
                && !lexicon::PRONOUNS.contains(&t.lower.as_str())
                && !matches!(
                    t.lower.as_str(),
                    "him" | "her" | "them" | "us" | "me" | "reporters" | "journalists"
                )
        }) && !lexicon::is_stop(&self.toks[c0 - 1].lower)
            && !lexicon::is_det(&self.toks[c0 - 1].lower);
        (verb && gap_ok).then(|| self.toks[first].s)
    }

    /// Is the content of a verb of saying only the setting of the
    /// statement (`said in a statement`, `wrote on Twitter on Monday`), a
    /// short prepositional phrase without a verb, and so no statement?
    pub(super) fn only_a_setting(&self, a: &Attr) -> bool {
        let (c0, c1) = self.tok_range(a.content.0, a.content.1);
        let saying = matches!(
            lexicon::lemma(&self.toks[a.cue.0].lower),
            Some("say" | "tell" | "add" | "write" | "announce" | "explain" | "report")
        );
        let words = self.toks[c0..c1]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count();
        saying
            && c0 == a.cue.1
            && words <= 6
            && self
                .word(c0)
                .is_some_and(|w| matches!(w, "in" | "on" | "at" | "during" | "after" | "before"))
            && self.toks[c0..c1].iter().all(|t| {
                t.kind != Kind::Word || t.cap || !lexicon::is_verb(&t.lower) && !is_aux(&t.lower)
            })
    }

    /// A stance or speech noun and the topic its preposition names, held
    /// by a possessor or a subject: `his comments about the strike`, `Doe
    /// is a staunch opponent of the levy`, `The union has questions about
    /// the plan`, `Doe made a sharp condemnation of the vote`. The content
    /// is the topic phrase, up to a comma, a dash or the sentence end.
    fn stance_topic(&self, lo: usize, hi: usize, sent_s: usize, sent_e: usize) -> Option<Attr> {
        let content_end = trim_end_punct(self.text, sent_s, sent_e);
        for k in lo + 1..hi.saturating_sub(2) {
            let t = &self.toks[k];
            if t.kind != Kind::Word || t.cap {
                continue;
            }
            // the preposition, past a day (`comments Tuesday on`)
            let mut p = k + 1;
            if self
                .toks
                .get(p)
                .is_some_and(|t| t.cap && t.lower.ends_with("day"))
            {
                p += 1;
            }
            let Some(prep) = self.word(p) else { continue };
            if !matches!(
                prep,
                "of" | "about" | "on" | "over" | "for" | "against" | "to" | "with"
            ) {
                continue;
            }
            let Some(&(_, preps)) = STANCE_NOUNS.iter().find(|(n, _)| *n == t.lower) else {
                continue;
            };
            if !preps.contains(&prep) {
                continue;
            }
            // the topic: a word, not a clause joint (`concerns about that`)
            let topic = p + 1;
            if !self.word(topic).is_some_and(|w| {
                !lexicon::is_stop(w) || matches!(w, "how" | "whether" | "what" | "why")
            }) {
                continue;
            }
            // `to` opens an infinitive (`decision to resign`), not a
            // phrase (`commitment to the group`)
            if prep == "to"
                && (self.toks[topic].cap
                    || lexicon::is_det(&self.toks[topic].lower)
                    || ends_poss(&self.toks[topic].lower)
                    || self.toks[topic]
                        .lower
                        .starts_with(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            // a date or an occasion is no topic: `remarks on Saturday`,
            // `a speech on the 50th anniversary`
            let occasion = |j: usize| {
                self.toks.get(j).is_some_and(|t| {
                    t.lower.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            t.lower.as_str(),
                            "anniversary"
                                | "eve"
                                | "day"
                                | "night"
                                | "morning"
                                | "afternoon"
                                | "evening"
                                | "floor"
                                | "sidelines"
                                | "trail"
                        )
                })
            };
            if self.toks[topic].cap
                && parallax_core::words::is_calendar_name(&self.toks[topic].lower)
                || self.word(p) == Some("on")
                    && (occasion(topic) || self.word(topic) == Some("the") && occasion(topic + 1))
            {
                continue;
            }
            // adjectives and adverbs between the noun and its determiner
            // (`a consistent and outspoken supporter`, `withering criticism`)
            let mut d = k;
            while d > lo
                && k - d < 5
                && self.toks[d - 1].kind == Kind::Word
                && !self.toks[d - 1].cap
                && !lexicon::is_det(&self.toks[d - 1].lower)
                && !lexicon::is_stop(&self.toks[d - 1].lower)
                && !lexicon::is_verb(&self.toks[d - 1].lower)
                && !ends_poss(&self.toks[d - 1].lower)
                && !TARGET_VERBS.contains(&self.toks[d - 1].lower.as_str())
                || d > lo && k - d < 5 && self.word(d - 1) == Some("and") && d < k
            {
                d -= 1;
            }
            // the stance of others towards the subject: `Doe faced
            // questions about the audit`, `drew criticism for …`
            let v = if self.word(d.wrapping_sub(1)).is_some_and(lexicon::is_det) {
                d - 1
            } else {
                d
            };
            let targeted = v > lo && TARGET_VERBS.contains(&self.toks[v - 1].lower.as_str());
            let speaker = if targeted {
                None
            } else if d > lo && self.toks[d - 1].kind == Kind::Word {
                let w = self.toks[d - 1].lower.as_str();
                if matches!(w, "his" | "her" | "their" | "its" | "our" | "my") {
                    Some((d - 1, d))
                } else if ends_poss(w) {
                    // the possessor's name run: `North Korea's claims`, or
                    // a noun after its determiner: `the council's decision`
                    let mut s0 = d - 1;
                    while s0 > lo && self.toks[s0 - 1].kind == Kind::Word && self.toks[s0 - 1].cap {
                        s0 -= 1;
                    }
                    if self.toks[s0..d].iter().any(|t| t.cap) {
                        Some((s0, d))
                    } else {
                        (d >= lo + 2
                            && self
                                .word(d - 2)
                                .is_some_and(|w| matches!(w, "the" | "this")))
                        .then_some((d - 2, d))
                    }
                } else {
                    // a subject holding or making the stance: `X is a
                    // critic of`, `X has questions about`, `X made a
                    // condemnation of`
                    let v = if lexicon::is_det(w) || w == "much" {
                        d - 1
                    } else {
                        d
                    };
                    let holds = v > lo
                        && self.word(v - 1).is_some_and(|w| {
                            matches!(
                                w,
                                "is" | "was"
                                    | "are"
                                    | "were"
                                    | "be"
                                    | "been"
                                    | "remains"
                                    | "remained"
                                    | "became"
                                    | "has"
                                    | "have"
                                    | "had"
                                    | "made"
                                    | "makes"
                                    | "make"
                                    | "voiced"
                                    | "voices"
                                    | "expressed"
                                    | "expresses"
                                    | "raised"
                                    | "raises"
                                    | "offered"
                                    | "delivered"
                                    | "sounded"
                                    | "continues"
                                    | "continued"
                                    | "renewed"
                                    | "repeated"
                                    | "signed"
                                    | "reached"
                                    | "struck"
                            )
                        });
                    // an apposition naming the holder's stance: `Doe, a
                    // critic of the levy, …` (a name before the comma);
                    // `A defender of the levy, Doe …` (after the phrase)
                    let appositive = lexicon::is_det(w) && matches!(w, "a" | "an");
                    if holds {
                        self.clause_subject(lo, v - 1)
                            .or_else(|| self.left_np(lo, v - 1))
                    } else if appositive && v > lo && self.toks[v - 1].lower == "," {
                        self.left_np_plain(lo, v - 1)
                            .filter(|n| self.toks[n.0..n.1].iter().any(|t| t.cap))
                    } else if appositive && v == lo {
                        (topic..hi)
                            .find(|&j| self.toks[j].lower == ",")
                            .and_then(|c| self.right_np(c + 1, hi))
                            .filter(|n| self.toks[n.0].cap)
                    } else {
                        None
                    }
                }
            } else {
                None
            };
            // speech named by its content alone: `claims of abuse`,
            // `allegations of fraud`, `the intense criticism of the host`
            let unowned_speech = matches!(
                t.lower.as_str(),
                "claims" | "allegations" | "accusations" | "criticism" | "condemnation"
            );
            if speaker.is_none() && !targeted && !unowned_speech {
                continue;
            }
            let stop = (topic..hi)
                .find(|&j| {
                    matches!(
                        self.toks[j].lower.as_str(),
                        "," | ";" | ":" | "—" | "–" | "("
                    )
                })
                .map_or(content_end, |j| self.toks[j].s);
            let ce = trim_end_punct(self.text, self.toks[topic].s, stop.min(content_end));
            if ce <= self.toks[topic].s {
                continue;
            }
            return Some(Attr {
                speaker,
                cue: (d.min(k), p + 1),
                content: (self.toks[topic].s, ce),
            });
        }
        None
    }

    fn indirect_verbal(&self, lo: usize, hi: usize, sent_s: usize, sent_e: usize) -> Option<Attr> {
        let content_end = trim_end_punct(self.text, sent_s, sent_e);
        // according to X
        for i in lo..hi.saturating_sub(1) {
            if self.word(i) == Some("according") && self.word(i + 1) == Some("to") {
                // the source: up to the next comma or the sentence end
                let mut end = hi;
                while end > i + 2 && self.toks[end - 1].kind != Kind::Word {
                    end -= 1;
                }
                let stop = (i + 2..end)
                    .find(|&k| matches!(self.toks[k].lower.as_str(), "," | ";" | ":" | "—" | "–"))
                    .unwrap_or(end);
                let np = self.np_then(i + 2, stop, hi);
                let Some(np) = np else { break };
                let cue = (i, i + 2);
                // `According to a draft seen by the Post, …`: the phrase
                // runs to its comma
                let np_end = if stop < end && np.1 <= stop {
                    stop
                } else {
                    np.1
                };
                let at_end = np_end >= end;
                let content = if i > lo && (at_end || self.toks[i - 1].lower == ",") {
                    // `…, according to X.`: the text before the phrase,
                    // unless that text is itself an attribution (`The
                    // minister said that …, according to the interpreter`):
                    // then its speaker is who spoke
                    let mut k = i;
                    while k > lo && self.toks[k - 1].kind != Kind::Word {
                        k -= 1;
                    }
                    let before_end = self.toks[k.max(lo + 1) - 1].e;
                    if k > lo + 2 {
                        let inner = self.indirect_verbal(lo, k, sent_s, before_end);
                        // … a statement by a reporting verb, not a plan or
                        // a finding (`Doe plans to visit …, according to an
                        // aide` is the aide's)
                        // whose speaker opens the sentence (not `The policy
                        // of making voters prove that …`)
                        let opening = self.clause_open(lo, k);
                        let stated = |a: &Attr| {
                            a.speaker.is_some_and(|sp| sp.0 <= opening) && {
                                let cue = &self.toks[a.cue.0].lower;
                                lexicon::is_verb(cue)
                                    && !lexicon::is_weak_verb(cue)
                                    && !cue.ends_with("ing")
                            }
                        };
                        if let Some(inner) = inner.filter(stated) {
                            return Some(inner);
                        }
                    }
                    (sent_s, before_end)
                } else {
                    // at the start: content after the phrase
                    let mut k = np_end;
                    while k < hi && self.toks[k].kind != Kind::Word {
                        k += 1;
                    }
                    (self.toks.get(k).map_or(content_end, |t| t.s), content_end)
                };
                if content.1 > content.0 {
                    return Some(Attr {
                        speaker: Some(np),
                        cue,
                        content,
                    });
                }
                break;
            }
        }
        // `As X noted, …` and `…, as X pointed out, …`: the clause of `as`
        // attributes the rest of the sentence
        let first_word = (lo..hi).find(|&k| self.toks[k].kind == Kind::Word);
        for p in lo..hi.saturating_sub(3) {
            let opens = self.word(p) == Some("as")
                && (Some(p) == first_word || p > lo && self.toks[p - 1].lower == ",");
            if !opens {
                continue;
            }
            let Some(c) = (p + 2..hi.min(p + 30)).find(|&k| self.toks[k].lower == ",") else {
                continue;
            };
            // the comma right after the cue (`have pointed out,`)
            let mut c = c;
            while let Some(c2) = (c + 1..hi.min(p + 30)).find(|&k| self.toks[k].lower == ",") {
                if self.trailing_as(p + 1, c).is_some() {
                    break;
                }
                c = c2;
            }
            let Some(a) = self.trailing_as(p + 1, c) else {
                continue;
            };
            if self.toks[a.cue.1..c]
                .iter()
                .any(|t| t.kind == Kind::Word && !matches!(t.lower.as_str(), "out" | "up"))
            {
                continue;
            }
            let rest = self.toks[c + 1..hi]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            if rest < 3 {
                continue;
            }
            let content = if Some(p) == first_word {
                (self.toks[c + 1].s, content_end)
            } else {
                (sent_s, content_end)
            };
            return Some(Attr { content, ..a });
        }
        // a trailing attribution governs the whole sentence before it
        if let Some((mut a, comma)) = self.trailing(lo, hi) {
            let words = self.toks[lo..comma]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            // an adverbial lead alone is no statement (`In her book, Doe
            // noted …`), but one closed by an earlier comma opens one (`In
            // addition, the campaign plans …, a spokesman said`)
            let closed_lead = (lo + 1..comma).any(|k| {
                self.toks[k].lower == ","
                    && self.toks[k + 1..comma]
                        .iter()
                        .filter(|t| t.kind == Kind::Word)
                        .count()
                        >= 3
            });
            if words >= 3 && (closed_lead || !self.adverbial_lead(lo, comma)) {
                a.content = (sent_s, self.toks[comma].s);
                return Some(a);
            }
        }
        for i in lo..hi {
            let t = &self.toks[i];
            if t.kind != Kind::Word {
                continue;
            }
            let l = t.lower.as_str();
            // nominal cue: expressed regret that
            if lexicon::NOUN_LIGHT_VERBS.contains(&l) {
                let mut k = i + 1;
                while k < hi && k < i + 4 && self.word(k).is_some_and(|w| !lexicon::is_noun(w)) {
                    k += 1;
                }
                if k < hi
                    && self.word(k).is_some_and(lexicon::is_noun)
                    && self.word(k + 1) == Some("that")
                {
                    if let Some(np) = self.left_np(lo, i) {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, k + 1),
                            content: (self.toks[k + 1].s, content_end),
                        });
                    }
                }
            }
            if t.cap || !lexicon::is_verb(l) || !self.verb_form_ok(lo, i) {
                continue;
            }
            // a cue with nothing to report before a comma: a demonstrative
            // object (`Having said that, …`) or an infinitive (`If this
            // fails to persuade, X argues, …`)
            let comma_next = |k: usize| self.toks.get(k).is_some_and(|n| n.lower == ",");
            if i > lo
                && self.word(i - 1) == Some("having")
                && self.word(i + 1) == Some("that")
                && comma_next(i + 2)
                || i > lo && self.word(i - 1) == Some("to") && comma_next(i + 1)
            {
                continue;
            }
            // verb cue
            let weak = lexicon::is_weak_verb(l);
            let mut np = self.clause_subject(lo, i).or_else(|| self.left_np(lo, i));
            // a relative clause without `who` (`the experts I interviewed
            // said …`): its verb is no cue, and the whole phrase is the
            // subject of the verb after it
            let subject_pronoun = |k: usize| {
                matches!(
                    self.word(k),
                    Some("i" | "we" | "they" | "he" | "she" | "you")
                )
            };
            if np.is_some_and(|n| n.1 == i && n.1 > n.0 + 1 && subject_pronoun(n.1 - 1)) {
                continue;
            }
            if np.is_none() && i >= lo + 3 && subject_pronoun(i - 2) {
                let v = &self.toks[i - 1];
                if v.kind == Kind::Word
                    && !v.cap
                    && (v.lower.ends_with("ed") || lexicon::is_verb(&v.lower))
                {
                    np = self.left_np(lo, i - 2).map(|n| (n.0, i));
                }
            }
            // `X answered the critics by saying …`: the one who says is the
            // subject of the main verb, never the object before `by`
            if l.ends_with("ing") && i > lo && self.word(i - 1) == Some("by") {
                np = self.sentence_subject(lo, i - 1);
            }
            // the object of a preposition is no subject: `What people in
            // the shelters want …`
            if np.is_some_and(|n| {
                n.0 > lo
                    && self.toks[n.0 - 1].kind == Kind::Word
                    && NP_PREPS.contains(&self.toks[n.0 - 1].lower.as_str())
                    && self.toks[n.0 - 1].lower != "of"
            }) {
                np = None;
            }
            // the object of a gerund is no subject: `The rule of making
            // voters prove …`
            if np.is_some_and(|n| {
                (n.0 + 1..n.1).any(|k| {
                    let t = &self.toks[k];
                    !t.cap
                        && t.lower.ends_with("ing")
                        && NP_PREPS.contains(&self.toks[k - 1].lower.as_str())
                })
            }) {
                np = None;
            }
            // a reduced passive is no subject: `towns, led by Dunmere, will
            // allow …`
            if np.is_some_and(|n| {
                let f = &self.toks[n.0];
                !f.cap && f.lower.ends_with("ed") && self.word(n.0 + 1) == Some("by")
            }) {
                np = None;
            }
            if np.is_none() && !weak {
                // a second verb of the subject: `X supported Democrats, and
                // said he …`
                let mut j = i;
                while j > lo && self.between(j - 1) {
                    j -= 1;
                }
                if j > lo && self.word(j - 1) == Some("and") {
                    // … or of a relative clause still open: `…, who have
                    // taken to the streets and called for …`
                    let who = (lo + 1..j - 1).rev().find(|&m| {
                        self.word(m) == Some("who")
                            && self.toks[m - 1].lower == ","
                            && !self.toks[m + 1..j - 1].iter().any(|t| t.kind != Kind::Word)
                    });
                    np = who
                        .map(|m| (m, m + 1))
                        .or_else(|| self.sentence_subject(lo, j - 1));
                }
            }
            // evidence with a long subject (`The average of polls taken
            // over two weeks shows …`)
            let evidence_verb = matches!(
                lexicon::lemma(l),
                Some("show" | "find" | "suggest" | "indicate" | "reveal" | "confirm")
            );
            let names_evidence = |n: (usize, usize)| {
                self.toks[n.0..n.1]
                    .iter()
                    .any(|t| EVIDENCE.contains(&t.lower.trim_end_matches('s')))
            };
            if evidence_verb && !np.is_some_and(names_evidence) {
                np = self.evidence_subject(lo, i).or(np);
            }
            if np.is_none() && i >= lo + 2 && self.word(i - 1) == Some("to") {
                // a catenative verb before the cue: `protesters continued
                // to call for …`, `Doe went on to say …`, `is expected to
                // announce`
                let mut v = i - 2;
                if v > lo && matches!(self.word(v), Some("on" | "out" | "up")) {
                    v -= 1;
                }
                let t = &self.toks[v];
                if t.kind == Kind::Word
                    && !t.cap
                    && !lexicon::is_det(&t.lower)
                    && !lexicon::is_stop(&t.lower)
                    && !NP_PREPS.contains(&t.lower.as_str())
                    && (t.lower.ends_with("ed")
                        || t.lower.ends_with('s')
                        || lexicon::is_verb(&t.lower)
                        || matches!(
                            t.lower.as_str(),
                            "went"
                                | "came"
                                | "began"
                                | "sought"
                                | "tried"
                                | "seem"
                                | "want"
                                | "try"
                                | "need"
                                | "plan"
                                | "hope"
                                | "refuse"
                                | "continue"
                        ))
                {
                    np = self.clause_subject(lo, v).or_else(|| self.left_np(lo, v));
                }
            }
            // what follows
            let mut that = None;
            for k in i + 1..(i + 8).min(hi) {
                match self.toks[k].lower.as_str() {
                    "that" => {
                        that = Some(k);
                        break;
                    }
                    "," | ";" | ":" | "(" => break,
                    w if lexicon::is_verb(w) || lexicon::is_stop(w) && w != "to" => break,
                    _ => {}
                }
            }
            let rest_words = self.toks[i + 1..hi]
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .count();
            // trailing ", X said." after a paraphrase
            if let Some(mut np) = np {
                // interposed after an apposition-like stretch: `The museum,
                // Mr. Obama said, would …`: the speaker follows the last comma
                if self.toks.get(i + 1).is_some_and(|t| t.lower == ",") {
                    if let Some(c) = (np.0..np.1).rev().find(|&k| self.toks[k].lower == ",") {
                        if c + 1 < np.1 && self.np_like(c + 1, np.1) {
                            np = (c + 1, np.1);
                        }
                    }
                }
                let before_np = np.0;
                // interposed: `The museum, Mr. Obama said, would …`
                if before_np > lo
                    && self.toks[before_np - 1].lower == ","
                    && self.toks.get(i + 1).is_some_and(|t| t.lower == ",")
                    && rest_words > 3
                    && !weak
                {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (i, i + 1),
                        content: (sent_s, content_end),
                    });
                }
                let short_tail = {
                    // words after the verb up to the next comma
                    let mut k = i + 1;
                    let mut w = 0;
                    while k < hi && self.toks[k].lower != "," {
                        if self.toks[k].kind == Kind::Word {
                            w += 1;
                        }
                        k += 1;
                    }
                    // an adverbial tail only: `, X said on Monday.`, not
                    // `, he declined to comment.`
                    let adverbial = self.toks.get(i + 1).is_none_or(|t| {
                        t.kind != Kind::Word
                            || matches!(
                                t.lower.as_str(),
                                "in" | "on"
                                    | "at"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "late"
                                    | "early"
                                    | "earlier"
                                    | "later"
                                    | "this"
                                    | "last"
                                    | "when"
                                    | "while"
                                    | "as"
                                    | "since"
                                    | "from"
                                    | "with"
                            )
                            || self.between(i + 1)
                    });
                    w <= 4 && adverbial
                };
                if before_np > lo
                    && self.toks[before_np - 1].lower == ","
                    && (rest_words <= 5 || short_tail)
                    && !weak
                    // (a relative pronoun reports what follows its verb)
                    && self.toks[before_np].lower != "who"
                {
                    let cs = sent_s;
                    let ce = self.toks[before_np - 1].s;
                    // an adverbial before the comma is no statement: `In
                    // her 2003 book, Doe noted …`, `Through a spokesman, he
                    // declined`
                    let adverbial_lead = self.adverbial_lead(lo, before_np - 1);
                    if !adverbial_lead
                        && self.toks[lo..before_np - 1]
                            .iter()
                            .filter(|t| t.kind == Kind::Word)
                            .count()
                            >= 3
                    {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, i + 1),
                            content: (cs, ce),
                        });
                    }
                }
                if let Some(th) = that {
                    let after_that = self.toks[th + 1..hi]
                        .iter()
                        .filter(|t| t.kind == Kind::Word)
                        .count();
                    // `disputes that account, saying …`: a determiner
                    // … but a subject interrupted by a parenthetical opens
                    // a clause (`hopes that towns, led by Dunmere, will …`)
                    let parenthetical = self.word(th + 2).is_none()
                        && self.word(th + 3).is_some_and(|w| {
                            matches!(w, "who" | "which" | "including")
                                || w.ends_with("ed") && self.word(th + 4) == Some("by")
                        });
                    let tight = parenthetical
                        || !(self
                            .toks
                            .get(th + 1)
                            .is_some_and(|t| t.kind == Kind::Word && !t.cap)
                            && self.toks.get(th + 2).is_some_and(|t| t.kind != Kind::Word));
                    // `remember one that ended …` is a relative clause
                    let gap_ok = th == i + 1
                        || !matches!(
                            self.toks[th - 1].lower.as_str(),
                            "one"
                                | "something"
                                | "anything"
                                | "nothing"
                                | "everything"
                                | "someone"
                                | "anyone"
                                | "those"
                                | "ones"
                                | "way"
                                | "time"
                                | "day"
                                | "moment"
                        );
                    // `attacked loopholes that benefit others`, `wants
                    // policies that create jobs`: an object before `that`
                    // makes it a relative pronoun, and the object is the
                    // content; not after a verb of telling (`told
                    // reporters that`) nor past a time (`said Monday that`)
                    let object_first = th > i + 1
                        && !matches!(
                            lexicon::lemma(l),
                            Some(
                                "tell"
                                    | "warn"
                                    | "assure"
                                    | "remind"
                                    | "inform"
                                    | "notify"
                                    | "convince"
                                    | "persuade"
                                    | "promise"
                                    | "show"
                                    | "teach"
                                    | "advise"
                                    | "caution"
                                    | "reassure"
                                    | "ask"
                                    | "brief"
                                    | "write"
                                    | "urge"
                                    | "email"
                                    | "text"
                                    | "signal"
                            )
                        )
                        && self.toks[i + 1..th]
                            .iter()
                            .any(|t| !t.cap && !lexicon::is_det(&t.lower) && !ends_poss(&t.lower))
                        && self.toks[i + 1..th].iter().enumerate().all(|(n, t)| {
                            let w = t.lower.as_str();
                            t.kind == Kind::Word
                                && !lexicon::is_stop(w)
                                && !lexicon::is_between(w)
                                && !is_ly_adverb(w)
                                && !lexicon::is_calendar_or_thing(w)
                                && !lexicon::PRONOUNS.contains(&w)
                                && !(t.cap && n == 0)
                                && !NP_PREPS.contains(&w)
                                && !matches!(
                                    w,
                                    "him"
                                        | "her"
                                        | "them"
                                        | "us"
                                        | "me"
                                        | "you"
                                        | "it"
                                        | "so"
                                        | "again"
                                        | "today"
                                        | "yesterday"
                                        | "ago"
                                        | "last"
                                        | "this"
                                        | "next"
                                        | "earlier"
                                        | "later"
                                        | "during"
                                        | "after"
                                        | "before"
                                        | "morning"
                                        | "afternoon"
                                        | "evening"
                                        | "night"
                                        | "weekend"
                                        | "repeatedly"
                                        | "reporters"
                                        | "journalists"
                                )
                        });
                    if gap_ok && object_first {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, i + 1),
                            content: (self.toks[i + 1].s, content_end),
                        });
                    }
                    if gap_ok && (after_that >= 3 && tight || self.clause_follows(th + 1, hi)) {
                        let cue_end = self.complementizer(i, hi).map_or(i + 1, |c| c.0);
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, cue_end),
                            content: (self.toks[th].s, content_end),
                        });
                    }
                }
                let to_clause = self.word(i + 1) == Some("to")
                    && matches!(
                        lexicon::lemma(l),
                        Some(
                            "want"
                                | "plan"
                                | "intend"
                                | "promise"
                                | "pledge"
                                | "vow"
                                | "threaten"
                                | "decide"
                                | "hope"
                                | "expect"
                                | "wish"
                                | "prefer"
                                | "refuse"
                                | "decline"
                                | "seek"
                                | "aim"
                                | "agree"
                        )
                    );
                // an object and its infinitive: `expects them to become
                // scarce`, `urged voters to stay home`
                let ecm = matches!(
                    lexicon::lemma(l),
                    Some(
                        "want"
                            | "expect"
                            | "encourage"
                            | "urge"
                            | "ask"
                            | "invite"
                            | "order"
                            | "allow"
                            | "permit"
                            | "prefer"
                            | "wish"
                            | "need"
                            | "tell"
                            | "advise"
                            | "warn"
                            | "challenge"
                            | "beg"
                            | "implore"
                            | "exhort"
                            | "call"
                            | "press"
                            | "push"
                    )
                ) && (i + 2..(i + 7).min(hi)).any(|k| {
                    self.word(k) == Some("to")
                        && self.toks[i + 1..k].iter().all(|t| {
                            t.kind == Kind::Word
                                && !lexicon::is_stop(&t.lower)
                                && !lexicon::is_verb(&t.lower)
                        })
                        && self.word(k + 1).is_some_and(|w| {
                            !lexicon::is_det(w)
                                && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
                        })
                });
                // `pointed to the crime bill`, `laid out her proposals`,
                // `spelled out the plan`
                let pointed = match lexicon::lemma(l) {
                    Some("point") => {
                        matches!(self.word(i + 1), Some("to" | "out"))
                            && self
                                .word(i + 2)
                                .is_some_and(|w| !lexicon::is_stop(w) || w == "that")
                    }
                    Some("lay" | "spell" | "sketch") => {
                        self.word(i + 1) == Some("out")
                            && self.word(i + 2).is_some_and(|w| !lexicon::is_stop(w))
                    }
                    _ => false,
                };
                // evidence that shows (`polls show Clinton ahead`,
                // `documents show …`) and questions of knowledge (`does not
                // know whether …`)
                let lemma = lexicon::lemma(l);
                let evidence = matches!(
                    lemma,
                    Some("show" | "find" | "suggest" | "indicate" | "reveal" | "confirm")
                ) && self.toks[np.0..np.1].iter().any(|t| {
                    let w = t.lower.trim_end_matches('s');
                    EVIDENCE.contains(&w)
                });
                let wh = matches!(
                    lemma,
                    Some(
                        "know"
                            | "understand"
                            | "ask"
                            | "wonder"
                            | "question"
                            | "explain"
                            | "see"
                            | "learn"
                            | "decide"
                            | "reveal"
                            | "show"
                            | "say"
                            | "tell"
                            | "doubt"
                    )
                ) && self.word(i + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "what" | "how" | "whether" | "why" | "if" | "who" | "when" | "where"
                    )
                });
                // speech acts about a topic or a party: `questioned the
                // need for moderators`, `endorsed Clinton`, `cited the audit`
                let act = matches!(
                    lemma,
                    Some(
                        "question"
                            | "mention"
                            | "cite"
                            | "describe"
                            | "endorse"
                            | "support"
                            | "oppose"
                            | "back"
                            | "challenge"
                            | "detail"
                            | "outline"
                            | "quote"
                            | "dispute"
                    )
                ) && self
                    .word(i + 1)
                    .is_some_and(|w| !lexicon::is_stop(w) && !NP_PREPS.contains(&w));
                // talking about, railing against, calling for, warning of
                // a topic: the cue runs over the preposition
                let mut p = i + 1;
                // (`on` is a particle here unless a day follows: `commented
                // on the crash`, not `spoke on Monday about`)
                let dated = |k: usize| {
                    self.toks
                        .get(k)
                        .is_some_and(|t| t.cap && parallax_core::words::is_calendar_name(&t.lower))
                };
                while p < hi
                    && (self.between(p) && (self.word(p) != Some("on") || dated(p + 1))
                        || matches!(self.word(p), Some("out" | "back" | "up"))
                        || lemma == Some("weigh") && self.word(p) == Some("in")
                        // `spoke out Tuesday about`
                        || self.toks[p].cap
                            && parallax_core::words::is_calendar_name(&self.toks[p].lower))
                {
                    p += 1;
                }
                // acts of opposition: `voted against the levy`, `ruled
                // against the ban`, `decided against charging him`
                let opposed = matches!(lemma, Some("vote" | "rule" | "decide"))
                    && self.word(p) == Some("against")
                    && self.word(p + 1).is_some_and(|w| !lexicon::is_stop(w))
                    && p + 2 < hi;
                // (dis)agreeing with someone, not with a `that` clause
                // after them, which the complement rules read
                let agreed_with = matches!(lemma, Some("agree" | "disagree"))
                    && self.word(p) == Some("with")
                    && self.word(p + 1).is_some_and(|w| !lexicon::is_stop(w))
                    && p + 2 < hi
                    && self.complementizer(i, hi).is_none();
                let topic = opposed
                    || agreed_with
                    || lemma.is_some_and(|m| TOPIC_VERBS.contains(&m))
                        && self.word(p).is_some_and(|w| {
                            matches!(w, "about" | "against" | "for" | "of" | "on" | "at" | "over")
                        })
                        && self.word(p + 1).is_some_and(|w| {
                            !lexicon::is_stop(w) || matches!(w, "whether" | "how" | "what" | "why")
                        })
                        && p + 2 < hi;
                if topic {
                    return Some(Attr {
                        speaker: Some(np),
                        cue: (i, p + 1),
                        content: (self.toks[p + 1].s, content_end),
                    });
                }
                // a view of something as something: `saw the remark as a
                // dig`, `derided the deal as toothless`
                let as_frame = matches!(
                    lemma,
                    Some(
                        "see"
                            | "view"
                            | "regard"
                            | "consider"
                            | "describe"
                            | "portray"
                            | "label"
                            | "brand"
                            | "dismiss"
                            | "deride"
                            | "characterize"
                            | "characterise"
                            | "depict"
                            | "hail"
                            | "denounce"
                            | "criticize"
                            | "criticise"
                            | "praise"
                    )
                ) && (i + 2..(i + 9).min(hi)).any(|k| {
                    self.word(k) == Some("as")
                        && self.word(k + 1).is_some()
                        && self.toks[i + 1..k].iter().all(|t| {
                            t.kind == Kind::Word && !matches!(t.lower.as_str(), "that" | "and")
                        })
                });
                let discuss = lemma == Some("discuss")
                    && self
                        .word(i + 1)
                        .is_some_and(|w| !lexicon::is_stop(w) && !NP_PREPS.contains(&w));
                // `said in a statement.`: an adverbial alone is no content
                let adverbial_only = rest_words <= 6
                    && self.word(i + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "in" | "on" | "at" | "during" | "from" | "with" | "through" | "via"
                        )
                    })
                    && !self.toks[i + 1..hi].iter().any(|t| {
                        t.kind == Kind::Word
                            && (lexicon::is_stop(&t.lower) || lexicon::is_verb(&t.lower))
                    });
                // `declined slightly`: refusing needs its infinitive
                let refusal_ok =
                    !matches!(lemma, Some("decline" | "refuse")) || self.word(i + 1) == Some("to");
                if (!weak
                    || to_clause
                    || ecm
                    || pointed
                    || evidence
                    || wh
                    || act
                    || as_frame
                    || discuss
                    || self.clause_follows(i + 1, hi))
                    && rest_words >= if act || discuss { 2 } else { 3 }
                    && !adverbial_only
                    && refusal_ok
                {
                    let mut k = i + 1;
                    while k < hi && self.toks[k].kind != Kind::Word {
                        k += 1;
                    }
                    if k < hi {
                        return Some(Attr {
                            speaker: Some(np),
                            cue: (i, i + 1),
                            content: (self.toks[k].s, content_end),
                        });
                    }
                }
            }
        }
        None
    }

    /// The `that` opening the complement of a cue verb at `i` within a few
    /// words (`said in a brief statement that`, `told reporters that`):
    /// the end of the cue phrase (the verb with an adverbial after it, not
    /// an addressee) and the index of `that`.
    pub(super) fn complementizer(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        let th = (i + 1..(i + 9).min(hi)).find(|&k| self.toks[k].lower == "that")?;
        if self.toks[i + 1..th].iter().enumerate().any(|(k, t)| {
            t.kind != Kind::Word
                || lexicon::is_stop(&t.lower)
                || lexicon::is_verb(&t.lower)
                    && !t.cap
                    && !(k > 0 && lexicon::is_det(&self.toks[i + k].lower))
        }) {
            return None;
        }
        let adverbial = th == i + 1
            || self.word(i + 1).is_some_and(|w| {
                matches!(
                    w,
                    "in" | "on" | "at" | "during" | "late" | "early" | "earlier" | "later"
                ) || lexicon::is_between(w)
            });
        Some((if adverbial { th } else { i + 1 }, th))
    }

    /// A strong reporting verb before token `start` (the subject of an
    /// inner clause) whose complement that clause is: the verb, a few
    /// words at most (`that`, `on Monday`) before `start`, with its own
    /// subject.
    pub(super) fn outer_cue(&self, lo: usize, start: usize) -> Option<(usize, (usize, usize))> {
        for i2 in lo..start {
            let t = &self.toks[i2];
            if t.kind != Kind::Word
                || t.cap
                || t.lower.ends_with("ing")
                || !lexicon::is_verb(&t.lower)
                || lexicon::is_weak_verb(&t.lower)
                || !self.verb_form_ok(lo, i2)
            {
                continue;
            }
            let between = &self.toks[i2 + 1..start];
            // `says she appreciated … what she calls "…"`: an inner cue in
            // a free relative belongs to the outer statement
            let relative = start > 0
                && matches!(self.toks[start - 1].lower.as_str(), "what" | "which" | "as")
                && !between
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "." | ";" | ":"))
                && between.len() <= 24;
            // `said during a rally in Michigan that Clinton described …`:
            // a complementizer right before the inner subject makes the
            // clause the complement even after a longer adverbial
            let complement = start > 0
                && self.toks[start - 1].lower == "that"
                && between.len() <= 12
                && between.iter().all(|t| t.kind == Kind::Word);
            if !relative
                && !complement
                && (between.len() > 4 || between.iter().any(|t| t.kind != Kind::Word))
            {
                continue;
            }
            if let Some(np2) = self.left_np(lo, i2).or_else(|| self.clause_subject(lo, i2)) {
                return Some((i2, np2));
            }
            // a second verb of the subject: `Doe bemoaned the unrest and
            // said he thought …`
            if i2 > lo + 1 && self.word(i2 - 1) == Some("and") {
                if let Some(np2) = self.sentence_subject(lo, i2 - 1) {
                    return Some((i2, np2));
                }
            }
        }
        None
    }

    /// Does a finite clause open at token `k` (`believes he will win`,
    /// `polls show the race is tied`)? A subject pronoun, or a short noun
    /// phrase followed by an auxiliary, modal or past-tense verb, with no
    /// punctuation before it.
    pub(super) fn clause_follows(&self, k: usize, hi: usize) -> bool {
        let mut k = k;
        while k < hi
            && self
                .word(k)
                .is_some_and(|w| matches!(w, "now" | "also" | "still" | "privately" | "publicly"))
        {
            k += 1;
        }
        let Some(first) = self.word(k) else {
            return false;
        };
        if matches!(first, "he" | "she" | "they" | "we" | "i" | "there" | "you") {
            return true;
        }
        if lexicon::is_stop(first)
            || NP_PREPS.contains(&first)
            || lexicon::is_verb(first) && !self.toks[k].cap
            || first == "it" && self.word(k + 1).is_none()
        {
            return false;
        }
        for j in k + 1..(k + 10).min(hi) {
            let t = &self.toks[j];
            if t.kind != Kind::Word {
                return false;
            }
            let w = t.lower.as_str();
            if matches!(
                w,
                "is" | "was"
                    | "are"
                    | "were"
                    | "will"
                    | "would"
                    | "could"
                    | "should"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "has"
                    | "have"
                    | "had"
                    | "does"
                    | "did"
                    | "won't"
                    | "isn't"
                    | "wasn't"
                    | "doesn't"
                    | "didn't"
                    | "can't"
                    | "wouldn't"
            ) {
                return true;
            }
            // `believe bigotry and xenophobia are acceptable`
            if lexicon::is_stop(w) && !matches!(w, "to" | "and" | "or")
                || lexicon::is_verb(w) && !t.cap
            {
                return false;
            }
        }
        false
    }

    /// Splits a second speaker's statement off an attribution's content:
    /// `A said X, while B said Y`, `A said X; B argued Y` (after splitting
    /// participles of the first speaker).
    pub(super) fn split_coordinated(&self, a: Attr, hi: usize, sent_e: usize) -> Vec<Attr> {
        // `According to X, A, and B`: the source vouches for the whole
        // sentence, verbs of reporting in it included
        if self.word(a.cue.0) == Some("according") {
            return vec![a];
        }
        let (cs, ce) = a.content;
        let (clo, chi) = self.tok_range(cs, ce);
        let chi = chi.min(hi);
        let cue_end = a.cue.1;
        for k in clo.max(cue_end)..chi {
            let l = self.toks[k].lower.as_str();
            // (a dash joins clauses like a comma: `… intense — and he
            // noted that …`)
            let conj = l == ";"
                || matches!(l, "," | "—" | "–")
                    && self.word(k + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "and"
                                | "but"
                                | "while"
                                | "whereas"
                                | "although"
                                | "though"
                                | "who"
                                | "which"
                        )
                    });
            if !conj {
                continue;
            }
            // `…, who says he is honored`: the relative pronoun is the
            // second clause's subject
            let from = if l == ";" || self.word(k + 1) == Some("who") {
                k + 1
            } else {
                k + 2
            };
            if from >= hi {
                break;
            }
            let Some(b) = self.indirect(from, hi, self.toks[from].s, sent_e) else {
                continue;
            };
            // the second attribution opens its clause
            let opens = b.speaker.is_some_and(|sp| sp.0 == from) && b.content.0 > self.toks[from].s;
            if !opens || b.speaker == a.speaker {
                continue;
            }
            let mut first = a;
            first.content = (cs, self.toks[k].s);
            let mut out = self.split_participles(first, k);
            out.extend(self.split_participles(b, hi));
            return out;
        }
        self.split_participles(a, hi)
    }

    /// Splits a second statement off an attribution's content: `…, saying
    /// that B`, `…, adding B`, `… and added that B`, `… but has said B`
    /// (same speaker).
    fn split_participles(&self, a: Attr, hi: usize) -> Vec<Attr> {
        let (cs, ce) = a.content;
        let (clo, chi) = self.tok_range(cs, ce);
        let chi = chi.min(hi);
        for k in clo + 1..chi {
            let t = &self.toks[k];
            if t.kind != Kind::Word || t.cap || !lexicon::is_verb(&t.lower) {
                continue;
            }
            let prev = self.toks[k - 1].lower.as_str();
            let part = t.lower.ends_with("ing") && prev == ",";
            // `… and has also called for …`: auxiliaries and adverbs after `and`
            let mut a0 = k;
            while a0 > clo + 1 && self.between(a0 - 1) {
                a0 -= 1;
            }
            // `… and called for B`: the topic after the preposition
            // (and `…, complaining about B`)
            let topic_for = t.lower == "called" && self.word(k + 1) == Some("for")
                || part
                    && lexicon::lemma(&t.lower).is_some_and(|m| TOPIC_VERBS.contains(&m))
                    && matches!(
                        self.word(k + 1),
                        Some("about" | "against" | "for" | "of" | "on" | "over")
                    );
            let and_past = matches!(self.word(a0 - 1), Some("and" | "but"))
                && a0 >= 2
                && (self.toks[a0 - 2].lower == ","
                    || matches!(t.lower.as_str(), "said" | "says" | "added" | "told"))
                && (topic_for
                    || matches!(
                        t.lower.as_str(),
                        "said"
                            | "added"
                            | "noted"
                            | "argued"
                            | "warned"
                            | "insisted"
                            | "stressed"
                            | "explained"
                            | "acknowledged"
                            | "claimed"
                            | "suggested"
                            | "urged"
                            | "denied"
                            | "predicted"
                            | "promised"
                            | "vowed"
                    ));
            if !(part || and_past) || k + 2 >= chi {
                continue;
            }
            let first_end = if and_past {
                let c = a0 - 1;
                self.toks[if self.toks[c - 1].lower == "," {
                    c - 1
                } else {
                    c
                }]
                .s
            } else {
                self.toks[k - 1].s
            };
            let from = if topic_for { k + 2 } else { k + 1 };
            let second = Attr {
                speaker: a.speaker,
                cue: (a0.min(k), from),
                content: (self.toks[from].s, ce),
            };
            let mut first = a;
            first.content = (cs, first_end);
            return vec![first, second];
        }
        vec![a]
    }

    /// A participial attribution with the sentence's subject as speaker:
    /// `Doe attacked the plan on Monday, saying it would fail.`
    pub(super) fn participle_only(&self, lo: usize, hi: usize, sent_e: usize) -> Option<Attr> {
        for k in lo + 2..hi.saturating_sub(2) {
            let t = &self.toks[k];
            if t.kind != Kind::Word
                || t.cap
                || !t.lower.ends_with("ing")
                || !lexicon::is_verb(&t.lower)
                || self.toks[k - 1].lower != ","
            {
                continue;
            }
            // a topic after its preposition: `…, calling for his
            // dismissal`, `…, complaining about the delays`
            let topic_prep = self
                .word(k + 1)
                .is_some_and(|w| matches!(w, "about" | "against" | "for" | "of" | "on" | "over"));
            // … or the grounds cited: `…, citing a threat to public health`
            let cited = lexicon::lemma(&t.lower) == Some("cite")
                && self.word(k + 1).is_some_and(|w| !lexicon::is_stop(w));
            let topic = topic_prep
                && lexicon::lemma(&t.lower).is_some_and(|m| TOPIC_VERBS.contains(&m))
                && self.word(k + 2).is_some_and(|w| !lexicon::is_stop(w));
            if (topic || cited) && k + 3 < hi {
                let sp = self.sentence_subject(lo, k)?;
                let from = if topic { k + 2 } else { k + 1 };
                let ce = trim_end_punct(self.text, self.toks[from].s, sent_e);
                return Some(Attr {
                    speaker: Some(sp),
                    cue: (k, from),
                    content: (self.toks[from].s, ce),
                });
            }
            // a weak participle needs its complement: `, promising to lift
            // regulations`, `, hoping that …`
            if lexicon::is_weak_verb(&t.lower)
                && !(self.word(k + 1) == Some("that")
                    || self.word(k + 1) == Some("to")
                        && matches!(
                            lexicon::lemma(&t.lower),
                            Some(
                                "promise"
                                    | "plan"
                                    | "want"
                                    | "hope"
                                    | "intend"
                                    | "pledge"
                                    | "vow"
                                    | "decide"
                            )
                        ))
            {
                continue;
            }
            let speechy = matches!(
                lexicon::lemma(&t.lower),
                Some(
                    "say"
                        | "add"
                        | "note"
                        | "argue"
                        | "insist"
                        | "warn"
                        | "claim"
                        | "stress"
                        | "explain"
                        | "tell"
                        | "suggest"
                        | "acknowledge"
                        | "admit"
                        | "assert"
                        | "contend"
                        | "declare"
                        | "predict"
                        | "write"
                        | "tweet"
                        | "complain"
                        | "emphasize"
                        | "emphasise"
                        | "caution"
                        | "concede"
                        | "vow"
                        | "pledge"
                        | "promise"
                        | "deny"
                        | "accuse"
                        | "urge"
                )
            );
            if !(speechy || self.word(k + 1) == Some("that") || self.clause_follows(k + 1, hi)) {
                continue;
            }
            let sp = self.sentence_subject(lo, k);
            let sp = sp?;
            let ce = trim_end_punct(self.text, self.toks[k + 1].s, sent_e);
            return Some(Attr {
                speaker: Some(sp),
                cue: (k, k + 1),
                content: (self.toks[k + 1].s, ce),
            });
        }
        None
    }

    /// Is the cue word at `i` used as a verb? `-ing` forms need a form of
    /// `be` before them, bare forms a modal, `to`, or a plural or first-person
    /// subject; none may follow a determiner (`a strong signal`).
    fn verb_form_ok(&self, lo: usize, i: usize) -> bool {
        let l = self.toks[i].lower.as_str();
        // a particle that turns the verb into another one: `called up
        // 20,000 reservists`, `called off the talks` report nothing
        if let (Some(lemma), Some(next)) = (lexicon::lemma(l), self.word(i + 1)) {
            if NOT_SPEECH_PHRASAL.contains(&(lemma, next)) {
                return false;
            }
        }
        let prev = if i > lo { self.word(i - 1) } else { None };
        let prev2 = if i > lo + 1 { self.word(i - 2) } else { None };
        if prev.is_some_and(|p| {
            lexicon::is_det(p) || p.ends_with("ly") && !is_ly_adverb(p) && p != "only"
        }) {
            return false;
        }
        // `answered them by saying (that) …` reports what was said
        let by_report = prev == Some("by")
            && l.ends_with("ing")
            && (lexicon::lemma(l) == Some("say") || self.word(i + 1) == Some("that"));
        if !by_report
            && prev.is_some_and(|p| {
                matches!(p, "of" | "for" | "in" | "on" | "with" | "by" | "at" | "the")
                    || ends_poss(p)
            })
        {
            return false;
        }
        let be = |w: Option<&str>| {
            w.is_some_and(|w| {
                matches!(
                    w,
                    "is" | "was"
                        | "are"
                        | "were"
                        | "been"
                        | "be"
                        | "am"
                        | "being"
                        | "'s"
                        | "’s"
                        | "isn't"
                        | "isn’t"
                        | "aren't"
                        | "aren’t"
                        | "wasn't"
                        | "wasn’t"
                        | "weren't"
                        | "weren’t"
                )
            })
        };
        if l.ends_with("ing") {
            // `is once again questioning`: adverbs may stand after the auxiliary
            let mut j = i;
            while j > lo && self.between(j - 1) && !be(self.word(j - 1)) {
                j -= 1;
            }
            return be(prev) || be(prev2) || j > lo && be(self.word(j - 1)) || by_report;
        }
        // a reduced passive relative: `members, called to service by the
        // governor, …`
        if !l.ends_with("ing")
            && lexicon::lemma(l) != Some(l)
            && !l.ends_with('s')
            && (i + 1..i + 4).any(|k| {
                self.word(k) == Some("by")
                    && self.toks[i + 1..k]
                        .iter()
                        .all(|t| t.kind == Kind::Word && t.lower != "that")
            })
            && i > lo
            && self.toks[i - 1].lower == ","
        {
            return false;
        }
        // a reduced passive: `troops targeted by insurgents`, `views echoed
        // by experts` (an active cue is not followed by its agent)
        if lexicon::lemma(l) != Some(l)
            && !l.ends_with('s')
            && self.word(i + 1) == Some("by")
            && !prev.is_some_and(|p| {
                matches!(
                    p,
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "been"
                        | "be"
                        | "being"
                        | "has"
                        | "have"
                        | "had"
                )
            })
        {
            return false;
        }
        // a plural noun with its topic, then the clause's own verb:
        // `Republican claims about the levy are wrong`
        if l.ends_with('s')
            && !l.ends_with("ss")
            && lexicon::lemma(l) != Some(l)
            && matches!(
                self.word(i + 1),
                Some("about" | "of" | "on" | "over" | "for" | "against")
            )
        {
            let plural_verb = self.toks[i + 2..self.toks.len().min(i + 14)]
                .iter()
                .take_while(|t| {
                    t.kind == Kind::Word
                        && !matches!(t.lower.as_str(), "that" | "which" | "who" | "and" | "but")
                })
                .any(|t| matches!(t.lower.as_str(), "are" | "were" | "have" | "remain"));
            if plural_verb {
                return false;
            }
        }
        // a plural noun before a verb: `member states complained`
        if l.ends_with('s')
            && lexicon::lemma(l) != Some(l)
            && self.word(i + 1).is_some_and(|w| {
                w.ends_with("ed") && w.len() > 4
                    || lexicon::is_verb(w)
                        && lexicon::lemma(w) != Some(w)
                        && !w.ends_with('s')
                        && !w.ends_with("ing")
                    || matches!(
                        w,
                        "have" | "are" | "were" | "will" | "would" | "could" | "can" | "say"
                    )
            })
        {
            return false;
        }
        if lexicon::lemma(l) == Some(l) && !matches!(l, "read" | "forecast" | "broadcast") {
            let modal = |w: Option<&str>| {
                w.is_some_and(|w| {
                    matches!(
                        w,
                        "will"
                            | "would"
                            | "could"
                            | "can"
                            | "may"
                            | "might"
                            | "should"
                            | "must"
                            | "shall"
                            | "did"
                            | "do"
                            | "does"
                            | "to"
                            | "not"
                            | "never"
                            | "n't"
                    ) || lexicon::is_negated_aux(w)
                })
            };
            if modal(prev) || modal(prev2) {
                return true;
            }
            // the subject
            let mut j = i;
            while j > lo && self.between(j - 1) {
                j -= 1;
            }
            return j > lo
                && (self.word(j - 1).is_some_and(|w| {
                    matches!(w, "i" | "we" | "they" | "you")
                        || (w.ends_with('s') && !w.ends_with("ss") && !ends_poss(w))
                        || lexicon::is_bare_head(w)
                        // irregular plurals: `fishermen argue`, `people say`
                        || w.ends_with("men")
                        || matches!(w, "people" | "children" | "police" | "data" | "media")
                }) || self.word(j - 1) == Some("who")
                    // a relative with a plural antecedent: `economists who argue`
                    && j > lo + 1
                    && self.word(j - 2).is_some_and(|w| {
                        w.ends_with('s') && !w.ends_with("ss") && !ends_poss(w)
                            || w.ends_with("men")
                            || matches!(w, "people" | "children" | "police")
                    })
                    // coordinated or plural subjects: `Mr. Grassley and
                    // Mr. Leahy say`, `Those close to him say`
                    || self.clause_subject(lo, i).is_some_and(|np| {
                        let t = &self.toks[np.0..np.1];
                        t.iter().any(|t| t.lower == "and") && !t.iter().any(|t| t.lower == ",")
                            || matches!(
                                t[0].lower.as_str(),
                                "these" | "those" | "many" | "some" | "most" | "both" | "all"
                                    | "several" | "few" | "two" | "three" | "other"
                            )
                            || t.iter().any(|t| {
                                !t.cap
                                    && t.kind == Kind::Word
                                    && t.lower.ends_with('s')
                                    && !t.lower.ends_with("ss")
                                    && !ends_poss(&t.lower)
                                    && t.lower.len() > 3
                            })
                    }));
        }
        true
    }
}
