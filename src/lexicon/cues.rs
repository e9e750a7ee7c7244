//! Cue phrases: the words that announce a delegation, a meeting, an absence.

use super::Words;

/// Phrases after which a list of attendees follows ("the president was joined by the foreign minister and ...").
/// Lowercase; matched on word boundaries.
pub const DELEGATION_CUES: Words = words![
    "was joined by",
    "were joined by",
    "joined by",
    "was accompanied by",
    "were accompanied by",
    "accompanied by",
    "delegation included",
    "delegation includes",
    "delegation consisted of",
    "delegation comprised",
    "delegation was made up of",
    "delegation was led by",
    "was represented by",
    "were represented by",
    "represented by",
    "brought along",
    "brought",
    "also included",
    "included",
    "flanked by",
    "was flanked by",
    "came with",
    "arrived with",
    "was attended by",
    "were attended by",
    "attended by",
    "chaired by",
    "co-chaired by",
    "hosted by",
    "mediated by",
    "presided over by",
    "sat alongside",
    "the delegation of",
    "delegation of",
    "delegation featuring",
    "also present were",
    "also attending were",
    "in attendance were",
    "among those present were",
];

/// Words that mark a sentence as denying or doubting what its cue says.
pub const NEGATIONS: Words = words![
    "not",
    "never",
    "no",
    "without",
    "absent",
    "excluded",
    "uninvited",
    "neither",
    "nor",
    "wasn't",
    "weren't",
    "didn't",
    "won't",
    "isn't",
    "aren't",
];

/// Words that open a clause or phrase after an attendee list ("..., who", "..., while"),
/// besides prepositions and participles, which end a list by rule.
pub const LIST_ENDERS: Words = words!["who", "which", "whose", "while", "whereas", "as"];

/// Cues after which the head of a delegation is named ("the delegation, led by ...").
/// Lowercase; matched on word boundaries.
pub const HEAD_CUES: Words = words![
    "led by",
    "was led by",
    "were led by",
    "is led by",
    "headed by",
    "was headed by",
    "were headed by",
    "is headed by",
];

/// Verbs by which people take part in talks ("Kim met Lee", "they held talks"). Lowercase.
pub const MEETING_VERBS: Words = words![
    "met",
    "meets",
    "negotiated",
    "negotiates",
    "talked",
    "held talks",
    "holds talks",
    "hosted",
    "hosts",
    "received",
    "welcomed",
    "greeted",
];

/// Meeting nouns with "with", by which the subject of the sentence met the people named
/// after them ("X flew to Cairo for a meeting with Y", "during a session with Y").
/// Lowercase.
pub const MEETING_NOUNS: Words = words![
    "meeting with",
    "meetings with",
    "talks with",
    "session with",
    "negotiations with",
    "discussions with",
    "consultations with",
    "summit with",
];

/// Words shortly before a meeting noun that make the meeting only sought, offered or
/// refused, not held ("called for talks with", "rejected a meeting with").
pub const SOUGHT: Words = words![
    "call",
    "called",
    "calls",
    "calling",
    "demand",
    "demanded",
    "demands",
    "seek",
    "sought",
    "seeks",
    "seeking",
    "propose",
    "proposed",
    "proposes",
    "offer",
    "offered",
    "offers",
    "refuse",
    "refused",
    "refuses",
    "reject",
    "rejected",
    "rejects",
    "urge",
    "urged",
    "urges",
    "request",
    "requested",
    "requests",
    "want",
    "wants",
    "wanted",
    "invite",
    "invited",
    "invitation",
    "ready",
    "willing",
    "no",
    "any",
    "possible",
    "planned",
    "proposal",
];

/// Modal verbs: what follows them may or should happen, not what did.
pub const MODALS: Words =
    words!["will", "would", "may", "might", "could", "should", "can", "must", "shall", "ll",];

/// Words before a meeting verb that make it not happen ("did not meet", "will meet").
pub const NOT_YET: Words = words![
    "will", "would", "may", "might", "could", "should", "to", "not", "never", "plans", "planned",
    "expected", "hopes", "hoped",
];

/// Words that mark a sentence as being about the meeting itself.
pub const MEETING_WORDS: Words = words![
    "met",
    "meet",
    "meets",
    "meeting",
    "summit",
    "talks",
    "held",
    "hosted",
    "greeted",
    "welcomed",
    "sat down",
    "negotiations",
    "face-to-face",
    "handshake",
    "encounter",
    "conference",
    "visit",
    "visited",
];

/// The verb by which someone joins another's side at talks ("X, who accompanied the
/// president, ..."), in its active form.
pub const COMPANION_VERB: &str = "accompanied";

/// Verbs by which the people named before them attended talks, in the active: "X and Y
/// *attended* the meeting", "X *took part* in the talks", "X *was present*", "X, who
/// *hosted* the summit". A meeting word shortly after them says what they attended.
pub const ATTENDANCE_VERBS: Words = words![
    "attended",
    "participated",
    "took part",
    "was present",
    "were present",
    "was also present",
    "were also present",
    "hosted",
    "mediated",
    "chaired",
    "co-chaired",
];

/// Attendance verbs that say so only of a meeting named after them ("hosted the talks",
/// not "hosted a dinner" or a bare "hosted").
pub const ATTENDANCE_OBJECT_VERBS: Words = words!["hosted", "mediated", "chaired", "co-chaired"];

/// Words after an attendance verb before what was attended ("took part *in* the talks",
/// "was present *at* the signing").
pub const ATTENDED_LINKS: Words =
    words!["in", "at", "the", "a", "an", "this", "these", "its", "their"];

/// Words before a verb that make it passive ("was accompanied by"), not one of its subject.
pub const PASSIVE_HELPERS: &[&str] = &["was", "were", "been", "be", "is", "are", "being"];
