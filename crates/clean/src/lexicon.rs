//! Word lists the noise rules consult. They describe how boilerplate is
//! written across news sites in general (widget labels, agency names,
//! commerce and membership vocabulary, forum register), not any one site's
//! layout. Every entry is lower-case.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Function words: dense in prose, sparse in headlines, labels and link text.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "if", "in",
    "into", "is", "it", "its", "may", "might", "more", "most", "must", "no", "not", "of", "on",
    "once", "only", "or", "other", "over", "said", "says", "she", "should", "since", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "under", "until", "up", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would",
];

/// Words a headline keeps lower-case in title case.
pub const TITLE_CASE_SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "per", "the", "to", "up", "via", "vs", "with",
];

/// Verbs and phrases that mark reported speech or sourcing: the register of
/// news prose rather than of readers' comments.
pub const REPORTING_WORDS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "stated",
    "announced",
    "added",
    "noted",
    "warned",
    "claimed",
    "reported",
    "according",
    "confirmed",
    "denied",
    "explained",
    "insisted",
    "argued",
    "stressed",
    "declared",
    "urged",
    "acknowledged",
    "admitted",
    "estimated",
    "revealed",
    "accused",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "officials",
    "minister",
    "ministry",
    "president",
    "agency",
    "percent",
    "per cent",
];

/// Social networks and sharing actions as share widgets print them.
pub const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "shared",
    "sharing",
    "tweet",
    "retweet",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "pinterest",
    "tumblr",
    "flipboard",
    "pocket",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy",
    "link",
    "url",
    "messenger",
    "viber",
    "vk",
    "vkontakte",
    "ok",
    "weibo",
    "wechat",
    "line",
    "sms",
    "mastodon",
    "bluesky",
    "threads",
    "instagram",
    "youtube",
    "tiktok",
    "rss",
    "comment",
    "comments",
    "save",
    "bookmark",
    "this",
    "article",
    "story",
    "page",
    "post",
    "on",
    "via",
    "to",
    "the",
    "here",
    "now",
    "with",
    "friends",
    "us",
    "follow",
    "and",
    "or",
    "your",
    "it",
];

/// The subset of [`SHARE_WORDS`] that alone marks a widget.
pub const SHARE_CORE: &[&str] = &[
    "share",
    "tweet",
    "retweet",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "pinterest",
    "tumblr",
    "flipboard",
    "messenger",
    "viber",
    "vk",
    "vkontakte",
    "weibo",
    "wechat",
    "mastodon",
    "bluesky",
    "instagram",
    "youtube",
    "tiktok",
];

/// Commerce vocabulary of adverts and shop promotions.
pub const COMMERCE_WORDS: &[&str] = &[
    "shop",
    "shopping",
    "buy",
    "order",
    "sale",
    "sales",
    "deal",
    "deals",
    "discount",
    "discounts",
    "offer",
    "offers",
    "coupon",
    "promo",
    "store",
    "stores",
    "superstore",
    "superstores",
    "products",
    "product",
    "price",
    "prices",
    "cheap",
    "cheapest",
    "bargain",
    "bargains",
    "shipping",
    "delivery",
    "checkout",
    "cart",
    "amazing",
    "exclusive",
    "limited",
    "save",
    "savings",
    "free",
    "brand",
    "brands",
    "outlet",
    "mall",
    "boutique",
    "collection",
    "today",
    "now",
    "online",
    "best",
    "quality",
    "affordable",
    "luxury",
    "%",
    "off",
    "prize",
    "prizes",
    "t&cs",
    "giveaway",
    "voucher",
    "code",
    "bet",
    "bets",
    "betting",
    "gamble",
    "casino",
    "jackpot",
    "win",
    "enter",
    "book",
    "compare",
    "insurance",
    "hotel",
    "apply",
    "18+",
];

/// Vocabulary that makes a commerce line an advert rather than prose about
/// business (a line needs one of these, not only "sale" or "price").
pub const COMMERCE_CORE: &[&str] = &[
    "shop",
    "shopping",
    "buy",
    "superstore",
    "superstores",
    "products",
    "deals",
    "discount",
    "discounts",
    "coupon",
    "promo",
    "shipping",
    "checkout",
    "cart",
    "bargains",
    "amazing",
    "affordable",
    "prize",
    "prizes",
    "t&cs",
    "giveaway",
    "voucher",
    "vouchers",
    "bet",
    "bets",
    "betting",
    "gamble",
    "casino",
    "jackpot",
    "18+",
    "competition",
];

