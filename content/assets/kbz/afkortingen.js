// Abbreviations explain themselves on tap and hover (content/_snippets/afkortingen.md
// gives every <abbr> its title). One explanation box for the whole page and three listeners on the
// document: nothing is set up per abbreviation, so a page with fifty of them (a starter kit) loads as
// fast as a page with none. (Material's content.tooltips set up a component per element with a
// title: on a slow phone a quarter of a second of blocked page on a kit.)
// WCAG 1.4.13: the box can be dismissed (Escape, a tap elsewhere), hovered, and stays until then.
(function () {
  "use strict";
  var box = null;
  var host = null;
  var later = 0; // a hide after the pointer left (WCAG 1.4.13: time to move onto the box)

  function abbr(target) {
    return target instanceof Element ? target.closest(".md-typeset abbr[title], .md-typeset abbr[data-kbz-uitleg]") : null;
  }

  function show(el) {
    clearTimeout(later);
    if (host === el) return;
    hide();
    if (!box) {
      box = document.createElement("div");
      box.id = "kbz-uitleg";
      box.className = "kbz-uitleg";
      box.setAttribute("role", "tooltip");
      document.body.appendChild(box);
    }
    host = el;
    // The title moves into the box while it shows: otherwise the browser shows its own tooltip too.
    el.dataset.kbzUitleg = el.getAttribute("title") || el.dataset.kbzUitleg || "";
    el.removeAttribute("title");
    el.setAttribute("aria-describedby", box.id);
    box.textContent = el.dataset.kbzUitleg;
    box.hidden = false;
    var rect = el.getBoundingClientRect();
    var width = box.offsetWidth;
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    box.style.left = left + "px";
    box.style.top = rect.bottom + window.scrollY + 6 + "px";
  }

  function hide() {
    clearTimeout(later);
    if (!host) return;
    host.setAttribute("title", host.dataset.kbzUitleg);
    host.removeAttribute("aria-describedby");
    host = null;
    if (box) box.hidden = true;
  }

  document.addEventListener("click", function (event) {
    var el = abbr(event.target);
    if (el) show(el);
    else if (!(box && box.contains(event.target))) hide();
  });
  // The pointer crosses the text between the abbreviation and the box on its way to the box:
  // it hides only when the pointer stays off both for a moment (as Material's tooltips did).
  document.addEventListener("mouseover", function (event) {
    var el = abbr(event.target);
    if (el) show(el);
    else if (box && box.contains(event.target)) clearTimeout(later);
    else if (host) {
      clearTimeout(later);
      later = setTimeout(hide, 300);
    }
  });
  // An <abbr> takes no keyboard focus (as with Material's tooltips; screen readers read its title):
  // this serves one that an editor made focusable, and hides the box when focus moves on.
  document.addEventListener("focusin", function (event) {
    var el = abbr(event.target);
    if (el) show(el);
    else hide();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  // Instant navigation swaps the page: the box belongs to the page that is gone.
  if (window.document$) window.document$.subscribe(hide);
})();
