//! The words that make a sentence report an event, and what kind.
//!
//! A trigger is one folded word; a few need the next word to decide
//! ("held talks" is talks, "stepped down" a resignation). Kinds are ordered
//! by how much they say: a sentence with both "met" and "said" is a meeting
//! that someone reported, so the meeting wins.
//!
//! ```
//! use news_timeline::events::triggers::trigger;
//! use news_timeline::events::EventKind;
//! assert_eq!(trigger("met", None), Some(EventKind::Meeting));
//! assert_eq!(trigger("stepped", Some("down")), Some(EventKind::Resignation));
//! assert_eq!(trigger("table", None), None);
//! assert_eq!(trigger("lost", Some("their")), None);
//! assert_eq!(trigger("flew", Some("to")), Some(EventKind::Visit));
//! assert_eq!(trigger("host", Some("abbas")), Some(EventKind::Meeting));
//! assert_eq!(trigger("host", Some("of")), None);
//! assert_eq!(trigger("floods", Some("killed")), Some(EventKind::Disaster));
//! assert_eq!(trigger("storm", Some("dropped")), Some(EventKind::Disaster));
//! assert_eq!(trigger("blizzard", Some("knocked")), Some(EventKind::Disaster));
//! assert_eq!(trigger("flood", Some("of")), None);
//! assert_eq!(trigger("ruling", Some("that")), Some(EventKind::Ruling));
//! assert_eq!(trigger("ruling", Some("party")), None);
//! assert_eq!(trigger("ruling", Some("last")), Some(EventKind::Ruling));
//! assert_eq!(trigger("conceded", Some("defeat")), Some(EventKind::Statement));
//! assert_eq!(trigger("conceded", Some("three")), None);
//! assert_eq!(trigger("tsunami", Some("aid")), None);
//! assert_eq!(trigger("assault", Some("rifles")), None);
//! assert_eq!(trigger("marched", Some("through")), Some(EventKind::Protest));
//! assert_eq!(trigger("rallied", Some("in")), None);
//! assert_eq!(trigger("strikes", Some("over")), Some(EventKind::Protest));
//! assert_eq!(trigger("strikes", Some("on")), None);
//! assert_eq!(trigger("found", Some("guilty")), Some(EventKind::Ruling));
//! assert_eq!(trigger("found", Some("that")), None);
//! assert_eq!(trigger("freed", Some("on")), Some(EventKind::Release));
//! assert_eq!(trigger("released", Some("a")), None);
//! ```

use super::EventKind;

