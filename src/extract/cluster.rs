//! The same event across articles: clustering drafts.
//!
//! Two reports describe one event when they share the people who took part
//! (two of them, or one and the place), their kinds agree, their places do
//! not differ, and their dates are compatible (intervals overlap, weekdays
//! agree). Dates then flow through the cluster: its constraint is the
//! intersection of its members', so a dated report dates its undated twin,
//! and the same people meeting again on another day stay apart.
//!
//! ```
//! use news_timeline::extract::cluster::{cluster, Member};
//! use news_timeline::dating::Constraint;
//! use news_timeline::events::EventKind;
//! let m = |article, people: &[u32]| Member {
//!     article, kind: EventKind::Meeting, people: people.to_vec(), others: vec![],
//!     place: Some(9), constraint: Constraint::none(),
//! };
//! let clusters = cluster(&[m(0, &[1, 2]), m(1, &[1, 2]), m(2, &[3, 4])]);
//! assert_eq!(clusters.len(), 2);
//! assert_eq!(clusters[0].members, [0, 1]);
//! ```

use super::drafts::meeting_like;
use crate::dating::Constraint;
use crate::events::EventKind;
use std::collections::HashMap;

/// What clustering needs to know of a draft, with entities made global.
#[derive(Debug, Clone)]
pub struct Member {
    pub article: u32,
    pub kind: EventKind,
    /// Global entity ids of the people taking part.
    pub people: Vec<u32>,
    /// Global ids of other participants (organisations).
    pub others: Vec<u32>,
    pub place: Option<u32>,
    pub constraint: Constraint,
}

/// One event: its members (indices into the input) and what they agree on.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub members: Vec<usize>,
    pub kind: EventKind,
    pub people: Vec<u32>,
    pub others: Vec<u32>,
    pub place: Option<u32>,
    pub constraint: Constraint,
    pub articles: Vec<u32>,
}

fn kinds_agree(a: EventKind, b: EventKind) -> bool {
    a == b || (meeting_like(a) && meeting_like(b))
}

fn shared(a: &[u32], b: &[u32]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

/// Whether `m` reports the event `c`; returns the joined constraint.
fn joins(c: &Cluster, m: &Member) -> Option<Constraint> {
    if c.articles.contains(&m.article) {
        return None;
    }
    // Outlets name one event differently ("met", "unveiled the plan"): the
    // kinds may differ when the same people were in the same place.
    let people = shared(&c.people, &m.people);
    let same_place = c.place.is_some() && c.place == m.place;
    if !(kinds_agree(c.kind, m.kind) || people >= 3 || (people >= 2 && same_place)) {
        return None;
    }
    if let (Some(a), Some(b)) = (c.place, m.place) {
        if a != b {
            return None;
        }
    }
    // Statements and the like are too common to merge on people alone.
    if matches!(
        m.kind,
        EventKind::Statement | EventKind::Other | EventKind::Change
    ) {
        return None;
    }
    let constraint = c.constraint.and(&m.constraint)?;
    let exact_same_day = {
        let (a, b) = (c.constraint.span(), m.constraint.span());
        a.is_exact() && b.is_exact() && a.earliest == b.earliest
    };
    let anyone = people + shared(&c.others, &m.others);
    let enough = people >= 2
        || (people >= 1 && same_place)
        || (exact_same_day && anyone >= 1 && c.kind == m.kind);
    enough.then_some(constraint)
}

/// Groups members into events. Members that know their date best go first,
/// so that clusters form around firm dates.
pub fn cluster(members: &[Member]) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by_key(|&i| {
        let span = members[i].constraint.span();
        (span.precision, !span.is_dated(), i)
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_entity: HashMap<u32, Vec<usize>> = HashMap::new();
    for i in order {
        let m = &members[i];
        let mut candidates: Vec<usize> = m
            .people
            .iter()
            .chain(&m.others)
            .filter_map(|e| by_entity.get(e))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let joined = candidates
            .into_iter()
            .find_map(|c| joins(&clusters[c], m).map(|constraint| (c, constraint)));
        let c = match joined {
            Some((c, constraint)) => {
                let cluster = &mut clusters[c];
                cluster.members.push(i);
                cluster.constraint = constraint;
                cluster.articles.push(m.article);
                for p in &m.people {
                    if !cluster.people.contains(p) {
                        cluster.people.push(*p);
                    }
                }
                for p in &m.others {
                    if !cluster.others.contains(p) {
                        cluster.others.push(*p);
                    }
                }
                cluster.place = cluster.place.or(m.place);
                c
            }
            None => {
                clusters.push(Cluster {
                    members: vec![i],
                    kind: m.kind,
                    people: m.people.clone(),
                    others: m.others.clone(),
                    place: m.place,
                    constraint: m.constraint.clone(),
                    articles: vec![m.article],
                });
                clusters.len() - 1
            }
        };
        for e in m.people.iter().chain(&m.others) {
            let list = by_entity.entry(*e).or_default();
            if !list.contains(&c) {
                list.push(c);
            }
        }
    }
    for c in &mut clusters {
        c.members.sort_unstable();
    }
    clusters.sort_by_key(|c| c.members[0]);
    clusters
}
