//! Word lists for figure extraction: number words, scales, units, currencies,
//! hedges, what-is-counted states and the function words that bound a noun
//! phrase. All lookups take lowercase words (except where noted) and are
//! plain `match`es: no allocation, no tables to load.

/// Value of a cardinal number word (`zero`…`nineteen`, tens, and hyphenated
/// compounds such as `twenty-one`).
pub use parallax_core::words::cardinal;

/// Multiplier words that follow a number (`3 million`, `4.2bn`).
pub fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// Vague plural quantities: `(lower, upper)` of the range they stand for.
pub fn vague(w: &str) -> Option<(f64, f64)> {
    Some(match w {
        "dozens" => (24.0, 99.0),
        "scores" => (40.0, 99.0),
        "tens" => (20.0, 99.0),
        "hundreds" => (200.0, 999.0),
        "thousands" => (2e3, 9999.0),
        "millions" => (2e6, 9.999e6),
        "billions" => (2e9, 9.999e9),
        _ => return None,
    })
}

/// Fraction words, as a share (`0.5` for `half`).
pub fn fraction(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "one-half" => 0.5,
        "third" | "one-third" => 1.0 / 3.0,
        "two-thirds" => 2.0 / 3.0,
        "quarter" | "one-quarter" => 0.25,
        "three-quarters" => 0.75,
        "fifth" | "one-fifth" => 0.2,
        "two-fifths" => 0.4,
        "three-fifths" => 0.6,
        "four-fifths" => 0.8,
        "tenth" | "one-tenth" => 0.1,
        _ => return None,
    })
}

/// ISO code of a currency symbol.
pub fn currency_symbol(c: &str) -> Option<&'static str> {
    Some(match c {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₺" => "TRY",
        "₴" => "UAH",
        "₦" => "NGN",
        "₪" => "ILS",
        _ => return None,
    })
}

/// ISO code for a prefix glued to `$` (`US$`, `A$`, `HK$`); takes the
/// prefix as written.
pub fn dollar_prefix(p: &str) -> Option<&'static str> {
    Some(match p {
        "US" => "USD",
        "A" | "AU" => "AUD",
        "C" | "CA" => "CAD",
        "HK" => "HKD",
        "NZ" => "NZD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "Mex" | "MX" => "MXN",
        _ => return None,
    })
}

/// A currency code written before or after a number (`USD 40m`); takes the
/// word as written (upper case).
pub fn currency_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" => "USD",
        "EUR" => "EUR",
        "GBP" => "GBP",
        "JPY" => "JPY",
        "CNY" | "RMB" => "CNY",
        "RUB" => "RUB",
        "INR" | "Rs" => "INR",
        "CHF" => "CHF",
        "AUD" => "AUD",
        "CAD" => "CAD",
        "HKD" => "HKD",
        "SEK" => "SEK",
        "NOK" => "NOK",
        "DKK" => "DKK",
        "PLN" => "PLN",
        "CZK" => "CZK",
        "HUF" => "HUF",
        "TRY" => "TRY",
        "UAH" => "UAH",
        "ZAR" => "ZAR",
        "BRL" => "BRL",
        "MXN" => "MXN",
        "KRW" => "KRW",
        "SGD" => "SGD",
        "NZD" => "NZD",
        "NGN" => "NGN",
        "KES" => "KES",
        "EGP" => "EGP",
        "SAR" => "SAR",
        "AED" => "AED",
        "ILS" => "ILS",
        _ => return None,
    })
}

/// ISO code of a currency word after a number (`40 euros`).
pub fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" => "USD",
        "euro" | "euros" => "EUR",
        "pound" | "pounds" | "sterling" => "GBP",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "rupee" | "rupees" => "INR",
        "franc" | "francs" => "CHF",
        "hryvnia" | "hryvnias" => "UAH",
        "zloty" | "zlotys" => "PLN",
        "rand" => "ZAR",
        "naira" => "NGN",
        "shekel" | "shekels" => "ILS",
        "lira" | "lire" => "TRY",
        "krona" | "kronor" => "SEK",
        "koruna" | "korunas" => "CZK",
        "forint" | "forints" => "HUF",
        "leu" | "lei" => "RON",
        // the same word for several currencies: kept as a word
        "crown" | "crowns" => "crown",
        "krone" | "kroner" => "krone",
        "dinar" | "dinars" => "dinar",
        "peso" | "pesos" => "peso",
        "shilling" | "shillings" => "shilling",
        _ => return None,
    })
}