/// Words after "ruling" that make it a decision ("a ruling on", "ruling
/// that", "the court's ruling came after", "a 6-3 ruling Thursday"); before
/// any other word it is the adjective of "the ruling party".
const RULING_NEXT: &[&str] = &[
    "on",
    "that",
    "in",
    "against",
    "by",
    "from",
    "for",
    "of",
    "was",
    "is",
    "which",
    "means",
    "could",
    "would",
    "will",
    "came",
    "comes",
    "has",
    "had",
    "last",
    "this",
    "earlier",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The event kind a folded word triggers, given the folded word after it.
pub fn trigger(word: &str, next: Option<&str>) -> Option<EventKind> {
    use EventKind::*;
    let kind = match word {
        "met" | "meet" | "meets" | "meeting" | "meetings" | "hosted" | "hosts" | "hosting"
        | "welcomed" | "welcomes" | "summit" => Meeting,
        // "received the delegation"; not "received 67% of the vote" or "a
        // letter".
        "received" | "receives"
            if !next.is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_digit()) || matches!(n, "a" | "an")
            }) =>
        {
            Meeting
        }
        // "will host Abbas next week"; not "a host of problems".
        "host" if next != Some("of") => Meeting,
        "talks" | "discussions" | "negotiations" | "discussed" | "discuss" | "discusses"
        | "negotiated" | "deliberated" => Talks,
        "visited" | "visit" | "visits" | "visiting" | "toured" => Visit,
        "arrived" if next == Some("in") => Visit,
        "flew" | "travelled" | "traveled" if next == Some("to") => Visit,
        "said" | "says" | "say" | "told" | "tells" | "declared" | "stated" | "stressed"
        | "warned" | "added" | "insisted" | "urged" | "claimed" | "denied" | "admitted"
        | "criticised" | "criticized" | "condemned" | "accused" | "called" | "praised"
        | "vowed" | "vows" | "pledged" | "pledges" | "promised" | "promises" | "defended"
        | "defends" | "demanded" | "demands" | "denounced" => Statement,
        // "conceded defeat", "conceded that"; not "conceded three goals".
        "conceded" | "concedes"
            if matches!(next, Some("that" | "defeat" | "victory" | "the" | "it")) =>
        {
            Statement
        }
        "announced" | "announces" | "announcement" | "unveiled" | "launched" | "launches"
        | "revealed" | "confirmed" | "introduced" => Announcement,
        "attack" | "attacks" | "attacked" | "bombed" | "bombing" | "bombings" | "shelled"
        | "shelling" | "raid" | "raided" | "airstrike" | "airstrikes" | "stabbed" | "shooting"
        | "explosion" | "blast" | "invaded" | "invasion" | "assault" | "offensive"
            if !names_a_weapon(next) =>
        {
            Attack
        }
        "flood" | "floods" | "flooding" | "earthquake" | "earthquakes" | "quake" | "tremor"
        | "wildfire" | "wildfires" | "hurricane" | "typhoon" | "cyclone" | "tornado"
        | "landslide" | "landslides" | "mudslide" | "avalanche" | "eruption" | "erupted"
        | "tsunami" | "storm" | "storms" | "blizzard" | "snowstorm" | "hailstorm"
        | "aftershock" | "aftershocks"
            if strikes(next) && !figurative(word, next)
                // "an earthquake of magnitude 6.8 struck"
                || next == Some("of") && word.contains("quake") =>
        {
            Disaster
        }
        // "A plane crashed shortly after takeoff", "a ferry capsized off
        // the coast": an accident, told by where or when it happened; not
        // "shares crashed 20%", "the pound sank on Monday" nor "the
        // website crashed" alone.
        "crashed" | "derailed" | "capsized"
            if matches!(
                next,
                Some(
                    "shortly"
                        | "soon"
                        | "into"
                        | "near"
                        | "off"
                        | "after"
                        | "while"
                        | "during"
                        | "killing"
                )
            ) =>
        {
            Disaster
        }
        // "A fire destroyed the hall", "a blaze broke out": a fire by what
        // it did; not "opened fire on" nor "came under fire in".
        "fire" | "fires" | "blaze" | "blazes" | "inferno"
            if matches!(
                next,
                Some(
                    "destroyed"
                        | "gutted"
                        | "swept"
                        | "broke"
                        | "ravaged"
                        | "engulfed"
                        | "killed"
                        | "burned"
                        | "burnt"
                        | "raged"
                        | "tore"
                        | "damaged"
                )
            ) =>
        {
            Disaster
        }
        // "the death of ..." (not "his death" looking back, nor "death toll").
        "died" | "dies" => Death,
        // "passed away on Sunday"; not "passed a law".
        "passed" if next == Some("away") => Death,
        "death" if next == Some("of") => Death,
        // "signed striker Jonas Ibanez from Benfica": a transfer is a deal,
        // as the selling club's "sold striker ..." is.
        "signed" | "signs" if next.is_some_and(is_player_role) => Deal,
        "agreed" | "agreement" | "agreements" | "accord" | "treaty" | "signed" | "pact"
        | "truce" => Agreement,
        // "completed the signing of the striker", "the signing of the
        // accord"; not a "book signing" nor "a new signing".
        "signing" if next == Some("of") => Agreement,
        "deal" | "deals" | "buy" | "bought" | "buys" | "acquire" | "acquired" | "acquires"
        | "acquisition" | "purchase" | "purchased" | "takeover" | "merger" | "merge" | "merged"
        | "sell" | "sold" | "sells" | "bid" => Deal,
        "ruled" | "verdict" | "sentenced" | "convicted" | "acquitted" | "fined" | "banned"
        | "overturned" | "upheld" => Ruling,
        // "handed down a six-year sentence", "handed down its verdict".
        "handed" | "hands" if next == Some("down") => Ruling,
        // "found the defender not guilty", "was found guilty of fraud";
        // not "found that", "found a body".
        "found" if matches!(next, Some("guilty" | "not")) => Ruling,
        // "cleared of assault"; not "cleared the way" nor "cleared for
        // takeoff".
        "cleared" | "clears" if next == Some("of") => Ruling,
        // A court's ruling, not "the ruling Liberal Democratic Party".
        "ruling"
            if next.is_none_or(|n| {
                !n.starts_with(char::is_alphanumeric) || RULING_NEXT.contains(&n)
            }) =>
        {
            Ruling
        }
        "elected" | "re-elected" | "election" | "elections" | "voted" | "vote" | "referendum"
        | "poll" | "runoff" | "runoffs" => Election,
        // "Voting in the first round was held on March 2"; not "voting
        // rights", "the voting age".
        "voting"
            if !matches!(
                next,
                Some(
                    "rights"
                        | "age"
                        | "system"
                        | "systems"
                        | "intention"
                        | "intentions"
                        | "machine"
                        | "machines"
                        | "booth"
                        | "booths"
                        | "record"
                        | "records"
                        | "shares"
                        | "power"
                        | "bloc"
                        | "members"
                        | "member"
                        | "public"
                )
            ) =>
        {
            Election
        }
        "resigned" | "resigns" | "resignation" | "quit" | "quits" | "sacked" | "ousted" => {
            Resignation
        }
        "stepped" | "steps" | "step" if next == Some("down") => Resignation,
        "appointed" | "appoints" | "nominated" | "hired" | "promoted" | "inaugurated" => {
            Appointment
        }
        // "was sworn in as prime minister", "took office on Monday".
        "sworn" if next == Some("in") => Appointment,
        // "was named player of the year" is an honour; "was named chair of
        // the federation" a post. Not "named after her grandmother", nor
        // "named him as one of five executives".
        "named" if matches!(next, Some("player" | "winner" | "champion")) => Award,
        "named"
            if next.is_some_and(|n| {
                n == "new"
                    || crate::entities::titles::is_title(n)
                        && !crate::entities::titles::is_honorific(n)
            }) =>
        {
            Appointment
        }
        // "Three aid workers have been freed"; not "freed up funds".
        "freed" | "frees" if next != Some("up") => Release,
        // "released from prison", "released him", "released the
        // hostages", "were released on Friday night" (passive: the frame
        // checks for "were" and who was released); not "released a
        // statement".
        "released" | "releases"
            if matches!(
                next,
                Some(
                    "from"
                        | "him"
                        | "her"
                        | "them"
                        | "hostages"
                        | "prisoners"
                        | "detainees"
                        | "captives"
                        | "on"
                        | "overnight"
                        | "late"
                        | "early"
                        | "after"
                        | "last"
                        | "yesterday"
                )
            ) =>
        {
            Release
        }
        // "marched through central Tbilisi", "protested against the law",
        // "a protest outside parliament"; not "protested his innocence",
        // "a protest vote" nor "a demonstration of the phone".
        "protest" | "protests" | "protested" | "protesting" | "demonstration"
        | "demonstrations" | "demonstrated" | "marched" | "march"
            if matches!(
                next,
                Some("against" | "over" | "outside" | "through" | "in" | "at" | "near" | "across")
            ) =>
        {
            Protest
        }
        // "Protests by farmers began in early March": who protested.
        "protest" | "protests" | "demonstration" | "demonstrations" if next == Some("by") => {
            Protest
        }
        // Industrial action: "a strike by rail workers", "strikes over
        // pay", "walked off the job"; not "air strikes on" (attacks) nor
        // "walked out of the talks".
        "strike" | "strikes" if matches!(next, Some("by" | "over")) => Protest,
        "walkout" | "walkouts" => Protest,
        "walked" if next == Some("off") => Protest,
        // Markets rally in London and campaigns hold rallies in Ohio; a
        // rally against something, or outside a building, is a protest.
        "rally" | "rallies" | "rallied" if matches!(next, Some("against" | "outside")) => Protest,
        "protesters" | "protestors" | "demonstrators" | "marchers"
            if matches!(
                next,
                Some(
                    "gathered"
                        | "marched"
                        | "clashed"
                        | "blocked"
                        | "stormed"
                        | "chanted"
                        | "occupied"
                        | "massed"
                        | "filled"
                        | "took"
                )
            ) =>
        {
            Protest
        }
        // "jailed for nine years", "a judge jailed Daniel Mercer": a
        // sentence, which British news writes as "jailed"; "jailed pending
        // trial" (held) is an arrest.
        "jailed"
            if !matches!(
                next,
                Some("pending" | "without" | "overnight" | "awaiting" | "while")
            ) =>
        {
            Ruling
        }
        "arrested" | "detained" | "charged" | "jailed" | "extradited" | "recaptured" => Arrest,
        // "A student shot dead two classmates", "gunned down".
        "shot" if next == Some("dead") => Attack,
        "gunned" if next == Some("down") => Attack,
        // "won re-election", "won 40 seats" is a vote's outcome.
        "won" | "wins"
            if matches!(next, Some("re-election" | "reelection" | "seats" | "votes")) =>
        {
            Election
        }
        "won" | "wins" | "beat" | "beats" | "defeated" | "defeat" | "drew" | "victory"
        | "thrashed" | "clinched" => Match,
        // "lost 2-1 to", "lost in the final"; not "families who lost their homes".
        "lost"
            if next.is_some_and(|n| {
                matches!(n, "to" | "against" | "in" | "on")
                    || n.starts_with(|c: char| c.is_ascii_digit())
            }) =>
        {
            Match
        }
        "rose" | "fell" | "jumped" | "slumped" | "surged" | "plunged" | "dropped" | "soared"
        | "slipped" | "climbed" | "doubled" | "halved" | "tumbled" | "grew" | "shrank" => Change,
        _ => return None,
    };
    Some(kind)
}

