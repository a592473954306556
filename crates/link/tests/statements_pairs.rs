//! The lexical score on invented pairs: the same statement worded or
//! translated differently (or reported in indirect speech) against a
//! different statement by the same speaker on the same topic. Prints the
//! table (`-- --nocapture`) and checks the separation at the default
//! threshold. None of the pairs comes from a corpus. `SAME`/`DIFFERENT`
//! were written first and used while the features were developed (a
//! development set); `HELD_SAME`/`HELD_DIFFERENT` were written afterwards
//! and run once, with no change made for them (a held-out check).

use parallax_link::statements::{statement_similarity, StatementConfig};

const SAME: &[(&str, &str)] = &[
    (
        "We will rebuild every house that the water destroyed, and we will start this summer.",
        "Every home destroyed by the flood will be rebuilt, starting in the summer.",
    ),
    (
        "The government has no intention of raising taxes next year.",
        "that the government did not plan to increase taxes in the coming year",
    ),
    (
        "Our soldiers will not withdraw from the border until the talks produce a result.",
        "Our troops shall not pull back from the frontier before the negotiations bring results.",
    ),
    (
        "This agreement opens a new chapter in relations between our two nations.",
        "The accord begins a new chapter in the relationship of our two countries.",
    ),
    (
        "We are shocked and saddened by the loss of so many lives.",
        "that the company was shocked and saddened by the deaths",
    ),
    (
        "The strike will continue until management returns to the table.",
        "The walkout goes on until the bosses come back to the negotiating table.",
    ),
    (
        "Nobody will be left without heating this winter.",
        "that no household would be left without heating during the winter",
    ),
    (
        "The central bank is ready to act if inflation keeps rising.",
        "The central bank stands ready to intervene should prices continue to climb.",
    ),
    (
        "We did everything by the book; the inspection found no fault.",
        "that staff had followed every rule and that inspectors had found no fault",
    ),
    (
        "The election was neither free nor fair, and we will not recognise its result.",
        "We will not recognize the outcome of an election that was neither free nor fair.",
    ),
];

const DIFFERENT: &[(&str, &str)] = &[
    (
        "We will rebuild every house that the water destroyed, and we will start this summer.",
        "The water came faster than anyone had predicted, and the warning system failed.",
    ),
    (
        "The government has no intention of raising taxes next year.",
        "The government will cut spending on defence next year.",
    ),
    (
        "Our soldiers will not withdraw from the border until the talks produce a result.",
        "The talks in Geneva were constructive, and we will return next week.",
    ),
    (
        "This agreement opens a new chapter in relations between our two nations.",
        "Our two nations still disagree on fishing rights and on the border.",
    ),
    (
        "We are shocked and saddened by the loss of so many lives.",
        "The company will cooperate fully with the investigation into the loss of the ship.",
    ),
    (
        "The strike will continue until management returns to the table.",
        "Management has offered a pay rise of two percent, which is an insult.",
    ),
    (
        "Nobody will be left without heating this winter.",
        "Gas prices will fall this winter as new supplies arrive.",
    ),
    (
        "The central bank is ready to act if inflation keeps rising.",
        "that inflation would peak in the spring and fall back by the end of the year",
    ),
    (
        "We did everything by the book; the inspection found no fault.",
        "The inspection report will be published in full next month.",
    ),
    (
        "The election was neither free nor fair, and we will not recognise its result.",
        "We call on all parties to respect the result of the election and to avoid violence.",
    ),
];

