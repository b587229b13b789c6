//! Word lists that give capitalised words their meaning: titles and roles,
//! organisation and venue head words, given names, and words that are never
//! names (function words, months, weekdays).
//!
//! All lists hold folded (lower-case, unaccented) words, and each test takes
//! a folded word, so callers fold once and ask many questions.
//!
//! ```
//! use news_timeline::entities::titles::{is_title, is_org_head, is_never_name};
//! assert!(is_title("chancellor"));
//! assert!(is_org_head("ministry"));
//! assert!(is_never_name("february"));
//! ```

use crate::fasthash::FastSet;
use std::sync::OnceLock;

/// Head words of a title: the word a role phrase ends with.
const TITLES: &str = "president vice-president minister chancellor chief director chairman \
chairwoman chairperson chair secretary secretary-general governor senator congressman \
congresswoman mayor king queen prince princess emperor empress pope general colonel lieutenant captain \
commander admiral marshal judge ambassador envoy spokesman spokeswoman spokesperson leader head \
coach manager boss mr mrs ms miss dr prof professor sir lord lady dame rev reverend sheikh \
emir sultan premier deputy executive officer ceo cfo coo mp mep speaker commissioner inspector \
detective sergeant striker midfielder defender goalkeeper keeper winger skipper actor actress \
singer rapper presenter host founder co-founder owner editor analyst economist spokesmen \
prosecutor attorney lawyer chairmen director-general president-elect cardinal bishop \
archbishop imam rabbi ayatollah superintendent constable chancellor-elect treasurer \
minister-president counsellor adviser advisor aide negotiator mediator official producer \
writer author composer designer chef photographer journalist reporter correspondent artist \
poet novelist comedian drummer guitarist bassist vocalist dancer playwright filmmaker \
scientist researcher campaigner activist consultant investor billionaire tycoon entrepreneur \
businessman businesswoman banker trader jockey trainer boxer golfer sprinter bowler batsman \
fly-half scrum-half full-back player star legend veteran champion medallist baroness baron \
duke duchess earl countess diplomat engineer teacher doctor nurse surgeon physician lecturer \
historian architect pilot astronaut farmer technician curator psychologist biologist chemist \
physicist geologist epidemiologist virologist meteorologist forecaster strategist pollster \
organiser organizer coordinator administrator supervisor principal conductor pianist \
violinist sculptor painter cartoonist columnist commentator translator cyclist swimmer skier \
climber referee umpire counterpart taoiseach tanaiste presidents ministers prime-ministers \
premiers chancellors governors senators mayors";

/// Words that modify a title: "Foreign Minister", "Chief Executive".
const TITLE_MODIFIERS: &str = "foreign prime defence defense interior finance home health \
education trade culture communications justice economy energy environment transport labour \
labor agriculture industry sports sport culture tourism shadow junior senior assistant deputy \
vice acting former managing executive general chief first national security intelligence \
press political team assistant interim caretaker supreme grand lord high state financial \
operating technology information medical marketing commercial legal scientific investment \
operations";

/// Head words of organisation names.
const ORG_HEADS: &str = "organization organisation council ministry bank party court union inc \
ltd plc llc corp corporation co company group fc united association agency authority committee \
commission institute institution university college school academy foundation fund trust \
federation league club movement network times post journal herald telegraph guardian news \
motors airlines airways systems technologies technology labs laboratories studios records \
pictures entertainment media police army forces navy service services department directorate \
assembly parliament senate congress cabinet government administration office bureau brigade \
brigades front alliance coalition society board exchange industries holdings partners \
capital investments insurance energy electric petroleum oil pharmaceuticals telecom \
communications broadcasting broadcaster channel radio television tv magazine press \
publishing software microsystems electronics unlimited athletic rovers wanderers \
albion city county hotspur rangers celtic villa wednesday forest orient argyle academicals \
mission secretariat tribunal commons lords sa ag gmbh nv bros echo gazette chronicle \
tribune mirror observer instruments railway railways rail bahn forum management foods \
ballet orchestra pharma biotech therapeutics biosciences logistics shipping mining minerals \
steel chemicals beverages brewing brewery retail appliances aerospace semiconductors robotics \
ventures securities bancorp realty utilities textiles healthcare automotive financial \
resources brands solutions";

