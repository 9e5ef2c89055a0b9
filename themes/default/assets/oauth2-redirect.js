/* OAuth 2 redirect page of the DocsGen playground: passes code, state and error to the window that
   started the sign-in (same origin only), then closes. The playground checks the state. */
(function () {
  "use strict";
  var params = new URLSearchParams(location.search || location.hash.slice(1));
  var data = { type: "docsgen-oauth2" };
  ["code", "state", "error", "error_description"].forEach(function (k) { if (params.has(k)) data[k] = params.get(k); });
  history.replaceState(null, "", location.pathname); // the code should not linger in history
  var sent = false;
  try {
    if (window.opener && window.opener !== window) { window.opener.postMessage(data, location.origin); sent = true; }
  } catch (e) { /* opener gone or cross-origin */ }
  // A sign-in in the same tab (no pop-up): leave the answer beside the pending request and go back to
  // the page that started it; the playground there checks the state and exchanges the code.
  var pending = null;
  try { pending = !sent && JSON.parse(sessionStorage.getItem("docsgen:oauth:pending") || "null"); } catch (e) { /* storage blocked */ }
  if (pending && typeof pending.returnTo === "string" && new URL(pending.returnTo, location.href).origin === location.origin) {
    sessionStorage.setItem("docsgen:oauth:answer", JSON.stringify(data));
    document.getElementById("message").textContent = "Signed in. Going back to the documentation…";
    location.replace(pending.returnTo);
    return;
  }
  if (!sent && "BroadcastChannel" in window) { var c = new BroadcastChannel("docsgen-oauth2"); c.postMessage(data); c.close(); sent = true; }
  document.getElementById("message").textContent = data.error
    ? "Sign-in failed: " + (data.error_description || data.error) + ". You can close this window."
    : "Signed in. You can close this window and return to the documentation.";
  setTimeout(function () { window.close(); }, 300);
})();