/// Whether a disaster word is the event itself, by the word after it: a
/// verb of what it did or where ("floods killed", "a quake struck", "the
/// wildfire in the hills", "the storm, which"), not a modifier ("tsunami
/// aid", "quake relief") nor a figure of speech ("a flood of imports").
fn strikes(next: Option<&str>) -> bool {
    match next {
        None => true,
        Some(w) => {
            !w.starts_with(|c: char| c.is_alphanumeric())
                || matches!(
                    w,
                    "hit"
                        | "hits"
                        | "struck"
                        | "strikes"
                        | "shook"
                        | "shakes"
                        | "rocked"
                        | "rocks"
                        | "jolted"
                        | "lashed"
                        | "lashes"
                        | "engulfed"
                        | "flattened"
                        | "displaced"
                        | "killed"
                        | "kills"
                        | "swept"
                        | "sweeps"
                        | "destroyed"
                        | "devastated"
                        | "battered"
                        | "ravaged"
                        | "damaged"
                        | "forced"
                        | "forces"
                        | "left"
                        | "caused"
                        | "triggered"
                        | "tore"
                        | "flooded"
                        | "spread"
                        | "burned"
                        | "raged"
                        // "A winter storm dropped a foot of snow", "knocked
                        // out power", "dumped rain", "cut power".
                        | "dropped"
                        | "dumped"
                        | "knocked"
                        | "blanketed"
                        | "brought"
                        | "in"
                        | "on"
                        | "near"
                        | "off"
                        | "that"
                        | "which"
                        | "measuring"
                        // "A wildfire fanned by strong winds tore through":
                        // a participle phrase comes before the verb.
                        | "fanned"
                        | "fuelled"
                        | "fueled"
                        | "driven"
                        | "whipped"
                        | "sparked"
                        | "spawned"
                        // "A tornado with winds of up to 165 mph tore through".
                        | "with"
                        | "unleashed"
                        | "generated"
                        | "produced"
                        | "packing"
                        | "has"
                        | "had"
                        | "was"
                        | "is"
                )
        }
    }
}