const HELD_SAME: &[(&str, &str)] = &[
    (
        "The hospital has enough beds for everyone who needs one tonight.",
        "that there were sufficient hospital beds for all patients who needed them that night",
    ),
    (
        "We will never negotiate with people who attack civilians.",
        "We shall not hold talks with those who target ordinary citizens.",
    ),
    (
        "The vaccine is safe, and I urge every parent to have their children vaccinated.",
        "that the vaccine was safe and urged all parents to get their children vaccinated",
    ),
    (
        "Our company will not cut a single job in this country this year.",
        "Not one position will be eliminated in this country by our firm this year.",
    ),
    (
        "The bridge will reopen to traffic on Monday once engineers have checked it.",
        "that the bridge would reopen to vehicles on Monday after an inspection by engineers",
    ),
    (
        "I made a mistake, and I apologise to the voters.",
        "I was wrong and I say sorry to the electorate.",
    ),
    (
        "Prices will keep falling as long as the harvest is good.",
        "As long as the harvest stays good, prices will continue to drop.",
    ),
    (
        "The court's ruling is a victory for press freedom.",
        "that the judgment of the court was a win for the freedom of the press",
    ),
    (
        "We need at least three more weeks to find the cause of the fire.",
        "that investigators needed a minimum of three more weeks to establish what caused the blaze",
    ),
    (
        "Our party will vote against the budget because it abandons the regions.",
        "My party is going to oppose the budget, which leaves the regions behind.",
    ),
];

const HELD_DIFFERENT: &[(&str, &str)] = &[
    (
        "The hospital has enough beds for everyone who needs one tonight.",
        "The hospital staff have worked without a break since the fire started.",
    ),
    (
        "We will never negotiate with people who attack civilians.",
        "Civilians in the north must leave their homes before the weekend.",
    ),
    (
        "The vaccine is safe, and I urge every parent to have their children vaccinated.",
        "The first doses of the vaccine will reach schools in March.",
    ),
    (
        "Our company will not cut a single job in this country this year.",
        "Our company made a record profit in this country last year.",
    ),
    (
        "The bridge will reopen to traffic on Monday once engineers have checked it.",
        "that the old bridge had been built in 1962 and was last repaired in 2004",
    ),
    (
        "I made a mistake, and I apologise to the voters.",
        "The voters will decide in May whether I deserve a second term.",
    ),
    (
        "Prices will keep falling as long as the harvest is good.",
        "The harvest was damaged by hail in the south of the country.",
    ),
    (
        "The court's ruling is a victory for press freedom.",
        "that the court would hear the appeal of the two journalists in the autumn",
    ),
    (
        "We need at least three more weeks to find the cause of the fire.",
        "The fire destroyed three warehouses and a school.",
    ),
    (
        "Our party will vote against the budget because it abandons the regions.",
        "Our party will present its own budget proposal to parliament next week.",
    ),
];

#[test]
fn held_out_pairs() {
    let t = StatementConfig::default().threshold;
    let mut hits = 0;
    let mut false_hits = 0;
    for (a, b) in HELD_SAME {
        let s = statement_similarity(a, b);
        println!("held same {s:.2}  {a} | {b}");
        hits += usize::from(s >= t);
    }
    for (a, b) in HELD_DIFFERENT {
        let s = statement_similarity(a, b);
        println!("held diff {s:.2}  {a} | {b}");
        false_hits += usize::from(s >= t);
    }
    let scores = |pairs: &[(&str, &str)]| -> Vec<f64> {
        pairs
            .iter()
            .map(|(a, b)| statement_similarity(a, b))
            .collect()
    };
    println!(
        "held-out auc={:.3} recall={:.2} false_positive_rate={:.2} n={}",
        auc(&scores(HELD_SAME), &scores(HELD_DIFFERENT)),
        hits as f64 / HELD_SAME.len() as f64,
        false_hits as f64 / HELD_DIFFERENT.len() as f64,
        HELD_SAME.len() + HELD_DIFFERENT.len()
    );
    // First run: recall 0.70, no false positive. A regression guard, not
    // a target.
    assert!(hits >= 6, "{hits}");
    assert!(false_hits <= 1, "{false_hits}");
}