/// Canonical unit of a unit word or abbreviation after a number, and how
/// many tokens it took (for two-word units the caller passes the next word).
pub fn unit_word(w: &str, next: Option<&str>) -> Option<(&'static str, usize)> {
    if let Some(n) = next {
        let two = match (w, n) {
            ("per", "cent") => Some("percent"),
            ("percentage", "points") | ("percentage", "point") => Some("percentage point"),
            ("square", "kilometres" | "kilometers" | "km") | ("sq", "km") => Some("km2"),
            ("square", "miles") | ("sq", "miles") => Some("sq mi"),
            ("square", "metres" | "meters") | ("sq", "m") => Some("m2"),
            ("cubic", "metres" | "meters") => Some("m3"),
            ("light", "years") => Some("light year"),
            ("degrees", "celsius" | "c") => Some("°C"),
            ("degrees", "fahrenheit" | "f") => Some("°F"),
            ("us", "dollars") => Some("USD"),
            _ => None,
        };
        if let Some(u) = two {
            return Some((u, 2));
        }
    }
    let u = match w {
        "%" | "percent" | "pc" | "pct" => "percent",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "mile" | "miles" => "mi",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" => "in",
        "yard" | "yards" => "yd",
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => "kg",
        "gram" | "grams" | "gramme" | "grammes" => "g",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "lb" | "lbs" => "lb",
        "hectare" | "hectares" | "ha" => "ha",
        "acre" | "acres" => "acre",
        "km2" | "km²" => "km2",
        "litre" | "litres" | "liter" | "liters" => "l",
        "barrel" | "barrels" => "barrel",
        "gallon" | "gallons" => "gal",
        "second" | "seconds" | "secs" => "s",
        "minute" | "minutes" | "min" | "mins" => "min",
        "hour" | "hours" | "hrs" => "h",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" => "year",
        "decade" | "decades" => "decade",
        "km/h" | "kmh" | "kph" => "km/h",
        "mph" => "mph",
        "knot" | "knots" => "knot",
        "point" | "points" | "pts" => "point",
        "magnitude" => "magnitude",
        "degree" | "degrees" => "degree",
        "°c" => "°C",
        "°f" => "°F",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kw" | "kilowatt" | "kilowatts" => "kW",
        "kwh" => "kWh",
        "mwh" => "MWh",
        "gwh" => "GWh",
        "twh" => "TWh",
        _ => return None,
    };
    Some((u, 1))
}

/// Is the unit a length (so `long`, `deep`, `away` after it say what it
/// measures)?
pub fn is_length(u: &str) -> bool {
    matches!(u, "km" | "m" | "cm" | "mm" | "mi" | "ft" | "in" | "yd")
}

/// What a dimension word after a length says is measured.
pub fn dimension(w: &str) -> Option<&'static str> {
    Some(match w {
        "long" => "length",
        "wide" | "across" => "width",
        "high" | "tall" => "height",
        "deep" => "depth",
        "thick" => "thickness",
        "away" | "downstream" | "upstream" | "north" | "south" | "east" | "west" | "northeast"
        | "northwest" | "southeast" | "southwest" | "inland" | "offshore" | "downriver"
        | "upriver" | "outside" => "distance",
        "below" | "underground" | "beneath" | "underwater" => "depth",
        "above" => "height",
        _ => return None,
    })
}