/// Head words of venues: "at the Dolmabahçe Office" is where, not who.
const VENUE_HEADS: &str = "office palace complex hall house centre center hotel building \
stadium arena park square mosque church cathedral theatre theater airport headquarters \
residence compound embassy consulate camp base street road avenue bridge gardens ground \
garden tower castle museum";

/// Words that end a name as an event or thing rather than an entity.
const NON_ENTITY_HEADS: &str =
    "war wars cup cups games olympics day days prize prizes award awards \
act bill treaty plan year years festival championship championships open series trophy show \
week month season tournament grand prix conference summit conflict crisis revolution \
agreement accord deal programme program strategy report index survey initiative project \
charter declaration doctrine law code rule rules protocol tour final finals semi-final \
quarter-final marathon race rally derby classic invitational masters album film movie song \
single book novel election elections by-election referendum telescope satellite spacecraft probe";

/// Capitalised words that are never part of a person's name.
const NEVER_NAMES: &str = "january february march april may june july august september october \
november december monday tuesday wednesday thursday friday saturday sunday christmas easter \
ramadan eid new year today yesterday tomorrow the a an and or but if then however although \
though while when where which who whom whose what why how this that these those there here \
he she it they we you i his her its their our your my me him us them mine yours ours theirs \
in on at by for from with without into onto of off over under after before since until during \
about against among between through to as so yet nor not no yes all any each every some many \
much more most few several both either neither other another such own same than too very can \
could will would shall should may might must do does did done is are was were be been being \
have has had also just only even still already now then thus hence meanwhile moreover \
furthermore nevertheless nonetheless instead indeed perhaps maybe please press enter leave \
reply comment comments share click read more subscribe sign log home menu search skip \
content contents related posts post previous next top back follow like tweet email print \
advertisement copyright photo image video watch listen download updated published according \
overall despite following including regarding concerning unlike whether because once \
earlier later last first second third one two three four five six seven eight nine ten \
internet web online teenager youngster veteran newcomer rookie \
mr mrs ms dr sir jnr snr jr jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun";

/// Common given names across languages: a two-word capitalised name starting
/// with one is a person without further evidence.
const GIVEN_NAMES: &str = "aaron abdul abdullah adam adrian ahmad ahmed ahmet alan albert \
alex alexander alexandra alexei ali alice alicia alison amanda amy ana andre andrea andreas \
andrew andy angela angelina ann anna anne anthony antonio arnold arthur ashley barack barbara \
ben benjamin bernard bill billy bob boris brad brendan brian bruce carl carlos caroline \
catherine charles charlie charlotte chris christian christina christine christopher claire \
colin craig dan daniel danny darren dave david dean dennis diana diane dick dmitry dominic \
don donald doug douglas duncan ed eddie edward elizabeth emily emma emmanuel eric erik ethan \
fatima felipe fernando francis francisco frank franz fred frederick gareth gary geoff george \
gerhard gordon graham greg gregory hakan hans harry hassan heather helen henry hillary \
howard hugh hussein ian ibrahim igor ivan jack jacques james jamie jan jane janet jason \
javier jean jeff jennifer jeremy jessica jim jimmy joan joe johan john johnny jon jonathan \
jorge jose josé joseph josh juan julia julian julie justin karen karl kate katherine keith \
kelly ken kenneth kevin kim kofi laura lee leonardo lewis linda lisa louis louise lucy luis \
mahmoud marco marcus margaret maria marie mark martin mary matt matthew maurice max mehmet \
michael michel michelle miguel mike mikhail mohamed mohammad mohammed muhammad mustafa nancy \
natalie neil nicholas nick nicola nicolas nigel olaf oliver omar owen pablo pat patrick paul \
paula pedro peter phil philip philippe pierre rachel ralph ray raymond recep richard rick \
rob robert robin roger ronald rose ross ruth ryan sally sam samuel sandra sarah scott \
sean sebastian sergei sergey simon sophie stephen steve steven stuart susan tom thomas tim \
timothy tina tony vincent vladimir walter wayne william yusuf zoe arsene sven winston warren \
rafael roger serena venus andy lleyton marat kelly paula rio thierry wayne ruud jens gerard";

