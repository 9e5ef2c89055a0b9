/* DocsGen API playground: a "Try it" panel on operation pages. Vanilla, no dependencies.
   Without JavaScript the section stays hidden and the page is the static reference.
   docsgen.js loads this file when the reader opens the panel and fetches the operation's data
   (playground.json beside the page) meanwhile; a theme may still inline the data in
   <script type="application/json" id="playground-data"> and load this file with the page.
   Safety rules: responses are shown with textContent (never innerHTML); credentials live in memory and
   in sessionStorage for the tab, so every operation page of the API has them; in localStorage only
   when the reader ticks "Remember on this device". */
(function () {
  "use strict";
  var root = document.querySelector(".playground-root");
  if (!root) return;
  var section = root.parentNode;
  var dataEl = document.getElementById("playground-data");
  var data = dataEl ? new Promise(function (resolve) { resolve(JSON.parse(dataEl.textContent)); })
    : window.DocsGen && window.DocsGen.playgroundData;
  if (!data) return;
  data.then(build, function () { /* docsgen.js tells the reader */ });

  /** Builds the panel for one operation (the parsed playground data). */
  function build(op) {
    var base = root.getAttribute("data-base") || "/";
    var version = root.getAttribute("data-version") || "";
    var assets = root.getAttribute("data-assets") || base + "assets/";
    // One credential store per API, like the server choice: every operation page of the API shares it,
    // and two APIs of one version (even on the same server) never see each other's keys.
    var authKey = "docsgen.playground.auth." + location.host + base + (op.apiId ? "api:" + op.apiId : version);
    // Credentials per server choice: what the reader types for server A is never sent to server B.
    var state = { auth: {}, proxyHosts: [] };

    function el(tag, attrs, children) {
      var n = document.createElement(tag);
      if (attrs) Object.keys(attrs).forEach(function (k) {
        if (k === "text") n.textContent = attrs[k];
        else if (k === "class") n.className = attrs[k];
        else if (k in n && typeof attrs[k] !== "string") n[k] = attrs[k];
        else n.setAttribute(k, attrs[k]);
      });
      (children || []).forEach(function (c) { if (c) n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
      return n;
    }
    var uid = 0;
    function field(label, input, required) {
      var id = "pg-" + (++uid);
      input.id = id;
      return el("div", { class: "pg-field" }, [el("label", { for: id }, [label, required ? el("span", { class: "pg-required", text: " *", title: "required" }) : null]), input]);
    }

    /* ---- servers ---- */
    var serverSelect = el("select", { "data-pg": "server" });
    var serverVars = el("div", { class: "pg-server-vars" });
    var customUrl = el("input", { type: "url", placeholder: "https://api.example.com", "data-pg": "custom-url" });
    var customField = field("Custom server URL", customUrl);
    var servers = [];
    (op.servers || []).forEach(function (s) { servers.push({ kind: "spec", label: s.description ? s.description + " — " + s.url : s.url, server: s }); });
    servers.push({ kind: "browser", label: "Mock (in your browser)" });
    servers.push({ kind: "custom", label: "Custom URL" });
    /** Rebuilds the list, keeping the chosen server (an object of `servers`) selected. */
    function renderServers(chosen) {
      serverSelect.textContent = "";
      servers.forEach(function (s, i) { serverSelect.appendChild(el("option", { value: String(i), text: s.label })); });
      serverSelect.value = String(Math.max(0, servers.indexOf(chosen)));
      onServer();
    }
    var serverTouched = false; // once the reader picks a server, late additions to the list must not change it
    serverSelect.addEventListener("change", function () { serverTouched = true; });
    // The chosen server carries over to every operation page of the API in this tab. Contract with the
    // generated code samples (docsgen.js): the URL under "docsgen:server:<apiId>" in sessionStorage
    // ("mock:" for the in-browser mock, which has none), and a "docsgen:server-change" event on document.
    var serverStoreKey = "docsgen:server:" + (op.apiId || "");
    var savedServer = null;
    try { savedServer = sessionStorage.getItem(serverStoreKey); } catch (e) { /* storage blocked */ }
    function docsgenMockUrl() { return location.origin + base + op.mock; }
    /** The server to select at load: the one saved for the tab, else the first of the list. */
    function initialServer() {
      if (!savedServer) return servers[0];
      var match = servers.filter(function (s) {
        if (s.kind === "browser") return savedServer === "mock:";
        if (s.kind === "docsgen") return savedServer === docsgenMockUrl();
        return s.kind === "spec" && savedServer === defaultUrl(s.server);
      })[0];
      if (match) return match;
      if (/^https?:\/\//i.test(savedServer) && savedServer !== docsgenMockUrl()) {
        customUrl.value = savedServer;
        return servers.filter(function (s) { return s.kind === "custom"; })[0];
      }
      return servers[0];
    }
    function defaultUrl(server) {
      var url = server.url;
      (server.variables || []).forEach(function (v) { url = url.split("{" + v.name + "}").join(v.default || ""); });
      try { return new URL(url.replace(/\/$/, ""), location.href).href.replace(/\/$/, ""); } catch (e) { return url; }
    }
    /** What the tab remembers for the chosen server: its URL ("mock:" for the in-browser mock). */
    function chosenServerUrl() {
      var s = servers[+serverSelect.value] || servers[0];
      if (s.kind === "docsgen") return docsgenMockUrl();
      return serverUrl();
    }
    function realServer() {
      var spec = servers.filter(function (s) { return s.kind === "spec"; })[0];
      return spec ? defaultUrl(spec.server) : "https://api.example.com";
    }
    function saveServer() {
      var url = chosenServerUrl();
      if (!url || url === savedServer) return;
      savedServer = url;
      try { sessionStorage.setItem(serverStoreKey, url); } catch (e) { /* storage blocked */ }
      document.dispatchEvent(new CustomEvent("docsgen:server-change", { detail: { api: op.apiId, url: url } }));
    }
    serverSelect.addEventListener("change", saveServer);
    customUrl.addEventListener("change", saveServer);
    serverVars.addEventListener("change", saveServer);
    function onServer() {
      var s = servers[+serverSelect.value] || servers[0];
      serverVars.textContent = "";
      customField.hidden = s.kind !== "custom";
      if (s.kind === "spec") (s.server.variables || []).forEach(function (v) {
        var input;
        if (v.enum && v.enum.length) { input = el("select"); v.enum.forEach(function (x) { input.appendChild(el("option", { value: x, text: x })); }); }
        else input = el("input", { type: "text" });
        input.value = v.default || "";
        input.setAttribute("data-var", v.name);
        serverVars.appendChild(field("{" + v.name + "}", input));
      });
    }
    serverSelect.addEventListener("change", onServer);
    serverSelect.addEventListener("change", refreshAuth);
    customUrl.addEventListener("input", refreshAuth);
    serverSelect.addEventListener("change", function () { refreshCookieNote(); });
    customUrl.addEventListener("input", function () { refreshCookieNote(); });
    /** Which credential set applies: one per spec server, per custom origin, per mock. */
    function serverKey() {
      var s = servers[+serverSelect.value] || servers[0];
      if (s.kind === "spec") return "spec:" + s.server.url;
      if (s.kind === "custom") { try { return "custom:" + new URL(customUrl.value.trim()).origin; } catch (e) { return "custom:"; } }
      return s.kind;
    }
    function serverUrl() {
      var s = servers[+serverSelect.value] || servers[0];
      if (s.kind === "browser") return "mock:";
      if (s.kind === "docsgen") return location.origin + base + op.mock;
      if (s.kind === "custom") return customUrl.value.trim().replace(/\/$/, "");
      var url = s.server.url;
      serverVars.querySelectorAll("[data-var]").forEach(function (i) { url = url.split("{" + i.getAttribute("data-var") + "}").join(i.value); });
      return new URL(url.replace(/\/$/, ""), location.href).href.replace(/\/$/, "");
    }

    /* ---- parameters ---- */
    var paramInputs = [];
    var paramBox = el("fieldset", { class: "pg-params" }, [el("legend", { text: "Parameters" })]);
    (op.parameters || []).filter(function (p) { return p.in !== "cookie"; }).forEach(function (p) {
      var input;
      if (p.enum && p.enum.length) {
        input = el("select");
        if (!p.required) input.appendChild(el("option", { value: "", text: "(none)" }));
        p.enum.forEach(function (x) { input.appendChild(el("option", { value: x, text: x })); });
        input.value = p.default || (p.required ? p.example || p.enum[0] : "");
      } else if (p.type === "boolean") {
        input = el("input", { type: "checkbox" });
        input.checked = p.default === "true";
      } else {
        input = el("input", { type: p.type === "integer" || p.type === "number" ? "number" : "text", placeholder: p.example || "" });
        if ((p.in === "path" || p.required) && p.example) input.value = p.example;
      }
      input.setAttribute("data-param", p.in + ":" + p.name);
      if (p.required) input.setAttribute("aria-required", "true");
      paramInputs.push({ p: p, input: input });
      paramBox.appendChild(field(p.name + " (" + p.in + ")", input, p.required));
    });
    function paramValue(x) { return x.input.type === "checkbox" ? (x.input.checked ? "true" : "") : x.input.value; }
    /** An array or object parameter as typed: JSON ([..], {..}) or, for an array, comma-separated items. */
    function structured(p, text) {
      if (p.type !== "array" && p.type !== "object") return text;
      try { var v = JSON.parse(text); if (v && typeof v === "object") return v; } catch (e) { /* plain text */ }
      return p.type === "array" ? text.split(",").map(function (t) { return t.trim(); }) : text;
    }
    function plain(v) { return v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v); }
    function enc(v) { return encodeURIComponent(plain(v)); }
    function pairs(o, sep, encode) { return Object.keys(o).map(function (k) { return encode(k) + sep + encode(o[k]); }); }
    /** OpenAPI "Style Values": the same writing as the generated samples (CodeSamples/ParameterEncoding.cs). */
    function queryEntries(p, v) {
      var name = encodeURIComponent(p.name), explode = p.explode !== false;
      if (Array.isArray(v)) {
        if (p.style === "spaceDelimited") return [name + "=" + v.map(enc).join("%20")];
        if (p.style === "pipeDelimited") return [name + "=" + v.map(enc).join("%7C")];
        return explode ? v.map(function (i) { return name + "=" + enc(i); }) : [name + "=" + v.map(enc).join(",")];
      }
      if (v && typeof v === "object") {
        if (p.style === "deepObject") return Object.keys(v).map(function (k) { return encodeURIComponent(p.name + "[" + k + "]") + "=" + enc(v[k]); });
        return explode ? pairs(v, "=", enc) : [name + "=" + pairs(v, ",", enc).join(",")];
      }
      return [name + "=" + enc(v)];
    }
    function pathText(p, v) {
      var explode = !!p.explode;
      if (Array.isArray(v)) {
        if (p.style === "label") return "." + v.map(enc).join(explode ? "." : ",");
        if (p.style === "matrix") return explode ? v.map(function (i) { return ";" + p.name + "=" + enc(i); }).join("") : ";" + p.name + "=" + v.map(enc).join(",");
        return v.map(enc).join(",");
      }
      if (v && typeof v === "object") {
        if (p.style === "label") return "." + pairs(v, explode ? "=" : ",", enc).join(explode ? "." : ",");
        if (p.style === "matrix") return explode ? pairs(v, "=", enc).map(function (x) { return ";" + x; }).join("") : ";" + p.name + "=" + pairs(v, ",", enc).join(",");
        return pairs(v, explode ? "=" : ",", enc).join(",");
      }
      if (p.style === "label") return "." + enc(v);
      if (p.style === "matrix") return ";" + p.name + "=" + enc(v);
      return enc(v);
    }
    function headerText(p, v) {
      if (Array.isArray(v)) return v.map(plain).join(",");
      if (v && typeof v === "object") return pairs(v, p.explode ? "=" : ",", plain).join(",");
      return plain(v);
    }

    /* ---- body ---- */
    // One editor per media type: JSON (or text) in a textarea, form-urlencoded and multipart as one field
    // per schema property. A picker switches when the operation offers several.
    var medias = op.body && op.body.content ? op.body.content : [];
    var media = medias[0] || null;
    var bodyArea = null, bodyStatus = null, formFields = [], bodyTimer = 0;
    var bodyPanel = el("div", { class: "pg-body-panel" });
    var mediaSelect = null;
    if (medias.length > 1) {
      mediaSelect = el("select", { "data-pg": "media" });
      medias.forEach(function (m, i) { mediaSelect.appendChild(el("option", { value: String(i), text: m.mediaType })); });
      mediaSelect.addEventListener("change", function () { media = medias[+mediaSelect.value]; renderBody(); });
    }
    function bodyKind(m) {
      var t = (m && m.mediaType || "").toLowerCase();
      var props = m && m.schema && m.schema.properties;
      if (props && t === "application/x-www-form-urlencoded") return "form";
      if (props && t.indexOf("multipart/") === 0) return "multipart";
      return /json/.test(t) ? "json" : "text";
    }
    function exampleObject(m) {
      try { var v = JSON.parse(m.example || ""); return v && typeof v === "object" && !Array.isArray(v) ? v : {}; } catch (e) { return {}; }
    }
    function isFile(s) { return !!s && s.format === "binary"; }
    function scalarInput(s, value) {
      var type = s && s.type ? s.type.filter(function (t) { return t !== "null"; })[0] : "string";
      var input;
      if (isFile(s)) return el("input", { type: "file" });
      if (s && s.enum && s.enum.length) {
        input = el("select");
        input.appendChild(el("option", { value: "", text: "(none)" }));
        s.enum.forEach(function (x) { input.appendChild(el("option", { value: String(x), text: String(x) })); });
      } else if (type === "boolean") {
        input = el("select");
        ["", "true", "false"].forEach(function (x) { input.appendChild(el("option", { value: x, text: x || "(none)" })); });
      } else input = el("input", { type: type === "integer" || type === "number" ? "number" : "text" });
      if (value !== undefined && value !== null) input.value = typeof value === "object" ? JSON.stringify(value) : String(value);
      return input;
    }
    /** One form field; arrays get a list of inputs with add/remove, each sent as a repeated key. */
    function formField(name, s, required, value) {
      var box = el("div", { class: "pg-form-field", "data-field": name });
      var entry = { name: name, required: required, inputs: [], isFile: isFile(s) || isFile(s && s.items) };
      var many = s && s.type && s.type.indexOf("array") >= 0;
      if (!many) {
        var input = scalarInput(s, value);
        input.setAttribute("data-body-field", name);
        if (required) input.setAttribute("aria-required", "true");
        entry.inputs.push(input);
        box.appendChild(field(name, input, required));
      } else {
        var list = el("div", { class: "pg-array" });
        var add = el("button", { type: "button", text: "Add " + name });
        var addItem = function (v) {
          var input = scalarInput(s.items, v);
          input.setAttribute("data-body-field", name);
          var remove = el("button", { type: "button", text: "Remove", "aria-label": "Remove this " + name });
          var row = field(name + " item", input);
          row.appendChild(remove);
          remove.addEventListener("click", function () { entry.inputs.splice(entry.inputs.indexOf(input), 1); row.remove(); });
          entry.inputs.push(input);
          list.appendChild(row);
        };
        add.addEventListener("click", function () { addItem(); });
        (Array.isArray(value) ? value : []).forEach(addItem);
        box.appendChild(el("p", {}, [name, required ? el("span", { class: "pg-required", text: " *", title: "required" }) : null]));
        box.appendChild(list);
        box.appendChild(add);
      }
      formFields.push(entry);
      return box;
    }
    function renderBody() {
      bodyPanel.textContent = "";
      bodyArea = bodyStatus = null;
      formFields = [];
      if (!media) return;
      var kind = bodyKind(media);
      if (kind === "form" || kind === "multipart") {
        var ex = exampleObject(media), req = media.schema.required || [];
        Object.keys(media.schema.properties).forEach(function (name) {
          bodyPanel.appendChild(formField(name, media.schema.properties[name], req.indexOf(name) >= 0, ex[name]));
        });
        return;
      }
      bodyArea = el("textarea", { rows: "10", spellcheck: "false", "data-pg": "body" });
      bodyArea.value = media.example || "";
      bodyStatus = el("div", { class: "pg-body-status", "aria-live": "polite", "data-pg": "body-status" });
      bodyArea.addEventListener("input", function () { clearTimeout(bodyTimer); bodyTimer = setTimeout(checkBody, 300); });
      bodyPanel.appendChild(field("Request body", bodyArea));
      bodyPanel.appendChild(bodyStatus);
    }
    renderBody();
    function isJson() { return media && bodyKind(media) === "json"; }
    var validatorWaiters = null;
    // The schema check lives in playground-validate.js, fetched on the first edit of a body with a schema.
    function loadValidator(done) {
      if (window.DocsGen && window.DocsGen.playgroundValidate) { done(window.DocsGen.playgroundValidate); return; }
      if (validatorWaiters) { validatorWaiters.push(done); return; }
      validatorWaiters = [done];
      var script = el("script", { src: assets + "playground-validate.js" });
      script.addEventListener("load", function () { validatorWaiters.forEach(function (f) { f(window.DocsGen.playgroundValidate); }); });
      document.head.appendChild(script);
    }
    /** Syntax now; schema problems shortly after (a warning, never a block). False when not JSON. */
    function checkBody() {
      if (!bodyArea || !isJson() || bodyArea.value.trim() === "") { if (bodyStatus) bodyStatus.textContent = ""; return true; }
      var value, text = bodyArea.value;
      try { value = JSON.parse(text); } catch (e) { bodyStatus.textContent = "Invalid JSON: " + e.message; bodyStatus.className = "pg-body-status bad"; return false; }
      var schema = media.schema;
      if (!schema) { bodyStatus.textContent = "Valid JSON"; bodyStatus.className = "pg-body-status ok"; return true; }
      loadValidator(function (validate) {
        if (!bodyArea || bodyArea.value !== text) return; // edited meanwhile: a newer check follows
        var problems = validate(value, schema);
        bodyStatus.textContent = "";
        if (!problems.length) { bodyStatus.textContent = "Valid JSON, matches the schema"; bodyStatus.className = "pg-body-status ok"; return; }
        bodyStatus.className = "pg-body-status warn";
        bodyStatus.appendChild(el("p", { text: "Does not match the schema (you can still send):" }));
        var ul = el("ul", { "data-pg": "body-problems" });
        problems.slice(0, 20).forEach(function (m) { ul.appendChild(el("li", { text: m })); });
        bodyStatus.appendChild(ul);
      });
      return true;
    }
    /** The filled-in form fields as [name, value, file?] in schema order; files as File objects. */
    function formEntries(errors) {
      var entries = [];
      formFields.forEach(function (f) {
        var any = false;
        f.inputs.forEach(function (input) {
          input.removeAttribute("aria-invalid");
          if (input.type === "file") { if (input.files && input.files[0]) { entries.push([f.name, input.files[0]]); any = true; } }
          else if (input.value !== "") { entries.push([f.name, input.value]); any = true; }
        });
        if (!any && f.required) { errors.push(f.name + " (body) is required"); f.inputs.forEach(function (i) { i.setAttribute("aria-invalid", "true"); }); }
      });
      return entries;
    }

    /* ---- auth ---- */
    var schemes = {};
    (op.security || []).forEach(function (alt) { alt.forEach(function (s) { schemes[s.key] = s; }); });
    var authBox = el("fieldset", { class: "pg-auth" }, [el("legend", { text: "Authentication" })]);
    var authInputs = {};
    var authModuleWaiters = null; // callbacks waiting for playground-auth.js
    var cookieNote = null;
    /** Where a cookie API key can go from a browser, said for the chosen server. */
    function refreshCookieNote() {
      if (!cookieNote) return;
      var url = serverUrl(), text;
      if (url.indexOf("mock:") === 0) text = "The in-browser mock only checks that the key is filled in.";
      else {
        var target = route(url);
        var same = false;
        try { same = new URL(target, location.href).origin === location.origin; } catch (e) { /* no URL yet */ }
        if (target !== url) text = "Sent as the Cookie header through `docsgen serve --proxy`, to this server only.";
        else if (same) text = "Sent as a cookie: this server is the docs site's own origin.";
        else text = "Cannot be sent from the browser to this server: browsers attach cookies only to the site that set them, " +
          "and a page may not set the Cookie header. Use Copy as curl (it passes the key with -b), or run `docsgen serve --proxy " +
          (hostOf(url) || "HOST") + "` and send from that page.";
      }
      cookieNote.textContent = text;
    }
    function hostOf(url) { try { return new URL(url).host; } catch (e) { return ""; } }
    var remember = el("input", { type: "checkbox", "data-pg": "remember" });
    try {
      var kept = localStorage.getItem(authKey), saved = JSON.parse(sessionStorage.getItem(authKey) || kept || "null");
      if (saved && typeof saved === "object") state.auth = saved;
      remember.checked = kept !== null;
    } catch (e) { /* storage blocked */ }
    /** The credentials of one scheme for the chosen server (created on first use). */
    function creds(key) {
      var byServer = state.auth[serverKey()] = state.auth[serverKey()] || {};
      return byServer[key] = byServer[key] || {};
    }
    function refreshAuth() {
      Object.keys(authInputs).forEach(function (id) {
        var cut = id.lastIndexOf(":"), input = authInputs[id];
        var value = creds(id.slice(0, cut))[id.slice(cut + 1)];
        if (input.type === "checkbox") input.checked = !!value; else input.value = value || "";
      });
    }
    function authInput(key, part, label, type, box) {
      var input = el("input", { type: type || "text", autocomplete: "off", "data-auth": key + ":" + part });
      input.addEventListener(type === "checkbox" ? "change" : "input", function () { creds(key)[part] = type === "checkbox" ? input.checked : input.value; persist(); });
      authInputs[key + ":" + part] = input;
      (box || authBox).appendChild(field(label, input));
      return input;
    }
    Object.keys(schemes).sort().forEach(function (key) {
      var s = schemes[key];
      if (s.type === "apiKey") {
        authInput(key, "value", key + ": API key in " + s.in + " " + s.name, "password");
        if (s.in === "cookie") { cookieNote = el("p", { class: "pg-hint", "data-pg": "cookie-note" }); authBox.appendChild(cookieNote); }
      }
      else if (s.type === "http" && s.scheme === "basic") { authInput(key, "user", key + ": user name"); authInput(key, "password", key + ": password", "password"); }
      else if (s.type === "http") authInput(key, "token", key + ": bearer token", "password");
      else if (s.type === "oauth2" || s.type === "openIdConnect") {
        var box = el("div", { class: "pg-oauth", "data-oauth": key });
        authBox.appendChild(box);
        authInput(key, "token", key + ": access token (paste one, or get one below)", "password", box);
        loadAuthModule(function (auth) { auth.render(s, box, oauthContext); refreshAuth(); });
      }
    });
    // OAuth 2 and OpenID Connect flows live in playground-auth.js, loaded only by pages that need them.
    function loadAuthModule(done) {
      if (window.DocsGen && window.DocsGen.playgroundAuth) { done(window.DocsGen.playgroundAuth); return; }
      if (authModuleWaiters) { authModuleWaiters.push(done); return; }
      authModuleWaiters = [done];
      var script = el("script", { src: assets + "playground-auth.js" });
      script.addEventListener("load", function () { authModuleWaiters.forEach(function (f) { f(window.DocsGen.playgroundAuth); }); });
      document.head.appendChild(script);
    }
    var oauthContext = {
      el: el, field: field, authInput: authInput, creds: creds, persist: persist,
      serverUrl: function () { var u = serverUrl(); return u.indexOf("mock:") === 0 ? location.origin + base + op.mock : u; },
      route: route,
      /** The mock's stand-in authorization server when a mock is chosen: a URL, "browser", or null. */
      mockAuth: function () {
        var kind = (servers[+serverSelect.value] || servers[0]).kind;
        return kind === "docsgen" ? location.origin + base + op.mock + "/__oauth" : kind === "browser" ? "browser" : null;
      },
      redirectUri: function () { return new URL(assets + "oauth2-redirect.html", location.href).href; },
      setToken: function (key, token) { creds(key).token = token; persist(); refreshAuth(); },
      /** A step before each send (renewing an expired token); it returns a promise or null. */
      beforeSend: function (step) { beforeSendSteps.push(step); },
    };
    var beforeSendSteps = [];
    function persist() {
      try {
        var json = JSON.stringify(state.auth);
        sessionStorage.setItem(authKey, json);
        if (remember.checked) localStorage.setItem(authKey, json); else localStorage.removeItem(authKey);
      } catch (e) { /* storage blocked */ }
    }
    remember.addEventListener("change", persist);
    if (Object.keys(schemes).length) authBox.appendChild(el("label", { class: "pg-remember" }, [remember, " Remember on this device (localStorage); without it, only this tab keeps them"]));

    /* ---- request building ---- */
    function buildRequest() {
      var errors = [];
      var path = op.path, query = [], headers = {}, cookies = [], sent = [];
      paramInputs.forEach(function (x) {
        var v = paramValue(x);
        x.input.removeAttribute("aria-invalid");
        if (v === "") { if (x.p.required) { errors.push(x.p.name + " (" + x.p.in + ") is required"); x.input.setAttribute("aria-invalid", "true"); } return; }
        var value = structured(x.p, v);
        sent.push({ p: x.p, value: value });
        if (x.p.in === "path") path = path.split("{" + x.p.name + "}").join(pathText(x.p, value));
        else if (x.p.in === "query") query.push.apply(query, queryEntries(x.p, value));
        else if (x.p.in === "header") headers[x.p.name] = headerText(x.p, value);
      });
      Object.keys(schemes).sort().forEach(function (key) {
        var s = schemes[key], a = creds(key);
        if (s.type === "apiKey" && a.value) {
          if (s.in === "header") headers[s.name] = a.value;
          else if (s.in === "query") query.push(encodeURIComponent(s.name) + "=" + encodeURIComponent(a.value));
          else if (s.in === "cookie") cookies.push(s.name + "=" + encodeURIComponent(a.value));
        } else if (s.type === "http" && s.scheme === "basic" && (a.user || a.password)) headers["Authorization"] = "Basic " + base64Utf8((a.user || "") + ":" + (a.password || ""));
        else if (a.token) headers["Authorization"] = "Bearer " + a.token;
      });
      // Browsers refuse a body on GET and HEAD (some specs, Stripe's among them, still describe one): send none.
      var bodyless = /^(GET|HEAD)$/i.test(op.method);
      var body = null, form = null, kind = media && !bodyless ? bodyKind(media) : null;
      if (kind === "form" || kind === "multipart") {
        form = formEntries(errors);
        if (kind === "form") {
          body = new URLSearchParams();
          form.forEach(function (e) { body.append(e[0], e[1]); });
          headers["Content-Type"] = media.mediaType;
        } else {
          // The browser writes the multipart Content-Type with its boundary.
          body = new FormData();
          form.forEach(function (e) { if (typeof e[1] === "string") body.append(e[0], e[1]); else body.append(e[0], e[1], e[1].name); });
        }
      } else if (bodyless) {
        // nothing to send
      } else if (bodyArea && bodyArea.value.trim() !== "") {
        if (!checkBody()) errors.push("the body is not valid JSON");
        body = bodyArea.value;
        headers["Content-Type"] = media.mediaType;
      } else if (op.body && op.body.required) errors.push("a request body is required");
      var server = serverUrl();
      if (!server) errors.push("choose a server URL");
      // A path template may carry its own query ("/rest?method=flickr.photos.search"): add to it.
      var joiner = path.indexOf("?") >= 0 ? "&" : "?";
      return { errors: errors, method: op.method, url: server + path + (query.length ? joiner + query.join("&") : ""), headers: headers, cookies: cookies, body: body, kind: kind, form: form, mediaType: media && media.mediaType, params: sent, media: media };
    }
    /** RFC 7617: user and password as UTF-8, then base64; btoa alone throws outside Latin-1. */
    function base64Utf8(text) {
      var bytes = new TextEncoder().encode(text), binary = "";
      for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
      return btoa(binary);
    }
    /** A cookie reaches only this site: set it for the request's path when the request stays here. */
    function sendCookies(req, target) {
      if (!req.cookies.length) return "omit";
      var u = new URL(target, location.href);
      if (u.origin !== location.origin || u.pathname.indexOf(base + "__proxy/") === 0) return "omit";
      req.cookies.forEach(function (c) { document.cookie = c + "; path=" + u.pathname + "; SameSite=Strict"; });
      return "same-origin";
    }

    /* ---- response display ---- */
    var out = el("div", { class: "pg-response", "aria-live": "polite" });
    var blobUrl = null;
    function showError(title, detail) {
      out.textContent = "";
      out.appendChild(el("p", { class: "pg-error", text: title }));
      if (detail) out.appendChild(el("p", { text: detail }));
    }
    function show(status, statusText, ms, headers, contentType, blob) {
      out.textContent = "";
      if (blobUrl) { URL.revokeObjectURL(blobUrl); blobUrl = null; }
      var kind = status >= 200 && status < 300 ? "ok" : status >= 400 ? "bad" : "info";
      out.appendChild(el("p", { class: "pg-status " + kind }, [el("strong", { "data-pg": "status", text: String(status) }), " " + (statusText || ""), " · " + ms + " ms · " + blob.size + " bytes"]));
      var dl = el("dl", { class: "pg-headers" });
      headers.forEach(function (h) { dl.appendChild(el("dt", { text: h[0] })); dl.appendChild(el("dd", { text: h[1] })); });
      out.appendChild(el("details", {}, [el("summary", { text: "Response headers (" + headers.length + ")" }), dl]));
      if (/^image\//i.test(contentType)) {
        blobUrl = URL.createObjectURL(blob);
        out.appendChild(el("img", { src: blobUrl, alt: "Response image", class: "pg-image" }));
        return;
      }
      blob.text().then(function (text) {
        if (/json/i.test(contentType)) { try { text = JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* show as sent */ } }
        out.appendChild(el("pre", { class: "code pg-body" }, [el("code", { "data-pg": "response-body", text: text })]));
      });
    }
    /* The in-browser mock (static builds) lives in playground-mock.js, fetched with the operation's whole
       body schemas (playground-body.json beside the page) on the first send to it. */
    var mockModule = null, bodySchemas = null;
    function loadMock() {
      if (window.DocsGen && window.DocsGen.playgroundMock) return Promise.resolve(window.DocsGen.playgroundMock);
      return mockModule = mockModule || new Promise(function (resolve, reject) {
        var script = el("script", { src: assets + "playground-mock.js" });
        script.addEventListener("load", function () { resolve(window.DocsGen.playgroundMock); });
        script.addEventListener("error", function () { mockModule = null; reject(new Error("playground-mock.js did not load")); });
        document.head.appendChild(script);
      });
    }
    function loadBodySchemas() {
      if (!op.body || !op.body.schemaFile) return Promise.resolve(null);
      return bodySchemas = bodySchemas || fetch(new URL(op.body.schemaFile, location.href).href).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + r.url);
        return r.json();
      }).catch(function (e) { bodySchemas = null; throw e; });
    }
    function browserMock(req) {
      return Promise.all([loadMock(), loadBodySchemas()]).then(function (loaded) { return loaded[0](op, schemes, req, loaded[1]); });
    }
    var sending = false, serversReady = null, sendQueued = false;
    function send() {
      if (serversReady) {
        if (!sendQueued) { sendQueued = true; serversReady.then(function () { sendQueued = false; send(); }); }
        return;
      }
      if (sending) return;
      var steps = beforeSendSteps.map(function (step) { return step(); }).filter(Boolean);
      if (steps.length) { sending = true; Promise.all(steps).then(function () { sending = false; sendNow(); }); return; }
      sendNow();
    }
    function sendNow() {
      var req = buildRequest();
      if (req.errors.length) { showError("Cannot send yet:", req.errors.join("; ") + "."); return; }
      var started = performance.now();
      if (req.url.indexOf("mock:") === 0) {
        browserMock(req).then(function (m) { show(m.status, m.statusText, Math.round(performance.now() - started), m.headers, m.type, m.blob); },
          function (e) { showError("The in-browser mock could not load its schemas (" + (e && e.message) + ").", "Check the connection and send again."); });
        return;
      }
      sending = true;
      out.textContent = "Sending…";
      var target = route(req.url);
      // Through the proxy, cookies travel in X-DocsGen-Cookie; the proxy sends them as Cookie to this upstream only.
      var headers = target === req.url ? req.headers
        : Object.assign({ "X-DocsGen-Proxy": "1" }, req.headers, req.cookies.length ? { "X-DocsGen-Cookie": req.cookies.join("; ") } : {});
      fetch(target, { method: req.method, headers: headers, body: req.body, credentials: sendCookies(req, target), mode: "cors" }).then(function (res) {
        return res.blob().then(function (blob) {
          var hs = []; res.headers.forEach(function (v, k) { hs.push([k, v]); });
          hs.sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
          show(res.status, res.statusText, Math.round(performance.now() - started), hs, res.headers.get("content-type") || "", blob);
        });
      }).catch(function (e) {
        var target = new URL(req.url, location.href);
        if (location.protocol === "https:" && target.protocol === "http:") showError("Blocked as mixed content.", "This page is served over HTTPS and the server URL uses plain HTTP; browsers refuse such requests. Use an HTTPS server URL.");
        else showError("The request failed before a response arrived (" + (e && e.message) + ").", "Most often the server does not allow cross-origin requests from this site (CORS), or it is unreachable (network, DNS, certificate). Try the mock servers, or copy the request as curl.");
      }).then(function () { sending = false; });
    }

    /** Calls to hosts on `docsgen serve --proxy`'s allowlist go through the dev server (for APIs without CORS). */
    function route(url) {
      try {
        var u = new URL(url, location.href);
        if (u.origin !== location.origin && (state.proxyHosts.indexOf(u.host) >= 0 || state.proxyHosts.indexOf(u.hostname) >= 0)) return location.origin + base + "__proxy/" + u.href;
      } catch (e) { /* not a URL: fetch reports it */ }
      return url;
    }

    /* ---- copy as code ---- */
    function sq(s) { return "'" + String(s).split("'").join("'\\''") + "'"; }
    function fileName(v) { return typeof v === "string" ? null : v.name || "file"; }
    function asCurl(r) {
      var parts = ["curl -X " + r.method + " " + sq(r.url)];
      Object.keys(r.headers).sort().forEach(function (k) { parts.push("-H " + sq(k + ": " + r.headers[k])); });
      if (r.cookies && r.cookies.length) parts.push("-b " + sq(r.cookies.join("; ")));
      if (r.kind === "multipart") r.form.forEach(function (e) { parts.push(fileName(e[1]) ? "-F " + sq(e[0] + "=@" + fileName(e[1])) : "--form-string " + sq(e[0] + "=" + e[1])); });
      else if (r.kind === "form") r.form.forEach(function (e) { parts.push("--data-urlencode " + sq(e[0] + "=" + e[1])); });
      else if (r.body !== null) parts.push("--data-raw " + sq(r.body));
      return parts.join(" \\\n  ");
    }
    function asJs(r) {
      var pre = "", body = r.body === null ? undefined : r.body;
      if (r.kind === "multipart") {
        pre = "const body = new FormData();\n" + r.form.map(function (e) {
          return fileName(e[1]) ? "body.append(" + JSON.stringify(e[0]) + ", fileInput.files[0], " + JSON.stringify(fileName(e[1])) + "); // an <input type=\"file\">\n"
            : "body.append(" + JSON.stringify(e[0]) + ", " + JSON.stringify(e[1]) + ");\n";
        }).join("");
      } else if (r.kind === "form") pre = "const body = new URLSearchParams(" + JSON.stringify(r.form) + ");\n";
      var init = JSON.stringify({ method: r.method, headers: r.headers, body: r.kind ? (r.kind === "json" || r.kind === "text" ? body : "@@body@@") : body }, null, 2).replace("\"@@body@@\"", "body");
      return pre + "const res = await fetch(" + JSON.stringify(r.url) + ", " + init + ");\nconsole.log(res.status, await res.text());";
    }
    function py(v) { return JSON.stringify(v); }
    function asPython(r) {
      var extra = "";
      if (r.kind === "form") extra = ",\n    data=[" + r.form.map(function (e) { return "(" + py(e[0]) + ", " + py(e[1]) + ")"; }).join(", ") + "]";
      else if (r.kind === "multipart") {
        var texts = r.form.filter(function (e) { return !fileName(e[1]); }), files = r.form.filter(function (e) { return fileName(e[1]); });
        extra = ",\n    data=[" + texts.map(function (e) { return "(" + py(e[0]) + ", " + py(e[1]) + ")"; }).join(", ") + "]" +
          ",\n    files=[" + files.map(function (e) { return "(" + py(e[0]) + ", (" + py(fileName(e[1])) + ", open(" + py(fileName(e[1])) + ", \"rb\")))"; }).join(", ") + "]";
      } else if (r.body !== null) extra = ",\n    data=" + py(r.body);
      var headers = {};
      Object.keys(r.headers).forEach(function (k) { if (!(r.kind === "form" && k === "Content-Type")) headers[k] = r.headers[k]; });
      return "import requests\n\nres = requests.request(" + py(r.method) + ", " + py(r.url) + ",\n    headers=" + py(headers) + extra + ")\nprint(res.status_code, res.text)";
    }
    function cs(s) { return "\"" + String(s).replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t") + "\""; }
    /** Same shape as the generated C# samples (OpenApi/CodeSamples/CSharpSample.cs). */
    function asCSharp(r) {
      var lines = ["using var client = new HttpClient();", "using var request = new HttpRequestMessage(new HttpMethod(" + cs(r.method) + "), " + cs(r.url) + ");"];
      Object.keys(r.headers).sort().forEach(function (k) { if (k !== "Content-Type") lines.push("request.Headers.TryAddWithoutValidation(" + cs(k) + ", " + cs(r.headers[k]) + ");"); });
      if (r.kind === "form") {
        lines.push("request.Content = new FormUrlEncodedContent(new[]\n{\n" + r.form.map(function (e) { return "    new KeyValuePair<string, string>(" + cs(e[0]) + ", " + cs(e[1]) + "),\n"; }).join("") + "});");
      } else if (r.kind === "multipart") {
        lines.push("var form = new MultipartFormDataContent();");
        r.form.forEach(function (e) {
          lines.push(fileName(e[1]) ? "form.Add(new StreamContent(File.OpenRead(" + cs(fileName(e[1])) + ")), " + cs(e[0]) + ", " + cs(fileName(e[1])) + ");" : "form.Add(new StringContent(" + cs(e[1]) + "), " + cs(e[0]) + ");");
        });
        lines.push("request.Content = form;");
      } else if (r.body !== null) {
        var run = (r.body.match(/"+/g) || []).reduce(function (m, q) { return Math.max(m, q.length); }, 0);
        var fence = new Array(Math.max(3, run + 1) + 1).join("\"");
        lines.push("request.Content = new StringContent(\n    " + fence + "\n    " + r.body.split("\n").join("\n    ") + "\n    " + fence + ",\n    System.Text.Encoding.UTF8,\n    " + cs(r.headers["Content-Type"] || "application/json") + ");");
      }
      lines.push("using var response = await client.SendAsync(request);", "Console.WriteLine(await response.Content.ReadAsStringAsync());");
      return lines.join("\n");
    }
    var codeOut = el("pre", { class: "code pg-code", hidden: true });
    function copyAs(fn) {
      var req = buildRequest();
      // The in-browser mock has no address: code to copy names the API's real server.
      if (req.url.indexOf("mock:") === 0) req.url = realServer() + req.url.slice(5);
      var text = fn(req);
      codeOut.hidden = false;
      codeOut.textContent = text;
      if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () { /* shown below anyway */ });
    }

    /* ---- layout ---- */
    var sendBtn = el("button", { type: "button", class: "pg-send", "data-pg": "send", text: "Send" });
    sendBtn.addEventListener("click", send);
    var curlBtn = el("button", { type: "button", "data-pg": "curl", text: "Copy as curl" });
    curlBtn.addEventListener("click", function () { copyAs(asCurl); });
    var jsBtn = el("button", { type: "button", text: "Copy as JavaScript" });
    jsBtn.addEventListener("click", function () { copyAs(asJs); });
    var pyBtn = el("button", { type: "button", text: "Copy as Python" });
    pyBtn.addEventListener("click", function () { copyAs(asPython); });
    var csBtn = el("button", { type: "button", "data-pg": "csharp", text: "Copy as C#" });
    csBtn.addEventListener("click", function () { copyAs(asCSharp); });
    var form = el("form", { class: "pg-form" }, [
      el("fieldset", { class: "pg-server" }, [el("legend", { text: "Server" }), field("Server", serverSelect), serverVars, customField]),
      paramInputs.length ? paramBox : null,
      media ? el("fieldset", { class: "pg-bodybox" }, [el("legend", { text: mediaSelect ? "Body" : "Body (" + media.mediaType + ")" }), mediaSelect ? field("Media type", mediaSelect) : null, bodyPanel]) : null,
      Object.keys(schemes).length ? authBox : null,
      el("p", { class: "pg-actions" }, [sendBtn, " ", curlBtn, " ", jsBtn, " ", pyBtn, " ", csBtn, el("span", { class: "pg-hint", text: " Ctrl+Enter sends" })]),
    ]);
    form.addEventListener("submit", function (e) { e.preventDefault(); send(); });
    form.addEventListener("keydown", function (e) { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); } });
    root.appendChild(el("p", { class: "pg-method" }, [el("code", { text: op.method + " " + op.path })]));
    root.appendChild(form);
    root.appendChild(codeOut);
    root.appendChild(out);
    renderServers(initialServer());
    refreshAuth();
    refreshCookieNote();
    section.hidden = false;
    // The panel replaces docsgen.js's open button; a keyboard reader lands on its first field.
    var openButton = section.querySelector("[data-playground-open]");
    if (openButton) {
      var hadFocus = document.activeElement === openButton;
      openButton.parentNode.hidden = true;
      if (hadFocus) serverSelect.focus();
    }

    // Served by `docsgen serve` (its pages carry data-docsgen-serve): offer its mock server first. A published
    // site is never asked, so its readers see no failed request in the console or the host's logs.
    // Send waits for this answer, so a quick first Send goes to the server the reader will see chosen.
    if (document.documentElement.hasAttribute("data-docsgen-serve")) {
      serversReady = fetch(base + "__docsgen/ping", { cache: "no-store" }).then(function (r) {
        if (!r.ok) return;
        var chosen = servers[+serverSelect.value];
        servers.unshift({ kind: "docsgen", label: "Mock (docsgen serve)" });
        renderServers(serverTouched ? chosen : initialServer());
        refreshAuth();
        refreshCookieNote();
      }).catch(function () { /* static hosting: no local mock */ }).then(function () { serversReady = null; });
      // `docsgen serve --proxy`: learn its allowlist (absent otherwise).
      fetch(base + "__docsgen/proxy", { cache: "no-store" }).then(function (r) { return r.ok ? r.json() : null; }).then(function (p) {
        if (p && p.hosts) { state.proxyHosts = p.hosts; refreshCookieNote(); }
      }).catch(function () { /* no proxy */ });
    }

    window.DocsGen = window.DocsGen || {};
    window.DocsGen.playground = { send: send, request: buildRequest };
  }
})();
