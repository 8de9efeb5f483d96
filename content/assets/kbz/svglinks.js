// Links inside an SVG (the map of regions) go by Material's instant navigation, as every other link.
// Material takes over clicks on links, but reads a link's address as `a.href`, which for an SVG link
// is no address (an SVGAnimatedString): without this the tap was a full page load. This runs first
// (capture on the document), keeps the click from Material, and navigates the way Material does:
// remember the scroll position, push the new address, emit it on location$.
(function () {
  "use strict";
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target instanceof Element ? event.target.closest("svg a") : null;
      if (!link) return;
      event.stopPropagation();
      var href = link.getAttribute("href") || link.getAttribute("xlink:href");
      if (!href || typeof window.location$ === "undefined") return; // no instant navigation: the browser's own
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      var url = new URL(href, window.location.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      window.history.replaceState({ x: window.scrollX, y: window.scrollY }, "");
      window.history.pushState(null, "", url);
      window.location$.next(url);
    },
    true
  );
})();
