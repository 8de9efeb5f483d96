// Tables on a phone: every table in the text sits in Material's scroll container, and a
// container that really scrolls sideways can be reached by keyboard and is named after
// its table (WCAG 2.1.1; axe scrollable-region-focusable). Material wraps Markdown tables
// (table:not([class])) itself; the tables our plugins render carry a class, so they are
// wrapped here the same way. Runs on every page view, instant navigation included.
(function () {
  "use strict";

  function wrap(table) {
    var outer = document.createElement("div");
    var inner = document.createElement("div");
    outer.className = "md-typeset__scrollwrap";
    inner.className = "md-typeset__table";
    table.parentNode.insertBefore(outer, table);
    outer.appendChild(inner);
    inner.appendChild(table);
  }

  function name(wrapper) {
    var table = wrapper.querySelector("table");
    var caption = table && table.caption;
    if (caption && caption.textContent.trim()) return caption.textContent.trim();
    for (var e = wrapper.previousElementSibling; e; e = e.previousElementSibling) {
      if (/^H[1-6]$/.test(e.tagName)) return e.textContent.replace(/¶$/, "").trim();
    }
    return "";
  }

  // Whether a wrapper scrolls is read after the browser has laid the page out (a
  // ResizeObserver), never by forcing a layout while the page is still loading: on a slow
  // phone that forced layout was one of the longest tasks of a first view. All wrappers are
  // measured first and changed after: a change between two measurements forces a new layout.
  function label(wrappers) {
    var scrolls = wrappers.map(function (w) { return w.scrollWidth > w.clientWidth + 1; });
    wrappers.forEach(function (wrapper, i) {
      if (scrolls[i]) {
        var title = name(wrapper);
        wrapper.setAttribute("tabindex", "0");
        wrapper.setAttribute("role", "region");
        wrapper.setAttribute("aria-label", "Tabel" + (title ? ": " + title : "") + " (schuift opzij)");
      } else if (wrapper.getAttribute("role") === "region") {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-label");
      }
    });
  }

  // The wrapper and its table: the wrapper changes size with the screen, the table with its
  // text (a web font that arrives later).
  var observer = window.ResizeObserver
    ? new ResizeObserver(function (entries) {
        var wrappers = [];
        entries.forEach(function (entry) {
          var wrapper = entry.target.closest(".md-typeset__scrollwrap");
          if (wrapper && wrappers.indexOf(wrapper) < 0) wrappers.push(wrapper);
        });
        label(wrappers);
      })
    : null;

  function setup() {
    document.querySelectorAll(".md-typeset table[class^='kbz-']").forEach(function (table) {
      if (!table.closest(".md-typeset__table")) wrap(table);
    });
    if (observer) observer.disconnect(); // the previous page's tables (instant navigation)
    var wrappers = Array.prototype.slice.call(document.querySelectorAll(".md-typeset .md-typeset__scrollwrap"));
    if (!observer) return label(wrappers);
    wrappers.forEach(function (wrapper) {
      observer.observe(wrapper);
      var table = wrapper.querySelector("table");
      if (table) observer.observe(table);
    });
  }

  if (window.document$) {
    window.document$.subscribe(setup); // Material: each page view, instant navigation too
  } else {
    document.addEventListener("DOMContentLoaded", setup);
  }
})();
