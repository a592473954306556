//! Behaviour of the linking stage on invented fixtures.

use std::path::Path;

use parallax_link::eval::{make_copy, Edit};
use parallax_link::hash::SplitMix64;
use parallax_link::{
    find_duplicates, ClusterConfig, ClusterDoc, DedupConfig, DedupDoc, DedupIndex, StoryClusterer,
};

const WIRE: &str = "The regional water authority of Lower Saxmund declared a drought emergency on Monday after the third dry month in a row left its two main reservoirs at less than a quarter of their capacity.

Officials said households in the eastern valley would face rationing from Thursday, with supplies cut for six hours each night, while farmers were asked to stop irrigating orchards and vineyards until further notice.

The authority's chairwoman, Marta Velden, told reporters in Korbach that engineers were laying an emergency pipeline from the northern lakes, a project she expected to finish within five weeks at a cost of about 14 million euros.

Environmental groups accused the authority of ignoring warnings issued two summers ago and called for an independent inquiry into leaks in the ageing network, which loses an estimated 31 percent of treated water before it reaches homes.

Meteorologists expect no significant rain before the end of the month, and the authority warned that the restrictions could be extended to the western districts if reservoir levels fell below 15 percent.";

const SAME_TOPIC: &str = "Farmers in the eastern valley of Lower Saxmund say the drought has already destroyed much of this year's apple harvest, and many fear they will not survive another dry season without help.

At an orchard outside Korbach, Jens Hollander walked between rows of trees whose leaves had turned brown weeks early. He said he had invested his savings in a drip system that he can no longer use since the ban on irrigation.

Agricultural economists estimate losses across the region at more than 40 million euros. The farmers' union is asking the government for emergency grants and a moratorium on loan repayments until next spring.

Some growers have started to sell their land to developers, a trend that local councils say could change the character of the valley for good.";

fn copies() -> Vec<String> {
    let vocab = ["river", "council", "winter", "report", "market", "station"];
    let filler = ["Our local newsroom adds: residents of Almsted can collect bottled water at the town hall from nine in the morning, the mayor's office said on Tuesday evening."];
    let mut rng = SplitMix64::new(42);
    let mut out = Vec::new();
    for e in [
        Edit::Words(3),
        Edit::Words(5),
        Edit::AddHeader,
        Edit::RemoveFooter,
        Edit::Truncate,
        Edit::Reorder,
    ] {
        out.push(make_copy(WIRE, e, &mut rng, &vocab, &filler));
    }
    out
}

#[test]
fn wire_copies_point_to_the_earliest_copy() {
    let copies = copies();
    // input order: a copy first, then the original, then the other copies;
    // the original is dated earliest
    let mut docs = vec![DedupDoc {
        text: &copies[0],
        published: Some(200),
    }];
    docs.push(DedupDoc {
        text: WIRE,
        published: Some(100),
    });
    for c in &copies[1..] {
        docs.push(DedupDoc {
            text: c,
            published: Some(300),
        });
    }
    docs.push(DedupDoc {
        text: SAME_TOPIC,
        published: Some(150),
    });
    let dup = find_duplicates(&docs);
    assert_eq!(dup[1], None, "the earliest copy is the original");
    for (i, d) in dup.iter().enumerate() {
        if i == 1 || i == docs.len() - 1 {
            continue;
        }
        assert_eq!(*d, Some(1), "copy {i} should point to the original");
    }
    assert_eq!(dup[docs.len() - 1], None, "same topic is not a copy");
}

#[test]
fn undated_ties_resolve_by_input_order() {
    let docs = [
        DedupDoc {
            text: WIRE,
            published: None,
        },
        DedupDoc {
            text: WIRE,
            published: None,
        },
    ];
    assert_eq!(find_duplicates(&docs), vec![None, Some(0)]);
}

#[test]
fn unrelated_articles_on_one_topic_are_not_duplicates() {
    let docs = [
        DedupDoc {
            text: WIRE,
            published: None,
        },
        DedupDoc {
            text: SAME_TOPIC,
            published: None,
        },
    ];
    assert_eq!(find_duplicates(&docs), vec![None, None]);
    let mut index = DedupIndex::new(DedupConfig::default());
    index.insert(&docs[0]);
    assert_eq!(index.query(SAME_TOPIC), None);
    assert_eq!(index.query(&copies()[2]), Some(0));
}

