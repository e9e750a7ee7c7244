use super::*;

#[test]
fn furniture_lines_by_their_whole_shape() {
    let cases = [
        "Next Story",
        "ALSO READ: Leaders trade barbs after talks collapse",
        "Read more: Ministers to meet again in May",
        "Watch: the minister's reply",
        "Loving TheDailyPaper? Download the app now",
        "(With agency inputs.)",
        "With inputs from agencies",
        "Photo: AFP",
        "Updated: Aug 16, 2025 10:30 IST",
        "August 16, 2025 10:30 am",
        "PUBLISHED: 10:04 EST, 2 March 2014 | UPDATED: 12:30 EST, 2 March 2014",
        "Updated 3:04 PM ET, Tue March 4, 2014",
        "Last updated: 2 hours ago",
        "Example News (New York) First published February 1, 2016: 1:28 AM ET",
        "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm",
        "Posted by Jane Doe, Software Engineer on Example Network",
        "by Jane Doe 22 Dec 2016",
        "Continue reading the main story",
        "See also",
        "5 min read",
        "Share on WhatsApp",
        "Subscribe to our newsletter",
        "Advertisement",
        "By Jane Doe",
        "By",
        "By JANE DOE and JOHN ROE, Example Press Writers",
        "By Jane Doe, CNN",
        "By Jane Doe | Senior Reporter",
        "(Reporting by Jane Doe in Lagos; Editing by John Roe)",
        "Reporting by Jane Doe; additional reporting by Max Roe",
        // After CNN test story 187: parts set off by commas, a place, contributions.
        "Reported by Example's Jane Doe in Doha, written in Atlanta by Tom Roe with contributions from Max Roe in Atlanta, Ann Lee and Joe Park in Washington.",
        "\u{a9} 2025 Example Media. All rights reserved.",
        "https://example.com/story/123",
        "@newsdesk #election",
        "|",
        "***",
        "Home | News | Sport | Business",
        "World \u{203a} Europe \u{203a} Politics",
        "Share or comment on this article:",
        "Most watched News videos",
    ];
    for line in cases {
        assert!(is_furniture(line), "furniture: {line:?}");
    }
    // Bylines without "By" are furniture at the edges of an article, and never its title.
    for line in [
        "Jane Doe, Senior Political Reporter",
        "Staff Reporter and Associated Press",
        "Jane Doe | Example News",
        "Jane Doe, Reuters",
    ] {
        assert!(is_never_title(line), "byline: {line:?}");
    }
}

#[test]
fn sentences_with_cue_words_inside_are_kept() {
    let cases = [
        "The festival was sponsored by Finland.",
        "They share one goal: peace.",
        "The admin read the statement aloud.",
        "The paper has two million subscribers.",
        "Officials ate cookies.",
        "He sent the message on WhatsApp.",
        "Ms. Okafor declined to make comments.",
        "By Monday evening, the talks had collapsed.",
        "First on the agenda was trade.",
        "Watch: the talks ended abruptly.",
        "Reporting by the state media was scant.",
        "Contributions from the state were written in by hand.",
        "Reported by Jane Doe in Doha, the attack killed four people.",
        "In this image-obsessed age, leaders live by the photo opportunity.",
        "By contrast, the earlier trial in Oslo lasted only two weeks and ended early.",
        "The minister said he would not subscribe to that view at the conference on Friday.",
        "He was born on August 16, 1950.",
        "Union stands firm on pay",
        "Market jitters",
        "Brazil denied the report",
        "1. The first item 2. The second item",
        "- A pay rise in the spring",
        "What was agreed:",
        "WE WILL NOT GIVE UP, THE CROWD CHANTED.",
        "Read the report in full before the vote, the minister urged.",
        "Share prices fell sharply on Monday.",
        "Jane Doe (left) was elected in May, and the vote was close.",
        "The photo was taken on May 3, 2021.",
        "Updated figures were published on Monday.",
        "The copyright dispute dragged on for years.",
        "Jane Doe contributed to this report.",
        "The report was published on May 3, 2025.",
        "Okafor updated her statement on May 3, 2025",
        "LAURIE DOE IS THE NETWORK POLITICAL EDITOR",
        "Interactive Editor",
    ];
    for line in cases {
        assert!(!is_furniture(line), "kept: {line:?}");
    }
}

#[test]
fn short_scraps_go_only_at_the_edges() {
    let text = "Next Story\nDailyWire\n\nFloods close roads in the north\n\nSend Push\nRescuers worked on Friday for three hours in the valley.\n\nMarket jitters\nInvestors had feared a sharp fall in prices.\nShare\n";
    assert_eq!(
        clean(text),
        "Floods close roads in the north\n\nRescuers worked on Friday for three hours in the valley.\n\nMarket jitters\nInvestors had feared a sharp fall in prices."
    );
}

#[test]
fn a_lone_by_takes_the_names_after_it() {
    let text = "Strike talks break down in Geneva\nBy\nStaff Reporter and Associated Press\n\nPUBLISHED: 10:04 EST, 2 March 2014 | UPDATED: 12:30 EST, 2 March 2014\n\nThe union leaders met in Geneva on Monday for three hours.";
    assert_eq!(
        clean(text),
        "Strike talks break down in Geneva\n\nThe union leaders met in Geneva on Monday for three hours."
    );
}

#[test]
fn outlet_bylines_go_at_the_edges_only() {
    let text = "Strike enters its second week\nJane Doe, Reuters\n\nThe union leaders met in Geneva on Monday for three hours.\n\nLagos Waits, Abuja Watches\n\nThe next round is set for May, officials said on Monday.";
    assert_eq!(
        clean(text),
        "Strike enters its second week\n\nThe union leaders met in Geneva on Monday for three hours.\n\nLagos Waits, Abuja Watches\n\nThe next round is set for May, officials said on Monday."
    );
}

#[test]
fn repeated_short_lines_are_furniture() {
    let text = "The union leaders met in Geneva on Monday for three hours.\nPromoted\nThe talks ended without a pay offer, officials said.\nPromoted\nThe next round is set for May, officials said.\nPromoted\nNobody was hurt.";
    assert_eq!(
        clean(text),
        "The union leaders met in Geneva on Monday for three hours.\nThe talks ended without a pay offer, officials said.\nThe next round is set for May, officials said.\nNobody was hurt."
    );
}

#[test]
fn datelines_come_off_and_map_back() {
    let text = "Talks resume in Lima\n\nLima, Peru (CNN)Ending a long standstill, the talks resumed on Monday.";
    let (cleaned, map) = clean_mapped(text);
    assert_eq!(
        cleaned,
        "Talks resume in Lima\n\nEnding a long standstill, the talks resumed on Monday."
    );
    let at = cleaned.find("Ending").unwrap_or(0);
    assert_eq!(
        &text[map.span(at..cleaned.len())],
        "Ending a long standstill, the talks resumed on Monday."
    );
}

#[test]
fn a_dropped_last_line_is_not_in_the_map() {
    let text = "The union leaders met in Geneva on Monday for three hours.\nShare on WhatsApp";
    let (cleaned, map) = clean_mapped(text);
    assert_eq!(
        &text[map.span(0..cleaned.len())],
        "The union leaders met in Geneva on Monday for three hours."
    );
}