/// Phrases that mark an advert wherever they stand in a short line.
pub const COMMERCE_PHRASES: &[&str] = &[
    "free delivery",
    "free shipping",
    "free returns",
    "half price",
    "book now",
    "order now",
    "buy now",
    "shop now",
    "shop online",
    "use code",
    "promo code",
    "discount code",
    "while stocks last",
    "terms apply",
    "t&cs apply",
    "gamble responsibly",
    "limited offer",
    "special offer",
];

/// Currency words that follow an amount ("49 euros").
pub const CURRENCY_WORDS: &[&str] = &[
    "euro", "euros", "dollar", "dollars", "pound", "pounds", "crown", "crowns", "kroner", "kronor",
    "francs", "yen", "yuan", "rupees", "roubles", "rubles", "lira", "zloty",
];

/// Whole-line advert markers.
pub const ADVERT_LABELS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "sponsored by",
    "promoted",
    "promoted content",
    "paid content",
    "paid post",
    "partner content",
    "paid partnership",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "scroll to continue with content",
    "ad feedback",
    "remove ads",
];

/// Vocabulary of donation, subscription, newsletter and membership prompts.
pub const PROMPT_WORDS: &[&str] = &[
    "subscribe",
    "subscribed",
    "subscription",
    "subscriptions",
    "subscriber",
    "subscribers",
    "newsletter",
    "newsletters",
    "donate",
    "donation",
    "donations",
    "support",
    "membership",
    "member",
    "members",
    "sign",
    "signup",
    "register",
    "registration",
    "login",
    "log",
    "inbox",
    "patreon",
    "contribute",
    "contribution",
    "paywall",
    "trial",
    "unlimited",
    "access",
    "app",
    "download",
    "journalism",
    "independent",
    "notifications",
    "alerts",
    "premium",
    "email",
    "enjoyed",
    "coverage",
    "free",
    "please",
    "consider",
    "read",
    "funded",
    "reader-funded",
    "appeal",
];

/// Prompt words strong enough to mark a prompt with one more cue.
pub const PROMPT_CORE: &[&str] = &[
    "subscribe",
    "subscription",
    "subscriber",
    "subscribers",
    "newsletter",
    "newsletters",
    "donate",
    "donation",
    "donations",
    "membership",
    "signup",
    "inbox",
    "patreon",
    "paywall",
    "support",
    "contribute",
    "premium",
    "notifications",
];

/// Imperatives that open calls to action (prompts, share bars, adverts).
pub const CALL_TO_ACTION: &[&str] = &[
    "support",
    "subscribe",
    "donate",
    "sign",
    "join",
    "become",
    "help",
    "register",
    "click",
    "follow",
    "download",
    "install",
    "try",
    "enjoy",
    "get",
    "read",
    "watch",
    "listen",
    "share",
    "shop",
    "buy",
    "order",
    "save",
    "discover",
    "explore",
    "contribute",
    "give",
    "log",
    "create",
    "don't",
    "dont",
    "never",
    "stay",
    "keep",
    "like",
    "win",
    "enter",
    "book",
    "bet",
    "compare",
    "claim",
    "grab",
    "please",
    "check",
    "sign-up",
    "visit",
    "chip",
];

/// Bare labels and metadata keys that a scrape leaves on their own line.
pub const LABELS: &[&str] = &[
    "updated",
    "last updated",
    "published",
    "first published",
    "posted",
    "posted on",
    "published on",
    "updated on",
    "date",
    "dated",
    "modified",
    "last modified",
    "created",
    "filed",
    "filed under",
    "listen",
    "listen to this article",
    "listen to article",
    "audio",
    "video",
    "watch",
    "print",
    "font size",
    "text size",
    "a a a",
    "reading time",
    "read time",
    "tags",
    "tag",
    "topics",
    "topic",
    "category",
    "categories",
    "section",
    "source",
    "sources",
    "image",
    "photo",
    "photos",
    "gallery",
    "comments",
    "home",
    "news",
    "world",
    "menu",
    "search",
    "close",
    "skip to content",
    "skip to main content",
    "back to top",
    "top",
    "more",
    "show more",
    "load more",
    "toggle",
    "loading",
    "opinion",
    "analysis",
    "exclusive",
    "breaking",
    "breaking news",
    "live",
    "live updates",
    "press release",
    "news release",
    "media release",
    "for immediate release",
    "immediate release",
    "ends",
    "-ends-",
    "###",
    "statement",
    "embargoed",
];