#[test]
fn index_supersedes_when_an_earlier_copy_arrives_late() {
    let copies = copies();
    let mut index = DedupIndex::new(DedupConfig::default());
    let a = index.insert(&DedupDoc {
        text: &copies[1],
        published: Some(50),
    });
    assert_eq!(a.duplicate_of, None);
    let b = index.insert(&DedupDoc {
        text: WIRE,
        published: Some(10),
    });
    assert_eq!(b.duplicate_of, None);
    assert_eq!(b.supersedes, Some(0));
    assert_eq!(index.original_of(0), 1);
    let c = index.insert(&DedupDoc {
        text: &copies[3],
        published: Some(60),
    });
    assert_eq!(c.duplicate_of, Some(1));
}

#[test]
fn index_memory_is_under_one_kilobyte_per_document() {
    let mut index = DedupIndex::new(DedupConfig::default());
    let mut rng = SplitMix64::new(3);
    let words: Vec<&str> = WIRE
        .split_whitespace()
        .chain(SAME_TOPIC.split_whitespace())
        .collect();
    let n = 5000;
    for _ in 0..n {
        let text: Vec<&str> = (0..300).map(|_| words[rng.below(words.len())]).collect();
        index.insert(&DedupDoc {
            text: &text.join(" "),
            published: None,
        });
    }
    let per_doc = index.memory_bytes() / n;
    assert!(per_doc <= 1024, "{per_doc} bytes per document");
}

fn story_set() -> Vec<ClusterDoc> {
    let day = 86_400;
    let d = |title: &str, text: &str, t: i64| ClusterDoc {
        title: Some(title.to_string()),
        text: text.to_string(),
        published: Some(t * day),
        entities: Vec::new(),
    };
    let with_entities = |mut doc: ClusterDoc, e: &[&str]| {
        doc.entities = e.iter().map(|s| s.to_string()).collect();
        doc
    };
    vec![
        with_entities(
            d("Drought emergency declared in Lower Saxmund", WIRE, 0),
            &["loc:lower-saxmund", "loc:korbach", "per:marta-velden"],
        ),
        with_entities(
            d("Saxmund farmers count drought losses", SAME_TOPIC, 1),
            &["loc:lower-saxmund", "loc:korbach", "per:jens-hollander"],
        ),
        d("Chess: Ivanova wins Tallinn open after marathon final",
          "Grandmaster Elena Ivanova won the Tallinn open chess tournament on Sunday, beating the defending champion Piotr Maslak in a final game that lasted more than seven hours. Ivanova sacrificed a rook on move 41 and converted the endgame with two connected pawns. The victory lifts her into the world top ten.", 0),
        d("Ivanova takes Tallinn title with rook sacrifice",
          "Elena Ivanova is the new Tallinn open champion. In a seven-hour final she beat Piotr Maslak, the defending champion, after a bold rook sacrifice on move 41 and a long endgame with connected pawns. Ivanova now enters the world top ten of chess.", 1),
        d("Saxmund water rationing begins in eastern valley",
          "Water rationing began on Thursday in the eastern valley of Lower Saxmund, where the drought emergency has left reservoirs at a quarter of capacity. Supplies are cut for six hours each night. The water authority chairwoman Marta Velden said the emergency pipeline from the northern lakes was on schedule.", 3),
        d("Harbour strike halts ferries to Vesterholm islands",
          "Ferry services to the Vesterholm islands were suspended on Wednesday as harbour workers in Nordport began a 48-hour strike over pay. The dock workers union said talks with the port operator had collapsed. Island shops reported shortages of fresh milk and bread.", 2),
        d("Nordport dock strike strands island travellers",
          "Hundreds of travellers were stranded in Nordport on Wednesday after the dock workers union started a two-day strike over pay, halting ferries to the Vesterholm islands. The port operator said it regretted the collapse of the talks. Shops on the islands ran short of milk and bread.", 2),
    ]
}

fn same_partition(a: &[u64], b: &[u64]) -> bool {
    a.len() == b.len()
        && (0..a.len()).all(|i| (0..a.len()).all(|j| (a[i] == a[j]) == (b[i] == b[j])))
}

