/* DocsGen search: a modal dialog over the version's index in search/<version>/ (written by the build).
   No dependencies. docsgen.js opens the dialog (button, "/", Ctrl+K) and loads this file ahead of use, when the reader
   shows intent (pointer or focus on the search button) or the page is idle, and beside it the small manifest (and, on
   intent, the result-line table, and a key's term shard typed before this file is in): this file takes those over.
   A key typed loads one term shard per first letter, and the document shards of the first results shown (the rest
   of the list follows). Index text only ever reaches the page as textContent.
   The ranking core below touches no DOM: the relevance benchmark (tests/DocsGen.Bench, `search`) runs this
   same file in Node through module.exports, so what it measures is what readers get. */
(function () {
  "use strict";

  /* ---------- Ranking core ---------- */
  // The build scores every (term, entry) pair with BM25F (Search/RelevanceModel.cs); a query adds the scores
  // of its words.
  // The hot code of a search (tokens, term matching, scoring, ranking) is here, outside createSearcher: V8 keeps what it
  // learns about a function (its type feedback, its optimized code) per closure, so code made once per searcher would be
  // compiled again for the reader's searcher after warmUp's (below) had run it over a made-up index.
  var SCALE = 10;                    // RelevanceModel.Scale
  // A title made of exactly the words typed ranks first; a page's (or operation's, schema's) above a section's of the
  // same words, as DocSearch ranks a page title above a heading: "Motivation" finds the page so titled before the
  // hundreds of "Motivation" sections, and "hugo build" its page before the page's own "hugo build" heading.
  var EXACT_TITLE = 1e6, EXACT_SECTION_TITLE = 5e5;
  var SECTION = "1";                 // SearchEntryKind.Section in the manifest's "k"
  // Mirrors the build's tokenizer: lower-cased runs of letters and digits.
  function tokens(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }
  // Optimal string alignment distance between a and b, or max + 1 once it is certainly above max.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }
  function lowerBound(rows, token) {
    var lo = 0, hi = rows.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (rows[mid][0] < token) lo = mid + 1; else hi = mid; }
    return lo;
  }
  // Edits a word of this length may have and still be found: none below 4 letters, one up to 7, then two.
  function typoBudget(length) { return length < 4 ? 0 : length < 8 ? 1 : 2; }
  // The terms one query word matches, each with a quality: exact 1; while typing, the last word also
  // matches as a prefix (0.4-0.7, higher the more of the term is typed); when the word is not in
  // the index at all, terms within its typo budget (0.7 for one edit, 0.5 for two).
  function matchTerms(rows, word, prefix) {
    var found = [], i = lowerBound(rows, word);
    if (i < rows.length && rows[i][0] === word) found.push({ row: rows[i], quality: 1, exact: true });
    if (prefix) {
      for (var k = i; k < rows.length && rows[k][0].lastIndexOf(word, 0) === 0; k++) {
        if (rows[k][0] !== word) found.push({ row: rows[k], quality: 0.4 + 0.3 * word.length / rows[k][0].length });
      }
    }
    var budget = typoBudget(word.length);
    if (found.length || !budget) return found;
    rows.forEach(function (row) {
      var d = distance(word, row[0], budget);
      if (d <= budget) { found.push({ row: row, quality: d === 1 ? 0.7 : 0.5, exact: true, typo: true }); return; }
      if (prefix && row[0].length > word.length && distance(word, row[0].slice(0, word.length), 1) <= 1) {
        found.push({ row: row, quality: 0.45, typo: true });
      }
    });
    return found;
  }
  // Per word, over the n entries: each one's best score over its matching terms (scores), and in state whether it has one
  // (HAS), holds the word itself (WHOLE) and matches it as a title word (TITLE). Arrays indexed by entry, not maps: a first
  // key's one letter matches every term of its shard, and its page's code is not yet compiled, so each posting must be cheap.
  // An entry holding the word itself scores by it alone: a longer, rarer word it is the prefix of ("pod" of
  // "podtemplate") must not lift the entries that are about that other word above it.
  var HAS = 1, WHOLE = 2, TITLE = 4;
  function scoreWord(rows, word, prefix, n) {
    var scores = new Float64Array(n), state = new Uint8Array(n), typoTerms = [];
    matchTerms(rows, word, prefix).forEach(function (m) {
      if (m.typo) typoTerms.push(m.row[0]);
      var pairs = m.row[1], whole = m.quality === 1, quality = m.quality, e = 0;
      for (var i = 0; i < pairs.length; i += 2) {
        e += pairs[i];
        var code = pairs[i + 1], score = (code >> 1) / SCALE * quality, st = state[e];
        if (whole) st |= WHOLE; else if (st & WHOLE) continue;
        if (!(st & HAS) || score > scores[e]) { scores[e] = score; st |= HAS; }
        if (m.exact && (code & 1)) st |= TITLE;
        state[e] = st;
      }
    });
    return { scores: scores, state: state, typoTerms: typoTerms };
  }
  /** The entries of a query's words scored per word (scoreWord), ranked: {hits: [{entry, score}], total, marks}. */
  function rank(words, per, m, limit) {
    var required = per.filter(function (p) { return !p.optional; });
    if (!required.length) required = per;
    var n = m.n, counts = new Uint8Array(n), most = 0, e, j;
    required.forEach(function (p) {
      for (var x = 0; x < n; x++) if ((p.state[x] & HAS) && ++counts[x] > most) most = counts[x];
    });
    // Every required word must match; when no entry has them all, the entries with the most of them.
    // The title words a query has: a one-letter word being typed is no word of any title.
    var titleWords = words.filter(function (w) { return w.text.length > 1 || /\d/.test(w.text); }).length;
    // The first results, best first (ties: entry order), kept as they come: a first key's one letter matches most
    // of the site, and sorting all of it to show twenty was most of its work after the postings.
    var hits = [], shown = limit || 20, total = 0;
    for (e = 0; most > 0 && e < n; e++) {
      if (counts[e] !== most) continue;
      var score = 0, titled = 0;
      for (j = 0; j < per.length; j++) {
        if (per[j].state[e] & HAS) score += per[j].scores[e];
        if (per[j].state[e] & TITLE) titled++;
      }
      if (titled === titleWords && m.tw && parseInt(m.tw.charAt(e), 36) === titleWords) {
        score += m.k && m.k.charAt(e) === SECTION ? EXACT_SECTION_TITLE : EXACT_TITLE;
      }
      total++;
      // Entries come in order, so an equal score never goes before one already kept.
      if (hits.length === shown && !(score > hits[shown - 1].score)) continue;
      var at = hits.length;
      while (at > 0 && hits[at - 1].score < score) at--;
      hits.splice(at, 0, { entry: e, score: score });
      if (hits.length > shown) hits.pop();
    }
    var marks = words.map(function (w) { return w.text; });
    per.forEach(function (p) { marks = marks.concat(p.typoTerms); });
    return { hits: hits, total: total, marks: marks };
  }
  // getJson(path) loads a file of the index folder and returns a promise of its JSON.
  function createSearcher(getJson) {
    var cache = { manifest: null, terms: {}, docs: {}, lines: null, linesLoaded: null };

    function manifest() {
      // A failed load is forgotten, so that the next search tries again (a prefetch may fail while offline).
      if (!cache.manifest) cache.manifest = getJson("manifest.json").then(function (m) {
        m.stop = new Set(m.sw || []);
        m.split = new Set(m.s || []);
        cache.manifestLoaded = m;
        return m;
      }, function (e) { cache.manifest = null; throw e; });
      return cache.manifest;
    }
    // The term shard of a word (Search/TermShardLayout.cs): its first letter's, or, when the build split that shard
    // ("s"), the shard of one more letter, as far as the word goes. A word no longer than a split key gets that key's own
    // small shard: the word as a term, and the titles of the longer terms it begins.
    function keyChar(c) { return /[a-z0-9]/.test(c) ? c : "_"; }
    function shardKey(m, word) {
      var key = keyChar(word.charAt(0));
      while (word.length > key.length && m.split.has(key)) key += keyChar(word.charAt(key.length));
      return key;
    }
    // A term shard: sorted [term, pairs], pairs being (entry delta, score * 2 + in-title), kept as parsed: a query reads
    // the pairs of the terms it matches in place, so the first key typed on a page waits for one shard, not its decoding.
    // A shard that failed to load is forgotten, so that the next key tries again; so is a document shard.
    function termShard(key) {
      if (!cache.terms[key]) {
        // A one-letter key's shard is that letter's, split or not: while the manifest is still on its way, it is asked for
        // beside it, not after it (a letter the manifest then does not list was asked for in vain, and is dropped).
        var early = !cache.manifestLoaded && key.length === 1 ? Promise.resolve().then(function () { return getJson("t/" + key + ".json"); }) : null;
        if (early) early.catch(function () { /* a key that needs it asks again */ });
        cache.terms[key] = manifest().then(function (m) {
          if (m.t.indexOf(key) < 0) return [];
          return early || getJson("t/" + key + ".json");
        }).catch(function (e) { delete cache.terms[key]; throw e; });
      }
      return cache.terms[key];
    }
    // The result-line table (l.json, written for a site small enough): [title, parent, method, path] per entry. Loaded
    // when the reader shows intent to search; once in, a key paints its first results without the document shards.
    // Every index has l.json (null without a table), so it is asked for beside the manifest, not after it.
    function lines() {
      if (!cache.lines) cache.lines = getJson("l.json").then(function (table) {
        cache.linesLoaded = table;
        return table;
      }).catch(function (e) { cache.lines = null; throw e; });
      return cache.lines;
    }
    // Once a reader has searched, a later word mostly starts with another letter, and its term shard is a round trip
    // (tens of milliseconds on a loaded machine). So the other term shards follow, one at a time so as not to slow the
    // reader's own, largest first (the most terms, the likeliest to be typed), up to PREFETCH_KB in all: every shard of
    // Stripe's reference (about 200 KB), the larger half of hugo-docs' (about 530 KB in all).
    var PREFETCH_KB = 256, prefetched = false;
    function prefetch() {
      if (prefetched) return;
      prefetched = true;
      manifest().then(function (m) {
        var spent = 0, queue = m.t.map(function (key, i) { return { key: key, kb: (m.tk || [])[i] || 0 }; })
          .sort(function (a, b) { return b.kb - a.kb || (a.key < b.key ? -1 : 1); })
          .filter(function (s) { spent += s.kb; return spent <= PREFETCH_KB; })
          .map(function (s) { return s.key; });
        (function next() {
          var key = queue.shift();
          if (key !== undefined) termShard(key).then(next, function () { /* a key that needs it tries again */ });
        })();
      }, function () { prefetched = false; });
    }
    function docShard(n) {
      if (!cache.docs[n]) cache.docs[n] = getJson("d/" + n + ".json").catch(function (e) { delete cache.docs[n]; throw e; });
      return cache.docs[n];
    }

    /** Ranks the entries for a query: {hits: [{entry, score}], total, marks}. typing: the last word may be a prefix. */
    function search(query, typing, limit) {
      var all = tokens(query), last = all[all.length - 1], seen = new Set(), words = [];
      all.forEach(function (w, i) {
        var prefix = typing !== false && i === all.length - 1 && w === last;
        // The index holds no one-letter words; a last word being typed still matches as a prefix.
        if ((w.length > 1 || /\d/.test(w) || prefix) && !seen.has(w)) { seen.add(w); words.push({ text: w, prefix: prefix }); }
      });
      if (!words.length) return Promise.resolve({ hits: [], total: 0, marks: [] });
      // A one-letter word's shard is that letter's, split or not: while the manifest is on its way, it is asked for beside it.
      if (!cache.manifestLoaded) words.forEach(function (w) {
        if (w.text.length === 1) termShard(keyChar(w.text)).catch(function () { /* the search below reports it */ });
      });
      return manifest().then(function (m) {
        var keys = words.map(function (w) { return shardKey(m, w.text); });
        return Promise.all(keys.map(termShard)).then(function (shards) {
          var per = words.map(function (w, i) {
            var scored = scoreWord(shards[i], w.text, w.prefix, m.n);
            // A stop word ("the", "of") counts where it is found but is never required: body text does not index it.
            // Nor is a single letter being typed: it narrows nothing yet, and titles hold no one-letter words. Nor is a
            // word being typed that a split key's shard answers: it has the titles that word begins, not the text.
            scored.optional = m.stop.has(w.text) || w.text.length === 1 || (w.prefix && m.split.has(keys[i]));
            return scored;
          });
          return rank(words, per, m, limit);
        });
      });
    }
    /**
     * Adds the documents of found.hits[from, to) (all of them by default) to found.items: {kind, title, url (relative to
     * the site), parent, excerpt, method, path}. Only the document shards of those hits are loaded.
     */
    function withDocuments(found, from, to) {
      from = from || 0;
      to = to === undefined ? found.hits.length : Math.min(to, found.hits.length);
      var hits = found.hits.slice(from, to);
      return manifest().then(function (m) {
        return Promise.all(hits.map(function (h) { return docShard(Math.floor(h.entry / m.ds)); })).then(function (shards) {
          found.items = found.items || [];
          hits.forEach(function (h, i) {
            var d = shards[i][h.entry % m.ds];
            found.items[from + i] = { kind: d[0], title: d[1], url: d[2], parent: d[3] || "", excerpt: d[4] || "", method: d[5] || "", path: d[6] || "" };
          });
          return found;
        });
      });
    }
    /**
     * Adds to found.items the result lines of all its hits, without URL or excerpt (item.partial), when the table has
     * arrived already: answers whether it had. Never waits for it: a key is not held up by a table still loading.
     */
    function withLines(found) {
      var table = cache.linesLoaded, m = cache.manifestLoaded;
      if (!table || !m) return false;
      found.items = found.hits.map(function (h) {
        var l = table[h.entry] || [];
        return { kind: +m.k.charAt(h.entry), title: l[0] || "", url: null, parent: l[1] || "", excerpt: "", method: l[2] || "", path: l[3] || "", partial: true };
      });
      return true;
    }
    /** Whether the document shards of these hits were all asked for already: withDocuments then requests nothing. */
    function documentsRequested(hits) {
      var m = cache.manifestLoaded;
      return !!m && hits.every(function (h) { return !!cache.docs[Math.floor(h.entry / m.ds)]; });
    }
    return { manifest: manifest, lines: lines, prefetch: prefetch, search: search, withDocuments: withDocuments, withLines: withLines, documentsRequested: documentsRequested };
  }

  /* ---------- Warm-up ---------- */
  // A page's first search is the first run of this file's code: V8 compiles each function on its first call, and the hot
  // loops again once they are hot. On a fresh hugo-docs page that, not the search, was most of the first key's wait after
  // its term shard arrived (a Chrome trace: 15-25 ms of compiling and tiering up in the 30-40 ms the key's search and
  // rendering took on a loaded 2-core machine). So when the reader opens the dialog (or shows intent), the same code runs
  // once over a small index made up in memory: no request, nothing shown, and the first key finds it compiled. Its one-letter
  // word matches every term, as a first key's does. size: {entries, terms}; by default as many postings as one of
  // hugo-docs' larger term shards holds.
  var TOY_SIZE = { entries: 1500, terms: 400 };
  function toyIndex(size) {
    var entries = (size || TOY_SIZE).entries, terms = (size || TOY_SIZE).terms;
    var kinds = "", titleWords = "", table = [], rows = [], e, t;
    for (e = 0; e < entries; e++) {
      kinds += e % 5 ? "1" : "0";
      titleWords += "2";
      table.push(["Warm w" + (10000 + e) + " upTo" + e, e % 7 ? "Warm-up" : "", e % 3 ? "" : "GET", e % 3 ? "" : "/warm/{id}/w" + e]);
    }
    for (t = 0; t < terms; t++) {
      // (entry delta, score * 2 + in-title) pairs, as a real shard's.
      var pairs = [], previous = 0;
      for (var k = 0, at = t % 11; k < 32 && at < entries; k++, at += 1 + (t * 7 + k * 13) % 97) {
        pairs.push(at - previous, ((t * 31 + k * 17) % 900) * 2 + (t + k) % 2);
        previous = at;
      }
      rows.push(["w" + (10000 + t), pairs]);
    }
    // Through JSON, as the real files come (fetch's json()): the same kinds of arrays and strings, so that the compiled
    // code fits the reader's index and is not thrown away at its first key.
    return JSON.parse(JSON.stringify({
      "manifest.json": { n: entries, ds: entries, t: ["w"], tk: [15], sw: ["the"], s: [], k: kinds, tw: titleWords },
      "l.json": table,
      "t/w.json": rows,
    }));
  }
  /**
   * Runs a first key's search ("w") and a later one's over the made-up index: a promise of the first one's results (items
   * from its line table). later(fn) runs each step: in the page, each in a task of its own (setTimeout), so that a key typed
   * meanwhile is handled between two steps, not after all of them; by default, one after the other. size: toyIndex's.
   */
  function warmUp(later, size) {
    var toy, searcher, found;
    function step(fn) {
      return new Promise(function (done) { (later || function (f) { f(); })(function () { done(fn()); }); });
    }
    return step(function () {
      toy = toyIndex(size);
      searcher = createSearcher(function (path) { return Promise.resolve(toy[path]); });
      return Promise.all([searcher.manifest(), searcher.lines()]);
    }).then(function () {
      return step(function () { return searcher.search("w", true); });
    }).then(function (first) {
      found = first;
      searcher.withLines(found);
      return step(function () { return searcher.search("w10003 w1", true); });
    }).then(function () { return found; });
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { createSearcher: createSearcher, warmUp: warmUp };
    return;
  }

  /* ---------- Dialog ---------- */
  var doc = document;
  var root = doc.documentElement;
  var version = root.getAttribute("data-version");
  var basePath = root.getAttribute("data-base-path") || "/";
  var dialog = doc.querySelector("[data-search-dialog]");
  if (!version || !dialog || !window.fetch || typeof dialog.showModal !== "function") return;

  var input = dialog.querySelector("[data-search-input]");
  var list = dialog.querySelector("[data-search-results]");
  var status = dialog.querySelector("[data-search-status]");
  var indexUrl = basePath + "search/" + encodeURIComponent(version) + "/";
  var versionLabel = root.getAttribute("data-version-label") || version;
  var KIND_LABEL = ["Page", "Section", "Operation", "Schema", "Reference"];
  // A file docsgen.js requested before this one was in (on intent, "/" or a key typed meanwhile) is taken, not asked again.
  var searcher = createSearcher(function (path) {
    var requested = window.DocsGen && window.DocsGen.takeSearchFile && window.DocsGen.takeSearchFile(path);
    if (requested) return requested;
    return fetch(indexUrl + path).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + path);
      return r.json();
    });
  });
  var active = -1;
  var results = [];
  var searching = false;   // one search at a time; keys typed meanwhile are caught up with when it ends
  var typedMeanwhile = false;

  // The results a dialog shows before any scrolling: they are rendered as soon as their documents are in, and the
  // rest of the list is added below them when its shards arrive. The first key of a page then waits for the few
  // document shards of what the reader sees, not for those of all twenty results.
  var FIRST_PAINT = 6;     // SearchIndexFiles.FirstResultsShown: the index size tests budget the first key with it
  var generation = 0;      // counts searches started: a slower, older one never adds to a newer one's list

  function search(query) { return searcher.search(query, true); }
  function withDocuments(found, from, to) {
    var before = (found.items || []).length;
    return searcher.withDocuments(found, from, to).then(function (f) {
      f.items.forEach(function (item, i) { if (i >= before) item.url = basePath + item.url; });
      return f;
    });
  }

  /* ---------- Rendering (textContent and <mark> only) ---------- */
  function isBoundary(word, i) {
    if (i === 0) return true;
    var c = word.charAt(i), p = word.charAt(i - 1);
    return (c !== c.toLowerCase() && p === p.toLowerCase() && p !== p.toUpperCase()) || (/\d/.test(c) !== /\d/.test(p));
  }
  // Appends text to el, wrapping the start of each word (or camelCase part) that matches a query term in <mark>.
  function highlight(el, text, marks) {
    var re = /[\p{L}\p{N}]+/gu, last = 0, m;
    function plain(s) { if (s) el.appendChild(doc.createTextNode(s)); }
    while ((m = re.exec(text))) {
      var word = m[0], lower = word.toLowerCase(), best = null;
      marks.forEach(function (t) {
        var at = lower.indexOf(t);
        while (at >= 0 && !isBoundary(word, at)) at = lower.indexOf(t, at + 1);
        if (at >= 0 && (!best || at < best.at || (at === best.at && t.length > best.len))) best = { at: at, len: t.length };
      });
      if (!best) continue;
      var start = m.index + best.at;
      plain(text.slice(last, start));
      var mark = doc.createElement("mark");
      mark.textContent = text.slice(start, start + best.len);
      el.appendChild(mark);
      last = start + best.len;
    }
    plain(text.slice(last));
  }
  function span(className, text, marks) {
    var s = doc.createElement("span");
    s.className = className;
    if (marks) highlight(s, text, marks); else s.textContent = text;
    return s;
  }
  function option(item, i, marks) {
    var li = doc.createElement("li");
    li.setAttribute("role", "presentation");
    var a = doc.createElement("a");
    a.id = "search-option-" + i;
    // A result painted from the line table has no URL until its document shard is in (a few milliseconds): Enter or
    // a click meanwhile is remembered and followed then.
    if (item.url) a.href = item.url;
    a.tabIndex = -1;
    a.className = "search-result search-kind-" + KIND_LABEL[item.kind].toLowerCase();
    a.setAttribute("role", "option");
    a.setAttribute("aria-selected", "false");
    var kind = item.method
      ? span("method method-" + item.method.toLowerCase(), item.method)
      : span("search-result-kind", KIND_LABEL[item.kind] || "Page");
    a.appendChild(kind);
    var body = doc.createElement("span");
    body.className = "search-result-body";
    body.appendChild(span("search-result-title", item.title, marks));
    if (item.path) body.appendChild(span("search-result-path", item.path, marks));
    if (item.parent) body.appendChild(span("search-result-parent", item.parent));
    if (item.excerpt) body.appendChild(span("search-result-excerpt", item.excerpt, marks));
    a.appendChild(body);
    a.addEventListener("mousemove", function () { if (active !== i) select(i, false); });
    a.addEventListener("click", function (e) {
      if (e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey) { e.preventDefault(); go(i); }
    });
    li.appendChild(a);
    return li;
  }
  /** Shows found.items (the first results, or all of them) and announces how many results the list will hold. */
  function render(found, query) {
    results = (found.items || []).slice();
    list.textContent = "";
    results.forEach(function (item, i) { list.appendChild(option(item, i, found.marks)); });
    var listed = found.hits ? found.hits.length : results.length;
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    // role=status: screen readers announce the count once (the rest of the list joins silently); the version says which docs were searched.
    status.textContent = listed
      ? (found.total > listed ? "Top " + listed + " of " + found.total + " results" : listed + (listed === 1 ? " result" : " results")) + " in " + versionLabel
      : (query ? "No results for \u201c" + query + "\u201d in " + versionLabel : "");
    select(results.length ? 0 : -1, false);
    // A User Timing mark per rendering, naming the query shown: lets the search-typing bench (tests/DocsGen.Bench)
    // or a site's own monitoring time a key to its results. Only the latest is kept.
    if (window.performance && performance.mark) {
      performance.clearMarks("docsgen:search-results");
      performance.mark("docsgen:search-results", { detail: query });
    }
  }
  /** Replaces the results painted from the line table with their documents (URL, excerpt), where they are. */
  function complete(full, marks) {
    var options = list.children;
    full.items.forEach(function (item, i) {
      if (!results[i] || !results[i].partial || !options[i]) return;
      results[i] = item;
      options[i].replaceWith(option(item, i, marks));
    });
    if (active >= 0) select(active, false);
    if (pendingGo >= 0 && results[pendingGo] && results[pendingGo].url) go(pendingGo);
  }
  /** Adds found.items[from..] below the results shown. */
  function renderRest(found, from) {
    found.items.slice(from).forEach(function (item, i) {
      results.push(item);
      list.appendChild(option(item, from + i, found.marks));
    });
  }
  function select(i, scroll) {
    var options = list.querySelectorAll("[role='option']");
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = i;
    if (i < 0 || !options[i]) { input.removeAttribute("aria-activedescendant"); return; }
    options[i].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[i].id);
    if (scroll && options[i].scrollIntoView) options[i].scrollIntoView({ block: "nearest" });
  }
  var pendingGo = -1;
  function go(i) {
    var item = results[i];
    if (!item) return;
    if (!item.url) { pendingGo = i; return; }
    pendingGo = -1;
    close();
    window.location.href = item.url;
  }

  // Requests that follow a rendering of results (document and term shards) are made in a task of their own, after the
  // results are in: a first key's twenty-odd requests, made in its own task, held its results up by 5-20 ms (a trace).
  function afterResults(fn) { setTimeout(fn, 0); }

  /* ---------- Dialog ---------- */
  // Searches at once on every key, without a debounce delay: a search takes a few milliseconds once its shards are
  // loaded. While one runs (the first, loading its shards), the keys typed meanwhile wait for it, its results show,
  // and then the text as it is now is searched: never a queue of stale searches, never results out of order.
  function run() {
    if (searching) { typedMeanwhile = true; return; }
    var query = input.value.trim();
    var mine = ++generation;
    if (!query) { render({ items: [] }, ""); return; }
    searching = true;
    search(query).then(function (found) {
      // The line table is in: paint every result now, and their URLs and excerpts when the document shards arrive.
      // The next key does not wait for those shards.
      function paintLines() {
        render(found, query);
        afterResults(searcher.prefetch);
        var full = { hits: found.hits };
        function documents() {
          withDocuments(full).then(function () {
            if (mine === generation) complete(full, found.marks);
          }, function () { /* the results stay without excerpts; a later key loads the shards again */ });
        }
        // Shards already asked for fill the rows in this task (one layout with the results, not a second one in a later
        // task: later keys were slower so); requests wait for a task of their own.
        if (searcher.documentsRequested(found.hits)) documents(); else afterResults(documents);
      }
      if (searcher.withLines(found)) { paintLines(); return; }
      // The table may still be on its way (it is requested on intent, behind the manifest, as the term shard is):
      // paint with whichever arrives first, the table or the first results' document shards, not always the shards.
      var first = Math.min(FIRST_PAINT, found.hits.length);
      var early = { hits: found.hits, total: found.total, marks: found.marks };
      var documents = withDocuments(early, 0, first).then(function () { return "documents"; });
      var never = new Promise(function () { });
      var table = searcher.lines().then(function (t) { return t ? "lines" : never; }, function () { return never; });
      return Promise.race([documents, table]).then(function (winner) {
        if (winner === "lines" && searcher.withLines(found)) { paintLines(); return; }
        return documents.then(function () {
          render(early, query);
          afterResults(searcher.prefetch);
          if (first === early.hits.length) return;
          withDocuments(early, first).then(function () {
            if (mine === generation) renderRest(early, first);
          }, function () { /* the first results stay; a later key loads the shards again */ });
        });
      });
    }).catch(function () {
      list.textContent = ""; status.textContent = "Search is not available right now.";
    }).then(function () {
      searching = false;
      if (typedMeanwhile) { typedMeanwhile = false; if (input.value.trim() !== query) run(); }
    });
  }
  /** The dialog was just opened (by docsgen.js): start loading the index, and search what is typed already. */
  function opened() {
    searcher.manifest().catch(function () { status.textContent = "Search is not available right now."; });
    intent();
    if (input.value.trim()) run();
  }
  /**
   * The reader is about to search (docsgen.js saw the pointer, a touch or focus on the search button, or the dialog opened):
   * load the line table, and warm the code up.
   */
  function intent() {
    searcher.lines().catch(function () { /* results then wait for their document shards */ });
    warm();
  }
  // Runs the search and the building of result rows once over warmUp's made-up index (into a list that is never shown), so
  // that the reader's first key runs compiled code. A moment after the dialog opens, in four
  // tasks of its own (a key already typed is handled, and its term shard requested, first). Once per page: not again after
  // the idle warm-up (warmWhenIdle, below) has run to its end.
  var warmed = false, WARM_UP_AFTER_MS = 150;
  function buildRowsUnseen(found) {
    var unseen = doc.createElement("ul");
    found.items.forEach(function (item, i) { unseen.appendChild(option(item, i, found.marks)); });
  }
  function warm() {
    if (warmed) return;
    warmed = true;
    // A reader already typing gets the thread: the rest of the warm-up is dropped (that search compiles what it runs), as
    // a warm-up still going when the first key's shard arrives would only hold the results up (the bench's first key
    // straight after "/": 183 ms median with an undivided warm-up in the way, against 143 ms without one, under load).
    // (A key still queued counts too, where the browser says so: navigator.scheduling.isInputPending.)
    var scheduling = navigator.scheduling;
    function typing() { return !!input.value || !!(scheduling && scheduling.isInputPending && scheduling.isInputPending()); }
    function later(fn) { setTimeout(function () { if (!typing()) fn(); }, 0); }
    // It starts a moment after the dialog opens: a reader who types "/" and the word in one go has typed by then, and the
    // warm-up gives way (the bench's first key straight after "/" was slower with it starting at the next frame).
    setTimeout(function () {
      warmUp(later).then(function (found) {
        later(function () { buildRowsUnseen(found); });
      }).catch(function () { /* only a head start: the reader's search does the same work */ });
    }, WARM_UP_AFTER_MS);
  }
  // The same warm-up on a page left idle once docsgen.js has prefetched this file, so that a reader who types straight
  // after "/" (no time for the warm-up on opening) finds the code compiled too: the bench's first key straight after "/"
  // spent 20-35 ms of its ~85 ms compiling this file after its term shard came (a Chrome trace, hugo-docs). It starts when
  // the page is idle; each step, over a smaller made-up index, is a task of its own of a few milliseconds, so the reader's
  // input always comes first; the first key or pointer press stops it for good (opening the dialog then warms up as
  // above), as does Save-Data. It downloads nothing and shows nothing. Each step's time is a User Timing measure
  // (WARM_UP_MEASURE): what it costs a page (about 8-30 ms in all on a loaded 2-core machine).
  var IDLE_TOY_SIZE = { entries: 400, terms: 120 }, WARM_UP_MEASURE = "docsgen:search-warm-up";
  function warmWhenIdle() {
    var connection = navigator.connection;
    if (warmed || !window.requestIdleCallback || (connection && connection.saveData)) return;
    warmed = true;
    var stopped = false, done = false, stepStart = -1, stops = ["keydown", "pointerdown"];
    function stop() {
      stopped = true;
      stops.forEach(function (type) { doc.removeEventListener(type, stop, true); });
      // Stopped half-way: opening the dialog warms up (again) as on a page that had none.
      if (!done) warmed = false;
    }
    stops.forEach(function (type) { doc.addEventListener(type, stop, true); });
    // A step ends when the next is asked for (its promise's callbacks run in the same task) or, for the last, at once.
    function endStep() {
      if (stepStart < 0) return;
      if (performance.measure) performance.measure(WARM_UP_MEASURE, { start: stepStart, end: performance.now() });
      stepStart = -1;
    }
    // The first step waits for an idle moment; the next follow in tasks of their own right after (one idle callback per
    // step spread the warm-up over ~200 ms, and a reader who pressed "/" meanwhile found it half done), back to waiting for
    // an idle moment when the browser says input is queued.
    var scheduling = navigator.scheduling, started = false;
    function idleStep(fn) {
      endStep();
      var step = function () {
        if (stopped) return;
        stepStart = performance.now();
        fn();
      };
      if (started && !(scheduling && scheduling.isInputPending && scheduling.isInputPending())) setTimeout(step, 0);
      else requestIdleCallback(step);
      started = true;
    }
    warmUp(idleStep, IDLE_TOY_SIZE).then(function (found) {
      idleStep(function () {
        buildRowsUnseen(found);
        endStep();
        done = true;
        stop();
      });
    }).catch(function () { /* only a head start */ });
  }
  function open() {
    if (window.DocsGen.openSearch) window.DocsGen.openSearch();
  }
  function close() {
    if (dialog.open) dialog.close();
  }

  input.addEventListener("input", run);
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!results.length) return;
      var next = e.key === "ArrowDown" ? (active + 1) % results.length : (active <= 0 ? results.length - 1 : active - 1);
      select(next, true);
    } else if (e.key === "Escape") {
      // A search field's own Escape only clears the text; readers expect it to close the dialog.
      e.preventDefault();
      close();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (active >= 0) go(active);
    }
  });
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener("click", function (e) { if (e.target === dialog) close(); });

  window.DocsGen = window.DocsGen || {};
  window.DocsGen.search = { open: open, opened: opened, intent: intent, close: close, query: function (q) { return search(q).then(withDocuments); } };
  // Loaded because the dialog opened: catch up with what happened meanwhile. Loaded ahead of use (docsgen.js
  // prefetches on intent or when the page is idle): fetch the manifest too, quietly; opening the dialog reports a failure.
  if (dialog.open) opened();
  else {
    searcher.manifest().catch(function () { /* reported when the dialog opens */ });
    if (window.DocsGen.searchIntent) intent(); else warmWhenIdle();
  }
})();