/// Hedges written before a number, longest first. Each entry: the words,
/// and the hedge as output (`None`: the words themselves).
pub const HEDGES_BEFORE: &[(&[&str], Option<&str>)] = &[
    (&["no", "fewer", "than"], None),
    (&["no", "more", "than"], None),
    (&["not", "more", "than"], None),
    (&["no", "less", "than"], None),
    (&["in", "excess", "of"], None),
    (&["as", "many", "as"], None),
    (&["as", "much", "as"], None),
    (&["as", "few", "as"], None),
    (&["as", "little", "as"], None),
    (&["a", "little", "over"], None),
    (&["a", "little", "under"], None),
    (&["more", "than"], None),
    (&["less", "than"], None),
    (&["fewer", "than"], None),
    (&["at", "least"], None),
    (&["at", "most"], None),
    (&["up", "to"], None),
    (&["close", "to"], None),
    (&["upwards", "of"], None),
    (&["just", "over"], None),
    (&["just", "under"], None),
    (&["just", "below"], None),
    (&["just", "above"], None),
    (&["well", "over"], None),
    (&["well", "above"], None),
    (&["an", "estimated"], None),
    (&["nearly"], None),
    (&["almost"], None),
    (&["about"], None),
    (&["around"], None),
    (&["roughly"], None),
    (&["approximately"], None),
    (&["approx"], Some("approximately")),
    (&["some"], None),
    (&["over"], None),
    (&["under"], None),
    (&["below"], None),
    (&["above"], None),
    (&["estimated"], None),
    (&["circa"], Some("about")),
    (&["ca"], Some("about")),
    (&["barely"], None),
    (&["nigh"], Some("nearly")),
];

/// Verbs before a number that hedge it (`toll nears 90`), as the hedge
/// they stand for. They are not part of the figure's text.
pub fn verb_hedge(w: &str) -> Option<&'static str> {
    Some(match w {
        "nears" | "neared" | "nearing" | "approaches" | "approached" | "approaching" => "nearly",
        "tops" | "topped" | "topping" | "exceeds" | "exceeded" | "exceeding" | "surpasses"
        | "surpassed" | "passes" | "passed" => "more than",
        _ => return None,
    })
}

/// What is counted, from a state word around the number. The keys are the
/// normalised `counts` vocabulary (see the module documentation).
pub fn state(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "kill" | "kills" | "killing" | "dead" | "died" | "die" | "dies" | "deaths"
        | "death" | "fatalities" | "fatality" | "perished" | "drowned" | "bodies" | "toll"
        | "slain" | "lives" => "killed",
        "injured" | "injuring" | "injuries" | "injures" | "wounded" | "wounding" | "hurt" => {
            "injured"
        }
        "missing" | "unaccounted" | "disappeared" => "missing",
        "displaced" | "displacing" | "evacuated" | "evacuating" | "evacuees" | "homeless"
        | "uprooted" | "fled" | "fleeing" | "relocated" | "rehoused" | "resettled" | "shelters"
        | "shelter" => "displaced",
        "arrested" | "arresting" | "arrests" | "detained" | "detaining" | "detentions" => {
            "arrested"
        }
        "rescued" | "rescuing" => "rescued",
        "hospitalised" | "hospitalized" | "hospitalisations" | "hospitalizations" => "hospitalised",
        "infected" | "infections" | "cases" => "infected",
        "affected" => "affected",
        "trapped" => "trapped",
        "stranded" => "stranded",
        "damaged" => "damaged",
        "destroyed" => "destroyed",
        _ => return None,
    })
}

/// Person nouns dropped before a state (`41 people killed` → `killed`).
pub fn generic_person(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "person"
            | "individuals"
            | "residents"
            | "civilians"
            | "citizens"
            | "inhabitants"
            | "villagers"
            | "locals"
            | "others"
            | "more"
            | "those"
            | "them"
            | "victims"
    )
}

/// Words that end the search for what is counted (clause breaks).
pub fn breaker(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "or"
            | "nor"
            | "while"
            | "whereas"
            | "because"
            | "although"
            | "though"
            | "if"
            | "unless"
            | "than"
            | "so"
            | "yet"
    )
}

