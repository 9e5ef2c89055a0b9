/* DocsGen playground: the in-browser mock, what a static build answers with when the reader picks
   "Mock (in your browser)". It applies the built-in mock's rules (generator/DocsGen.Engine/Mock/MockServer.cs,
   and its validator Validation/SchemaValidator.cs in the request direction) with the same messages, so a
   static build refuses what `docsgen serve` refuses and says why in the same words. Body schemas come
   whole from playground-body.json (OpenApi/Playground/RequestBodySchema.cs: {"$ref": "Name"} into
   "defs"), parameter schemas compact from playground.json. Loaded by playground.js on the first send to
   the in-browser mock, so pages that never use it do not carry it. */
(function () {
  "use strict";
  var MAX_DEPTH = 64, MAX_DECLARED_DEPTH = 32;

  function kindOf(v) {
    if (v === null || v === undefined) return "null";
    if (Array.isArray(v)) return "array";
    if (typeof v === "boolean") return "boolean";
    return typeof v === "number" ? "number" : typeof v === "string" ? "string" : "object";
  }
  function json(v) { return v === undefined ? "null" : JSON.stringify(v); }
  function same(a, b) {
    if (kindOf(a) === "null") return kindOf(b) === "null";
    if (kindOf(a) !== kindOf(b)) return false;
    if (Array.isArray(a)) return a.length === b.length && a.every(function (x, i) { return same(x, b[i]); });
    if (a && typeof a === "object") {
      var ka = Object.keys(a), kb = Object.keys(b);
      return ka.length === kb.length && ka.every(function (k) { return Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]); });
    }
    return a === b;
  }
  function esc(k) { return String(k).replace(/~/g, "~0").replace(/\//g, "~1"); }
  /** .NET reads a pattern; JavaScript tries it with and without the u flag. Null when neither can. */
  function safeMatch(pattern, text) {
    try { return new RegExp(pattern, "u").test(text); } catch (e) { /* try without u */ }
    try { return new RegExp(pattern).test(text); } catch (e) { return null; }
  }
  /** Characters as a reader counts them (text elements), as StringInfo does on the server. */
  function length(text) {
    if (typeof Intl !== "undefined" && Intl.Segmenter) { var n = 0, it = new Intl.Segmenter().segment(text)[Symbol.iterator](); while (!it.next().done) n++; return n; }
    return Array.from(text).length;
  }
  var formats = {
    "date-time": function (t) { return /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(t) && !isNaN(Date.parse(t)); },
    "date": function (t) { var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t); if (!m) return false; var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])); return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]; },
    "email": function (t) { return t.indexOf(" ") < 0 && /^[^@\s]+@[^@\s]+$/.test(t); },
    "uuid": function (t) { return /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(t); },
    "uri": function (t) { try { return !!new URL(t).protocol; } catch (e) { return false; } },
  };

  function Checker(defs) { this.defs = defs || {}; }
  Checker.prototype.resolve = function (s) {
    if (s && typeof s.$ref === "string") return this.defs[s.$ref] || {};
    return s || {};
  };
  Checker.prototype.check = function (v, schema, pointer, out, depth) {
    if (depth > MAX_DEPTH) return;
    var s = this.resolve(schema), kind = kindOf(v);
    if (s.type && s.type.length && !allows(s.type, v, kind)) { out.push([pointer, "expected " + s.type.join(" or ") + ", found " + kind]); return; }
    if (kind === "null") return;
    if (s.enum && s.enum.length && !s.enum.some(function (e) { return same(e, v); })) out.push([pointer, json(v) + " is not one of " + s.enum.map(json).join(", ")]);
    if ("const" in s && json(v) !== JSON.stringify(s.const) && json(v) !== s.const) out.push([pointer, "must be " + s.const]);
    if (kind === "string") this.string(v, s, pointer, out);
    else if (kind === "number") this.number(v, s, pointer, out);
    else if (kind === "object") this.object(v, s, pointer, out, depth);
    else if (kind === "array") this.array(v, s, pointer, out, depth);
    var self = this;
    (s.allOf || []).forEach(function (part) { self.check(v, part, pointer, out, depth + 1); });
    var chosen = this.discriminated(v, s);
    if (chosen) this.check(v, chosen, pointer, out, depth + 1);
    else {
      this.alternatives(v, s.oneOf, "oneOf", true, pointer, out, depth);
      this.alternatives(v, s.anyOf, "anyOf", false, pointer, out, depth);
    }
    if (kind === "object" && s.unevaluatedProperties === false) {
      var declared = this.declared(v, s);
      if (declared) Object.keys(v).forEach(function (k) { if (!Object.prototype.hasOwnProperty.call(declared, k)) out.push([pointer + "/" + esc(k), "property '" + k + "' is not allowed"]); });
    }
  };
  function allows(types, v, kind) {
    if (kind === "number") return types.indexOf("number") >= 0 || (types.indexOf("integer") >= 0 && v % 1 === 0);
    return types.indexOf(kind) >= 0;
  }
  Checker.prototype.discriminated = function (v, s) {
    var d = s.discriminator;
    if (!d || !d.propertyName || kindOf(v) !== "object" || typeof v[d.propertyName] !== "string") return null;
    var name = v[d.propertyName], target = d.mapping && Object.prototype.hasOwnProperty.call(d.mapping, name) ? d.mapping[name] : name;
    return (s.oneOf || []).concat(s.anyOf || []).filter(function (o) { return o && o.$ref === target; })[0] || null;
  };
  Checker.prototype.alternatives = function (v, options, keyword, exactlyOne, pointer, out, depth) {
    if (!options || !options.length) return;
    var self = this;
    var results = options.map(function (o) { var inner = []; self.check(v, o, pointer, inner, depth + 1); return inner; });
    var matches = results.filter(function (r) { return r.length === 0; }).length;
    if (matches === 0) {
      // The closest alternative (the first with the fewest problems) explains best what is wrong.
      var closest = results.reduce(function (best, r) { return r.length < best.length ? r : best; });
      out.push([pointer, "matches none of the " + keyword + " alternatives"]);
      closest.forEach(function (p) { out.push(p); });
    } else if (exactlyOne && matches > 1) out.push([pointer, "matches " + matches + " of the oneOf alternatives, exactly one expected"]);
  };
  Checker.prototype.object = function (v, s, pointer, out, depth) {
    var self = this, props = s.properties || {}, names = Object.keys(v);
    (s.required || []).slice().sort(ordinal).forEach(function (name) {
      if (Object.prototype.hasOwnProperty.call(v, name)) return;
      // A readOnly property is required only in responses.
      if (Object.prototype.hasOwnProperty.call(props, name) && self.resolve(props[name]).readOnly) return;
      out.push([pointer, "required property '" + name + "' is missing"]);
    });
    names.forEach(function (name) {
      var child = pointer + "/" + esc(name);
      if (Object.prototype.hasOwnProperty.call(props, name)) {
        if (self.resolve(props[name]).readOnly) { out.push([child, "'" + name + "' is read-only and cannot be sent"]); return; }
        self.check(v[name], props[name], child, out, depth + 1);
      } else if (s.additionalProperties && typeof s.additionalProperties === "object") self.check(v[name], s.additionalProperties, child, out, depth + 1);
      else if (s.additionalProperties === false && !Object.keys(s.patternProperties || {}).some(function (p) { return safeMatch(p, name) === true; })) {
        out.push([child, "property '" + name + "' is not allowed"]);
      }
    });
    if (s.minProperties != null && names.length < s.minProperties) out.push([pointer, "has " + names.length + " properties, at least " + s.minProperties + " expected"]);
    if (s.maxProperties != null && names.length > s.maxProperties) out.push([pointer, "has " + names.length + " properties, at most " + s.maxProperties + " allowed"]);
  };
  Checker.prototype.array = function (v, s, pointer, out, depth) {
    var self = this;
    if (s.items) v.forEach(function (x, i) { self.check(x, s.items, pointer + "/" + i, out, depth + 1); });
    if (s.minItems != null && v.length < s.minItems) out.push([pointer, "has " + v.length + " items, at least " + s.minItems + " expected"]);
    if (s.maxItems != null && v.length > s.maxItems) out.push([pointer, "has " + v.length + " items, at most " + s.maxItems + " allowed"]);
    if (s.uniqueItems && v.some(function (x, i) { return v.slice(0, i).some(function (y) { return same(x, y); }); })) out.push([pointer, "items must be unique"]);
  };
  Checker.prototype.string = function (t, s, pointer, out) {
    var n = length(t);
    if (s.minLength != null && n < s.minLength) out.push([pointer, "is " + n + " characters long, at least " + s.minLength + " expected"]);
    if (s.maxLength != null && n > s.maxLength) out.push([pointer, "is " + n + " characters long, at most " + s.maxLength + " allowed"]);
    if (s.pattern && safeMatch(s.pattern, t) === false) out.push([pointer, "\"" + t + "\" does not match the pattern " + s.pattern]);
    if (s.format && formats[s.format] && !formats[s.format](t)) out.push([pointer, "\"" + t + "\" is not a valid " + s.format]);
  };
  Checker.prototype.number = function (n, s, pointer, out) {
    if (s.minimum != null && n < s.minimum) out.push([pointer, n + " is less than the minimum " + s.minimum]);
    if (s.maximum != null && n > s.maximum) out.push([pointer, n + " is greater than the maximum " + s.maximum]);
    if (s.exclusiveMinimum != null && typeof s.exclusiveMinimum === "number" && n <= s.exclusiveMinimum) out.push([pointer, n + " must be greater than " + s.exclusiveMinimum]);
    if (s.exclusiveMaximum != null && typeof s.exclusiveMaximum === "number" && n >= s.exclusiveMaximum) out.push([pointer, n + " must be less than " + s.exclusiveMaximum]);
    if (s.multipleOf > 0 && Math.abs(n / s.multipleOf - Math.round(n / s.multipleOf)) > 1e-9) out.push([pointer, n + " is not a multiple of " + s.multipleOf]);
  };
  /** The names the schema declares across allOf and the matching alternatives; null when any name is open. */
  Checker.prototype.declared = function (v, schema) {
    var self = this, names = {}, open = false;
    (function collect(s, depth) {
      if (depth > MAX_DECLARED_DEPTH) { open = true; return; }
      s = self.resolve(s);
      if ((s.additionalProperties && typeof s.additionalProperties === "object") || Object.keys(s.patternProperties || {}).length) open = true;
      Object.keys(s.properties || {}).forEach(function (k) { names[k] = true; });
      (s.allOf || []).forEach(function (p) { collect(p, depth + 1); });
      [s.oneOf, s.anyOf].forEach(function (alts) {
        if (!alts || !alts.length) return;
        var matching = alts.filter(function (a) { var p = []; self.check(v, a, "", p, 0); return p.length === 0; });
        (matching.length ? matching : alts).forEach(function (a) { collect(a, depth + 1); });
      });
    })(schema, 0);
    return open || !Object.keys(names).length ? null : names;
  };
  function ordinal(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  /** Problems of `value` against `schema` as [JSON pointer ("" for the root), message], in the built-in mock's order. */
  function check(value, schema, defs) {
    var out = [];
    new Checker(defs).check(value, schema, "", out, 0);
    return out;
  }

  /** Whether the request carries the credential one security requirement names (present, not checked). */
  function credentialsSent(schemes, req, use) {
    var s = schemes[use.key] || use, auth = req.headers.Authorization || "";
    if (s.type === "apiKey") {
      if (s.in === "query") return req.url.split("?")[1] !== undefined && ("&" + req.url.split("?")[1]).indexOf("&" + encodeURIComponent(s.name) + "=") >= 0;
      if (s.in === "cookie") return req.cookies.some(function (c) { return c.indexOf(s.name + "=") === 0 && c.length > s.name.length + 1; });
      return !!req.headers[s.name];
    }
    if (s.type === "http" && s.scheme === "basic") return /^Basic \S/.test(auth);
    if (s.type === "http") return auth.toLowerCase().indexOf((s.scheme || "bearer") + " ") === 0 && auth.length > (s.scheme || "bearer").length + 1;
    if (s.type === "oauth2" || s.type === "openIdConnect") return /^Bearer \S/.test(auth);
    return true;
  }
  /** A parameter's text read as its schema's type, as ParameterValue.cs does on the server. */
  function typed(v, s) {
    if (!s) return v;
    if (Array.isArray(v)) return v.map(function (i) { return typed(i, s.items); });
    if (v && typeof v === "object") { var o = {}; Object.keys(v).forEach(function (k) { o[k] = typed(v[k], s.properties && s.properties[k]); }); return o; }
    if (typeof v !== "string") return v;
    var t = s.type || [];
    if ((t.indexOf("integer") >= 0 || t.indexOf("number") >= 0) && v.trim() !== "" && isFinite(Number(v))) return Number(v);
    if (t.indexOf("boolean") >= 0 && (v === "true" || v === "false")) return v === "true";
    return v;
  }
  function answer(status, type, text) {
    return { status: status, statusText: "(in-browser mock)", headers: [["content-type", type]], type: type, blob: new Blob([text], { type: type }) };
  }
  function problem(status, title, errors) {
    return answer(status, "application/problem+json", JSON.stringify({ type: "about:blank", title: title, status: status, errors: errors }, null, 2));
  }
  /** [pointer, message] pairs as the mock's errors ("/" for a body's root). */
  function problems(list, where, name) {
    return list.map(function (m) { return { in: where, name: name ? name + m[0] : m[0] || "/", message: m[1] }; });
  }

  /**
   * The answer to one request built by playground.js: 401, 400 or 422 with the built-in mock's problem,
   * else the example of the first documented 2xx. `whole` is playground-body.json, or null.
   */
  function mock(op, schemes, req, whole) {
    var alternatives = op.security || [];
    if (alternatives.length && !alternatives.some(function (alt) { return alt.every(function (u) { return credentialsSent(schemes, req, u); }); })) {
      return problem(401, "Credentials required", [{ in: "security", name: alternatives.map(function (alt) { return alt.map(function (u) { return u.key; }).join(" + "); }).join(" or "), message: "none of the accepted credentials were sent" }]);
    }
    var bad = [], given = {};
    req.params.forEach(function (x) { given[x.p.in + ":" + x.p.name] = true; if (x.p.schema) bad = bad.concat(problems(check(typed(x.value, x.p.schema), x.p.schema), x.p.in, x.p.name)); });
    (op.parameters || []).forEach(function (p) { if (p.required && p.in !== "cookie" && !given[p.in + ":" + p.name]) bad.push({ in: p.in, name: p.name, message: "is required" }); });
    var bodyBad = [];
    if (req.kind === "json" && req.body !== null) {
      var value;
      try { value = JSON.parse(req.body); } catch (e) { bad.push({ in: "body", name: "/", message: "is not valid JSON: " + e.message }); }
      var schema = whole ? whole.content[req.mediaType] : req.media && req.media.schema;
      if (value !== undefined && schema) bodyBad = problems(check(value, schema, whole ? whole.defs : {}), "body");
    } else if (req.body === null && op.body && op.body.required && !/^(GET|HEAD)$/i.test(op.method)) bad.push({ in: "body", name: "/", message: "a request body is required" });
    if (bad.length) return problem(400, "The request is malformed", bad.concat(bodyBad));
    if (bodyBad.length) return problem(422, "The request body does not match the schema", bodyBad);
    var ok = (op.responses || []).filter(function (r) { return /^2/.test(r.status); })[0];
    var m = ok && ok.content && ok.content[0];
    var ex = m && m.examples && m.examples[0];
    return answer(ok ? (parseInt(ok.status, 10) || 200) : 501, m ? m.mediaType : "application/json",
      ex ? ex.value : ok ? "" : JSON.stringify({ title: "No documented success response" }));
  }

  window.DocsGen = window.DocsGen || {};
  window.DocsGen.playgroundMock = mock;
})();