/// "A political storm engulfed Downing Street", "a storm of protest
/// rocked the party", "a tremor in his hand": a storm that rocks or
/// engulfs is a row more often than weather, and a tremor is only a quake
/// by what it did.
fn figurative(word: &str, next: Option<&str>) -> bool {
    match word {
        "storm" | "storms" => matches!(next, Some("engulfed" | "rocked" | "rocks")),
        "tremor" => next.is_none_or(|n| {
            !n.starts_with(|c: char| c.is_alphanumeric())
                || matches!(
                    n,
                    "in" | "on" | "near" | "off" | "that" | "which" | "has" | "had" | "was" | "is"
                )
        }),
        _ => false,
    }
}

/// "Assault rifles", "attack helicopters", "offensive weapons": an attack
/// word before what attacks, or who, is a modifier, not an event.
fn names_a_weapon(next: Option<&str>) -> bool {
    matches!(
        next,
        Some(
            "rifle"
                | "rifles"
                | "weapon"
                | "weapons"
                | "gun"
                | "guns"
                | "helicopter"
                | "helicopters"
                | "aircraft"
                | "jet"
                | "jets"
                | "submarine"
                | "submarines"
                | "drone"
                | "drones"
                | "vehicle"
                | "vehicles"
                | "boat"
                | "boats"
                | "dog"
                | "dogs"
                | "squad"
                | "squads"
                | "line"
        )
    )
}

