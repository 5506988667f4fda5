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
  // If the app ever stops (a Rust panic ends in a WebAssembly trap, a RuntimeError), the page
  // says so instead of silently ignoring every click. The app's own panic hook shows the same
  // notice; this catches the trap itself, and anything that escapes the hook.
  var stopped = function () {
    var notice = document.getElementById("prc-stopped");
    if (notice && notice.hidden) {
      notice.hidden = false;
      var reload = document.getElementById("prc-reload");
      if (reload) {
        reload.addEventListener("click", function () {
          window.location.reload();
        });
        reload.focus();
      }
    }
  };
  var isTrap = function (error) {
    return typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;
  };
  window.addEventListener("error", function (event) {
    if (isTrap(event.error)) {
      stopped();
    }
  });
  window.addEventListener("unhandledrejection", function (event) {
    if (isTrap(event.reason)) {
      stopped();
    }
  });
  window.__prcStopped = stopped;
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
