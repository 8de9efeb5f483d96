// On paper: the page's address and the date it was printed, at the foot of every page
// (a CSS @page margin box; kbz.css adds the page numbers). CSS alone cannot know either,
// so each page view (instant navigation too) writes them into one small style element.
(function () {
  "use strict";

  function footer() {
    var style = document.getElementById("kbz-afdruk");
    if (!style) {
      style = document.createElement("style");
      style.id = "kbz-afdruk";
      document.head.appendChild(style);
    }
    var address = (location.origin + location.pathname).replace(/["\\\n]/g, "");
    var date = new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    style.textContent =
      '@page { @bottom-left { content: "' + address + " \u00b7 afgedrukt op " + date + '"; } }';
  }

  if (window.document$) {
    window.document$.subscribe(footer);
  } else {
    footer();
  }
})();
