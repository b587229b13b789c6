// Generates a synthetic news corpus as JSON Lines, for the benchmarks.
//
//   node bench/gen-corpus.mjs N OUT.jsonl [--seed S]
//
// One article per line, `{"title","date","text","url"}`, the bulk format the
// seeds folder reads (src/extract/folder.rs). The output is deterministic for
// a given N and seed (a seeded PRNG, no clock, no Math.random) so that runs
// on different days and machines measure the same input. Articles are
// written to look like wire copy: a headline naming recurring people,
// places and organisations, a few sentences with dates in the forms the
// extractor reads ("on Tuesday", "on 12 March 2021", "last month"), spread
// over 2015-2025; about one in twenty has no date line at all, so some
// events stay undated as in real archives.

import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, good enough for test data, same on every engine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amina', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hassan', 'Ingrid', 'Jorge', 'Kenji', 'Leila',
  'Marek', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tariq', 'Ursula', 'Viktor', 'Wanjiru', 'Xavier', 'Yusuf', 'Zofia'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Petrov', 'Nakamura', 'Haddad', 'Kowalski', 'Silva', 'Mensah', 'Brennan', 'Aziz',
  'Fischer', 'Castillo', 'Demir', 'Ivanova', 'Rahman', 'Schultz', 'Tanaka', 'Osei', 'Varga'];
const PLACES = ['Ankara', 'Berlin', 'Cairo', 'Doha', 'Geneva', 'Istanbul', 'Jakarta', 'Kyiv', 'Lagos', 'Lisbon', 'Madrid', 'Nairobi',
  'Oslo', 'Paris', 'Rome', 'Seoul', 'Tokyo', 'Vienna', 'Warsaw', 'Brussels', 'London', 'Washington', 'Beijing', 'Delhi',
  'Brazil', 'Canada', 'Egypt', 'France', 'Germany', 'India', 'Japan', 'Kenya', 'Mexico', 'Nigeria', 'Poland', 'Qatar',
  'Spain', 'Sweden', 'Turkey', 'Ukraine'];
const ORGS = ['the European Commission', 'the United Nations', 'NATO', 'the World Bank', 'the IMF', 'the African Union',
  'the Red Cross', 'the WHO', 'Reuters', 'the central bank', 'the finance ministry', 'parliament'];
const ROLES = ['Foreign Minister', 'President', 'Prime Minister', 'Finance Minister', 'opposition leader', 'central bank governor',
  'trade envoy', 'Defence Minister', 'chief executive', 'mayor'];
const TOPICS = ['trade talks', 'a ceasefire', 'energy prices', 'the budget', 'climate targets', 'migration', 'a new election law',
  'interest rates', 'a gas pipeline', 'the harvest', 'grain exports', 'a peace plan', 'vaccine supplies', 'tariffs',
  'a railway project', 'water rights', 'the football final', 'a film festival', 'chip exports', 'pension reform'];
const VERBS = ['meets', 'visits', 'talks with', 'criticises', 'signs deal with', 'hosts', 'calls', 'warns'];
const KINDS = [
  (p, q, pl, t) => `${p} ${VERBS[0]} ${q} in ${pl} over ${t}`,
  (p, q, pl) => `${p} visits ${pl} for first time since taking office`,
  (p, q, pl, t) => `${pl} and ${q} sign agreement on ${t}`,
  (p, q, pl, t) => `Protests in ${pl} as ${p} defends ${t}`,
  (p, q, pl, t) => `${p} resigns after row over ${t}`,
  (p, q, pl, t) => `Talks on ${t} collapse in ${pl}`,
  (p, q, pl, t) => `${p} wins vote on ${t} in ${pl}`,
  (p, q, pl, t) => `${p} warns ${q} over ${t}`,
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A fixed cast: a few hundred recurring people (name and role), made once per seed. */
function makeCast(random) {
  const people = [];
  const seen = new Set();
  while (people.length < 300) {
    const name = `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({ name, surname: name.split(' ')[1], role: ROLES[Math.floor(random() * ROLES.length)] });
  }
  return people;
}

/** Yields N article objects. */
export function* articles(n, seed = 1) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Skewed: some people are in the news far more often than others, as in life.
  const cast = makeCast(random);
  const person = () => cast[Math.floor(cast.length * random() ** 2)];
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let i = 0; i < n; i += 1) {
    const p = person();
    let q = person();
    if (q === p) q = cast[(cast.indexOf(p) + 1) % cast.length];
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const kind = Math.floor(random() * KINDS.length);
    const published = new Date(start + Math.floor(random() * span / 86400000) * 86400000);
    const event = new Date(published.getTime() - Math.floor(random() * 6) * 86400000);
    const day = `${event.getUTCDate()} ${MONTHS[event.getUTCMonth()]} ${event.getUTCFullYear()}`;
    const weekday = WEEKDAYS[(event.getUTCDay() + 6) % 7];
    const title = KINDS[kind](p.name, q.name, place, topic);
    const sentences = [
      `${p.role} ${p.name} ${pick(VERBS)} ${q.role} ${q.name} in ${place} on ${random() < 0.5 ? weekday : day}, officials said.`,
      `The two discussed ${topic} and ${pick(TOPICS)}, according to a statement from ${pick(ORGS)}.`,
      `${p.surname} told reporters that ${pick(PLACES)} would "not accept any deal that ignores ${topic}".`,
      `Earlier, ${q.surname} had met representatives of ${pick(ORGS)} in ${pick(PLACES)} on ${MONTHS[Math.floor(random() * 12)]} ${1 + Math.floor(random() * 28)}.`,
      `Analysts expect a further round of talks ${pick(['next month', 'in the spring', 'before the summer', 'later this year', 'next week'])}.`,
      `The meeting follows months of tension between ${place} and ${pick(PLACES)} over ${pick(TOPICS)}.`,
    ];
    const count = 3 + Math.floor(random() * 4);
    const record = { title, text: sentences.slice(0, count).join(' ') , url: `https://news.example.org/${event.getUTCFullYear()}/${i}` };
    // About one in twenty has no date line: its events are dated from the
    // text if at all, and some stay undated.
    if (random() >= 0.05) record.date = published.toISOString();
    yield record;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, out] = process.argv.slice(2);
  const n = Number(count);
  const at = process.argv.indexOf('--seed');
  const seed = at >= 0 ? Number(process.argv[at + 1]) : 1;
  if (!Number.isInteger(n) || n <= 0 || !out) {
    console.error('usage: node bench/gen-corpus.mjs N OUT.jsonl [--seed S]');
    process.exit(2);
  }
  const stream = createWriteStream(out);
  for (const record of articles(n, seed)) {
    if (!stream.write(`${JSON.stringify(record)}\n`)) await new Promise((go) => stream.once('drain', go));
  }
  await new Promise((done) => stream.end(done));
}