#[test]
fn small_story_set_is_clustered() {
    let docs = story_set();
    let mut c = StoryClusterer::new(ClusterConfig::default());
    let ids = c.add_batch(&docs);
    let ids_now = c.assignments();
    let gold = [0u64, 0, 1, 1, 0, 2, 2];
    assert!(
        same_partition(&ids_now, &gold),
        "{ids_now:?} (at arrival {ids:?})"
    );
    let stories = c.stories();
    assert_eq!(stories.len(), 3);
    assert!(stories.iter().all(|s| s.title.is_some()));
}

#[test]
fn batch_splits_and_thread_counts_give_identical_results() {
    let docs = story_set();
    let mut whole = StoryClusterer::default();
    let a = whole.add_batch(&docs);
    let mut single = StoryClusterer::default();
    let b: Vec<u64> = docs.iter().map(|d| single.add(d)).collect();
    let mut split = StoryClusterer::default();
    let mut c = split.add_batch(&docs[..3]);
    c.extend(split.add_batch(&docs[3..]));
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert_eq!(whole.assignments(), split.assignments());
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        let got = pool.install(|| {
            let mut c = StoryClusterer::default();
            c.add_batch(&docs)
        });
        assert_eq!(got, a, "{threads} threads");
    }
}

#[test]
fn story_ids_are_stable_across_incremental_runs() {
    let docs = story_set();
    let mut first = StoryClusterer::default();
    first.add_batch(&docs[..4]);
    let before = first.assignments();
    first.add_batch(&docs[4..]);
    let after = first.assignments();
    assert_eq!(
        &after[..4],
        &before[..],
        "earlier documents keep their story ids"
    );
    // a fresh run over the same prefix gives the same ids
    let mut again = StoryClusterer::default();
    again.add_batch(&docs[..4]);
    assert_eq!(again.assignments(), before);
}

#[test]
fn stories_outside_the_window_take_no_new_documents() {
    let mut c = StoryClusterer::new(ClusterConfig {
        window_secs: 86_400,
        ..Default::default()
    });
    let mut doc = ClusterDoc {
        title: Some("Drought emergency".into()),
        text: WIRE.into(),
        published: Some(0),
        entities: vec!["org:water-authority".into()],
    };
    let a = c.add(&doc);
    doc.published = Some(10 * 86_400);
    let b = c.add(&doc);
    assert_ne!(a, b, "ten days later, outside a one-day window");
    doc.published = Some(10 * 86_400 + 3600);
    assert_eq!(c.add(&doc), b);
}

#[test]
fn empty_documents_do_not_break_anything() {
    let mut c = StoryClusterer::default();
    let e = ClusterDoc::default();
    let a = c.add(&e);
    let b = c.add(&e);
    assert_ne!(a, b);
    assert_eq!(
        find_duplicates(
            &[DedupDoc {
                text: "",
                published: None
            }; 2]
        ),
        vec![None, None]
    );
}

fn shared(p: &str) -> Option<&'static Path> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/eval")
        .join(p);
    if path.exists() {
        Some(Box::leak(path.into_boxed_path()))
    } else {
        eprintln!("skipped: {} absent", path.display());
        None
    }
}

#[test]
fn similarity_on_semeval_if_present() {
    let Some(p) = shared("similarity/semeval2022_t8/testing_set.csv") else {
        return;
    };
    let r = parallax_link::eval_similarity(p).expect("eval");
    assert!(r.en.auc > 0.85, "{r}");
    assert!(r
        .to_string()
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("auc_en=")));
}

#[test]
fn clusters_on_multinews_if_present() {
    let Some(p) = shared("summaries/multinews_validation250") else {
        return;
    };
    let r = parallax_link::eval_clusters(p).expect("eval");
    assert!(r.rows[0].bcubed.f1 > 0.75, "{r}");
}

#[test]
fn dedup_on_multinews_if_present() {
    let Some(p) = shared("summaries/multinews_validation250") else {
        return;
    };
    let r = parallax_link::eval::eval_dedup_with(p, &DedupConfig::default(), 150).expect("eval");
    assert_eq!(r.originals, 150);
    let w5 = r.rows.iter().find(|x| x.edit == "words 5%").expect("row");
    assert!(w5.recall >= 0.99 && r.precision >= 0.99, "{r}");
    assert!(r.index_bytes_per_doc <= 1024.0, "{r}");
}
