/* DocsGen default theme: progressive enhancement only. Every page reads fine without this file.
   Each feature looks for its own elements and does nothing when they are missing. */
(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;
  // The theme's asset folder, from this script's own address (theme-dark.css sits beside it).
  var assets = doc.currentScript ? doc.currentScript.src.replace(/[^/]*$/, "") : "";

  // localStorage can throw (privacy modes, file://); a failed read or write must never break a page.
  var store = {
    get: function (key) { try { return localStorage.getItem("docsgen." + key); } catch (e) { return null; } },
    set: function (key, value) { try { localStorage.setItem("docsgen." + key, value); } catch (e) { /* ignore */ } }
  };

  function all(selector, scope) { return Array.prototype.slice.call((scope || doc).querySelectorAll(selector)); }

  /* ---------- Theme toggle ---------- */
  var darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function effectiveTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "dark" || chosen === "light") return chosen;
    return darkQuery && darkQuery.matches ? "dark" : "light";
  }
  function syncThemeButtons() {
    var dark = effectiveTheme() === "dark";
    all("[data-theme-toggle]").forEach(function (b) { b.setAttribute("aria-pressed", dark ? "true" : "false"); });
  }
  /** A manual dark choice needs theme-dark.css (only the system preference is in docsgen.css): load it, then switch. */
  function setTheme(theme) {
    var ready = theme === "dark" && assets && !doc.querySelector("link[data-theme-dark]")
      ? loadStyle(assets + "theme-dark.css").catch(function () { /* the system palette stays */ })
      : Promise.resolve();
    ready.then(function () {
      root.setAttribute("data-theme", theme);
      store.set("theme", theme);
      syncThemeButtons();
    });
  }
  function initTheme() {
    all("[data-theme-toggle]").forEach(function (b) {
      b.addEventListener("click", function () { setTheme(effectiveTheme() === "dark" ? "light" : "dark"); });
    });
    if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener("change", syncThemeButtons);
    syncThemeButtons();
  }

  /* ---------- Mobile navigation drawer ---------- */
  function initNav() {
    var toggle = doc.querySelector("[data-nav-toggle]");
    var sidebar = doc.getElementById("sidebar");
    if (!toggle || !sidebar) return;
    function set(open, focusBack) {
      root.classList.toggle("nav-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) {
        var target = sidebar.querySelector("[aria-current='page']") || sidebar.querySelector("a, summary");
        if (target) target.focus();
      } else if (focusBack) {
        toggle.focus();
      }
    }
    toggle.addEventListener("click", function () { set(!root.classList.contains("nav-open"), false); });
    doc.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && root.classList.contains("nav-open")) set(false, true);
    });
    doc.addEventListener("click", function (e) {
      if (root.classList.contains("nav-open") && !sidebar.contains(e.target) && !toggle.contains(e.target)) set(false, false);
    });
    // Keep the active item in view in a long sidebar.
    var active = sidebar.querySelector("[aria-current='page']");
    if (active && active.scrollIntoView && sidebar.scrollHeight > sidebar.clientHeight) {
      var r = active.getBoundingClientRect(), s = sidebar.getBoundingClientRect();
      if (r.bottom > s.bottom || r.top < s.top) sidebar.scrollTop += r.top - s.top - s.height / 3;
    }
  }

  /* ---------- Tabs: ARIA tabs, choice remembered per data-tab-group ---------- */
  // A tab set with data-tab-source holds only some of its panels; the others come from that page
  // (an operation's samples/ page), fetched once the first time one of them is chosen.
  var tabCounter = 0;
  function panelFor(container, key) {
    return all(".tab-panel", container).filter(function (p) {
      return p.parentNode === container && p.getAttribute("data-tab") === key;
    })[0];
  }
  function wirePanel(tab, panel, id) {
    panel.id = panel.id || id;
    tab.setAttribute("aria-controls", panel.id);
    panel.setAttribute("aria-labelledby", tab.id);
    panel.tabIndex = 0;
  }
  // The other panels come from the data-tab-source page (docsgen-parts.js); a failure shows the links to it.
  function loadPanels(container, key, focus) {
    container.setAttribute("aria-busy", "true");
    parts().then(function (p) {
      return p.loadPanels(container, { panelFor: panelFor, wirePanel: wirePanel, decorate: initCopyButtons });
    }).catch(function (e) {
      if (window.console) console.error("DocsGen:", e);
      all("[data-tab-fallback]", container.parentNode).forEach(function (p) { p.hidden = false; });
    }).then(function () {
      container.removeAttribute("aria-busy");
      if (container.getAttribute("data-tab-wanted") === key && panelFor(container, key)) selectTab(container, key, focus);
    });
  }
  function selectTab(container, key, focus) {
    var tabs = all("[role='tab']", container.querySelector(".tab-list"));
    var match = tabs.filter(function (t) { return t.getAttribute("data-tab") === key; })[0];
    if (!match) return false;
    container.setAttribute("data-tab-wanted", key);
    // The shown panel stays until the chosen one has arrived.
    if (!panelFor(container, key) && container.getAttribute("data-tab-source")) {
      loadPanels(container, key, focus);
      return true;
    }
    tabs.forEach(function (t) {
      var on = t === match;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
    });
    all(".tab-panel", container).forEach(function (p) {
      if (p.parentNode === container) p.hidden = p.getAttribute("data-tab") !== key;
    });
    if (focus) match.focus();
    return true;
  }
  // Applies a choice to every tab set of the group, keeping the clicked tab still on screen.
  function chooseTab(group, key, origin) {
    var before = origin ? origin.getBoundingClientRect().top : 0;
    all(".tabs.tabs-ready").forEach(function (c) {
      if (c.getAttribute("data-tab-group") === group) selectTab(c, key, false);
    });
    if (origin) window.scrollBy(0, origin.getBoundingClientRect().top - before);
    if (group) store.set("tab." + group, key);
  }
  function initTabs() {
    all(".tabs").forEach(function (container) {
      var list = container.querySelector(".tab-list");
      var tabs = list ? all("[role='tab']", list) : [];
      if (!tabs.length) return;
      var id = "dg-tabs-" + (++tabCounter);
      tabs.forEach(function (tab, i) {
        var key = tab.getAttribute("data-tab");
        var panel = panelFor(container, key);
        tab.id = tab.id || id + "-tab-" + i;
        if (panel) wirePanel(tab, panel, id + "-panel-" + i);
        tab.addEventListener("click", function () {
          chooseTab(container.getAttribute("data-tab-group"), key, tab);
          if (!container.getAttribute("data-tab-group")) selectTab(container, key, false);
        });
        tab.addEventListener("keydown", function (e) {
          var next = null;
          if (e.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
          else if (e.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
          else if (e.key === "Home") next = tabs[0];
          else if (e.key === "End") next = tabs[tabs.length - 1];
          if (!next) return;
          e.preventDefault();
          next.focus();
          next.click();
        });
      });
      container.classList.add("tabs-ready");
      // With scripts, every language is a tab: the links to the samples page are for readers without them.
      if (container.getAttribute("data-tab-source")) all("[data-tab-fallback]", container.parentNode).forEach(function (p) { p.hidden = true; });
      var group = container.getAttribute("data-tab-group");
      var remembered = group ? store.get("tab." + group) : null;
      selectTab(container, tabs[0].getAttribute("data-tab"), false);
      if (remembered) selectTab(container, remembered, false);
    });
  }

  /* ---------- Version switcher: close on Escape and outside clicks, arrow keys in the list ---------- */
  function initVersionSwitcher() {
    all("[data-version-switcher] details").forEach(function (details) {
      var summary = details.querySelector("summary");
      function links() { return all("a", details); }
      doc.addEventListener("click", function (e) { if (details.open && !details.contains(e.target)) details.open = false; });
      details.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && details.open) { details.open = false; if (summary) summary.focus(); return; }
        if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
        var items = links();
        if (!items.length) return;
        e.preventDefault();
        if (!details.open) details.open = true;
        var i = items.indexOf(doc.activeElement);
        i = e.key === "ArrowDown" ? (i + 1) % items.length : (i <= 0 ? items.length - 1 : i - 1);
        items[i].focus();
      });
      if (summary) summary.setAttribute("aria-haspopup", "true");
    });
  }

  /* ---------- Copy buttons on code blocks ---------- */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = doc.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      doc.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
      doc.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }
  function initCopyButtons() {
    all("pre.code").forEach(function (pre) {
      // A block wider than its box scrolls: a keyboard can scroll it only when it takes focus.
      if (!pre.hasAttribute("tabindex")) pre.tabIndex = 0;
      if (pre.parentNode.classList && pre.parentNode.classList.contains("code-block")) return;
      var wrapper = doc.createElement("div");
      wrapper.className = "code-block";
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);
      var button = doc.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy code to clipboard");
      var status = doc.createElement("span");
      status.className = "visually-hidden";
      status.setAttribute("aria-live", "polite");
      button.addEventListener("click", function () {
        // A shortened example copies whole: its full text is fetched first.
        var more = wrapper.nextElementSibling && wrapper.nextElementSibling.querySelector("[data-example-more]");
        (more ? wholeExample(more) : Promise.resolve()).then(function () {
          var code = pre.querySelector("code") || pre;
          return copyText(code.textContent.replace(/\n$/, ""));
        }).then(function () {
          button.textContent = "Copied";
          button.classList.add("copied");
          status.textContent = "Copied to clipboard";
        }, function () {
          button.textContent = "Press Ctrl+C";
          status.textContent = "Copy failed";
        });
        setTimeout(function () {
          button.textContent = "Copy";
          button.classList.remove("copied");
          status.textContent = "";
        }, 2000);
      });
      wrapper.appendChild(button);
      wrapper.appendChild(status);
    });
  }

  /* ---------- Long examples: the page shows their first lines, the operation's samples/ page the whole text ---------- */
  function wholeExample(link) {
    return parts().then(function (p) { return p.wholeExample(link); }).then(function () { initCopyButtons(); });
  }
  function initExamples() {
    // A response that starts closed holds links to its examples: opening it fetches them.
    doc.addEventListener("toggle", function (e) {
      if (!e.target.open || !e.target.matches || !e.target.matches(".api-response")) return;
      all("[data-example-open]", e.target).forEach(function (link) {
        wholeExample(link).catch(function (error) { if (window.console) console.error("DocsGen:", error); /* the link stays */ });
      });
    }, true);
    doc.addEventListener("click", function (e) {
      var link = e.target.closest && e.target.closest("[data-example-more]");
      // A new tab or window follows the link as usual.
      if (!link || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      var shown = link.parentNode.previousElementSibling;
      wholeExample(link).then(function () {
        // The link is gone: focus stays on the same example.
        var button = shown && shown.querySelector(".copy-button");
        if (button) button.focus();
      }, function (error) {
        if (window.console) console.error("DocsGen:", error);
        location.href = link.href;
      });
    });
  }

  /* ---------- Lazy schema rows: opening a <details data-lazy> fills it from its schema page (docsgen-parts.js) ---------- */
  function initLazySchemas() {
    // toggle does not bubble: listen in the capture phase so rows inserted later are covered too.
    doc.addEventListener("toggle", function (e) {
      var details = e.target;
      if (!details.open || !details.matches || !details.matches(".schema-tree details[data-lazy='']")) return;
      parts().then(function (p) { p.fillSchema(details); }, function (error) {
        if (window.console) console.error("DocsGen:", error); /* the Schema: link stays */
      });
    }, true);
  }

  /* ---------- Operation pages in two columns (>= 1200 px): the right column shows the selected response's examples ---------- */
  // The examples move (not copies: their tabs and copy buttons keep working) and go back when another response
  // is selected or the screen narrows. Without scripts they stay in their responses and the box stays hidden.
  function initResponseExamples() {
    var box = doc.getElementById("response-example");
    var responses = doc.getElementById("responses");
    if (!box || !responses || !window.matchMedia) return;
    var label = box.querySelector("h2 .status"), none = box.querySelector("p"), wide = window.matchMedia("(min-width: 1200px)");
    var rows = all(":scope > details.api-response", responses);
    var selected = rows.filter(function (d) { return d.open; })[0] || rows[0], moved = [];
    function show() {
      moved.forEach(function (m) { m.mark.parentNode.replaceChild(m.node, m.mark); });
      moved = [];
      rows.forEach(function (d) { d.classList.toggle("is-selected", wide.matches && d === selected); });
      box.hidden = !wide.matches || !selected;
      if (box.hidden) return;
      all("[data-examples]", selected).forEach(function (node) {
        var mark = doc.createComment("");
        node.parentNode.replaceChild(mark, node);
        box.insertBefore(node, none);
        moved.push({ node: node, mark: mark });
      });
      var status = selected.querySelector("summary .status");
      label.textContent = status ? status.textContent : "";
      label.className = status ? status.className : "status";
      none.hidden = moved.length > 0;
    }
    doc.addEventListener("toggle", function (e) {
      if (e.target.open && rows.indexOf(e.target) >= 0 && e.target !== selected) { selected = e.target; show(); }
    }, true);
    if (wide.addEventListener) wide.addEventListener("change", show);
    show();
  }

  /* ---------- TOC scrollspy (docsgen-parts.js, loaded only by pages with an on-page TOC) ---------- */
  function initScrollspy() {
    if (!doc.querySelector(".toc a[href^='#']") || !("IntersectionObserver" in window)) return;
    parts().then(function (p) { p.scrollspy(); }, function () { /* the TOC still works as links */ });
  }

  /* ---------- On demand: a feature's files ([data-load-css], [data-load-js]) are fetched on first use ---------- */
  var loading = {};
  function loadOnce(url, make) {
    if (!loading[url]) {
      loading[url] = new Promise(function (resolve, reject) {
        var node = make();
        node.addEventListener("load", resolve);
        node.addEventListener("error", function () { delete loading[url]; node.remove(); reject(new Error("could not load " + url)); });
        doc.head.appendChild(node);
      });
    }
    return loading[url];
  }
  function loadStyle(url) {
    return loadOnce(url, function () { var link = doc.createElement("link"); link.rel = "stylesheet"; link.href = url; return link; });
  }
  function loadScript(url) {
    return loadOnce(url, function () { var script = doc.createElement("script"); script.src = url; return script; });
  }
  /** Starts the element's stylesheet and script; a missing stylesheet only costs looks, so it never fails the load. */
  function loadFeature(el) {
    var css = el.getAttribute("data-load-css"), js = el.getAttribute("data-load-js");
    var styled = css ? loadStyle(css).catch(function () { /* unstyled but working */ }) : Promise.resolve();
    return { styled: styled, script: js ? loadScript(js) : Promise.resolve() };
  }

  /** Runs fn after the next frame is painted (a frame's animation callbacks run just before its paint). */
  function afterNextPaint(fn) {
    if (!window.requestAnimationFrame) { setTimeout(fn, 0); return; }
    requestAnimationFrame(function () { setTimeout(fn, 0); });
  }

  /** What only some pages use after a click (borrowed panels, whole examples, lazy schema rows): loaded on first use. */
  function parts() {
    return loadScript(assets + "docsgen-parts.js").then(function () { return window.DocsGen.parts; });
  }

  /* ---------- Search: the dialog opens at once (keys typed meanwhile land in it); search.js follows ---------- */
  function initSearch() {
    var dialog = doc.querySelector("[data-search-dialog]");
    if (!dialog || typeof dialog.showModal !== "function" || !window.fetch) return;
    var input = dialog.querySelector("[data-search-input]");
    var opener = null;
    // The version's index files requested before search.js is in, by path in the index folder: a promise of the JSON.
    // search.js takes each once (takeSearchFile) instead of asking again, so a reader who opens search on a fresh page waits
    // for one round trip after the first key, not for search.js, then the manifest, then the shard one after the other.
    var indexUrl = (root.getAttribute("data-base-path") || "/") + "search/" + encodeURIComponent(root.getAttribute("data-version") || "") + "/";
    var indexFiles = { requested: {}, manifest: null };
    function fetchIndexFile(path) {
      if (window.DocsGen.search || indexFiles.requested[path] || !root.getAttribute("data-version")) return;
      var loaded = indexFiles.requested[path] = fetch(indexUrl + path).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + path);
        return r.json();
      });
      loaded.then(function (json) { if (path === "manifest.json") indexFiles.manifest = json; }, function () {
        delete indexFiles.requested[path];    // search.js asks again, and reports a failure
      });
    }
    window.DocsGen.takeSearchFile = function (path) {
      var loaded = indexFiles.requested[path];
      delete indexFiles.requested[path];
      return loaded;
    };
    function open() {
      if (!dialog.open) {
        opener = doc.activeElement;
        dialog.showModal();
        input.focus();
        input.select();
      } else {
        input.focus();
      }
      var api = window.DocsGen.search;
      if (api) { api.opened(); return; }
      fetchIndexFile("manifest.json");
      fetchIndexFile("l.json");
      loadFeature(dialog).script.catch(function () {
        var status = dialog.querySelector("[data-search-status]");
        if (status) status.textContent = "Search is not available right now.";
      });
    }
    // The reader is about to search (pointer on or focus in the search button, or the page is idle after loading):
    // fetch search.js now, and beside it (not after it) the version's small manifest, so that the first key typed only
    // waits for its own term shard. The idle prefetch is skipped when the reader asked to save data; intent still fetches.
    function prefetch() {
      if (window.DocsGen.search) return;
      fetchIndexFile("manifest.json");
      loadFeature(dialog).script.catch(function () { /* opening the dialog tries again and says so */ });
    }
    // Intent also fetches search's result-line table (l.json, written for every index: null when too large to be worth
    // it); the idle prefetch does not.
    function onIntent(e) {
      if (!(e.target.closest && e.target.closest("[data-search-open]"))) return;
      window.DocsGen.searchIntent = true;
      if (window.DocsGen.search) { window.DocsGen.search.intent(); return; }
      fetchIndexFile("l.json");
      prefetch();
    }
    // A key typed before search.js is in: its letter's term shard is requested now, beside search.js and the manifest.
    // A one-letter word's shard is the letter's own, split or not (Search/TermShardLayout.cs), so its address needs no
    // manifest; a letter the manifest (once in) does not list is not asked for.
    input.addEventListener("input", function () {
      if (window.DocsGen.search) return;
      var first = input.value.trim().charAt(0).toLowerCase();
      if (!/^[a-z0-9]$/.test(first)) return;
      var listed = indexFiles.manifest;
      if (!listed || listed.t.indexOf(first) >= 0) fetchIndexFile("t/" + first + ".json");
    });
    doc.addEventListener("pointerover", onIntent, { passive: true });
    doc.addEventListener("touchstart", onIntent, { passive: true });
    doc.addEventListener("focusin", onIntent);
    var saveData = navigator.connection && navigator.connection.saveData;
    if (!saveData) {
      var whenIdle = window.requestIdleCallback || function (fn) { return setTimeout(fn, 200); };
      var idle = function () { whenIdle(prefetch, { timeout: 3000 }); };
      if (doc.readyState === "complete") idle(); else window.addEventListener("load", idle);
    }
    dialog.addEventListener("close", function () {
      if (opener && opener.focus && doc.contains(opener)) opener.focus();
    });
    doc.addEventListener("click", function (e) {
      var button = e.target.closest && e.target.closest("[data-search-open]");
      if (button) { e.preventDefault(); open(); }
    });
    doc.addEventListener("keydown", function (e) {
      if (e.defaultPrevented) return;
      if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey) { e.preventDefault(); open(); return; }
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      var button = doc.querySelector("[data-search-open]");
      if (!button || button.offsetParent === null && getComputedStyle(button).position !== "fixed") return;
      e.preventDefault();
      open();
    });
    window.DocsGen.openSearch = open;
  }

  /* ---------- Playground: its files and data load with the operation page; the open button retries a failed load ---------- */
  function initPlayground() {
    var section = doc.querySelector("[data-playground]");
    var button = section && section.querySelector("[data-playground-open]");
    if (!section || !button || !window.fetch) return;
    var status = section.querySelector("[data-playground-status]");
    var opened = false;
    function open() {
      if (opened) return;
      opened = true;
      button.setAttribute("aria-expanded", "true");
      if (status) status.textContent = "Loading the playground…";
      var files = loadFeature(section);
      var data = fetch(section.getAttribute("data-load-json")).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + r.url);
        return r.json();
      });
      // playground.js builds the form once its data and stylesheet are in: nothing renders unstyled.
      window.DocsGen.playgroundData = Promise.all([data, files.styled]).then(function (both) { return both[0]; });
      Promise.all([window.DocsGen.playgroundData, files.script]).catch(function () {
        opened = false;
        button.setAttribute("aria-expanded", "false");
        if (status) status.textContent = "The playground could not load. Check the connection and try again.";
      });
    }
    button.addEventListener("click", open);
    section.hidden = false;
    // Send is usable on the first operation page a reader opens: the panel loads with the page (the
    // button stays for a failed load, to try again), once its first screen is painted, so the playground's
    // files never compete with the reference for the first frame. Pages without JavaScript keep the static reference.
    afterNextPaint(open);
    if (location.hash === "#try-it") section.scrollIntoView();
    window.addEventListener("hashchange", function () { if (location.hash === "#try-it") open(); });
  }

  /* ---------- Code samples' server picker: sample-servers.js, loaded on request or when a server was picked before ---------- */
  function initSampleServers() {
    all("[data-sample-servers][data-load-js]").forEach(function (box) {
      var key = "docsgen:server:" + box.getAttribute("data-api");
      var button = box.querySelector("[data-sample-servers-open]");
      var row = button && button.parentNode;
      function open(focus) {
        if (row) row.hidden = true;
        loadFeature(box).script.then(function () {
          var select = box.querySelector("[data-sample-server]");
          if (focus && select) select.focus();
        }, function () { if (row) row.hidden = false; });
      }
      var picked = null;
      try { picked = sessionStorage.getItem(key); } catch (e) { /* storage blocked */ }
      if (picked) { open(false); return; }
      if (row) row.hidden = false;
      if (button) button.addEventListener("click", function () { open(true); });
      // The playground picked a server before the picker was loaded: keep it for the picker and load it.
      doc.addEventListener("docsgen:server-change", function (e) {
        if (!e.detail || e.detail.api !== box.getAttribute("data-api") || box.querySelector("[data-sample-server]")) return;
        try { sessionStorage.setItem(key, e.detail.url); } catch (err) { /* storage blocked */ }
        open(false);
      });
    });
  }

  /* ---------- Build errors overlay, print ---------- */
  function initMisc() {
    all("[data-build-errors-close]").forEach(function (b) {
      b.addEventListener("click", function () {
        var box = b.closest("[data-build-errors]");
        if (box) box.hidden = true;
      });
    });
    // Closed <details> print as nothing: open them for printing.
    window.addEventListener("beforeprint", function () {
      all("details:not([open])").forEach(function (d) { d.setAttribute("open", ""); d.setAttribute("data-print-opened", ""); });
    });
    window.addEventListener("afterprint", function () {
      all("details[data-print-opened]").forEach(function (d) { d.removeAttribute("open"); d.removeAttribute("data-print-opened"); });
    });
  }

  function start() {
    [initTheme, initNav, initTabs, initVersionSwitcher, initCopyButtons, initExamples, initResponseExamples, initLazySchemas, initScrollspy, initSearch, initPlayground, initSampleServers, initMisc].forEach(function (init) {
      try { init(); } catch (e) { if (window.console) console.error("DocsGen:", e); }
    });
  }

  // fetchPage(url): another page of this site as a parsed document, fetched once (docsgen-parts.js).
  window.DocsGen = {
    store: store, setTheme: setTheme, chooseTab: chooseTab, load: loadFeature,
    fetchPage: function (url) { return parts().then(function (p) { return p.fetchPage(url); }); }
  };
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
})();