/// First words of the labels, to skip the label scan for most lines.
pub static LABEL_FIRST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    LABELS
        .iter()
        .filter_map(|l| l.split(|c: char| !c.is_ascii_alphabetic()).next())
        .collect()
});

/// Header phrases of related-content blocks.
pub const RELATED_HEADERS: &[&str] = &[
    "related",
    "related articles",
    "related article",
    "related stories",
    "related story",
    "related news",
    "related content",
    "related coverage",
    "related links",
    "related topics",
    "read more",
    "read also",
    "also read",
    "read next",
    "see also",
    "more on this",
    "more on this topic",
    "more on the topic",
    "more on this story",
    "more on the story",
    "more on this subject",
    "more about this",
    "more from",
    "more stories",
    "more news",
    "more in",
    "more like this",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "you might be interested in",
    "recommended",
    "recommended for you",
    "recommended stories",
    "most read",
    "most popular",
    "most viewed",
    "popular",
    "popular now",
    "trending",
    "trending now",
    "latest",
    "latest news",
    "latest stories",
    "top stories",
    "editor's picks",
    "editors' picks",
    "in case you missed it",
    "don't miss",
    "watch next",
    "up next",
    "further reading",
    "what to read next",
    "other news",
    "elsewhere",
    "keep reading",
    "continue reading",
];

/// Openings of disclaimers, legal notes and footnotes appended to a text,
/// besides the [`EDITORIAL_NOTE_OPENINGS`] (see [`footnote_openings`]).
/// Lines are matched with `’` read as `'`.
pub const OTHER_NOTE_OPENINGS: &[&str] = &[
    "disclaimer",
    "the views expressed",
    "the opinions expressed",
    "views expressed",
    "opinions expressed",
    "copyright",
    "all rights reserved",
    "©",
    "(c) 19",
    "(c) 20",
    "this content",
    "this material",
    "reproduction",
    "republication",
    "terms of use",
    "terms and conditions",
    "privacy policy",
    "cookie",
    "cookies",
    "if you or someone",
    "if you have a news tip",
    "have a news tip",
    "contact us",
    "notes to editors",
    "note to editors",
    "media contact",
    "press contact",
    "media enquiries",
    "for more information",
    "about the",
    "market data",
];

/// Every opening of a disclaimer, legal note, footnote or editorial note
/// appended to a text.
pub fn footnote_openings() -> impl Iterator<Item = &'static str> {
    EDITORIAL_NOTE_OPENINGS
        .iter()
        .chain(OTHER_NOTE_OPENINGS)
        .copied()
}

/// The footnote openings of a note the newsroom writes about the story
/// itself (an update, a correction, where it first ran), as against legal
/// boilerplate, site disclaimers and contact lines: part of the article
/// when the page prints it as one of the article's paragraphs.
pub const EDITORIAL_NOTE_OPENINGS: &[&str] = &[
    "note:",
    "notes:",
    "editor's note",
    "editors' note",
    "correction:",
    "corrections:",
    "clarification:",
    "update:",
    "this article was",
    "this article has been",
    "this article is",
    "this story was",
    "this story has been",
    "this story is",
    "this report was",
];

/// What a writer's note calls the writer ("Jo Ames is a reporter for…").
pub const AUTHOR_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "writer",
    "editor",
    "author",
    "columnist",
    "journalist",
    "contributor",
    "producer",
    "photographer",
    "photojournalist",
    "critic",
    "anchor",
];

/// First bytes of the footnote openings: most lines start with none of
/// them, and the check costs one lookup instead of a scan of the list.
pub static FOOTNOTE_FIRST_BYTES: LazyLock<HashSet<u8>> = LazyLock::new(|| {
    footnote_openings()
        .filter_map(|o| o.bytes().next())
        .collect()
});

