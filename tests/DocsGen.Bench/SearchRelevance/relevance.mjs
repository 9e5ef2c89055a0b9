// Ranks the same queries over the same documents with DocsGen's search (themes/default/assets/search.js,
// the file readers get, reading the index the build wrote) and with MiniSearch, and prints how often the
// expected page is first and in the top three. Called by SearchRelevance.cs:
//   node relevance.mjs INPUT.json   (INPUT: {searchJs, miniSearch, sets: [{index, documents, queries}] one per version})
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const input = JSON.parse(readFileSync(process.argv[2], "utf8"));
const require = createRequire(import.meta.url);
const { createSearcher } = require(input.searchJs);
const MiniSearch = require(input.miniSearch);

// MiniSearch as documentation sites configure it (VitePress's local search, for one): BM25 over the same
// fields with the same emphasis, prefix search and fuzzy matching within 20% of a word's length.
const miniOptions = { boost: { title: 3, names: 2, headings: 1.5 }, prefix: true, fuzzy: 0.2 };

const tally = () => ({ queries: 0, top1: 0, top3: 0, uniqueQueries: 0, uniqueTop1: 0, uniqueTop3: 0, typoQueries: 0, typoTop3: 0, misses: [], times: [] });
const result = { docsgen: tally(), minisearch: tally() };

function count(t, q, ranked) {
  const at = ranked.indexOf(q.expected);
  t.queries++;
  if (at === 0) t.top1++;
  if (at >= 0 && at < 3) t.top3++;
  if (q.unique) { t.uniqueQueries++; if (at === 0) t.uniqueTop1++; if (at >= 0 && at < 3) t.uniqueTop3++; }
  if (q.typo) { t.typoQueries++; if (at >= 0 && at < 3) t.typoTop3++; }
  return at;
}

// Every query not ranked first, with what the other engine put first: the unique ones count against the goals,
// the others show where a tie between same-titled pages was broken differently.
function miss(t, q, ranked, other) {
  t.misses.push({ q: q.query, expected: q.expected, unique: q.unique, got: ranked.slice(0, 3), otherFirst: other[0] ?? "" });
}

// Milliseconds per query, as each word of the query is typed (what a reader waits for after a key);
// DocsGen's first query also loads and parses the index files it needs, from disk here.
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
// One set per version of the site: its own index, documents and queries, tallied together.
for (const set of input.sets) {
  const docsgen = createSearcher((file) => Promise.resolve(JSON.parse(readFileSync(path.join(set.index, file), "utf8"))));
  const urls = set.documents.map((d) => d.url);
  const mini = new MiniSearch({ fields: ["title", "names", "headings", "text"], idField: "id" });
  mini.addAll(set.documents.map((d, id) => ({ id, title: d.title, names: d.names, headings: d.headings, text: d.text })));
  for (const q of set.queries) {
    let start = process.hrtime.bigint();
    const found = await docsgen.search(q.query, true, 3);
    result.docsgen.times.push(ms(start));
    const ours = found.hits.map((h) => urls[h.entry]);
    start = process.hrtime.bigint();
    const theirs = mini.search(q.query, miniOptions).slice(0, 3).map((r) => urls[r.id]);
    result.minisearch.times.push(ms(start));
    if (count(result.docsgen, q, ours) !== 0) miss(result.docsgen, q, ours, theirs);
    if (count(result.minisearch, q, theirs) !== 0) miss(result.minisearch, q, theirs, ours);
  }
}
for (const t of Object.values(result)) {
  const sorted = [...t.times].sort((a, b) => a - b);
  t.firstMs = t.times[0] ?? 0;
  t.medianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  t.p95Ms = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  delete t.times;
}
process.stdout.write(JSON.stringify(result));
