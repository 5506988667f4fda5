// Starts the Partnership Readiness Check. Trunk would start it with an inline <script>, which a
// Content-Security-Policy without 'unsafe-inline' blocks; this file is served from the widget's
// own origin instead, so `script-src 'self' 'wasm-unsafe-eval'` is enough. It is a classic
// script (not a module) so that it still runs, and can say what went wrong, when the modules
// it loads are refused, for example in a sandboxed frame whose host sends no CORS header.
(function () {
  "use strict";
  var tag = document.currentScript;
  var resolve = function (path) {
    return new URL(path, document.baseURI).href;
  };
  var explain = function (error) {
    var app = document.getElementById("app");
    if (app) {
      app.textContent = "";
      var message = document.createElement("p");
      message.className = "loading";
      message.setAttribute("role", "alert");
      message.textContent =
        "The Partnership Readiness Check could not start in this browser or frame. " +
        "Try opening it in its own tab. (" + (error && error.message ? error.message : error) + ")";
      app.appendChild(message);
    }
    if (window.console) {
      window.console.error("Partnership Readiness Check did not start:", error);
    }
  };
  import(resolve(tag.getAttribute("data-js")))
    .then(function (bindings) {
      return bindings.default({ module_or_path: resolve(tag.getAttribute("data-wasm")) });
    })
    .then(function (wasm) {
      // The event Trunk's own loader sends; the benchmark reads the wasm memory from it.
      window.dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: wasm } }));
    })
    .catch(explain);
})();