/// Markers of a comment section.
pub const COMMENT_MARKERS: &[&str] = &[
    "comment",
    "comments",
    "no comment",
    "no comments",
    "no comments yet",
    "leave a comment",
    "leave a reply",
    "leave a response",
    "add a comment",
    "add comment",
    "post a comment",
    "post comment",
    "write a comment",
    "reader comments",
    "readers' comments",
    "readers comments",
    "user comments",
    "your comments",
    "comments are closed",
    "comments closed",
    "show comments",
    "view comments",
    "load comments",
    "hide comments",
    "join the conversation",
    "join the discussion",
    "have your say",
    "what do you think",
    "what do you think?",
    "discussion",
    "responses",
    "replies",
    "reply",
    "reactions",
    "sort by",
    "newest",
    "oldest",
    "log in to comment",
    "sign in to comment",
    "be the first to comment",
];

/// News agencies, normalised name first, then the forms that name it. Used
/// for bylines ("By AFP") and picture credits ("… Photo: AFP").
pub const AGENCIES: &[(&str, &[&str])] = &[
    (
        "AFP",
        &["afp", "agence france-presse", "agence france presse"],
    ),
    ("AP", &["ap", "associated press", "the associated press"]),
    ("Reuters", &["reuters", "thomson reuters"]),
    ("TASS", &["tass", "itar-tass"]),
    ("RIA Novosti", &["ria novosti", "ria"]),
    ("Interfax", &["interfax"]),
    ("Xinhua", &["xinhua", "xinhua news agency"]),
    ("dpa", &["dpa", "deutsche presse-agentur"]),
    ("EFE", &["efe"]),
    ("ANSA", &["ansa"]),
    ("PTI", &["pti", "press trust of india"]),
    ("IANS", &["ians"]),
    ("ANI", &["ani", "asian news international"]),
    ("UPI", &["upi", "united press international"]),
    ("Anadolu", &["anadolu", "anadolu agency", "aa"]),
    ("Kyodo", &["kyodo", "kyodo news"]),
    ("Jiji", &["jiji", "jiji press"]),
    ("Yonhap", &["yonhap"]),
    ("Bernama", &["bernama"]),
    ("Antara", &["antara"]),
    ("PA", &["pa", "pa media", "press association", "pa wire"]),
    ("AAP", &["aap", "australian associated press"]),
    ("CP", &["the canadian press", "canadian press"]),
    ("Bloomberg", &["bloomberg"]),
    ("Sputnik", &["sputnik"]),
    ("Ukrinform", &["ukrinform"]),
    ("IRNA", &["irna"]),
    ("APA", &["apa"]),
    ("Belga", &["belga"]),
    ("ANP", &["anp"]),
    ("NTB", &["ntb"]),
    ("TT", &["tt"]),
    ("Ritzau", &["ritzau"]),
    ("PAP", &["pap"]),
    ("MTI", &["mti"]),
    ("CTK", &["ctk", "čtk"]),
    ("Lusa", &["lusa"]),
    ("Europa Press", &["europa press"]),
    ("AGI", &["agi"]),
    ("KUNA", &["kuna"]),
    ("WAM", &["wam"]),
    ("SPA", &["spa", "saudi press agency"]),
    ("MENA", &["mena"]),
    ("APP", &["app", "associated press of pakistan"]),
    ("CNA", &["cna", "central news agency"]),
    ("NHK", &["nhk"]),
    ("Agerpres", &["agerpres"]),
    ("BTA", &["bta"]),
    ("Tanjug", &["tanjug"]),
    ("HINA", &["hina"]),
    ("Notimex", &["notimex"]),
];

/// Picture agencies and credit words that end a caption.
pub const PHOTO_CREDITS: &[&str] = &[
    "getty images",
    "getty",
    "shutterstock",
    "alamy",
    "istock",
    "istockphoto",
    "epa",
    "epa-efe",
    "unsplash",
    "pexels",
    "pixabay",
    "wikimedia commons",
    "wikimedia",
    "handout",
    "pool",
    "file photo",
    "file",
    "supplied",
    "courtesy",
    "press service",
    "press office",
    "screengrab",
    "screenshot",
];

