// Shows the snippet with the real address of embed.js on the server this page came from.
(function () {
  "use strict";
  var code = document.getElementById("snippet");
  if (!code) {
    return;
  }
  var embed = new URL("embed.js", document.baseURI).href;
  code.textContent = code.textContent.replace("https://your-site.example/tools/readiness/embed.js", embed);
})();
