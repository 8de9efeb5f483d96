// On paper: the page's address and the date it was printed, at the foot of every page
// (a CSS @page margin box; kbz.css adds the page numbers). CSS alone cannot know either,
// so each page view (instant navigation too) writes them into one small style element.
// It also marks the lists that are only links, which print compactly (kbz.css).
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

  // A list of links ("Meer weten", lists of pages) is a column of short lines on paper.
  // Every item a link, at most followed by a few words: kbz.css prints it as one
  // paragraph, items separated by a dot. Items with a paragraph or a sublist are no such list.
  function linkLists() {
    var lists = document.querySelectorAll("article ul, article ol");
    for (var i = 0; i < lists.length; i++) {
      var items = lists[i].children;
      var onlyLinks = items.length > 0;
      for (var j = 0; j < items.length && onlyLinks; j++) {
        var item = items[j];
        var first = item.firstElementChild;
        var rest = item.textContent.length - (first ? first.textContent.length : 0);
        onlyLinks = item.tagName === "LI" && first !== null && first.tagName === "A" &&
          item.textContent.trim().indexOf(first.textContent.trim()) === 0 &&
          rest <= 60 && !item.querySelector("p, ul, ol, table, div");
      }
      lists[i].classList.toggle("kbz-linklijst", onlyLinks);
    }
  }

  function pageView() {
    footer();
    linkLists();
  }

  if (window.document$) {
    window.document$.subscribe(pageView);
  } else {
    pageView();
  }
})();
