// Material's search worker with spelling tolerance (started by zoeken.js in place of Material's).
//
// Material's worker (lunr) is loaded only when the first message, the index, arrives. When a
// query finds nothing, the words of the index within a small edit distance of the typed words
// are looked up (lunr's fuzzy terms, "solc~1" finds "solk") and Material's worker answers those
// instead, so ranking and highlighting stay Material's own.
"use strict"

const SETUP = 0 // Material's SearchMessageType
const QUERY = 2
const RESULT = 3

const material = new URL(new URL(location.href).searchParams.get("material") || "", location.href)
let loaded = false
let index = null // the lunr index Material built; captured on its first search
let lastQuery = ""

// Material's worker imports its language files relative to its own place ("../lunr/..."), not ours.
const importFromHere = self.importScripts.bind(self)
self.importScripts = (...urls) => importFromHere(...urls.map((url) => new URL(url, material).href))

function load() {
  if (loaded) return
  loaded = true
  const pattern = /^\/assets\/javascripts\/workers\/search\.[0-9a-f]+\.min\.js$/
  if (material.origin !== location.origin || !pattern.test(material.pathname)) {
    throw new Error("kbz-zoekwerker: not Material's search worker: " + material.href)
  }
  importFromHere(material.href)
  const search = self.lunr.Index.prototype.search
  self.lunr.Index.prototype.search = function (query) {
    index = this
    return search.call(this, query)
  }
}

// Words people type as words: letters, digits and inner hyphens, at least four characters.
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}-]{3,}$/u

// The index's own words close to the typed ones, or "" when there are none.
function corrected(query) {
  if (!index) return ""
  const words = new Set()
  for (const word of query.toLowerCase().split(/\s+/)) {
    if (!WORD.test(word)) continue
    const editDistance = word.length >= 8 ? 2 : 1
    for (const part of new Set([word, ...word.split("-")])) {
      if (part.length < 4) continue
      const hits = index.query((q) => q.term(part, { editDistance })) // every field, synonyms too
      for (const hit of hits) for (const term of Object.keys(hit.matchData.metadata)) words.add(term)
    }
  }
  return [...words].slice(0, 10).join(" ")
}

// Material makes every word a prefix ("scholing*" matches "scholingsagenda" as much as "scholing").
// Each plain word is also searched as itself ("scholing~0": no prefix), so the very word weighs more;
// and two words in a row also joined by a hyphen (Material makes that a prefix too).
function withExactWords(query) {
  if (/["+\-~^:*]/.test(query.replace(/(\w)-(?=\w)/g, "$1"))) return query // the reader wrote lunr syntax
  const all = query.trim().split(/\s+/)
  const exact = all.filter((word) => WORD.test(word)).map((word) => `${word}~0`)
  // Two words the site writes with a hyphen: "4d gesprek" finds "4D-gesprek", "poh kb" "POH-KB".
  const joined = all.slice(1).map((word, n) => `${all[n]}-${word}`).filter((word) => /^[\p{L}\p{N}-]+$/u.test(word))
  const extra = [...exact, ...joined]
  return extra.length ? `${query} ${extra.join(" ")}` : query
}

const post = self.postMessage.bind(self)
self.postMessage = (message) => {
  if (message && message.type === RESULT && message.data.items.length === 0 && lastQuery.trim()) {
    const retry = corrected(lastQuery)
    lastQuery = ""
    if (retry) {
      self.dispatchEvent(new MessageEvent("message", { data: { type: QUERY, data: retry, kbzRetry: true } }))
      return
    }
  }
  post(message)
}

// Registered before Material's listener, so it runs first for every message.
self.addEventListener("message", (event) => {
  const message = event.data
  if (message.type === SETUP && !loaded) {
    load() // Material's listener is added now and would miss this message: hand it over again
    // Material splits the text at its separator, but lunr's query lexer keeps its own
    // (spaces and hyphens), so "POH-KB" would be searched as "POH" and "KB".
    self.lunr.QueryLexer.termSeparator = new RegExp(message.data.config.separator)
    self.dispatchEvent(new MessageEvent("message", { data: message }))
  } else if (message.type === QUERY && !message.kbzRetry) {
    // Punctuation the index splits at becomes a space: lunr would read "ik?*" as "ik" and a bare "*",
    // which matches every page. Not : and " (lunr's fields, Material's phrases).
    lastQuery = message.data.replace(/[,;!?=[\]()/]|\.(?!\d)/g, " ")
    message.data = withExactWords(lastQuery)
  }
})