/// How many participants a trigger of this kind needs to be believed: a
/// meeting has two sides, and a "meeting" with one is usually another sense
/// of the word ("meet his golden rule", "meet demand").
pub fn min_participants(kind: EventKind) -> usize {
    match kind {
        EventKind::Meeting | EventKind::Talks => 2,
        // "sites people visit", "a great deal": these words need someone.
        EventKind::Visit | EventKind::Deal => 1,
        // A named person: "nine people died" has no one to show.
        EventKind::Death => 1,
        _ => 0,
    }
}

/// Words that start a verb group; the verb follows: "has won", "will meet".
pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "shall"
            | "should"
            | "must"
            | "been"
            | "be"
            | "being"
            | "did"
            | "does"
            | "do"
    )
}

/// A player's or coach's role, the word after "signed" in a transfer.
fn is_player_role(folded: &str) -> bool {
    matches!(
        folded,
        "striker"
            | "forward"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "keeper"
            | "winger"
            | "full-back"
            | "centre-back"
            | "center-back"
            | "playmaker"
            | "player"
            | "pitcher"
            | "quarterback"
            | "guard"
            | "center"
            | "centre"
            | "prop"
            | "flanker"
            | "fly-half"
            | "scrum-half"
            | "batsman"
            | "bowler"
            | "all-rounder"
    )
}

/// What is won that is no game: "won creditor approval", "won the
/// contract", "won the backing of".
pub fn is_won_thing(folded: &str) -> bool {
    matches!(
        folded,
        "creditor"
            | "approval"
            | "backing"
            | "support"
            | "permission"
            | "contract"
            | "contracts"
            | "license"
            | "licence"
            | "bid"
            | "tender"
            | "praise"
            | "funding"
            | "appeal"
            | "case"
            | "concessions"
            | "assurances"
            | "release"
            | "right"
            | "rights"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_word_triggers() {
        assert_eq!(trigger("arrived", Some("in")), Some(EventKind::Visit));
        assert_eq!(trigger("arrived", Some("late")), None);
        assert_eq!(trigger("step", Some("up")), None);
    }

    /// Blind read, stop 21: "received 67% of the vote" was a meeting.
    #[test]
    fn receiving_a_guest_not_a_number_or_a_thing() {
        assert_eq!(trigger("received", Some("the")), Some(EventKind::Meeting));
        assert_eq!(trigger("received", Some("67")), None);
        assert_eq!(trigger("received", Some("an")), None);
    }

    #[test]
    fn sport_and_business() {
        assert_eq!(trigger("beat", None), Some(EventKind::Match));
        assert_eq!(trigger("takeover", None), Some(EventKind::Deal));
        assert_eq!(trigger("slumped", None), Some(EventKind::Change));
        assert_eq!(trigger("signing", Some("of")), Some(EventKind::Agreement));
        assert_eq!(trigger("signing", Some("session")), None);
    }
}
