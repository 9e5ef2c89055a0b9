/* DocsGen search: a modal dialog over the version's index in search/<version>/ (written by the build).
   No dependencies. docsgen.js opens the dialog (button, "/", Ctrl+K) and loads this file on first use. Loads the small manifest on first open, then one term shard per first letter typed
   and the document shards of the results shown. Index text only ever reaches the page as textContent. */
(function () {
  "use strict";
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
  var LIMIT = 20;
  var FIELD_WEIGHT = [10, 30, 100];             // text, heading, name (title, path, operationId)
  var KIND_LABEL = ["Page", "Section", "Operation", "Schema", "Reference"];
  var cache = { manifest: null, terms: {}, docs: {} };
  var active = -1;
  var results = [];
  var generation = 0;
  var timer = 0;

  /* ---------- Loading (each file once, lazily) ---------- */
  function getJson(path) {
    return fetch(indexUrl + path).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + path);
      return r.json();
    });
  }
  function manifest() {
    if (!cache.manifest) cache.manifest = getJson("manifest.json");
    return cache.manifest;
  }
  function shardKey(term) { return /^[a-z0-9]/.test(term) ? term.charAt(0) : "_"; }
  // A term shard: sorted [term, postings, saturated?]; postings decoded from deltas to entry*4+field.
  function termShard(key) {
    if (!cache.terms[key]) {
      cache.terms[key] = manifest().then(function (m) {
        if (m.t.indexOf(key) < 0) return [];
        return getJson("t/" + key + ".json").then(function (rows) {
          return rows.map(function (row) {
            var codes = row[1], sum = 0, out = new Array(codes.length);
            for (var i = 0; i < codes.length; i++) { sum += codes[i]; out[i] = sum; }
            return { term: row[0], codes: out, saturated: row[2] === 1 };
          });
        });
      });
    }
    return cache.terms[key];
  }
  function docShard(n) {
    if (!cache.docs[n]) cache.docs[n] = getJson("d/" + n + ".json");
    return cache.docs[n];
  }

  /* ---------- Matching ---------- */
  // Mirrors the build's tokenizer: lower-cased runs of letters and digits.
  function tokens(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }
  // Optimal string alignment distance, stopping early once it exceeds 1.
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
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
      if (rowMin > 1) return false;
      prev2 = prev; prev = cur;
    }
    return prev[b.length] <= 1;
  }
  function lowerBound(rows, token) {
    var lo = 0, hi = rows.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (rows[mid].term < token) lo = mid + 1; else hi = mid; }
    return lo;
  }
  // Terms a query token matches, with a quality: exact 1, prefix 0.8, one typo (5+ characters) 0.6, typo in a prefix 0.5.
  function matchTerms(rows, token) {
    var found = [];
    for (var i = lowerBound(rows, token); i < rows.length && rows[i].term.lastIndexOf(token, 0) === 0; i++) {
      found.push({ row: rows[i], quality: rows[i].term === token ? 1 : 0.8 });
    }
    if (token.length >= 5) {
      rows.forEach(function (row) {
        var term = row.term;
        if (term.lastIndexOf(token, 0) === 0) return;
        if (withinOneEdit(token, term)) { found.push({ row: row, quality: 0.6, typo: true }); return; }
        for (var d = -1; d <= 1; d++) {
          var len = token.length + d;
          if (term.length > len && withinOneEdit(token, term.slice(0, len))) { found.push({ row: row, quality: 0.5, typo: true }); return; }
        }
      });
    }
    return found;
  }
  // Per token: entry -> best score; a token whose terms are all saturated (too common) does not filter.
  function scoreToken(rows, token) {
    var scores = new Map();
    var matched = matchTerms(rows, token);
    var saturated = matched.length > 0 && matched.every(function (m) { return m.row.saturated; });
    var typoTerms = [];
    matched.forEach(function (m) {
      if (m.typo) typoTerms.push(m.row.term);
      m.row.codes.forEach(function (code) {
        var entry = code >> 2;
        var score = FIELD_WEIGHT[code & 3] * m.quality;
        if (!(scores.get(entry) >= score)) scores.set(entry, score);
      });
    });
    return { scores: scores, saturated: saturated, typoTerms: typoTerms };
  }
  function search(query) {
    var words = tokens(query);
    if (!words.length) return Promise.resolve({ hits: [], marks: [] });
    var keys = words.map(shardKey);
    return Promise.all(keys.map(termShard)).then(function (shards) {
      var perToken = words.map(function (w, i) { return scoreToken(shards[i], w); });
      var required = perToken.filter(function (t) { return !t.saturated; });
      var candidates;
      if (required.length) {
        required.sort(function (a, b) { return a.scores.size - b.scores.size; });
        candidates = Array.from(required[0].scores.keys()).filter(function (e) {
          return required.every(function (t) { return t.scores.has(e); });
        });
      } else {
        var union = new Set();
        perToken.forEach(function (t) { t.scores.forEach(function (_, e) { union.add(e); }); });
        candidates = Array.from(union);
      }
      var hits = candidates.map(function (e) {
        var total = 0;
        perToken.forEach(function (t) { total += t.scores.get(e) || 0; });
        return { entry: e, score: total };
      });
      hits.sort(function (a, b) { return b.score - a.score || a.entry - b.entry; });
      var marks = words.slice();
      perToken.forEach(function (t) { marks = marks.concat(t.typoTerms); });
      return { hits: hits.slice(0, LIMIT), total: hits.length, marks: marks };
    });
  }
  function withDocuments(found) {
    return manifest().then(function (m) {
      return Promise.all(found.hits.map(function (h) { return docShard(Math.floor(h.entry / m.ds)); })).then(function (shards) {
        found.items = found.hits.map(function (h, i) {
          var d = shards[i][h.entry % m.ds];
          return { kind: d[0], title: d[1], url: basePath + d[2], parent: d[3] || "", excerpt: d[4] || "", method: d[5] || "", path: d[6] || "" };
        });
        return found;
      });
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
  function render(found, query) {
    results = found.items || [];
    list.textContent = "";
    results.forEach(function (item, i) {
      var li = doc.createElement("li");
      li.setAttribute("role", "presentation");
      var a = doc.createElement("a");
      a.id = "search-option-" + i;
      a.href = item.url;
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
      body.appendChild(span("search-result-title", item.title, found.marks));
      if (item.path) body.appendChild(span("search-result-path", item.path, found.marks));
      if (item.parent) body.appendChild(span("search-result-parent", item.parent));
      if (item.excerpt) body.appendChild(span("search-result-excerpt", item.excerpt, found.marks));
      a.appendChild(body);
      a.addEventListener("mousemove", function () { if (active !== i) select(i, false); });
      a.addEventListener("click", function (e) {
        if (e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey) { e.preventDefault(); go(i); }
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    input.setAttribute("aria-expanded", results.length ? "true" : "false");
    status.textContent = results.length
      ? (found.total > results.length ? "Top " + results.length + " of " + found.total + " results" : results.length + (results.length === 1 ? " result" : " results"))
      : (query ? "No results for \u201c" + query + "\u201d" : "");
    select(results.length ? 0 : -1, false);
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
  function go(i) {
    var item = results[i];
    if (!item) return;
    close();
    window.location.href = item.url;
  }

  /* ---------- Dialog ---------- */
  function run() {
    var query = input.value.trim();
    var mine = ++generation;
    if (!query) { render({ items: [] }, ""); return; }
    search(query).then(withDocuments).then(function (found) {
      if (mine === generation) render(found, query);
    }, function () {
      if (mine === generation) { list.textContent = ""; status.textContent = "Search is not available right now."; }
    });
  }
  /** The dialog was just opened (by docsgen.js): start loading the index, and search what is typed already. */
  function opened() {
    manifest().catch(function () { status.textContent = "Search is not available right now."; });
    if (input.value.trim()) run();
  }
  function open() {
    if (window.DocsGen.openSearch) window.DocsGen.openSearch();
  }
  function close() {
    if (dialog.open) dialog.close();
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 60);
  });
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
  window.DocsGen.search = { open: open, opened: opened, close: close, query: function (q) { return search(q).then(withDocuments); } };
  // Loaded because the dialog opened: catch up with what happened meanwhile.
  if (dialog.open) opened();
})();