/// Words that open a picture caption or credit.
pub const CAPTION_OPENINGS: &[&str] = &[
    "photo:",
    "photo by",
    "photo credit",
    "photos:",
    "photograph:",
    "photograph by",
    "picture:",
    "pictured:",
    "pictured",
    "image:",
    "image credit",
    "images:",
    "credit:",
    "credits:",
    "illustration:",
    "illustration by",
    "graphic:",
    "video:",
    "file photo",
    "file picture",
    "file image",
    "(photo",
    "(image",
    "(picture",
    "(credit",
    "[photo",
    "[image",
];

/// Forum register: words and spellings readers use and reporters do not.
pub const FORUM_WORDS: &[&str] = &[
    "lol",
    "lmao",
    "rofl",
    "omg",
    "wtf",
    "imho",
    "imo",
    "smh",
    "tbh",
    "fyi",
    "btw",
    "idk",
    "u",
    "ur",
    "pls",
    "plz",
    "thx",
    "dont",
    "doesnt",
    "didnt",
    "cant",
    "wont",
    "isnt",
    "arent",
    "wasnt",
    "werent",
    "im",
    "ive",
    "youre",
    "theyre",
    "shouldnt",
    "wouldnt",
    "couldnt",
    "gonna",
    "wanna",
    "gotta",
    "ya",
    "yeah",
    "yep",
    "nope",
    "haha",
    "hahaha",
    "duh",
    "sheeple",
    "idiots",
    "idiot",
    "stupid",
    "morons",
    "moron",
    "fools",
    "fooled",
    "clowns",
    "shame",
    "disgrace",
    "pathetic",
    "ridiculous",
    "nonsense",
    "rubbish",
    "garbage",
    "agree",
    "agreed",
    "disagree",
    "exactly",
    "rightfully",
    "wake",
    "propaganda",
    "thanks",
    "thank",
    "rip",
    "respect",
    "congrats",
    "bravo",
    "wow",
    "praying",
    "prayers",
    "legend",
];

/// First- and second-person pronouns.
pub const FIRST_PERSON: &[&str] = &[
    "i", "i'm", "i’m", "me", "my", "mine", "myself", "i've", "i’ve", "i'd", "i’d",
];
pub const FIRST_PERSON_PLURAL: &[&str] = &["we", "us", "our", "ours", "ourselves"];
pub const SECOND_PERSON: &[&str] = &[
    "you", "your", "yours", "yourself", "you're", "you’re", "u", "ur",
];

/// Modal and evaluative words of opinion.
pub const OPINION_WORDS: &[&str] = &[
    "should",
    "shouldn't",
    "must",
    "ought",
    "think",
    "believe",
    "guess",
    "hope",
    "wish",
    "feel",
    "obviously",
    "clearly",
    "surely",
    "honestly",
    "really",
    "never",
    "always",
    "worry",
    "worst",
    "best",
    "terrible",
    "great",
    "good",
    "bad",
    "evil",
    "right",
    "wrong",
    "true",
    "false",
    "lies",
    "liars",
    "so",
];

/// Sets over the lists above, for the per-word lookups of the hot path
/// (a linear scan of a long list per word dominated the cleaner's time).
macro_rules! word_sets {
    ($($set:ident = $list:ident),* $(,)?) => {
        $(
            pub static $set: LazyLock<HashSet<&'static str>> =
                LazyLock::new(|| $list.iter().copied().collect());
        )*
    };
}

word_sets!(
    ADVERT_LABELS_SET = ADVERT_LABELS,
    CALL_TO_ACTION_SET = CALL_TO_ACTION,
    COMMENT_MARKERS_SET = COMMENT_MARKERS,
    COMMERCE_CORE_SET = COMMERCE_CORE,
    COMMERCE_WORDS_SET = COMMERCE_WORDS,
    CURRENCY_WORDS_SET = CURRENCY_WORDS,
    FIRST_PERSON_SET = FIRST_PERSON,
    FIRST_PERSON_PLURAL_SET = FIRST_PERSON_PLURAL,
    FORUM_WORDS_SET = FORUM_WORDS,
    FUNCTION_WORDS_SET = FUNCTION_WORDS,
    LABELS_SET = LABELS,
    OPINION_WORDS_SET = OPINION_WORDS,
    PHOTO_CREDITS_SET = PHOTO_CREDITS,
    PROMPT_CORE_SET = PROMPT_CORE,
    PROMPT_WORDS_SET = PROMPT_WORDS,
    RELATED_HEADERS_SET = RELATED_HEADERS,
    REPORTING_WORDS_SET = REPORTING_WORDS,
    SECOND_PERSON_SET = SECOND_PERSON,
    SHARE_CORE_SET = SHARE_CORE,
    SHARE_WORDS_SET = SHARE_WORDS,
    TITLE_CASE_SMALL_SET = TITLE_CASE_SMALL,
);

