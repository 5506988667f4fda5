/*
 * Partnership Readiness Check: embed the widget in your own page.
 *
 *   <div data-partnership-readiness data-name="Anytown Partnership" data-accent="#0b6e4f"></div>
 *   <script src="https://your.site/tools/readiness/embed.js" defer></script>
 *
 * Each such element becomes an iframe of the widget (the index.html beside this file, or the
 * address in data-src). Settings travel as the widget's URL parameters: data-name, data-accent,
 * data-welcome ("false" starts at the first section), data-sharing ("false" hides sharing),
 * data-lang ("cy" for Welsh, "en" for English: the language of a first visit; a person's own
 * choice on the widget's switch is remembered and wins after that).
 * The widget checks every value itself.
 *
 * Which widget: by default only the origin this script was itself loaded from may be framed
 * (the usual case: embed.js beside the widget's index.html). A site that serves the widget from
 * another origin than this script names it: data-origin="https://readiness.example.org" (on the
 * element, or on this script's tag; several separated by spaces). Anything else, and any
 * address that is not http(s), is refused with a console message.
 *
 * Messages: once the frame has loaded (and whenever the widget says it is ready), this script
 * tells it the host page's origin ("partnership-readiness:hello"); the widget checks that claim
 * against the origin the browser reports for the message and then posts its height
 * ("partnership-readiness:height") and "partnership-readiness:top" (after a move, so the frame's
 * top comes into view) to that origin only. Only messages from our own frame and the widget's
 * origin are believed, and heights are kept between 200 and 50,000 px. Without this script a
 * plain iframe works too, at a fixed height.
 */
(function () {
  "use strict";
  var HEIGHT = "partnership-readiness:height";
  var TOP = "partnership-readiness:top";
  var HELLO = "partnership-readiness:hello";
  var READY = "partnership-readiness:ready";
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 50000;
  var SETTINGS = ["name", "accent", "welcome", "sharing", "lang"];
  // The frame's accessible name when the host gives no data-title, in the page's language.
  var TITLES = { cy: "Gwiriad Parodrwydd Partneriaeth", en: "Partnership Readiness Check" };
  var script = document.currentScript;
  var base = script && script.src ? script.src : document.baseURI;
  var PREFIX = "Partnership Readiness Check: ";

  function warn(text) {
    if (window.console) {
      window.console.error(PREFIX + text);
    }
  }

  // The origins the widget may be framed from: this script's own, and any named explicitly.
  function allowedOrigins(host) {
    var allowed = [new URL(base).origin];
    var named = (host.getAttribute("data-origin") || (script && script.getAttribute("data-origin")) || "")
      .split(/\s+/)
      .filter(Boolean);
    named.forEach(function (origin) {
      try {
        var parsed = new URL(origin);
        if ((parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.origin === origin.replace(/\/$/, "")) {
          allowed.push(parsed.origin);
          return;
        }
      } catch (ignored) {
        // Reported below.
      }
      warn("data-origin must be an origin such as https://readiness.example.org, not \u201c" + origin.slice(0, 80) + "\u201d; it is ignored.");
    });
    return allowed;
  }

  function mount(host) {
    if (host.getAttribute("data-prc-mounted")) {
      return;
    }
    host.setAttribute("data-prc-mounted", "yes");
    var src;
    try {
      src = new URL(host.getAttribute("data-src") || "./index.html", base);
    } catch (invalid) {
      warn("data-src is not an address; nothing was embedded.");
      return;
    }
    if (src.protocol !== "https:" && src.protocol !== "http:") {
      // Only a web address can be the widget (never javascript: or data:).
      warn("data-src must be an http(s) address; nothing was embedded.");
      return;
    }
    if (allowedOrigins(host).indexOf(src.origin) === -1) {
      warn("refusing to frame " + src.origin + ": by default only the origin embed.js was loaded from is framed. If the widget really is served there, name it with data-origin=\"" + src.origin + "\".");
      return;
    }
    SETTINGS.forEach(function (name) {
      var value = host.getAttribute("data-" + name);
      if (value !== null) {
        src.searchParams.set(name, value);
      }
    });
    var frame = document.createElement("iframe");
    frame.src = src.href;
    var lang = String(host.getAttribute("data-lang") || "").toLowerCase().split("-")[0];
    // Only the titles' own keys: `data-lang="constructor"` must not find Object's members.
    var known = Object.prototype.hasOwnProperty.call(TITLES, lang);
    frame.title = host.getAttribute("data-title") || (known ? TITLES[lang] : TITLES.en);
    // "Copy link" inside the frame needs the host's permission to use the clipboard.
    frame.setAttribute("allow", "clipboard-write");
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = (parseInt(host.getAttribute("data-height"), 10) || 760) + "px";
    host.appendChild(frame);

    // Tells the widget which origin may hear its messages; it checks this against the
    // browser's own word before believing it.
    function hello() {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: HELLO, origin: window.location.origin }, src.origin);
      }
    }
    frame.addEventListener("load", hello);

    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow || event.origin !== src.origin) {
        return;
      }
      var data = event.data;
      if (data && data.type === READY) {
        hello();
      } else if (data && data.type === HEIGHT && typeof data.height === "number" && isFinite(data.height)) {
        frame.style.height = Math.min(Math.max(Math.ceil(data.height), MIN_HEIGHT), MAX_HEIGHT) + "px";
      } else if (data && data.type === TOP && frame.getBoundingClientRect().top < 0) {
        // The person moved to another page of the widget while scrolled down the host page.
        frame.scrollIntoView({ block: "start" });
      }
    });
  }

  function mountAll() {
    var hosts = document.querySelectorAll("[data-partnership-readiness]");
    for (var i = 0; i < hosts.length; i += 1) {
      mount(hosts[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
