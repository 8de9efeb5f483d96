// On paper: the page's address and the date it was printed, at the foot of every page
// (a CSS @page margin box; kbz.css adds the page numbers). CSS alone cannot know either,
// so each page view (instant navigation too) writes them into one small style element.
(function () {
  "use strict";

  // Month names written out: Intl's toLocaleDateString loads locale data on every first view
  // (about 90 ms of main thread on a slow phone), for a date that is only read on paper.
  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december"];

  function footer() {
    var style = document.getElementById("kbz-afdruk");
    if (!style) {
      style = document.createElement("style");
      style.id = "kbz-afdruk";
      document.head.appendChild(style);
    }
    var address = (location.origin + location.pathname).replace(/["\\\n]/g, "");
    var now = new Date();
    var date = now.getDate() + " " + MONTHS[now.getMonth()] + " " + now.getFullYear();
    style.textContent =
      '@page { @bottom-left { content: "' + address + " \u00b7 afgedrukt op " + date + '"; } }';
  }

  if (window.document$) {
    window.document$.subscribe(footer);
  } else {
    footer();
  }
})();
