/* DocsGen playground: checks a JSON request body against the compact schema in the page's
   playground data (OpenApi/Playground/PlaygroundSchema.cs), loaded by playground.js on the first
   edit. Problems name the JSON path, e.g. "/items/0/amount: expected integer". Advice only: the
   reader can still send. */
(function () {
  "use strict";
  function typeOf(v) {
    if (v === null) return "null";
    if (Array.isArray(v)) return "array";
    if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
    return typeof v;
  }
  function fits(t, actual) { return t === actual || (t === "number" && actual === "integer"); }
  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }
  function esc(k) { return String(k).replace(/~/g, "~0").replace(/\//g, "~1"); }
  function show(v) { var s = JSON.stringify(v); return s.length > 40 ? s.slice(0, 37) + "..." : s; }

  function check(v, s, path, out) {
    if (!s || typeof s !== "object") return;
    var actual = typeOf(v);
    if (s.type && s.type.length && !s.type.some(function (t) { return fits(t, actual); })) {
      out.push(path + ": expected " + s.type.join(" or ") + ", got " + actual);
      return;
    }
    if (s.enum && !s.enum.some(function (e) { return same(e, v); })) out.push(path + ": must be one of " + s.enum.map(show).join(", "));
    if ("const" in s && !same(s.const, v)) out.push(path + ": must be " + show(s.const));
    if (typeof v === "number") {
      if (s.minimum != null && v < s.minimum) out.push(path + ": must be at least " + s.minimum);
      if (s.maximum != null && v > s.maximum) out.push(path + ": must be at most " + s.maximum);
      if (s.exclusiveMinimum != null && v <= s.exclusiveMinimum) out.push(path + ": must be more than " + s.exclusiveMinimum);
      if (s.exclusiveMaximum != null && v >= s.exclusiveMaximum) out.push(path + ": must be less than " + s.exclusiveMaximum);
      if (s.multipleOf && Math.abs(v / s.multipleOf - Math.round(v / s.multipleOf)) > 1e-9) out.push(path + ": must be a multiple of " + s.multipleOf);
    }
    if (typeof v === "string") {
      var len = Array.from(v).length;
      if (s.minLength != null && len < s.minLength) out.push(path + ": must have at least " + s.minLength + " characters");
      if (s.maxLength != null && len > s.maxLength) out.push(path + ": must have at most " + s.maxLength + " characters");
      if (s.pattern) { try { if (!new RegExp(s.pattern, "u").test(v)) out.push(path + ": must match " + s.pattern); } catch (e) { /* a pattern JS cannot read is not checked */ } }
    }
    if (Array.isArray(v)) {
      if (s.minItems != null && v.length < s.minItems) out.push(path + ": must have at least " + s.minItems + " items");
      if (s.maxItems != null && v.length > s.maxItems) out.push(path + ": must have at most " + s.maxItems + " items");
      if (s.items) v.forEach(function (x, i) { check(x, s.items, path + "/" + i, out); });
    }
    if (actual === "object") {
      (s.required || []).forEach(function (k) { if (!(k in v)) out.push(path + "/" + esc(k) + ": required property is missing"); });
      var props = s.properties || {};
      Object.keys(v).forEach(function (k) {
        if (Object.prototype.hasOwnProperty.call(props, k)) check(v[k], props[k], path + "/" + esc(k), out);
        else if (s.additionalProperties === false) out.push(path + "/" + esc(k) + ": property is not allowed");
      });
    }
    if (s.oneOf) {
      var passing = s.oneOf.filter(function (o) { var p = []; check(v, o, path, p); return p.length === 0; }).length;
      if (passing !== 1) out.push(path + ": " + (passing === 0 ? "matches none of the oneOf options" : "matches " + passing + " oneOf options, expected exactly one"));
    }
    if (s.anyOf && !s.anyOf.some(function (o) { var p = []; check(v, o, path, p); return p.length === 0; })) out.push(path + ": matches none of the anyOf options");
  }

  /** Problems of `value` against `schema`, each "<JSON pointer>: <message>" ("/" for the root). */
  function validate(value, schema) {
    var out = [];
    check(value, schema, "", out);
    return out.map(function (m) { return m.charAt(0) === ":" ? "/" + m : m; });
  }

  window.DocsGen = window.DocsGen || {};
  window.DocsGen.playgroundValidate = validate;
})();
