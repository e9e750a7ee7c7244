use super::*;
use crate::ids::ArticleId;
use crate::tokens::Lowered;

/// Thresholds of likeness: (similar, similar_specific, contained, common).
fn sameness(similar: f32, similar_specific: f32, contained: f32, common: f32) -> Sameness {
    Sameness {
        similar,
        similar_specific,
        contained,
        common,
    }
}

#[test]
fn the_sentences_stating_a_claim_are_those_a_comparison_with_every_sentence_finds() {
    // Sentences that share only the story's common words ("talks", "geneva",
    // "energy"), some nearly alike, others far apart, and some with specific words.
    let texts = [
        "The energy talks in Geneva ended on Monday. Talks on energy resumed in Geneva. \
         Energy ministers left the talks in Geneva early.",
        "Geneva talks on energy ended. The talks in Geneva on energy went on. \
         Negotiators in Geneva blamed the energy cartel for the stalled talks.",
        "Energy talks in Geneva. The cartel blamed negotiators for the stalled talks. \
         Prices of coal rose sharply in Asia as the talks stalled.",
    ];
    let articles = crate::article::read_texts(&texts);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    for same in [sameness(0.4, 0.5, 0.5, 0.3), sameness(0.8, 0.9, 0.9, 0.5)] {
        let claims = Claims::new(&c, same);
        let mut scratch = Scratch::default();
        for i in 0..c.len() {
            let every: Vec<(usize, f32)> = claims.with_dense(i, &mut Vec::new(), |d| {
                (0..c.len())
                    .filter_map(|j| {
                        let (sim, states) = claims.compare(d, i, j);
                        (j == i || states).then_some((j, sim))
                    })
                    .collect()
            });
            assert_eq!(
                claims.stating(i, &mut scratch),
                every,
                "{same:?}: {}",
                c.text(i)
            );
        }
    }
}

/// Six reports of one round of talks, the first three sharing most claims.
const GENEVA: [&str; 6] = [
    "Energy talks in Geneva ended on Monday without a deal on gas prices. \
         The talks in Geneva will resume in March.",
    "Talks on energy in Geneva ended without a deal on gas prices, officials said. \
         Geneva police closed two streets near the talks.",
    "The Geneva energy talks ended on Monday. Gas prices rose in Asia. \
         Officials said the talks would resume in March without the cartel.",
    "Energy ministers met in Geneva. A deal on gas prices was not reached at the talks.",
    "Energy talks in Geneva ended on Monday as gas prices, coal quotas and oil tariffs \
         divided the delegates from Norway, Qatar and Chile.",
    "Energy talks in Geneva ended on Monday without a deal, a coal trader said.",
];

#[test]
fn support_counts_the_articles_a_comparison_with_every_sentence_finds() {
    let texts = GENEVA;
    let articles = crate::article::read_texts(&texts);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    let mut supports = Vec::new();
    for same in [
        sameness(0.4, 0.5, 0.5, 0.3),
        sameness(0.3, 0.4, 0.3, 0.4),
        sameness(0.9, 0.9, 0.9, 0.2),
    ] {
        let claims = Claims::new(&c, same);
        let rare = ((same.common * c.len() as f32) as usize).clamp(1, SUPPORT_POSTINGS);
        let mut scratch = Scratch::default();
        let mut supported = 0;
        for i in 0..c.len() {
            let shares = |j: usize| {
                c.vectors.vecs[i].iter().any(|&(t, _)| {
                    claims.is_specific(t)
                        && c.vectors.df(t) <= rare
                        && c.vectors.posting(t).contains(&(j as u32))
                })
            };
            let mut stating: Vec<ArticleId> = claims.with_dense(i, &mut Vec::new(), |d| {
                (0..c.len())
                    .filter(|&j| c.article(j) != c.article(i) && shares(j))
                    .filter(|&j| claims.compare(d, i, j).1)
                    .map(|j| c.article(j))
                    .collect()
            });
            stating.dedup();
            let got = claims.support(i, &mut scratch);
            assert_eq!(got, stating.len(), "{same:?}: {}", c.text(i));
            supported += usize::from(got > 0);
        }
        supports.push(supported);
    }
    // Some sentences have support, fewer under the strictest settings.
    assert!(supports[0] > 0 && supports[1] > supports[2], "{supports:?}");
}

