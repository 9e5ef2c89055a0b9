/* DocsGen default theme: the server the code samples call, picked once per API for the whole site.
   Without this file the samples call the spec's first server and partials/api/sample-servers.html
   lists the others. With it, the list becomes a picker (the spec's servers with their variables, the
   mock of `docsgen serve`, the in-browser mock) and every sample of the section, including the
   languages loaded later from the samples/ page, shows the chosen server.
   Shared with the playground: the choice is the URL in sessionStorage "docsgen:server:<api id>"
   ("mock:" for the in-browser mock), and a change is announced to the page as
   document.dispatchEvent(new CustomEvent("docsgen:server-change", { detail: { api, url } })). */
(function () {
  "use strict";
  var doc = document;
  var EVENT = "docsgen:server-change";

  function all(selector, scope) { return Array.prototype.slice.call((scope || doc).querySelectorAll(selector)); }
  function el(tag, attrs, children) {
    var node = doc.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }
  // sessionStorage can throw (privacy modes, file://): the picker then lasts for this page only.
  var session = {
    get: function (key) { try { return sessionStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { sessionStorage.setItem(key, value); } catch (e) { /* ignore */ } }
  };
  // As the samples write a server (OpenApi/CodeSamples/SampleRequest.cs): no trailing slash, a relative one under api.example.com.
  function absolute(url) {
    url = url.replace(/\/+$/, "");
    return url.indexOf("://") >= 0 ? url : "https://api.example.com/" + url.replace(/^\/+/, "");
  }
  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function init(box) {
    if (box.getAttribute("data-ready")) return;
    box.setAttribute("data-ready", "1");
    var api = box.getAttribute("data-api");
    var key = "docsgen:server:" + api;
    var section = box.closest("section") || box.parentNode;
    var mockUrl = location.origin + box.getAttribute("data-mock");

    var servers = all("[data-server]", box).map(function (li) {
      return {
        kind: "spec",
        template: absolute(li.getAttribute("data-server")),
        resolved: absolute(li.getAttribute("data-resolved")),
        label: li.getAttribute("data-label"),
        variables: all("[data-var]", li).map(function (v) {
          var choices = v.getAttribute("data-enum");
          return { name: v.getAttribute("data-var"), value: v.getAttribute("data-default"), choices: choices ? choices.split("\n") : [] };
        })
      };
    });
    if (!servers.length) return;
    // What the generated and the spec's own samples contain: any spec server with its defaults. Longest
    // first, so "https://x/v2beta" is not read as "https://x/v2" followed by "beta".
    var written = servers.map(function (s) { return s.resolved; }).sort(function (a, b) { return b.length - a.length; });
    var pattern = new RegExp(written.map(escapeRegExp).join("|"), "g");
    var browserMock = { kind: "browser", label: "Mock (in your browser, for the playground only)", url: "mock:" };
    var serveMock = { kind: "serve", label: "Mock (docsgen serve)", url: mockUrl };
    var options = servers.concat([browserMock]);

    function urlOf(option) {
      if (option.kind !== "spec") return option.url.replace(/\/+$/, "");
      return option.variables.reduce(function (url, v) { return url.split("{" + v.name + "}").join(v.value); }, option.template);
    }
    /** The option a stored or announced URL stands for, with a spec server's variables read back from it. */
    function optionFor(url) {
      if (url === "mock:") return browserMock;
      if (url.indexOf(location.origin + box.getAttribute("data-base") + "__mock/") === 0) {
        if (options.indexOf(serveMock) < 0) options.splice(servers.length, 0, serveMock);
        serveMock.url = url;
        return serveMock;
      }
      for (var i = 0; i < servers.length; i++) {
        var s = servers[i];
        var names = [];
        var source = "^" + escapeRegExp(s.template).replace(/\\\{([^}]*)\\\}/g, function (_, name) { names.push(name); return "([^/?#]*)"; }) + "$";
        var match = new RegExp(source).exec(url);
        if (match) {
          names.forEach(function (name, n) { s.variables.forEach(function (v) { if (v.name === name) v.value = match[n + 1]; }); });
          return s;
        }
      }
      var custom = options.filter(function (o) { return o.kind === "custom"; })[0];
      if (!custom) { custom = { kind: "custom" }; options.push(custom); }
      custom.url = url;
      custom.label = "Custom: " + url;
      return custom;
    }

    /* ---- the samples: every text node that names a spec server, rewritten from its original text ---- */
    var originals = new Map();
    var current = servers[0];
    // Until a server is picked (here, on an earlier page or in the playground) samples stay as written:
    // a spec's own sample may call its sandbox on purpose.
    var picked = false;
    function rewrite(scope) {
      if (!picked) return;
      var url = urlOf(current);
      // The in-browser mock answers only the playground: programs keep the spec's server.
      var target = current.kind === "browser" ? null : url;
      all("pre code", scope).forEach(function (code) {
        var walker = doc.createTreeWalker(code, NodeFilter.SHOW_TEXT);
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
          // Comments keep their text: "Other servers: ..." lists the spec's servers as they are.
          if (node.parentNode.closest(".tok-com")) continue;
          var original = originals.has(node) ? originals.get(node) : node.nodeValue;
          pattern.lastIndex = 0;
          if (!pattern.test(original)) continue;
          originals.set(node, original);
          var text = target === null ? original : original.replace(pattern, function () { return target; });
          if (node.nodeValue !== text) node.nodeValue = text;
        }
      });
      var said = current.kind === "browser"
        ? "The in-browser mock answers only the playground; the samples call " + servers[0].resolved + "."
        : "The samples call " + url + ".";
      if (note.textContent !== said) note.textContent = said;
    }

    /* ---- the picker ---- */
    var select = el("select", { "data-sample-server": "" });
    var vars = el("div", { class: "sample-server-vars" });
    var note = el("p", { class: "sample-server-note", "aria-live": "polite" });
    var id = "sample-server-" + api.replace(/[^A-Za-z0-9_-]/g, "-");
    select.id = id;
    function renderOptions() {
      select.textContent = "";
      options.forEach(function (o, i) { select.appendChild(el("option", { value: String(i), text: o.label })); });
      select.value = String(options.indexOf(current));
    }
    function renderVariables() {
      vars.textContent = "";
      if (current.kind !== "spec") return;
      current.variables.forEach(function (v) {
        var input;
        if (v.choices.length) {
          input = el("select", {});
          v.choices.forEach(function (c) { input.appendChild(el("option", { value: c, text: c })); });
        } else {
          input = el("input", { type: "text", spellcheck: "false" });
        }
        input.value = v.value;
        input.setAttribute("data-sample-server-var", v.name);
        input.id = id + "-" + v.name.replace(/[^A-Za-z0-9_-]/g, "-");
        input.addEventListener("change", function () { v.value = input.value; choose(current, true); });
        vars.appendChild(el("p", {}, [el("label", { for: input.id, text: "{" + v.name + "}" }), doc.createTextNode(" "), input]));
      });
    }
    /** Shows an option; `announce` stores it and tells the playground (and other pickers) when the reader made the change. */
    function choose(option, announce, pick) {
      picked = picked || pick !== false;
      var before = urlOf(current);
      var variablesChanged = option !== current;
      current = option;
      if (options.indexOf(option) < 0) options.push(option);
      renderOptions();
      if (variablesChanged || !vars.childNodes.length) renderVariables();
      rewrite(section);
      var url = urlOf(current);
      if (announce && (url !== before || session.get(key) !== url)) {
        session.set(key, url);
        doc.dispatchEvent(new CustomEvent(EVENT, { detail: { api: api, url: url } }));
      }
    }
    select.addEventListener("change", function () { choose(options[+select.value] || servers[0], true); });

    var list = box.querySelector(".sample-server-list");
    var intro = box.querySelector("p");
    if (list) list.hidden = true;
    if (intro) intro.hidden = true;
    box.appendChild(el("p", { class: "sample-server-pick" }, [el("label", { for: id, text: "Server for the samples" }), doc.createTextNode(" "), select]));
    box.appendChild(vars);
    box.appendChild(note);

    var stored = session.get(key);
    choose(stored ? optionFor(stored) : servers[0], false, !!stored);

    // Someone else (the playground, another picker) changed the server of this API.
    doc.addEventListener(EVENT, function (e) {
      var detail = e.detail || {};
      if (detail.api !== api || typeof detail.url !== "string" || detail.url === urlOf(current)) return;
      session.set(key, detail.url);
      choose(optionFor(detail.url), false);
    });
    // Languages fetched from the samples/ page arrive later: show them with the chosen server too.
    if (window.MutationObserver) {
      // Only nodes added outside the picker count: the picker's own updates would call this again and again.
      new MutationObserver(function (records) {
        if (records.some(function (r) { return !box.contains(r.target) && r.addedNodes.length > 0; })) rewrite(section);
      }).observe(section, { childList: true, subtree: true });
    }
    // Served by `docsgen serve` (its pages carry data-docsgen-serve): its mock is a server the samples can
    // call. A published site is not asked, so its readers see no failed request.
    if (window.fetch && doc.documentElement.hasAttribute("data-docsgen-serve")) {
      fetch(box.getAttribute("data-base") + "__docsgen/ping", { cache: "no-store" }).then(function (r) {
        if (!r.ok || options.indexOf(serveMock) >= 0) return;
        options.splice(servers.length, 0, serveMock);
        renderOptions();
      }).catch(function () { /* static hosting: no local mock */ });
    }
  }

  function start() { all("[data-sample-servers]").forEach(init); }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", start);
  else start();
})();
