// The fixed query list of the search benchmark: ~50 queries a reader types
// into the search box of a news timeline on the synthetic corpus
// (bench/gen-corpus.mjs): whole words, prefixes (the last word as typed,
// with no trailing space, is a prefix in both engines), two-word queries,
// and people and places. Fixed, so that runs compare.
export const QUERIES = [
  // words
  'ceasefire', 'pipeline', 'budget', 'protests', 'tariffs', 'harvest', 'migration', 'vaccine', 'pension', 'festival',
  'railway', 'agreement', 'resigns', 'election', 'statement', 'reporters', 'tension', 'talks',
  // prefixes
  'cease', 'pipe', 'tarif', 'harv', 'migr', 'vacc', 'elect', 'agree', 'resig', 'Naka', 'Kowal', 'Ista',
  // two words
  'trade talks', 'peace plan', 'gas pipeline', 'interest rates', 'climate targets', 'grain exports',
  'football final', 'chip exports', 'water rights', 'election law',
  // names and places
  'Okafor', 'Petrov', 'Elena Moreau', 'Hassan Silva', 'Ankara', 'Geneva', 'Nairobi', 'Warsaw', 'Tokyo', 'Brussels',
];