#[test]
fn the_similarity_of_a_sentence_stating_a_claim_is_its_cosine_to_the_bit() {
    let texts = [
        "The talks on energy prices ended in Geneva on Monday without a deal.",
        "Energy talks in Geneva ended without a deal, officials said on Monday.",
        "Ministers will meet again in Geneva next month to discuss energy prices.",
    ];
    let articles = crate::article::read_texts(&texts);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    let claims = Claims::new(&c, sameness(0.0, 0.0, 0.0, 0.5));
    let mut scratch = Scratch::default();
    for i in 0..c.len() {
        let stating = claims.stating(i, &mut scratch);
        assert!(stating.iter().any(|&(j, _)| j == i), "sentence {i}");
        for (j, sim) in stating {
            let cosine = c.vectors.cosine(i, j);
            assert_eq!(sim.to_bits(), cosine.to_bits(), "sentences {i} and {j}");
        }
    }
}

#[test]
fn searches_on_one_scratch_give_what_each_gives_on_a_fresh_one() {
    let texts = &GENEVA[..3];
    let articles = crate::article::read_texts(texts);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    let claims = Claims::new(&c, sameness(0.4, 0.5, 0.5, 0.4));
    let mut shared = Scratch::default();
    // Each sentence twice, support and stating in turn, from the last to the first.
    for i in (0..c.len()).chain(0..c.len()).rev() {
        assert_eq!(
            claims.support(i, &mut shared),
            claims.support(i, &mut Scratch::default()),
            "{}",
            c.text(i)
        );
        assert_eq!(
            claims.stating(i, &mut shared),
            claims.stating(i, &mut Scratch::default()),
            "{}",
            c.text(i)
        );
    }
}

#[test]
fn a_quotation_and_a_sentence_that_share_only_names_state_no_one_claim() {
    let texts = [
        "\"We are still pulling people out of the rubble,\" said Arequipa Governor Luis Paredes.",
        "Governor Luis Paredes said the hospital in Arequipa had been overwhelmed.",
        "Governor Luis Paredes said the hospital in Arequipa was overwhelmed by the injured.",
        "A magnitude 7.1 earthquake struck southern Peru early Tuesday, killing at least 120 people.",
        "The death toll from the earthquake rose to 134, the civil defence agency said.",
        "Rescue teams from Chile and Colombia were expected to arrive on Wednesday.",
    ];
    let articles = crate::article::read_texts(&texts);
    let lowered = Lowered::new(&articles);
    let c = Corpus::new(&articles, &lowered);
    let at = |start: &str| (0..c.len()).find(|&i| c.text(i).starts_with(start));
    let (Some(quoted), Some(plain), Some(other)) = (
        at("\"We are"),
        at("Governor Luis Paredes said the hospital in Arequipa had"),
        at("Governor Luis Paredes said the hospital in Arequipa was"),
    ) else {
        panic!("sentences not found");
    };
    let claims = Claims::new(&c, sameness(0.4, 0.5, 0.5, 0.1));
    let mut scratch = Scratch::default();
    let stating = |i: usize, scratch: &mut Scratch| -> Vec<usize> {
        claims
            .stating(i, scratch)
            .into_iter()
            .map(|(j, _)| j)
            .collect()
    };
    assert!(!stating(quoted, &mut scratch).contains(&plain));
    assert!(!stating(plain, &mut scratch).contains(&quoted));
    // What the two plain sentences say beyond the names is alike: one claim.
    assert!(stating(plain, &mut scratch).contains(&other));
}
