use super::*;

#[test]
fn a_word_finds_the_term_of_its_stem_whether_or_not_the_text_holds_it() {
    // Words that are their own stem ("talk"), whose stem is another word of the text
    // ("talks" and "talk"), stems that are no word ("agree", "agre"), a word that is
    // the stem of an earlier word but not its own ("governmental" gives "government",
    // which gives "govern"), stems that are no start of their first word but of a
    // later one ("happy" and "happiness" give "happi", "hoping" and "hope" give
    // "hope"), figures.
    let text = "talks talk talked agreement agree agreed news new ran running 2025 \
                us-led ceasefire ceasefires governmental government governed \
                happy happiness hoping hope";
    let words: Vec<&str> = text.split_whitespace().collect();
    let (terms, ids) = Terms::number([words.clone()].into_iter(), words.len());
    for (seen, w) in words.iter().flat_map(|w| pieces(w)).enumerate() {
        let want = stopwords()
            .get(w)
            .copied()
            .or_else(|| terms.stem_id(&stem(w)));
        assert!(want.is_some(), "{w:?} has no term");
        assert_eq!(terms.find(w), want, "{w:?}");
        assert_eq!(
            ids.run(0).get(seen).copied(),
            want,
            "{w:?}: its id in the text"
        );
    }
    // Words the text does not hold find the term of their stem, if any.
    for (w, like) in [
        ("talking", "talk"),
        ("agreements", "agreement"),
        ("news", "news"),
    ] {
        assert_eq!(terms.find(w), terms.find(like), "{w:?} / {like:?}");
    }
    assert_eq!(terms.find("elephant"), None);
}

#[test]
fn inflections_share_a_stem() {
    let cases = [
        ("talks", "talked"),
        ("agreement", "agreements"),
        ("negotiating", "negotiated"),
        ("ostrovskiy", "ostrovsky"),
        ("ostrovskyy", "ostrovski"),
    ];
    for (a, b) in cases {
        assert_eq!(stem(a), stem(b), "{a} / {b}");
    }
    assert_ne!(stem("general"), stem("generous"));
}

#[test]
fn odd_words_never_break_the_stemmer() {
    for w in [
        "ion", "ions", "eing", "aed", "aing", "ies", "eed", "y", "yy", "sky", "é", "naïve", "ßs",
        "a-b", "''", "1990s",
    ] {
        let _ = stem(w);
    }
}

#[test]
fn pieces_split_hyphens_and_possessives() {
    let p: Vec<&str> = pieces("five-hour").collect();
    assert_eq!(p, ["five", "hour"]);
    let p: Vec<&str> = pieces("dorvan's").collect();
    assert_eq!(p, ["dorvan"]);
    // A number with a short scale is numbered as the number and the scale written out.
    let (t, runs) = Terms::number([["40bn", "40", "billion", "2m", "million"]].into_iter(), 5);
    let ids = runs.run(0);
    assert_eq!(ids.len(), 7, "{ids:?}");
    assert_eq!((ids[0], ids[1]), (ids[2], ids[3]));
    assert_eq!((ids[4], ids[5]), (t.find("2").unwrap_or(0), ids[6]));
    for word in ["4x4", "g7", "m", "bn", "1990s", "4km"] {
        assert_eq!(scaled(word), None, "{word}");
    }
    let (t, runs) = Terms::number([["hours", "the", "2019", "hour", "x"]].into_iter(), 5);
    let ids = [runs.run(0)];
    assert_eq!(ids[0][0], ids[0][3]);
    assert!(t.is_stop(ids[0][1]));
    assert!(!t.is_stop(ids[0][2]));
    assert!(t.is_stop(ids[0][4]), "a lone letter");
    assert_eq!(t.find("hours"), Some(ids[0][0]));
    assert_eq!(t.find("hour's"), None, "pieces are looked up, not words");
    assert_eq!(t.find("the"), Some(ids[0][1]));
    assert_eq!(t.find("2019"), Some(ids[0][2]));
    assert_eq!(t.find("unheard"), None);
}

#[test]
fn words_met_again_keep_their_terms_when_the_memo_is_crowded() {
    // Words of one piece, of several ("cease-fire"), possessives, function words, each
    // met three times; with room for none, most words share a memo slot with others.
    let mut text = String::new();
    for round in 0..3 {
        for k in 0..200 {
            text.push_str(&format!("word{k} the cease-fire{k} leader{k}'s {round} "));
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for room in [0, words.len()] {
        let (terms, ids) = Terms::number([words.clone()].into_iter(), room);
        let want: Vec<Option<u32>> = words
            .iter()
            .flat_map(|w| pieces(w))
            .map(|p| terms.find(p))
            .collect();
        let got: Vec<Option<u32>> = ids.run(0).iter().map(|&id| Some(id)).collect();
        assert_eq!(got, want, "room for {room} words");
    }
}