#[test]
fn same_and_different_statements_separate() {
    let t = StatementConfig::default().threshold;
    let mut hits = 0;
    let mut false_hits = 0;
    for (a, b) in SAME {
        let s = statement_similarity(a, b);
        println!("same {s:.2}  {a} | {b}");
        hits += usize::from(s >= t);
    }
    for (a, b) in DIFFERENT {
        let s = statement_similarity(a, b);
        println!("diff {s:.2}  {a} | {b}");
        false_hits += usize::from(s >= t);
    }
    println!(
        "recall={:.2} false_positive_rate={:.2} n={}",
        hits as f64 / SAME.len() as f64,
        false_hits as f64 / DIFFERENT.len() as f64,
        SAME.len() + DIFFERENT.len()
    );
    assert!(hits >= 7, "{hits} of {} same pairs found", SAME.len());
    assert!(false_hits <= 1, "{false_hits} different pairs merged");
}

fn auc(pos: &[f64], neg: &[f64]) -> f64 {
    let mut s = 0.0;
    for p in pos {
        for n in neg {
            s += if p > n {
                1.0
            } else if p == n {
                0.5
            } else {
                0.0
            };
        }
    }
    s / (pos.len() * neg.len()).max(1) as f64
}

/// Both modes on both pair sets: `PARALLAX_MINILM_DIR=… cargo test
/// --release -p parallax-link --features embeddings --test
/// statements_pairs -- --nocapture modes`.
#[cfg(feature = "embeddings")]
#[test]
fn modes() {
    use parallax_link::statements::embed::MiniLm;
    let Some(model) = MiniLm::from_env() else {
        return;
    };
    let model = match model {
        Ok(m) => m,
        Err(e) => panic!("{e}"),
    };
    let config = StatementConfig::default();
    let t = config.threshold;
    let mut sentences = 0usize;
    let start = std::time::Instant::now();
    for (name, same, different) in [
        ("development", SAME, DIFFERENT),
        ("held-out", HELD_SAME, HELD_DIFFERENT),
    ] {
        let score = |pairs: &[(&str, &str)]| -> (Vec<f64>, Vec<f64>) {
            let texts: Vec<&str> = pairs.iter().flat_map(|(a, b)| [*a, *b]).collect();
            let v = match model.embed(&texts) {
                Ok(v) => v,
                Err(e) => panic!("{e}"),
            };
            let lex = pairs
                .iter()
                .map(|(a, b)| statement_similarity(a, b))
                .collect();
            let cos = v
                .chunks(2)
                .map(|p| p[0].iter().zip(&p[1]).map(|(x, y)| f64::from(x * y)).sum())
                .collect();
            (lex, cos)
        };
        let (lex_s, cos_s) = score(same);
        let (lex_d, cos_d) = score(different);
        sentences += 2 * (same.len() + different.len());
        let both = |l: &[f64], c: &[f64]| -> Vec<f64> {
            l.iter()
                .zip(c)
                .map(|(l, c)| l.max(c - config.embedding_offset))
                .collect()
        };
        let (both_s, both_d) = (both(&lex_s, &cos_s), both(&lex_d, &cos_d));
        let rate = |v: &[f64]| v.iter().filter(|&&x| x >= t).count() as f64 / v.len() as f64;
        for (mode, s, d) in [
            ("lexical", &lex_s, &lex_d),
            ("embedding", &cos_s, &cos_d),
            ("lexical+embedding", &both_s, &both_d),
        ] {
            let (r, f) = if mode == "embedding" {
                let shifted = |v: &[f64]| -> Vec<f64> {
                    v.iter().map(|x| x - config.embedding_offset).collect()
                };
                (rate(&shifted(s)), rate(&shifted(d)))
            } else {
                (rate(s), rate(d))
            };
            println!(
                "{name:<12} {mode:<18} auc={:.3} recall={r:.2} false_positive_rate={f:.2}",
                auc(s, d)
            );
        }
    }
    let took = start.elapsed().as_secs_f64();
    println!(
        "sentences={sentences} seconds={took:.2} sentences_per_second={:.0}",
        sentences as f64 / took
    );
}