/// Words that, right before a capitalised name, say it is an organisation.
const ORG_CUES_BEFORE: &str = "group company firm giant maker carrier airline bank retailer \
party club side team movement organisation organization agency network broadcaster publisher \
chain operator label band studio newspaper magazine channel website insurer manufacturer \
supplier brand conglomerate regulator watchdog developer outfit militia faction union \
charity rival rivals";

/// Words that, right after a capitalised name, say it is an organisation.
const ORG_CUES_AFTER: &str = "delegation delegations officials official spokesman spokeswoman \
spokesperson executives chairman shares shareholders board subsidiary division stake \
militants fighters members leader leaders leadership headquarters chief bosses boss \
government fans squad players manager coach striker midfielder captain keeper defender chairman \
negotiators negotiator mediators commanders representatives";

/// Words after a name that make it the subject of speech: "X said".
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "declared",
    "insisted",
    "explained",
    "argued",
    "warned",
    "claimed",
    "admitted",
    "announced",
    "noted",
    "stressed",
    "urged",
];

struct Lists {
    titles: FastSet<&'static str>,
    modifiers: FastSet<&'static str>,
    org_heads: FastSet<&'static str>,
    venue_heads: FastSet<&'static str>,
    non_entity_heads: FastSet<&'static str>,
    never_names: FastSet<&'static str>,
    given_names: FastSet<String>,
    org_cues_before: FastSet<&'static str>,
    org_cues_after: FastSet<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let set = |s: &'static str| s.split_whitespace().collect::<FastSet<_>>();
        let mut lists = Lists {
            titles: set(TITLES),
            modifiers: set(TITLE_MODIFIERS),
            org_heads: set(ORG_HEADS),
            venue_heads: set(VENUE_HEADS),
            non_entity_heads: set(NON_ENTITY_HEADS),
            never_names: set(NEVER_NAMES),
            given_names: FastSet::default(),
            org_cues_before: set(ORG_CUES_BEFORE),
            org_cues_after: set(ORG_CUES_AFTER),
        };
        lists.given_names = given_names(&lists);
        lists
    })
}

/// The given names of [`GIVEN_NAMES`] and of `given_names.txt` (12,000
/// names from many languages, made by `scripts/given-names.mjs`), folded.
/// A listed name that is also a place ("Jordan", "Georgia"), a title or an
/// organisation word is left out: there the other reading is the safer one.
fn given_names(lists: &Lists) -> FastSet<String> {
    const LISTED: &str = include_str!("given_names.txt");
    let mut names: FastSet<String> = GIVEN_NAMES.split_whitespace().map(str::to_string).collect();
    let other_reading = |name: &str| {
        super::gazetteer::lookup_folded(name).is_some()
            || super::gazetteer::demonym_folded(name).is_some()
            || [
                &lists.titles,
                &lists.modifiers,
                &lists.org_heads,
                &lists.venue_heads,
                &lists.non_entity_heads,
                &lists.never_names,
            ]
            .iter()
            .any(|list| list.contains(name))
    };
    for line in LISTED.lines().filter(|l| !l.starts_with('#')) {
        let name = crate::fold::fold(line.trim());
        if !name.is_empty() && !other_reading(&name) {
            names.insert(name);
        }
    }
    names
}

/// A title head word: "president", "minister", "coach", "mr".
pub fn is_title(folded: &str) -> bool {
    lists().titles.contains(folded)
}

/// A word that can start or extend a title phrase: "foreign", "prime".
pub fn is_title_modifier(folded: &str) -> bool {
    lists().modifiers.contains(folded)
}

/// A word that ends organisation names: "council", "bank", "fc".
pub fn is_org_head(folded: &str) -> bool {
    lists().org_heads.contains(folded)
}

/// A word that ends venue names: "palace", "office", "stadium".
pub fn is_venue_head(folded: &str) -> bool {
    lists().venue_heads.contains(folded)
}

/// A word that ends names of events and things: "cup", "war", "prize".
pub fn is_non_entity_head(folded: &str) -> bool {
    lists().non_entity_heads.contains(folded)
}

/// A capitalised word that never belongs to a name: months, "The", "Press".
pub fn is_never_name(folded: &str) -> bool {
    lists().never_names.contains(folded)
}

