/*
 * Partnership Readiness Check: embed the widget in your own page.
 *
 *   <div data-partnership-readiness data-name="Anytown Partnership" data-accent="#0b6e4f"></div>
 *   <script src="https://your.site/tools/readiness/embed.js" defer></script>
 *
 * Each such element becomes an iframe of the widget (the index.html beside this file, or the
 * address in data-src). Settings travel as the widget's URL parameters: data-name, data-accent,
 * data-welcome ("false" starts at the first section), data-sharing ("false" hides sharing).
 * The widget checks every value itself. The frame's height follows its content: the widget
 * posts "partnership-readiness:height" messages (and "partnership-readiness:top" when the person
 * moves to another page, so its top comes into view); only messages from our own frame and the
 * widget's origin are believed. Without this script a plain iframe works too, at a fixed height.
 */
(function () {
  "use strict";
  var HEIGHT = "partnership-readiness:height";
  var TOP = "partnership-readiness:top";
  var SETTINGS = ["name", "accent", "welcome", "sharing"];
  var script = document.currentScript;
  var base = script && script.src ? script.src : document.baseURI;

  function mount(host) {
    if (host.getAttribute("data-prc-mounted")) {
      return;
    }
    host.setAttribute("data-prc-mounted", "yes");
    var src = new URL(host.getAttribute("data-src") || "./index.html", base);
    if (src.protocol !== "https:" && src.protocol !== "http:") {
      // Only a web address can be the widget (never javascript: or data:).
      if (window.console) {
        window.console.warn("Partnership Readiness Check: data-src must be an http(s) address.");
      }
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
    frame.title = host.getAttribute("data-title") || "Partnership Readiness Check";
    // "Copy link" inside the frame needs the host's permission to use the clipboard.
    frame.setAttribute("allow", "clipboard-write");
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = (parseInt(host.getAttribute("data-height"), 10) || 760) + "px";
    host.appendChild(frame);

    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow || event.origin !== src.origin) {
        return;
      }
      var data = event.data;
      if (data && data.type === HEIGHT && typeof data.height === "number" && isFinite(data.height)) {
        frame.style.height = Math.min(Math.max(Math.ceil(data.height), 200), 50000) + "px";
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
