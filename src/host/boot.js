// Decides, before anything is painted, whether this visit may see the prerendered first screen
// (a new visitor's welcome, rendered at build time from the app's own components and put into
// index.html by `cargo xtask post-build`; see src/ui/prerender.rs). It runs first in <head>,
// as a classic external script (a strict Content-Security-Policy allows it; no inline script).
//
// The decision is negative: CSS hides the prerender unless this script shows it, and it shows it
// only when nothing could make the app's first screen differ from it:
// - no storage key of the widget's exists (a returning visitor, a remembered language, a kept
//   copy: any of them may change the first screen), and storage can be read;
// - the address has no fragment (shared results, comparisons and the guide are opened by one)
//   and no encoded one (a link whose "#" a mail filter turned into %23);
// - the query holds only the settings a first screen can show, each with a value the app takes
//   as this screen shows it.
// Anything else, including an error here or an old browser, leaves the loading line, and the
// app draws the first screen as it always has. So a later feature never needs to touch this
// file: whatever it stores or adds to the address hides the prerender by itself.
(function () {
  "use strict";
  var html = document.documentElement;
  // Every key the widget stores starts with this (core KeyRegistry::NAMESPACE).
  var NAMESPACE = "partnership-readiness:";
  // The query parameters a first screen can show (core Settings::from_pairs, and ?lang=).
  var SETTINGS = ["lang", "name", "accent", "welcome", "sharing"];
  // The shipped languages (core Language::SHIPPED).
  var LANGUAGES = ["en", "cy"];
  // The names src/ui/prerender.rs gives the blocks and marks.
  var ID_PREFIX = "prc-prerender-";
  var END_ID = "prc-prerender-end";
  var SHOWN_ATTR = "data-prc-prerender";
  var WORDS_PREFIX = "prc-getting-ready-";
  var EARLY_ATTR = "data-prc-early";
  var EARLY_CONTROL_ATTR = "data-early";
  var LIVE_ATTR = "data-prc-live";
  var READY_ID = "prc-getting-ready";
  var FIRST_ATTR = "data-prc-first";

  var language = null;
  try {
    language = decide();
  } catch (unexpected) {
    language = null;
  }
  if (!language) {
    return;
  }
  // The prerender is coming: CSS keeps the loading line out of any frame painted before it,
  // so the first screen a visitor sees is the welcome in their language, not a line in another.
  html.setAttribute(FIRST_ATTR, language);

  // The templates are in #app, after this script: once the last is parsed, the visit's own
  // becomes the page's first screen (before the first paint: observer callbacks run at the end
  // of the parser task that added the mark) and the others go.
  var observer = null;
  var settle = function () {
    var end = document.getElementById(END_ID);
    if (!end || html.hasAttribute(SHOWN_ATTR)) {
      return;
    }
    if (observer) {
      observer.disconnect();
    }
    var words = document.getElementById(WORDS_PREFIX + language);
    gettingReadyWords = words && words.content ? words.content.textContent : "";
    var others = document.querySelectorAll("template[id^='" + WORDS_PREFIX + "']");
    for (var w = 0; w < others.length; w++) {
      others[w].parentNode.removeChild(others[w]);
    }
    var templates = document.querySelectorAll("template[id^='" + ID_PREFIX + "']");
    var own = null;
    for (var i = 0; i < templates.length; i++) {
      if (templates[i].id === ID_PREFIX + language) {
        own = templates[i];
      } else if (templates[i] !== end) {
        templates[i].parentNode.removeChild(templates[i]);
      }
    }
    end.parentNode.removeChild(end);
    if (!own || !own.content) {
      html.removeAttribute(FIRST_ATTR);
      return;
    }
    var block = document.createElement("div");
    block.className = "prerender";
    block.id = own.id;
    block.setAttribute("lang", own.getAttribute("lang") || language);
    block.appendChild(document.importNode(own.content, true));
    own.parentNode.replaceChild(block, own);
    if (language !== "en") {
      html.setAttribute("lang", block.getAttribute("lang"));
    }
    // Empty until needed: a polite live region is announced when its text changes.
    var line = document.createElement("p");
    line.className = "getting-ready";
    line.id = READY_ID;
    line.setAttribute("role", "status");
    line.setAttribute("lang", block.getAttribute("lang"));
    document.body.appendChild(line);
    html.setAttribute(SHOWN_ATTR, language);
    document.addEventListener("click", early, true);
  };

  // A click on the prerendered screen before the app has started. Radio buttons work as they
  // are (the app reads them when it starts); a button marked data-early (Start, a language) is
  // noted on <html> for the app to replay (the last one counts); any other control waits. Each
  // says the page is still getting ready and that the choice will be kept.
  var gettingReadyWords = "";
  function early(event) {
    var target = event.target;
    if (html.hasAttribute(LIVE_ATTR) || !target || !target.closest || !target.closest(".prerender")) {
      return;
    }
    var control = target.closest("button, a, summary");
    if (!control) {
      return;
    }
    event.preventDefault();
    var replay = control.getAttribute(EARLY_CONTROL_ATTR);
    if (replay) {
      html.setAttribute(EARLY_ATTR, replay);
    }
    var line = document.getElementById(READY_ID);
    if (line && !line.textContent) {
      line.textContent = gettingReadyWords;
    }
  }
  if (window.MutationObserver) {
    observer = new MutationObserver(settle);
    observer.observe(html, { childList: true, subtree: true });
  }
  document.addEventListener("DOMContentLoaded", function () {
    settle();
    // A page without its prerender (never in a build of ours): the loading line again.
    if (!html.hasAttribute(SHOWN_ATTR)) {
      html.removeAttribute(FIRST_ATTR);
    }
  });

  function decide() {
    var location = window.location;
    // 1. No fragment, and none a mail filter encoded into the path or query.
    if (location.hash || /%(25)*23/i.test(location.pathname + location.search)) {
      return null;
    }
    // 2. Only the settings a first screen can show.
    var params = new URLSearchParams(location.search);
    var unknown = false;
    params.forEach(function (value, key) {
      if (SETTINGS.indexOf(key) < 0) {
        unknown = true;
      }
    });
    if (unknown) {
      return null;
    }
    // 3. Nothing stored by the widget; storage that is missing or refuses counts as stored.
    var store = window.localStorage;
    if (!store) {
      return null;
    }
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key !== null && key.indexOf(NAMESPACE) === 0) {
        return null;
      }
    }
    // 4. A host's settings this screen does not show as the app would: the welcome switched
    //    off (the first section opens instead), a name or an accent (shown once the app runs).
    var welcome = params.get("welcome");
    if (welcome !== null && ["1", "true", "yes", "on", "show"].indexOf(welcome.trim().toLowerCase()) < 0) {
      return null;
    }
    if (params.get("name") !== null || params.get("accent") !== null) {
      return null;
    }
    // 5. Only where the app's own rules apply in full: not in a frame (its storage may be
    //    partitioned, and the app then warns on its first screen) and not in a WebKit browser
    //    (which may delete the answers after a week, and the app says so).
    if (window.top !== window || isWebkit(navigator.userAgent || "")) {
      return null;
    }
    // 6. The language, by the app's rule (core::text::language::choose) without the remembered
    //    choice (rule 3 already hid the prerender for it): ?lang= names a shipped language (any
    //    other value, such as the tests' pseudo-language, hides), else the browser's languages.
    var requested = params.get("lang");
    if (requested !== null) {
      return known(requested);
    }
    var preferred = navigator.languages || [navigator.language];
    for (var j = 0; j < preferred.length; j++) {
      if (known(preferred[j])) {
        return known(preferred[j]);
      }
    }
    return "en";
  }

  function known(tag) {
    var primary = String(tag || "").trim().toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.indexOf(primary) >= 0 ? primary : null;
  }

  // core::host::durability::is_webkit: Safari and every iOS browser.
  function isWebkit(agent) {
    if (agent.indexOf("AppleWebKit/") < 0) {
      return false;
    }
    var others = ["Chrome/", "Chromium/", "Edg/", "OPR/", "SamsungBrowser/"];
    for (var i = 0; i < others.length; i++) {
      if (agent.indexOf(others[i]) >= 0) {
        return false;
      }
    }
    return true;
  }
})();
