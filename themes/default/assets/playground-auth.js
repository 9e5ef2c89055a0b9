/* DocsGen API playground: OAuth 2 (client credentials, authorization code with PKCE) and OpenID
   Connect. Loaded by playground.js only on operations whose security names such a scheme.
   Tokens go where other credentials go (memory, or sessionStorage with "remember"), are sent as
   Bearer to the server the reader chose only, and the PKCE verifier and state never leave memory. */
(function () {
  "use strict";
  var CHANNEL = "docsgen-oauth2";
  // A sign-in in the same tab: the request waits under PENDING, the redirect page leaves its answer under ANSWER.
  var PENDING = "docsgen:oauth:pending", ANSWER = "docsgen:oauth:answer";

  function b64url(bytes) {
    var s = "";
    new Uint8Array(bytes).forEach(function (b) { s += String.fromCharCode(b); });
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function random(n) { return b64url(crypto.getRandomValues(new Uint8Array(n))); }
  function challengeOf(verifier) {
    return crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)).then(b64url);
  }

  function render(scheme, box, ctx) {
    var el = ctx.el, key = scheme.key;
    var flows = scheme.type === "openIdConnect"
      ? [{ name: "openIdConnect", scopes: [] }]
      : (scheme.flows || []).filter(function (f) { return f.name === "clientCredentials" || f.name === "authorizationCode"; });
    // OAuth 2.1 drops both: the implicit flow hands the token over in the URL, the password flow hands
    // the reader's password to the page. Say so, and what to do instead.
    (scheme.flows || []).filter(function (f) { return f.name === "implicit" || f.name === "password"; }).forEach(function (f) {
      box.appendChild(el("p", { class: "pg-hint", "data-oauth-unsupported": key + ":" + f.name,
        text: (f.name === "implicit" ? "Implicit flow" : "Password flow") + ": not supported in the browser (deprecated by OAuth 2.1). " +
          (flows.length ? "Use the authorization code flow with PKCE below, " : "Get a token outside the browser (e.g. with curl against " + (f.tokenUrl || f.authorizationUrl || "the token endpoint") + ") ") +
          "or paste an access token above." }));
    });
    if (!flows.length) {
      if (!(scheme.flows || []).some(function (f) { return f.name === "implicit" || f.name === "password"; }))
        box.appendChild(el("p", { class: "pg-hint", text: "This scheme's flows cannot run in the browser here; paste an access token instead." }));
      return;
    }
    var flowSelect = el("select", { "data-oauth-flow": key });
    flows.forEach(function (f, i) { flowSelect.appendChild(el("option", { value: String(i), text: flowLabel(f.name) })); });
    box.appendChild(ctx.field(key + ": flow", flowSelect));
    ctx.authInput(key, "clientId", key + ": client ID", "text", box);
    ctx.authInput(key, "clientSecret", key + ": client secret (confidential clients only)", "password", box);
    var clientAuth = el("select", { "data-oauth-client-auth": key });
    clientAuth.appendChild(el("option", { value: "basic", text: "HTTP Basic header" }));
    clientAuth.appendChild(el("option", { value: "body", text: "Request body" }));
    var clientAuthField = ctx.field(key + ": send client credentials in", clientAuth);
    box.appendChild(clientAuthField);
    var scopesBox = el("fieldset", { class: "pg-scopes" }, [el("legend", { text: key + ": scopes" })]);
    box.appendChild(scopesBox);
    var redirect = el("p", { class: "pg-redirect" }, ["Redirect URI to register with the authorization server: ", el("code", { "data-oauth-redirect": key, text: ctx.redirectUri() })]);
    box.appendChild(redirect);
    var inTab = el("input", { type: "checkbox", "data-oauth-in-tab": key });
    var inTabLabel = el("label", { class: "pg-remember" }, [inTab, " Sign in in this tab (no pop-up window); you come back to this page"]);
    box.appendChild(inTabLabel);
    var go = el("button", { type: "button", "data-oauth-go": key, text: "Get token" });
    var retry = el("button", { type: "button", "data-oauth-retry": key, text: "Retry", hidden: true });
    var status = el("p", { class: "pg-oauth-status", "data-oauth-status": key, "aria-live": "polite" });
    box.appendChild(el("p", {}, [go, " ", retry]));
    box.appendChild(status);

    function flow() { return flows[+flowSelect.value] || flows[0]; }
    function onFlow() {
      var f = flow();
      var interactive = f.name !== "clientCredentials";
      redirect.hidden = !interactive;
      inTabLabel.hidden = !interactive;
      go.textContent = interactive ? "Sign in and get token" : "Get token";
      scopesBox.querySelectorAll(".pg-field").forEach(function (n) { n.remove(); });
      var names = (f.scopes || []).slice();
      if (f.name === "openIdConnect") (scheme.scopes || []).concat(["openid"]).forEach(function (s) { if (names.indexOf(s) < 0) names.push(s); });
      names.forEach(function (name) {
        var box2 = el("input", { type: "checkbox", value: name, "data-oauth-scope": key + ":" + name });
        box2.checked = name === "openid" || (scheme.scopes || []).indexOf(name) >= 0;
        scopesBox.appendChild(ctx.field(name, box2));
      });
      scopesBox.hidden = names.length === 0;
    }
    flowSelect.addEventListener("change", onFlow);
    onFlow();

    function scopes() {
      return Array.prototype.map.call(scopesBox.querySelectorAll("input:checked"), function (i) { return i.value; }).join(" ");
    }
    function say(text, bad, canRetry) {
      status.textContent = text;
      status.className = "pg-oauth-status " + (bad ? "bad" : "ok");
      retry.hidden = !canRetry;
    }
    var STATE_REFUSED = "Sign-in refused: the answer's state does not match the sign-in this page started " +
      "(a forged answer, or one from an older attempt). No code was exchanged. Retry to sign in again.";
    function resolve(url) { return new URL(url, ctx.serverUrl() + "/").href; }

    function tokenRequest(tokenUrl, params, refreshUrl) {
      var c = ctx.creds(key), headers = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
      var form = new URLSearchParams(params);
      if (c.clientSecret && clientAuth.value === "basic") {
        // RFC 6749 §2.3.1: both parts form-encoded before Base64.
        headers.Authorization = "Basic " + btoa(formEncode(c.clientId || "") + ":" + formEncode(c.clientSecret));
      } else {
        form.set("client_id", c.clientId || "");
        if (c.clientSecret) form.set("client_secret", c.clientSecret);
      }
      return fetch(ctx.route(resolve(tokenUrl)), { method: "POST", headers: headers, body: form.toString(), credentials: "omit" })
        .then(function (res) { return res.text().then(function (text) { return { res: res, text: text }; }); })
        .then(function (r) {
          var json = null;
          try { json = JSON.parse(r.text); } catch (e) { /* reported below */ }
          if (r.res.ok && json && typeof json.access_token === "string") {
            var c2 = ctx.creds(key);
            // A refresh token, when the server returns one, renews the access token before it expires (see beforeSend).
            if (typeof json.refresh_token === "string") c2.refreshToken = json.refresh_token;
            c2.refreshUrl = refreshUrl || tokenUrl;
            c2.expiresAt = json.expires_in ? Date.now() + json.expires_in * 1000 : 0;
            ctx.setToken(key, json.access_token);
            say("Token received" + (json.expires_in ? " (expires in " + json.expires_in + " s)" : "") +
              (c2.refreshToken ? "; renewed with its refresh token when it expires" : "") + "; it is sent as Bearer to the chosen server only.");
          } else {
            say("The token endpoint answered " + r.res.status + ": " + (json && (json.error_description || json.error) || r.text.slice(0, 200)), true, true);
          }
        });
    }

    function authorize(authorizationUrl, tokenUrl, refreshUrl) {
      var verifier = random(32), state = random(16), redirectUri = ctx.redirectUri();
      return challengeOf(verifier).then(function (challenge) {
        var url = new URL(resolve(authorizationUrl));
        url.searchParams.set("response_type", "code");
        url.searchParams.set("client_id", ctx.creds(key).clientId || "");
        url.searchParams.set("redirect_uri", redirectUri);
        if (scopes()) url.searchParams.set("scope", scopes());
        url.searchParams.set("state", state);
        url.searchParams.set("code_challenge", challenge);
        url.searchParams.set("code_challenge_method", "S256");
        var pending = { key: key, state: state, verifier: verifier, tokenUrl: resolve(tokenUrl), refreshUrl: refreshUrl ? resolve(refreshUrl) : null, redirectUri: redirectUri, returnTo: location.href.split("#")[0] };
        var popup = inTab.checked ? null : window.open(url.href, CHANNEL, "width=600,height=720");
        if (!popup) {
          // Same tab: state and verifier wait in this tab's sessionStorage; the redirect page brings the reader back.
          try { sessionStorage.setItem(PENDING, JSON.stringify(pending)); } catch (e) { say("This browser blocks storage, so sign-in cannot continue in this tab; allow pop-ups instead.", true, true); return null; }
          say("Going to the sign-in page…");
          location.assign(url.href);
          return null;
        }
        say("Waiting for sign-in in the other window…");
        return new Promise(function (done) {
          var channel = "BroadcastChannel" in window ? new BroadcastChannel(CHANNEL) : null;
          function finish(data) {
            if (!data || data.type !== CHANNEL) return;
            window.removeEventListener("message", onMessage);
            if (channel) channel.close();
            // Only our own redirect page, answering this very request, counts: a foreign or missing state ends the attempt.
            if (data.state !== state) { say(STATE_REFUSED, true, true); done(null); return; }
            if (data.error) { say("Sign-in failed: " + (data.error_description || data.error), true, true); done(null); return; }
            done(tokenRequest(pending.tokenUrl, { grant_type: "authorization_code", code: data.code, redirect_uri: redirectUri, code_verifier: verifier }, pending.refreshUrl));
          }
          function onMessage(e) { if (e.origin === location.origin) finish(e.data); }
          window.addEventListener("message", onMessage);
          if (channel) channel.onmessage = function (e) { finish(e.data); };
        });
      });
    }

    /** Back from a sign-in in this tab: the redirect page left the answer beside the pending request. */
    function resume() {
      var pending, answer;
      try {
        pending = JSON.parse(sessionStorage.getItem(PENDING) || "null");
        answer = JSON.parse(sessionStorage.getItem(ANSWER) || "null");
      } catch (e) { return; }
      if (!pending || pending.key !== key || !answer) return;
      sessionStorage.removeItem(PENDING);
      sessionStorage.removeItem(ANSWER);
      if (answer.state !== pending.state) { say(STATE_REFUSED, true, true); return; }
      if (answer.error) { say("Sign-in failed: " + (answer.error_description || answer.error), true, true); return; }
      say("Working…");
      tokenRequest(pending.tokenUrl, { grant_type: "authorization_code", code: answer.code, redirect_uri: pending.redirectUri, code_verifier: pending.verifier }, pending.refreshUrl)
        .catch(function (e) { say("The request failed (" + (e && e.message) + ").", true, true); });
    }

    /** Before a send: an expired access token with a refresh token is renewed first (RFC 6749 §6). */
    ctx.beforeSend(function () {
      var c = ctx.creds(key);
      if (!c.refreshToken || !c.expiresAt || Date.now() < c.expiresAt - 30000) return null;
      return tokenRequest(c.refreshUrl, { grant_type: "refresh_token", refresh_token: c.refreshToken }, c.refreshUrl)
        .catch(function (e) { say("Renewing the token failed (" + (e && e.message) + ").", true, true); });
    });

    function discover() {
      return fetch(ctx.route(resolve(scheme.openIdConnectUrl)), { credentials: "omit" }).then(function (res) {
        if (!res.ok) throw new Error("the discovery document answered " + res.status);
        return res.json();
      });
    }

    retry.addEventListener("click", function () { retry.hidden = true; go.click(); });
    go.addEventListener("click", function () {
      var f = flow(), run, mock = ctx.mockAuth();
      say("Working…");
      if (mock === "browser") {
        // The in-browser mock checks nothing; any token will do.
        ctx.setToken(key, "mock_token_in_browser");
        say("Token received from the in-browser mock.");
        return;
      }
      if (mock) f = { name: f.name === "clientCredentials" ? f.name : "authorizationCode", tokenUrl: mock + "/token", authorizationUrl: mock + "/authorize" };
      if (f.name === "clientCredentials") run = tokenRequest(f.tokenUrl, scopes() ? { grant_type: "client_credentials", scope: scopes() } : { grant_type: "client_credentials" }, f.refreshUrl);
      else if (f.name === "authorizationCode") run = authorize(f.authorizationUrl, f.tokenUrl, f.refreshUrl);
      else run = discover().then(function (d) { return authorize(d.authorization_endpoint, d.token_endpoint); });
      run.catch(function (e) {
        say("The request failed (" + (e && e.message) + "). The authorization server may not allow cross-origin requests from this site (CORS); `docsgen serve --proxy HOST` can relay them.", true, true);
      });
    });
    resume();
  }

  function formEncode(s) { return encodeURIComponent(s).replace(/%20/g, "+"); }
  function flowLabel(name) {
    return { clientCredentials: "Client credentials", authorizationCode: "Authorization code with PKCE", openIdConnect: "OpenID Connect (authorization code with PKCE)" }[name] || name;
  }

  window.DocsGen = window.DocsGen || {};
  window.DocsGen.playgroundAuth = { render: render };
})();