/// Word classes, as bits, for the one-lookup-per-word path of
/// [`crate::units::features`].
pub mod class {
    pub const TITLE_CASE_SMALL: u16 = 1;
    pub const FUNCTION: u16 = 1 << 1;
    pub const REPORTING: u16 = 1 << 2;
    pub const FIRST_PERSON: u16 = 1 << 3;
    pub const FIRST_PERSON_PLURAL: u16 = 1 << 4;
    pub const SECOND_PERSON: u16 = 1 << 5;
    pub const FORUM: u16 = 1 << 6;
    pub const OPINION: u16 = 1 << 7;
    /// Vocabulary without which no prompt, advert or caption rule fires.
    pub const MARKER_CUE: u16 = 1 << 8;
}

/// Words that [`class::MARKER_CUE`] adds beside the prompt, commerce,
/// currency and call-to-action lists.
const MARKER_CUE_WORDS: &[&str] = &[
    "sign",
    "inbox",
    "member",
    "photo",
    "photograph",
    "picture",
    "image",
    "credit",
    "pictured",
];

/// FNV-1a: the table's keys are short words, where SipHash's setup cost
/// dominates the lookup.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

static WORD_CLASSES: LazyLock<FastMap<&'static str, u16>> = LazyLock::new(|| {
    let mut table = FastMap::default();
    for (list, bit) in [
        (TITLE_CASE_SMALL, class::TITLE_CASE_SMALL),
        (FUNCTION_WORDS, class::FUNCTION),
        (REPORTING_WORDS, class::REPORTING),
        (FIRST_PERSON, class::FIRST_PERSON),
        (FIRST_PERSON_PLURAL, class::FIRST_PERSON_PLURAL),
        (SECOND_PERSON, class::SECOND_PERSON),
        (FORUM_WORDS, class::FORUM),
        (OPINION_WORDS, class::OPINION),
        (PROMPT_CORE, class::MARKER_CUE),
        (COMMERCE_CORE, class::MARKER_CUE),
        (CURRENCY_WORDS, class::MARKER_CUE),
        (CALL_TO_ACTION, class::MARKER_CUE),
        (MARKER_CUE_WORDS, class::MARKER_CUE),
    ] {
        for word in list {
            *table.entry(*word).or_insert(0) |= bit;
        }
    }
    table
});

/// The classes of a lower-case word (0 for none).
pub fn word_classes(word: &str) -> u16 {
    // Most words of a text are in no class; reject them before hashing.
    let (lengths, first_bytes) = &*WORD_CLASS_FILTER;
    let len = word.len();
    let first = word.as_bytes().first().copied().unwrap_or(0);
    if len >= 64
        || lengths & (1u64 << len) == 0
        || first_bytes[usize::from(first >> 6)] & (1u64 << (first & 63)) == 0
    {
        return 0;
    }
    WORD_CLASSES.get(word).copied().unwrap_or(0)
}

/// The lengths (bit per length) and first bytes (256-bit set) of the
/// words in [`WORD_CLASSES`].
static WORD_CLASS_FILTER: LazyLock<(u64, [u64; 4])> = LazyLock::new(|| {
    let mut lengths = 0u64;
    let mut firsts = [0u64; 4];
    for word in WORD_CLASSES.keys() {
        if word.len() < 64 {
            lengths |= 1 << word.len();
        }
        if let Some(&b) = word.as_bytes().first() {
            firsts[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }
    (lengths, firsts)
});

pub fn contains(set: &HashSet<&'static str>, word: &str) -> bool {
    set.contains(word)
}

/// The normalised agency that `name` denotes, if it is one.
pub fn agency(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_lowercase();
    AGENCIES
        .iter()
        .find(|(_, forms)| forms.contains(&lower.as_str()))
        .map(|(norm, _)| *norm)
}