/// A kind of place named "the X of Name": "the town of Estepona", "the
/// island of Rhodes", "the province of Hatay".
pub fn is_kind_of_place(folded: &str) -> bool {
    matches!(
        folded,
        "town"
            | "city"
            | "village"
            | "port"
            | "province"
            | "region"
            | "state"
            | "island"
            | "islands"
            | "county"
            | "district"
            | "capital"
            | "suburb"
            | "municipality"
            | "neighbourhood"
            | "neighborhood"
            | "enclave"
            | "prefecture"
            | "governorate"
            | "oblast"
    )
}

/// Which part of a place, before its name: "eastern Ukraine", "central
/// Tbilisi".
pub fn is_compass_part(folded: &str) -> bool {
    matches!(
        folded,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "north-eastern"
            | "north-western"
            | "south-eastern"
            | "south-western"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
    )
}

/// A common given name.
pub fn is_given_name(folded: &str) -> bool {
    lists().given_names.contains(folded)
}

/// What makers of goods make, in "carmaker", "chip-maker".
const GOODS: [&str; 26] = [
    "car",
    "auto",
    "chip",
    "drug",
    "plane",
    "steel",
    "toy",
    "phone",
    "handset",
    "truck",
    "tyre",
    "tire",
    "aircraft",
    "jet",
    "engine",
    "computer",
    "game",
    "games",
    "beer",
    "wine",
    "vaccine",
    "battery",
    "cement",
    "tobacco",
    "cigarette",
    "chocolate",
];

/// A word before a name marking it as an organisation: "group", "firm".
pub fn is_org_cue_before(folded: &str) -> bool {
    makes_goods(folded) || lists().org_cues_before.contains(folded)
}

/// "carmaker", "chip-makers", "winemaker": a maker of goods ("film-maker"
/// and "lawmaker" are people).
fn makes_goods(folded: &str) -> bool {
    folded
        .strip_suffix('s')
        .unwrap_or(folded)
        .strip_suffix("maker")
        .map(|what| what.trim_end_matches('-'))
        .is_some_and(|what| GOODS.contains(&what))
}

/// A word that says what kind of business the name after it is, and
/// opens sentences so ("Carmaker Velant Motors laid off 300 workers",
/// "Retailer Brightmart closed 40 stores"): never part of the name. Not
/// the cues that begin names of their own ("Bank of England", "Club
/// Brugge", "Channel 4", "Group Captain").
pub fn is_business_descriptor(folded: &str) -> bool {
    makes_goods(folded)
        || matches!(
            folded,
            "retailer"
                | "broadcaster"
                | "airline"
                | "carrier"
                | "lender"
                | "insurer"
                | "miner"
                | "brewer"
                | "publisher"
                | "conglomerate"
                | "manufacturer"
                | "supplier"
                | "regulator"
                | "watchdog"
                | "developer"
                | "operator"
                | "streamer"
                | "bookmaker"
                | "distributor"
                | "exporter"
                | "supermarket"
                | "startup"
                | "firm"
                | "company"
                | "charity"
        )
}

/// A word after a name marking it as an organisation: "officials", "shares".
pub fn is_org_cue_after(folded: &str) -> bool {
    lists().org_cues_after.contains(folded)
}

/// Honorifics that only ever precede a person's name.
pub fn is_honorific(folded: &str) -> bool {
    matches!(
        folded,
        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady" | "prof" | "rev"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_folded() {
        for list in [
            TITLES,
            TITLE_MODIFIERS,
            ORG_HEADS,
            VENUE_HEADS,
            NON_ENTITY_HEADS,
            NEVER_NAMES,
            ORG_CUES_BEFORE,
            ORG_CUES_AFTER,
        ] {
            for w in list.split_whitespace() {
                assert_eq!(crate::fold::fold(w), w, "{w} is not folded");
            }
        }
    }

    #[test]
    fn titles_and_heads() {
        assert!(is_title("coach") && is_title("mr") && !is_title("paris"));
        assert!(is_title_modifier("foreign"));
        assert!(is_org_head("fc") && is_venue_head("stadium"));
        assert!(is_non_entity_head("cup"));
        // "the James Webb Space Telescope" is a thing, not a person.
        assert!(is_non_entity_head("telescope") && is_non_entity_head("probe"));
        assert!(is_given_name("angela") && !is_given_name("council"));
    }
}
