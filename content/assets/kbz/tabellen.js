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

  function label() {
    document.querySelectorAll(".md-typeset .md-typeset__scrollwrap").forEach(function (wrapper) {
      if (wrapper.scrollWidth > wrapper.clientWidth + 1) {
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

  function setup() {
    document.querySelectorAll(".md-typeset table[class^='kbz-']").forEach(function (table) {
      if (!table.closest(".md-typeset__table")) wrap(table);
    });
    label();
  }

  var timer;
  window.addEventListener("resize", function () {
    clearTimeout(timer);
    timer = setTimeout(label, 200);
  });
  if (window.document$) {
    window.document$.subscribe(setup); // Material: each page view, instant navigation too
  } else {
    document.addEventListener("DOMContentLoaded", setup);
  }
})();
