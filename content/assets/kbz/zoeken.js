// Search, loaded by partials/search.html before Material's bundle (so it can change what the bundle starts).
//
// 1. Nothing of the search index downloads before the search dialog opens. Material requests
//    search/search_index.json at page load (setupSearchWorker subscribes at once outside file://);
//    we hold that one request until the search toggle is switched on. Every way of opening search
//    (tap, focus, "/" or "s", ?q= deep link) goes through Material's setToggle, a click on the toggle.
// 2. Material's search worker is started through ours (zoekwerker.js), which loads Material's worker
//    only when the index arrives and retries a query that found nothing with spelling tolerance.
// 3. When a query finds nothing, the dialog shows links where a professional can go on.
(() => {
  "use strict"
  const here = document.currentScript.src
  const toggle = document.querySelector("[data-md-toggle=search]")
  if (!toggle) return

  // 1. Hold the index request until the dialog opens
  const INDEX = /\/search\/search_index\.json$/
  const waiting = []
  const open = () => toggle.checked
  toggle.addEventListener("change", () => {
    if (open()) waiting.splice(0).forEach(send => send())
  })
  const xhrOpen = XMLHttpRequest.prototype.open
  const xhrSend = XMLHttpRequest.prototype.send
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.kbzZoekindex = INDEX.test(new URL(url, location.href).pathname)
    return xhrOpen.call(this, method, url, ...rest)
  }
  XMLHttpRequest.prototype.send = function (...args) {
    if (this.kbzZoekindex && !open()) {
      waiting.push(() => xhrSend.apply(this, args))
      return
    }
    return xhrSend.apply(this, args)
  }

  // 2. Our worker in front of Material's
  const MATERIAL_WORKER = /\/assets\/javascripts\/workers\/search\.[0-9a-f]+\.min\.js$/
  const NativeWorker = window.Worker
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        const target = new URL(url, location.href)
        if (MATERIAL_WORKER.test(target.pathname)) {
          const ours = new URL("zoekwerker.js", here)
          ours.searchParams.set("material", target.pathname)
          url = ours.href
        }
        super(url, options)
      }
    }
  }

  // 3. No results: show where to go on
  const result = document.querySelector("[data-md-component=search-result]")
  const meta = result && result.querySelector(".md-search-result__meta")
  const help = result && result.querySelector(".kbz-zoekhulp")
  if (!meta || !help) return
  const none = help.dataset.geen
  new MutationObserver(() => {
    help.hidden = meta.textContent.trim() !== none
  }).observe(meta, { childList: true, characterData: true, subtree: true })
})()
