//! Words that state the same thing in news English, each with the word that stands for
//! its group when sentences are compared. Lowercase; stems as the similarity stage cuts
//! them ("talks" gives "talk", "briefed" gives "brief").

/// `(word, stands for)`.
pub const SYNONYMS: &[(&str, &str)] = &[
    ("victory", "win"),
    ("triumph", "win"),
    ("won", "win"),
    ("update", "brief"),
    ("inform", "brief"),
    ("debrief", "brief"),
    ("doubt", "doubt"),
    ("skepticism", "doubt"),
    ("scepticism", "doubt"),
    ("skeptical", "doubt"),
    ("sceptical", "doubt"),
    ("sceptic", "doubt"),
    ("skeptic", "doubt"),
    ("doubted", "doubt"),
    ("truce", "ceasefire"),
    ("cease-fire", "ceasefire"),
    ("deal", "agreement"),
    ("accord", "agreement"),
];
