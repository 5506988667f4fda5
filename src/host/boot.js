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
//   as this screen shows it: a host's name is shown as the app shows it (in the app's own
//   markup, as text) when the app would show it unchanged, and its accent colour is turned into
//   the same colour tokens the app sets.
// - where the app's first screen warns that saved answers may not last (a frame inside another
//   site; WebKit), the prerender carries the app's own notice for that reason.
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
  // The fragments that open a page other than the welcome (core Route::FRAGMENT_KEYS).
  var FRAGMENT_KEYS = ["result", "compare", "facilitator-guide"];
  // The names src/ui/prerender.rs gives the blocks and marks.
  var ID_PREFIX = "prc-prerender-";
  var END_ID = "prc-prerender-end";
  var SHOWN_ATTR = "data-prc-prerender";
  var WORDS_PREFIX = "prc-getting-ready-";
  var EARLY_ATTR = "data-prc-early";
  var EARLY_CONTROL_ATTR = "data-early";
  var LIVE_ATTR = "data-prc-live";
  var READY_ID = "prc-getting-ready";
  var SLOT_PREFIX = "prc-slot-";
  // core::host::durability's public suffixes, in its order.
  var PUBLIC_SUFFIXES = ["gov.uk", "service.gov.uk", "org.uk", "co.uk", "ac.uk", "nhs.uk", "*.sch.uk", "police.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk", "com.au", "org.au", "gov.au", "co.nz", "org.nz", "govt.nz", "gc.ca", "gov.ie"];
  var NAME_SENTINEL = "\uE000prc-name\uE001";
  // core::host::settings::MAX_NAME_CHARS.
  var MAX_NAME_CHARS = 60;
  var FIRST_ATTR = "data-prc-first";
  // Where loader.js finds the promise of the prerender's reported paint, and how long it waits.
  var PAINTED_GLOBAL = "__prcPrerenderPainted";
  var PAINT_WAIT_LIMIT_MS = 1000;
  // The loader's tag (Trunk.toml's pattern_script), which names the wasm.
  var LOADER_ID = "prc-loader";

  var language = null;
  var name = null;
  var risk = null;
  try {
    language = decide();
  } catch (unexpected) {
    language = null;
  }
  if (!language) {
    preloadWasm();
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
    var nameSlot = name ? document.getElementById(SLOT_PREFIX + language + "-name") : null;
    var riskSlot = risk ? document.getElementById(SLOT_PREFIX + language + "-notice-" + risk) : null;
    if ((name && !(nameSlot && nameSlot.content)) || (risk && !(riskSlot && riskSlot.content))) {
      html.removeAttribute(FIRST_ATTR);
      return;
    }
    var block = document.createElement("div");
    block.className = "prerender";
    block.id = own.id;
    block.setAttribute("lang", own.getAttribute("lang") || language);
    block.appendChild(document.importNode(own.content, true));
    if (name) {
      // The app's own markup for a name (rendered with a placeholder), with the name as text.
      var fragment = document.importNode(nameSlot.content, true);
      var walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        // split/join, not replace: "$&" and the like in a name stay as they are.
        walker.currentNode.data = walker.currentNode.data.split(NAME_SENTINEL).join(name);
      }
      var title = block.querySelector(".app-title");
      if (!title) {
        html.removeAttribute(FIRST_ATTR);
        return;
      }
      title.appendChild(fragment);
    }
    if (risk) {
      // The app's own notice, where the app puts it.
      var notices = block.querySelector(".notices");
      if (!notices) {
        html.removeAttribute(FIRST_ATTR);
        return;
      }
      notices.appendChild(document.importNode(riskSlot.content, true));
    }
    var slots = document.querySelectorAll("template[id^='" + SLOT_PREFIX + "']");
    for (var k = 0; k < slots.length; k++) {
      slots[k].parentNode.removeChild(slots[k]);
    }
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
    window[PAINTED_GLOBAL] = paintReported();
  };

  // No prerender: the wasm's download starts as soon as the loader's tag names it, as a
  // preload in the page would (Trunk.toml leaves it out, so that a prerendered first screen
  // does not share the connection with it; loader.js starts it there once that screen's first
  // paint is reported).
  function preloadWasm() {
    var start = function () {
      var loader = document.getElementById(LOADER_ID);
      if (!loader || !loader.getAttribute("data-wasm")) {
        return false;
      }
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.type = "application/wasm";
      link.crossOrigin = "anonymous";
      link.href = loader.getAttribute("data-wasm");
      document.head.appendChild(link);
      return true;
    };
    if (start() || !window.MutationObserver) {
      return;
    }
    var watcher = new MutationObserver(function () {
      if (start()) {
        watcher.disconnect();
      }
    });
    watcher.observe(html, { childList: true, subtree: true });
  }

  // Resolves once the browser has reported the prerender's first paint, or at once where it
  // reports none. loader.js starts the app only then. The app replaces the prerender with the
  // same pixels, but Chromium drops a paint whose element has left the page before the paint is
  // reported: started in between, the app's repaint would count as the page's largest
  // contentful paint, and a page's speed would be measured as if it waited for the wasm.
  // Not in a frame: a frame's paints are not its host page's, and a frame scrolled out of view
  // may never paint.
  function paintReported() {
    return new Promise(function (resolve) {
      var observer = null;
      var timer = null;
      var done = function () {
        if (observer) {
          observer.disconnect();
        }
        clearTimeout(timer);
        document.removeEventListener("visibilitychange", done);
        resolve();
      };
      try {
        var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
        if (!types || types.indexOf("largest-contentful-paint") < 0 || document.visibilityState !== "visible" || window.top !== window) {
          done();
          return;
        }
        observer = new PerformanceObserver(function (list) {
          if (list.getEntries().length) {
            done();
          }
        });
        observer.observe({ type: "largest-contentful-paint", buffered: true });
        // Never a trap: a page put in the background before its first paint paints nothing.
        document.addEventListener("visibilitychange", done);
        timer = setTimeout(done, PAINT_WAIT_LIMIT_MS);
      } catch (unexpected) {
        // Waiting is only ever a courtesy to the measurement: never a reason not to start.
        done();
      }
    });
  }

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
    // Both a Start and a language are kept (a later language replaces an earlier one).
    var replay = control.getAttribute(EARLY_CONTROL_ATTR);
    if (replay) {
      var kept = (html.getAttribute(EARLY_ATTR) || "").split(" ").filter(function (token) {
        return token && token !== replay && !(replay.indexOf("language-") === 0 && token.indexOf("language-") === 0);
      });
      kept.push(replay);
      html.setAttribute(EARLY_ATTR, kept.join(" "));
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
    // 1. No fragment, and none a mail filter encoded into the path or query (a "#" written
    //    %23 or %2523 before a fragment key: core::formats::address; an accent's %23 is not).
    if (location.hash || mailEncodedLink(location.pathname + location.search)) {
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
    if (welcome !== null && ["1", "true", "yes", "on", "show"].indexOf(trim(welcome).toLowerCase()) < 0) {
      return null;
    }
    // The host's name, shown as the app will show it: only a name the app shows unchanged.
    name = plainName(params.get("name"));
    if (name === false) {
      return null;
    }
    // The host's accent, as the app sets it (ui::embed::apply_accent): the same tokens, on the
    // same element, through the CSSOM (a strict policy allows it). A value the app ignores is
    // ignored here too.
    var accent = parseHex(params.get("accent"));
    // 5. Where saved answers may not last, the app's first screen says so
    //    (core::host::durability::storage_risk): the prerender carries the same notice.
    risk = storageRisk();
    // 6. The language, by the app's rule (core::text::language::choose) without the remembered
    //    choice (rule 3 already hid the prerender for it): ?lang= names a shipped language (any
    //    other value, such as the tests' pseudo-language, hides), else the browser's languages.
    var requested = params.get("lang");
    var chosen = null;
    if (requested !== null) {
      chosen = known(requested);
    } else {
      var preferred = navigator.languages || [navigator.language];
      for (var j = 0; j < preferred.length && !chosen; j++) {
        chosen = known(preferred[j]);
      }
      chosen = chosen || "en";
    }
    // Last, once nothing else hides the prerender: a hidden one leaves the tokens to the app.
    if (chosen && accent) {
      applyAccent(accent);
    }
    return chosen;
  }

  // Rust's str::trim (Unicode White_Space), which the app's readers use: JavaScript's trim
  // also strips U+FEFF and keeps U+0085, so a value differing there would read differently.
  function trim(value) {
    var space = "[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";
    return value.replace(new RegExp("^" + space + "+|" + space + "+$", "g"), "");
  }

  // A name the app would show exactly as given (core::text::clean::clean_text leaves it alone):
  // letters, marks, digits, punctuation and symbols, in words parted by single spaces, at most
  // MAX_NAME_CHARS characters. Returns null for no name (none, or too long: the app ignores
  // those), the name, or false for anything else (the app would change it: hide).
  function plainName(value) {
    if (value === null) {
      return null;
    }
    var characters = Array.from(value);
    if (characters.length > MAX_NAME_CHARS) {
      return null;
    }
    var word = "[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]+";
    var plain = new RegExp("^" + word + "( " + word + ")*$", "u");
    // The Hangul fillers are letters that draw nothing; the app drops them.
    if (!plain.test(value) || /[\u115F\u1160\u3164\uFFA0]/.test(value)) {
      return trim(value) === "" && !/[\uFEFF]/.test(value) ? null : false;
    }
    return value;
  }

  // core::host::theme::Rgb::parse_hex: #1d5f8a or #f60, with or without the #.
  function parseHex(value) {
    if (value === null) {
      return null;
    }
    var hex = trim(value);
    hex = hex.charAt(0) === "#" ? hex.slice(1) : hex;
    if (!/^[0-9a-fA-F]*$/.test(hex)) {
      return null;
    }
    if (hex.length === 3) {
      return [0, 1, 2].map(function (i) { return parseInt(hex.charAt(i), 16) * 17; });
    }
    if (hex.length === 6) {
      return [0, 2, 4].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
    }
    return null;
  }

  // core::host::theme::theme, step for step: the accent tokens of both colour schemes, each
  // moved until it keeps WCAG AA contrast (tests/prerender.rs compares them with the core's).
  function applyAccent(accent) {
    var WHITE = [255, 255, 255];
    var NEAR_BLACK = [0x11, 0x17, 0x1f];
    var luminance = function (c) {
      var channel = function (v) {
        v = v / 255;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
      };
      return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    };
    var contrast = function (a, b) {
      var la = luminance(a), lb = luminance(b);
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    };
    var mix = function (a, b, amount) {
      return [0, 1, 2].map(function (i) { return Math.round(a[i] + (b[i] - a[i]) * amount); });
    };
    var untilContrastOn = function (colour, towards, backgrounds, ratio) {
      for (var step = 0; step <= 50; step++) {
        var c = mix(colour, towards, step / 50);
        var enough = true;
        for (var j = 0; j < backgrounds.length; j++) {
          enough = enough && contrast(c, backgrounds[j]) >= ratio;
        }
        if (enough) {
          return c;
        }
      }
      return towards;
    };
    var tokens = function (surface, surfaceAlt, away) {
      var colour = untilContrastOn(accent, away, [surface], 3);
      var onAccent = contrast(WHITE, colour) >= contrast(NEAR_BLACK, colour) ? WHITE : NEAR_BLACK;
      colour = onAccent === WHITE
        ? untilContrastOn(colour, NEAR_BLACK, [WHITE], 4.5)
        : untilContrastOn(colour, WHITE, [NEAR_BLACK], 4.5);
      var soft = mix(colour, surface, 0.88);
      return {
        "accent": colour,
        "accent-strong": untilContrastOn(colour, away, [surface, surfaceAlt, soft], 4.5),
        "accent-soft": soft,
        "on-accent": onAccent
      };
    };
    var hex = function (c) {
      return "#" + c.map(function (v) { return (v < 16 ? "0" : "") + v.toString(16); }).join("");
    };
    var set = function (prefix, values) {
      for (var key in values) {
        html.style.setProperty("--brand-" + prefix + key, hex(values[key]));
      }
    };
    set("", tokens(WHITE, [0xee, 0xf2, 0xf6], NEAR_BLACK));
    set("dark-", tokens([0x1a, 0x21, 0x2b], [0x22, 0x2b, 0x37], WHITE));
  }

  function mailEncodedLink(address) {
    var text = address;
    for (var times = 0; times < 2; times++) {
      try {
        text = decodeURIComponent(text);
      } catch (malformed) {
        return /%(25)*23/i.test(address);
      }
      for (var k = 0; k < FRAGMENT_KEYS.length; k++) {
        if (text.toLowerCase().indexOf("#" + FRAGMENT_KEYS[k]) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  function known(tag) {
    var primary = trim(String(tag || "")).toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.indexOf(primary) >= 0 ? primary : null;
  }

  // core::host::durability::storage_risk, with the browser facts ui::web::storage_context reads:
  // "foreign-frame" inside a page of another site (or one whose site cannot be learnt),
  // "deleted-after-a-week" in WebKit outside a home-screen app, else null.
  function storageRisk() {
    if (window.top !== window) {
      var top = null;
      try {
        top = window.top.location.hostname;
      } catch (crossOrigin) {
        top = null;
      }
      var ancestors = window.location.ancestorOrigins;
      if (!top && ancestors && ancestors.length) {
        top = hostOf(ancestors[ancestors.length - 1]);
      }
      if (!top && document.referrer) {
        top = hostOf(document.referrer);
      }
      if (!top || siteOf(top.toLowerCase()) !== siteOf(window.location.hostname.toLowerCase())) {
        return "foreign-frame";
      }
    }
    if (isWebkit(navigator.userAgent || "") && navigator.standalone !== true) {
      return "deleted-after-a-week";
    }
    return null;
  }

  function hostOf(address) {
    try {
      return new URL(address).hostname;
    } catch (notAnAddress) {
      return null;
    }
  }

  // core::host::durability::site_of: the registrable part of a host name.
  function siteOf(host) {
    host = host.replace(/\.+$/, "");
    if (host.charAt(0) === "[" || /^[0-9.]*$/.test(host)) {
      return host;
    }
    var labels = host.split(".");
    var suffix = 1;
    for (var n = labels.length; n >= 2; n--) {
      if (isPublicSuffix(labels.slice(labels.length - n))) {
        suffix = n;
        break;
      }
    }
    return labels.slice(labels.length - Math.min(suffix + 1, labels.length)).join(".");
  }

  function isPublicSuffix(labels) {
    for (var i = 0; i < PUBLIC_SUFFIXES.length; i++) {
      var pattern = PUBLIC_SUFFIXES[i].split(".");
      if (pattern.length !== labels.length) {
        continue;
      }
      var all = true;
      for (var j = 0; j < pattern.length; j++) {
        all = all && (pattern[j] === "*" || pattern[j] === labels[j].toLowerCase());
      }
      if (all) {
        return true;
      }
    }
    return false;
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
