// The search page: Pagefind's interface over the index `digest build` writes
// into pagefind/. Loaded only here, so no other page fetches any search data;
// Pagefind then fetches only the index pieces for the words typed. A query
// from the front page's form arrives as ?q=.
(function () {
  "use strict";
  var box = document.getElementById("digest-search");
  if (!box) {
    return;
  }
  if (typeof window.PagefindUI !== "function") {
    document.getElementById("digest-search-unavailable").hidden = false;
    return;
  }
  // The site's root, wherever the site is published (this page is search/).
  var root = new URL("../", window.location.href).pathname;
  var ui = new window.PagefindUI({
    element: "#digest-search",
    bundlePath: root + "pagefind/",
    baseUrl: root,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    autofocus: true,
    translations: { placeholder: "Search stories: a headline word, a name, an outlet" }
  });
  // The interface's input has a placeholder but no accessible name: give it one.
  var input = box.querySelector("input");
  if (input) {
    input.setAttribute("aria-label", "Search stories");
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
