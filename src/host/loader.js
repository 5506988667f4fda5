// Starts the Partnership Readiness Check. Trunk would start it with an inline <script>, which a
// Content-Security-Policy without 'unsafe-inline' blocks; this file is served from the widget's
// own origin instead, so `script-src 'self' 'wasm-unsafe-eval'` is enough. It is a classic
// script (not a module) so that it still runs, and can say what went wrong, when the modules
// it loads are refused, for example in a sandboxed frame whose host sends no CORS header.
(function () {
  "use strict";
  var tag = document.currentScript;
  // The loader's words: English in index.html and below; another language's in
  // lang/loader-<code>.js, written by `cargo xtask languages` from src/lang/<code>/page.ftl and
  // fetched only for a visit in that language. The language follows the widget's own rule
  // (core::text::language::choose): the choice remembered on this device, then ?lang=, then the
  // browser's languages, then English.
  var OTHER_LANGUAGES = ["cy"];
  var texts = {};
  var language = (function () {
    var known = function (tag) {
      var primary = String(tag || "").toLowerCase().split(/[-_]/)[0];
      return primary === "en" || OTHER_LANGUAGES.indexOf(primary) >= 0 ? primary : null;
    };
    var remembered = null;
    try {
      remembered = window.localStorage.getItem("partnership-readiness:language");
    } catch (blocked) {
      remembered = null;
    }
    var requested = null;
    try {
      requested = new URLSearchParams(window.location.search).get("lang");
    } catch (old) {
      requested = null;
    }
    var found = known(remembered) || known(requested);
    var preferred = navigator.languages || [navigator.language];
    for (var i = 0; !found && i < preferred.length; i++) {
      found = known(preferred[i]);
    }
    return found || "en";
  })();
  var say = function (key, fallback) {
    return texts[key] || fallback;
  };
  // index.html's own words are English; in another language, replace them once they arrive.
  var put = function (selector, key) {
    var element = document.querySelector(selector);
    if (element && texts[key]) {
      element.textContent = texts[key];
    }
  };
  // The loading line holds every language's words (written into index.html by
  // `cargo xtask post-build`); the visit's own language goes first.
  var loading = document.getElementById("prc-loading");
  var own = loading && loading.querySelector('[lang="' + language + '"]');
  if (own && own !== loading.firstElementChild) {
    loading.insertBefore(own, loading.firstElementChild);
  }
  if (language !== "en") {
    document.documentElement.setAttribute("lang", language);
    var words = document.createElement("script");
    words.src = new URL("lang/loader-" + language + ".js", document.baseURI).href;
    words.onload = function () {
      texts = (window.prcLoaderText && window.prcLoaderText[language]) || {};
      put("#prc-stopped strong", "loader-stopped");
      put("#prc-stopped .stopped-detail", "loader-stopped-detail");
      put("#prc-reload", "loader-reload");
    };
    document.head.appendChild(words);
  }
  var resolve = function (path) {
    return new URL(path, document.baseURI).href;
  };
  var explain = function (error) {
    // The prerendered welcome's "getting ready" line (boot.js) would promise what cannot come.
    var ready = document.getElementById("prc-getting-ready");
    if (ready && ready.parentNode) {
      ready.parentNode.removeChild(ready);
    }
    var app = document.getElementById("app");
    if (app) {
      app.textContent = "";
      var message = document.createElement("p");
      message.className = "loading";
      message.setAttribute("role", "alert");
      var detail = String(error && error.message ? error.message : error);
      message.textContent = say(
        "loader-could-not-start",
        "The Partnership Readiness Check could not start in this browser or frame. Try opening it in its own tab. ({error})"
      ).replace("{error}", function () {
        // A function, so `$&` and the like in the browser's message stay as they are.
        return detail;
      });
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
  // On a prerendered first screen, the app starts once the browser has reported that screen's
  // paint (boot.js says why): the glue (preloaded) downloads meanwhile, the wasm only then, so
  // that it does not share the connection with the first screen. A failed wait only delays.
  var prerenderPainted = Promise.resolve(window.__prcPrerenderPainted).then(null, function () {});
  Promise.all([import(resolve(tag.getAttribute("data-js"))), prerenderPainted])
    .then(function (loaded) {
      return loaded[0].default({ module_or_path: resolve(tag.getAttribute("data-wasm")) });
    })
    .then(function (wasm) {
      // The event Trunk's own loader sends; the benchmark reads the wasm memory from it.
      window.dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: wasm } }));
    })
    .catch(explain);
})();