/// Function words, auxiliaries, reporting verbs and adverbs: never what is
/// counted.
pub fn function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "across"
            | "over"
            | "under"
            | "after"
            | "before"
            | "during"
            | "since"
            | "as"
            | "when"
            | "where"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "this"
            | "these"
            | "those"
            | "their"
            | "its"
            | "his"
            | "her"
            | "our"
            | "your"
            | "my"
            | "them"
            | "they"
            | "he"
            | "she"
            | "it"
            | "we"
            | "you"
            | "i"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "being"
            | "had"
            | "has"
            | "have"
            | "having"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "do"
            | "did"
            | "does"
            | "not"
            | "no"
            | "more"
            | "less"
            | "fewer"
            | "further"
            | "additional"
            | "other"
            | "still"
            | "now"
            | "already"
            | "far"
            | "also"
            | "just"
            | "only"
            | "said"
            | "says"
            | "say"
            | "told"
            | "according"
            | "times"
            | "ago"
            | "each"
            | "apiece"
            | "later"
            | "earlier"
            | "per"
            | "all"
            | "some"
            | "many"
            | "several"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "least"
            | "most"
            | "up"
            | "out"
            | "off"
            | "down"
            | "there"
            | "here"
            | "then"
            | "even"
            | "again"
            | "too"
            | "very"
            | "what"
            | "how"
            | "why"
            | "whether"
            | "against"
            | "between"
            | "among"
            | "amid"
            | "through"
            | "via"
            | "within"
            | "near"
            | "behind"
            | "beyond"
            | "until"
            | "till"
            | "like"
            | "unlike"
            | "plus"
            | "minus"
            | "including"
            | "such"
            | "own"
            | "same"
            | "another"
            | "both"
            | "either"
            | "neither"
            | "every"
            | "any"
            | "none"
            | "much"
            | "reportedly"
            | "allegedly"
            | "feared"
            | "believed"
            | "thought"
            | "reported"
            | "confirmed"
            | "estimated"
            | "expected"
            | "left"
            | "remain"
            | "remained"
            | "remains"
            | "got"
            | "get"
            | "became"
            | "become"
            | "year"
            | "years"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "hour"
            | "hours"
            | "time"
            | "percent"
            | "last"
            | "next"
            | "past"
            | "first"
            | "final"
            | "aboard"
            | "onboard"
            | "worth"
            | "overall"
            | "total"
            | "altogether"
            | "respectively"
            | "overnight"
            | "him"
            | "me"
            | "us"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "struck"
            | "hit"
            | "hits"
            | "took"
            | "made"
            | "came"
            | "went"
            | "fell"
            | "rose"
            | "lost"
            | "won"
            | "sank"
            | "broke"
            | "ran"
            | "gave"
            | "found"
            | "held"
            | "began"
            | "saw"
            | "put"
            | "set"
            | "kept"
            | "brought"
            | "fought"
            | "caught"
            | "sought"
            | "spent"
            | "sent"
            | "built"
            | "met"
            | "led"
            | "paid"
            | "stood"
            | "swept"
            | "rang"
            | "gone"
            | "taken"
            | "given"
            | "seen"
            | "done"
            | "known"
            | "shown"
            | "grown"
            | "drawn"
            | "thrown"
            | "today"
            | "tonight"
            | "yesterday"
            | "tomorrow"
            | "meanwhile"
            | "instead"
            | "afterwards"
            | "apart"
            | "together"
            | "alone"
            | "away"
            | "back"
            | "home"
    )
}

/// Words between a figure and the noun before it that still make the noun
/// the measured thing (`inflation rose to 18%`, `the toll stood at 63`).
pub fn connector(w: &str) -> bool {
    matches!(
        w,
        "to" | "at"
            | "by"
            | "of"
            | "from"
            | "rose"
            | "risen"
            | "rising"
            | "rises"
            | "rise"
            | "fell"
            | "fallen"
            | "falling"
            | "falls"
            | "fall"
            | "climbed"
            | "climbing"
            | "climbs"
            | "jumped"
            | "jumps"
            | "soared"
            | "soars"
            | "surged"
            | "surges"
            | "increased"
            | "increases"
            | "decreased"
            | "decreases"
            | "dropped"
            | "drops"
            | "declined"
            | "declines"
            | "grew"
            | "grown"
            | "grows"
            | "eased"
            | "slowed"
            | "accelerated"
            | "slipped"
            | "edged"
            | "dipped"
            | "plunged"
            | "plummeted"
            | "tumbled"
            | "rebounded"
            | "recovered"
            | "widened"
            | "narrowed"
            | "shrank"
            | "expanded"
            | "doubled"
            | "tripled"
            | "halved"
            | "reached"
            | "reaches"
            | "hit"
            | "hits"
            | "stood"
            | "stands"
            | "totalled"
            | "totaled"
            | "totals"
            | "was"
            | "is"
            | "were"
            | "are"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "now"
            | "cost"
            | "costs"
            | "costing"
            | "worth"
            | "valued"
            | "put"
            | "an"
            | "a"
            | "the"
            | "just"
            | "only"
            | "also"
            | "already"
            | "officially"
    )
}

