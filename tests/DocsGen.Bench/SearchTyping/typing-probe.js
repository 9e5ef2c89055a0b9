// Injected before a page's own scripts by the search-typing bench (SearchTypingRun.cs). Records, in the page's
// clock (performance.now()), each key typed into the search field with the field's value after it, and each time
// the results list or its status line changes in the DOM, with the query search.js says it rendered (its
// "docsgen:search-results" performance mark). The bench pairs them: a key is answered by the first rendering of
// its own query or of a later one.
(() => {
  const keys = [];
  const renders = [];
  // When "/" opened the dialog: the bench's request timeline (--timeline) is read relative to it.
  const opens = [];
  // The bench awaits a query's rendering through waitFor (one evaluate, answered by the observer below), not by polling
  // with Playwright's waitForFunction: its first call injects Playwright's own script into the page, a 15-20 ms task
  // that a trace showed landing between a first key and its results on some pages, and it polls on every frame.
  const waiting = [];
  const waitFor = (query) => renders.some((r) => r.query === query) ? Promise.resolve(true) : new Promise((resolve) => waiting.push({ query, resolve }));
  window.__searchTyping = { keys, renders, opens, waitFor };
  const isSearchInput = (el) => el && el.matches && el.matches("[data-search-input]");
  document.addEventListener("keydown", (e) => {
    // e.timeStamp is when the browser received the key: the wait the reader sees starts there.
    // Ctrl+A (selecting the last query before the next one) is no key typed: counted, it was answered 100 ms later, with
    // the next query's first key, and made every later query's "key" slow.
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "/" && !isSearchInput(e.target)) opens.push(e.timeStamp);
    if (isSearchInput(e.target) && (e.key.length === 1 || e.key === "Backspace")) keys.push({ t: e.timeStamp, value: null });
  }, true);
  document.addEventListener("input", (e) => {
    const last = keys[keys.length - 1];
    if (isSearchInput(e.target) && last && last.value === null) last.value = e.target.value;
  }, true);
  document.addEventListener("DOMContentLoaded", () => {
    const list = document.querySelector("[data-search-results]");
    const status = document.querySelector("[data-search-status]");
    if (!list || !status) return;
    // One observer for both: a rendering that changes the list and the status line is one record batch, one entry.
    const observer = new MutationObserver(() => {
      const mark = performance.getEntriesByName("docsgen:search-results").pop();
      const rendering = { t: performance.now(), query: mark ? mark.detail : null, results: list.children.length };
      renders.push(rendering);
      for (let i = waiting.length - 1; i >= 0; i--) {
        if (waiting[i].query === rendering.query) waiting.splice(i, 1)[0].resolve(true);
      }
    });
    observer.observe(list, { childList: true });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
})();
