//! The generated country gazetteer: names, codes and demonyms resolve to
//! the country they denote, and region adjectives to none.

use parallax_entities::country;

#[test]
fn demonyms_resolve_to_their_own_country() {
    for (surface, want) in [
        ("South African", Some("South Africa")),
        ("South Sudanese", Some("South Sudan")),
        ("Indian", Some("India")),
        ("Frenchman", Some("France")),
        ("Macedonian", Some("North Macedonia")),
        ("U.S.", Some("United States")),
        ("American", Some("United States")),
        ("Tajik", Some("Tajikistan")),
        // regions and plain words are no country
        ("Western", None),
        ("African", None),
        ("Arab", None),
        ("European", None),
    ] {
        assert_eq!(country(surface), want, "{surface}");
    }
}
