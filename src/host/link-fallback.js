// The rescue for result and comparison links whose "#" a mail system rewrote. Microsoft
// Defender's Safe Links, among others, turns https://host/path/#result=CODE into
// https://host/path/%23result=CODE: the code moves from the fragment, which never leaves the
// browser, into the path, which no file matches, so the server answers with this page (404.html).
// This script puts the "#" back and opens the widget at once, with location.replace so that the
// broken address is not left in the history for Back to return to.
//
// It is an external file, loaded from the same folder as the page, because the hosting kit's
// Content-Security-Policy allows no inline script (script-src 'self'). Its relative address
// works because the encoded fragment is the last segment of the path: the page's folder is the
// widget's. It runs in <head>, before the page is drawn.
(function () {
  "use strict";
  // "#" encoded once (%23) or twice (%2523, a link rewritten by two systems), then a fragment key
  // the widget knows (result=, compare=, facilitator-guide) or any later one: lower-case letters
  // and hyphens, then "=" or the end of the address. (The encodings are all digits, so there is
  // no upper or lower case to allow for.)
  var ENCODED_FRAGMENT = /%(25)?23[a-z-]+(=|$)/;
  var here = window.location;
  var address = here.pathname + here.search;
  var found = ENCODED_FRAGMENT.exec(address);
  if (!found) {
    return;
  }
  var before = address.slice(0, found.index);
  var fragment = address.slice(found.index + (found[1] ? "%2523" : "%23").length);
  if (found[1]) {
    // Rewritten twice: whatever else the first rewrite encoded was encoded again ("%252E").
    fragment = fragment.replace(/%25/g, "%");
  }
  // Hidden until the widget's page replaces this one, so "page not found" never flashes. Set
  // through the CSS object model, which the policy allows, unlike a style attribute.
  document.documentElement.style.visibility = "hidden";
  // A path from the root, so the origin stays this page's own.
  here.replace(before + "#" + fragment);
})();
