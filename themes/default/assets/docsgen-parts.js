/* DocsGen default theme: what borrows parts of other pages of the site. docsgen.js loads this file the
   first time a reader needs it, so it stays out of the first view (issue 3's page weight):
   - code-sample tabs whose panels live on the operation's samples/ page (data-tab-source),
   - a long example's whole text, and the examples of closed responses, also on that samples/ page (a[data-example-more]),
   - lazy schema rows (<details data-lazy>), filled from the schema page their "Schema:" link names, or from
     the node of the operation's fields/ page their "Nested fields" link names by its #id,
   and the TOC scrollspy of pages with an on-page TOC (guides, not API pages).
   Without scripts, or when a fetch fails, the links to those pages are still there. */
(function () {
  "use strict";
  var doc = document;

  function all(selector, scope) { return Array.prototype.slice.call((scope || doc).querySelectorAll(selector)); }

  // Another page of this site as a parsed document, fetched once per URL (a failure is forgotten, so a
  // later try fetches again).
  var pages = {};
  function fetchPage(url) {
    if (!pages[url]) {
      pages[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": HTTP " + r.status);
        return r.text();
      }).then(function (html) { return new DOMParser().parseFromString(html, "text/html"); });
      pages[url].catch(function () { delete pages[url]; });
    }
    return pages[url];
  }

  /* ---------- Code-sample tabs: the missing panels, from the samples/ page ----------
     tabs: docsgen.js's panelFor(container, key), wirePanel(tab, panel, id) and decorate() (copy buttons). */
  function loadPanels(container, tabs) {
    return fetchPage(container.getAttribute("data-tab-source")).then(function (source) {
      var last = all(".tab-panel", container).filter(function (p) { return p.parentNode === container; }).pop();
      all("[data-code-samples] [data-tab]", source).forEach(function (section) {
        var k = section.getAttribute("data-tab");
        var tab = all("[role='tab']", container).filter(function (t) { return t.getAttribute("data-tab") === k; })[0];
        var pre = section.querySelector("pre");
        if (!tab || !pre || tabs.panelFor(container, k)) return;
        var panel = doc.createElement("div");
        panel.className = "tab-panel";
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("data-tab", k);
        panel.setAttribute("data-tab-label", section.getAttribute("data-tab-label") || k);
        panel.hidden = true;
        panel.appendChild(doc.importNode(pre, true));
        tabs.wirePanel(tab, panel, tab.id + "-panel");
        container.insertBefore(panel, last ? last.nextSibling : null);
        last = panel;
      });
      tabs.decorate();
    });
  }

  /* ---------- Examples: the whole text replaces the first lines (or takes the link's place), and the link goes ---------- */
  function wholeExample(link) {
    var more = link.parentNode;
    var shown = more.previousElementSibling;
    var pre = shown && (shown.matches("pre") ? shown : shown.querySelector(":scope > pre"));
    var id = decodeURIComponent(link.hash.slice(1));
    return fetchPage(link.href.split("#")[0]).then(function (page) {
      var whole = page.getElementById(id);
      var code = whole && whole.querySelector("pre code");
      if (!code) throw new Error("no example " + id + " in " + link.href);
      if (!more.parentNode) return;
      if (pre) pre.replaceChild(doc.importNode(code, true), pre.querySelector("code"));
      else more.parentNode.insertBefore(doc.importNode(code.parentNode, true), more);
      more.remove();
    });
  }

  /* ---------- Lazy schema rows ----------
     On operation pages a nested component is a closed <details data-lazy> holding only its summary and a
     "Schema:" link. Opening it fetches that schema page once and copies its tree's rows in, without the
     properties the other side of the wire owns (readOnly ones in a request, writeOnly ones in a response).
     A row cut short by the page's size budget links to its node on the fields/ page by id instead. */
  function fetchTree(url, id) {
    return fetchPage(url).then(function (page) {
      var tree = id ? page.getElementById(id) : page.querySelector("#schema > .schema-tree");
      if (!tree) throw new Error("no " + (id ? "node #" + id : "schema tree") + " in " + url);
      return tree;
    });
  }

  // A data-row details linking to a schema page is a property row of the tree's root: its nested fields are
  // those of the row of the same name there.
  function rowOf(tree, name) {
    return all(":scope > ul > li > details", tree).filter(function (d) {
      var code = d.querySelector(":scope > summary > code");
      return code && code.textContent === name;
    })[0];
  }

  function fillSchema(details) {
    var link = details.querySelector(":scope > .ref a");
    if (!link || details.getAttribute("data-lazy") !== "") return;
    var url = link.href.split("#")[0];
    // A data-fields or data-row details keeps its summary and facts and takes only the nested fields of a row
    // elsewhere: the node its link's #id names on a fields/ page, or the row of the same name in a schema page's tree.
    var id = details.hasAttribute("data-fields") ? decodeURIComponent(link.hash.slice(1)) : null;
    var name = details.querySelector(":scope > summary > code");
    var row = id || (details.hasAttribute("data-row") && name);
    var host = details.closest(".schema-tree");
    var side = host ? host.getAttribute("data-side") : null;
    details.setAttribute("data-lazy", "loading");
    fetchTree(url, id).then(function (tree) {
      var source = row && !id ? rowOf(tree, name.textContent) : tree;
      if (!source) throw new Error("no row " + name.textContent + " in " + url);
      var rows = doc.createDocumentFragment();
      Array.prototype.forEach.call(source.children, function (child) {
        // A row already shows its own description and facts: only its nested fields come over.
        if (row) {
          if (child.matches("ul, .lbl")) rows.appendChild(doc.importNode(child, true));
          return;
        }
        // The page's "Schema: <self>" link is the one we followed; a description the row already has stays alone.
        var description = ".d, p:not([class])";
        if (child.matches(".ref") || (child.matches(description) && details.querySelector(":scope > :is(" + description + ")"))) return;
        rows.appendChild(doc.importNode(child, true));
      });
      var drop = side === "request" ? "li.ro" : side === "response" ? "li.wo" : null;
      if (drop) all(drop, rows).forEach(function (li) { li.remove(); });
      // Ids belong to the schema page (the op page may use the same ones); in-page links go back to it.
      all("[id]", rows).forEach(function (e) { e.removeAttribute("id"); });
      // A fields/ page shows its rows open; here they start closed like the rest of the page.
      all("details[open]", rows).forEach(function (d) { d.removeAttribute("open"); });
      all('a[href^="#"]', rows).forEach(function (a) { a.setAttribute("href", url + a.getAttribute("href")); });
      // The "Nested fields:" link has done its job once they are here.
      if (row) link.parentNode.remove();
      details.appendChild(rows);
      details.setAttribute("data-lazy", "done");
    }).catch(function (error) {
      // The link stays, and a later opening tries again.
      if (window.console) console.error("DocsGen:", error);
      details.setAttribute("data-lazy", "");
    });
  }

  /* ---------- TOC scrollspy: the section in view is aria-current="location" in the on-page TOC ---------- */
  function scrollspy() {
    var links = all(".toc a[href^='#']");
    if (!links.length || !("IntersectionObserver" in window)) return;
    var byId = {};
    var headings = links.map(function (a) {
      var id = decodeURIComponent(a.getAttribute("href").slice(1));
      byId[id] = a;
      return doc.getElementById(id);
    }).filter(Boolean);
    var visible = {};
    function mark() {
      var current = null;
      for (var i = 0; i < headings.length; i++) {
        if (visible[headings[i].id]) { current = headings[i].id; break; }
      }
      if (!current) {
        // Between headings: the last one above the viewport is the current section.
        for (var j = headings.length - 1; j >= 0; j--) {
          if (headings[j].getBoundingClientRect().top < 120) { current = headings[j].id; break; }
        }
      }
      links.forEach(function (a) { a.removeAttribute("aria-current"); });
      if (current && byId[current]) byId[current].setAttribute("aria-current", "location");
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { visible[e.target.id] = e.isIntersecting; });
      mark();
    }, { rootMargin: "-64px 0px -55% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
  }

  window.DocsGen.parts = { fetchPage: fetchPage, loadPanels: loadPanels, wholeExample: wholeExample, fillSchema: fillSchema, scrollspy: scrollspy };
})();