/// Change verbs: `rose from 41 to 63` reports two values, not a range.
pub fn change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rising"
            | "rises"
            | "fell"
            | "fallen"
            | "falling"
            | "falls"
            | "climbed"
            | "climbing"
            | "jumped"
            | "soared"
            | "surged"
            | "increased"
            | "increasing"
            | "decreased"
            | "dropped"
            | "declined"
            | "grew"
            | "grown"
            | "raised"
            | "revised"
            | "cut"
            | "lowered"
            | "up"
            | "down"
            | "upgraded"
            | "downgraded"
            | "went"
            | "moved"
            | "doubled"
            | "tripled"
            | "halved"
    )
}

/// Words before a number that make it a label, not a quantity
/// (`Section 4`, `Flight 302`, `page 12`).
pub fn label_word(w: &str) -> bool {
    matches!(
        w,
        "section"
            | "article"
            | "chapter"
            | "paragraph"
            | "clause"
            | "subsection"
            | "page"
            | "pages"
            | "p"
            | "pp"
            | "resolution"
            | "route"
            | "highway"
            | "motorway"
            | "flight"
            | "room"
            | "gate"
            | "platform"
            | "terminal"
            | "no"
            | "nos"
            | "number"
            | "item"
            | "rule"
            | "amendment"
            | "phase"
            | "stage"
            | "level"
            | "category"
            | "grade"
            | "version"
            | "season"
            | "episode"
            | "part"
            | "unit"
            | "block"
            | "reactor"
            | "building"
            | "floor"
            | "line"
            | "bus"
            | "track"
            | "lane"
            | "exit"
            | "junction"
            | "tel"
            | "phone"
            | "telephone"
            | "fax"
            | "hotline"
            | "call"
            | "mobile"
            | "id"
            | "ref"
            | "reference"
            | "case"
            | "ticket"
            | "invoice"
            | "account"
            | "code"
            | "serial"
            | "isbn"
            | "issn"
            | "doi"
            | "figure"
            | "fig"
            | "table"
            | "annex"
            | "appendix"
            | "volume"
            | "vol"
            | "issue"
            | "article's"
            | "district"
            | "ward"
            | "zone"
            | "sector"
            | "camp"
            | "bay"
            | "berth"
            | "pier"
            | "dock"
            | "act"
            | "bill"
            | "law"
            | "decree"
            | "order"
            | "directive"
            | "regulation"
            | "protocol"
            | "convention"
            | "covid"
            | "g"
            | "channel"
            | "studio"
            | "apollo"
            | "windows"
            | "iphone"
    )
}

/// Words before a number that make it a year (`in 2021`, `since 1998`).
pub fn year_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "of"
            | "by"
            | "until"
            | "till"
            | "from"
            | "before"
            | "after"
            | "during"
            | "the"
            | "mid"
            | "early"
            | "late"
            | "year"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "fall"
            | "through"
            | "to"
            | "and"
            | "or"
            | "between"
            | "circa"
            | "c"
            | "ca"
            | "around"
            | "about"
            | "season"
            | "fiscal"
            | "financial"
            | "budget"
            | "election"
            | "census"
    )
}

/// Month names and abbreviations, as written (capitalised).
pub fn month(w: &str) -> bool {
    matches!(
        w,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "JANUARY"
            | "FEBRUARY"
            | "MARCH"
            | "APRIL"
            | "MAY"
            | "JUNE"
            | "JULY"
            | "AUGUST"
            | "SEPTEMBER"
            | "OCTOBER"
            | "NOVEMBER"
            | "DECEMBER"
    )
}

/// Day names, as written.
pub fn weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
    )
}

/// Clock words after a number (`7 am`, `4.52 a.m.`, `14 GMT`).
pub fn clock_word(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm"
            | "a.m"
            | "p.m"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "est"
            | "edt"
            | "pst"
            | "pdt"
            | "msk"
            | "o'clock"
            | "o’clock"
            | "h"
    )
}
