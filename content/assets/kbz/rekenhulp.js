/* Rekenhulp: the funding engine's budget and tarief in the browser, to the cent.
 *
 * Exact fractions with BigInt, rounded half up (away from zero) to cents only when a
 * result is shown, exactly as kbz_site/funding/calc.py does with Decimal. Parameters
 * come from the JSON the build put in the page (content/_data/financiering.yml).
 */
(function () {
  "use strict";

  const frac = (n, d) => (d < 0n ? { n: -n, d: -d } : { n, d });
  const add = (a, b) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
  const mul = (a, b) => frac(a.n * b.n, a.d * b.d);
  const div = (a, b) => frac(a.n * b.d, a.d * b.n);
  const cmp = (a, b) => { const x = a.n * b.d - b.n * a.d; return x < 0n ? -1 : x > 0n ? 1 : 0; };
  const ZERO = frac(0n, 1n);

  function parse(text, whole) {
    const t = String(text).trim().replace(",", ".");
    if (!(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(t)) return null;
    const [i, f = ""] = t.split(".");
    return frac(BigInt(i + f), 10n ** BigInt(f.length));
  }

  /* Half up, away from zero, to a multiple of 1/unit; the count of units. */
  function round(a, unit) {
    const n = a.n * unit, d = a.d;
    const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
    return n < 0n ? -q : q;
  }

  /* Canonical text of a count of hundredths: 8799000n -> "87990.00". */
  function hundredths(c) {
    const sign = c < 0n ? "-" : "", a = c < 0n ? -c : c;
    return sign + (a / 100n).toString() + "." + (a % 100n).toString().padStart(2, "0");
  }

  function dutch(canonical, decimals) {
    const [i, f] = canonical.replace("-", "").split(".");
    const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    const sign = canonical.startsWith("-") ? "−" : "";
    return sign + grouped + (decimals && f ? "," + f : "");
  }

  function compute(params, input) {
    const ion = div(mul(input.patienten, input.aw), frac(100n, 1n));
    let kosten = ZERO;
    for (const d of params.disciplines) {
      kosten = add(kosten, mul(input.fte[d.id] || ZERO, parse(d.kosten_per_fte)));
    }
    const budgetC = round(mul(ion, input.tarief), 100n);
    const kostenC = round(kosten, 100n);
    const result = {
      aw_ion: hundredths(round(ion, 100n)),
      budget: hundredths(budgetC),
      kosten: hundredths(kostenC),
      saldo: hundredths(budgetC - kostenC),
      past: budgetC - kostenC >= 0n,
      tarief: null,
      tarief_afgerond: null,
      binnen_bandbreedte: null,
    };
    if (ion.n !== 0n) {
      const exact = div(kosten, ion);
      result.tarief = hundredths(round(exact, 100n));
      result.tarief_afgerond = round(exact, 1n).toString();
      result.binnen_bandbreedte =
        cmp(exact, parse(params.tarief.laag)) >= 0 && cmp(exact, parse(params.tarief.hoog)) <= 0;
    }
    return result;
  }

  function read(form) {
    const fields = [
      ["patienten", "Aantal ingeschreven patiënten", true],
      ["aw", "Percentage AW-ION", false],
      ["tarief", "Tarief per AW-ION", false],
    ];
    const input = { fte: {} };
    const problems = [];
    for (const el of form.querySelectorAll("input")) el.removeAttribute("aria-invalid");
    for (const [name, label, whole] of fields) {
      const el = form.elements[name];
      const value = parse(el.value, whole);
      if (value === null || (name === "aw" && cmp(value, frac(100n, 1n)) > 0)) {
        el.setAttribute("aria-invalid", "true");
        problems.push(name === "aw" ? `${label}: vul een getal van 0 tot 100 in.` : `${label}: vul een getal in (0 of meer).`);
      }
      input[name] = value;
    }
    for (const el of form.querySelectorAll("input[data-discipline]")) {
      const value = parse(el.value, false);
      if (value === null) {
        el.setAttribute("aria-invalid", "true");
        problems.push(`${el.labels[0].textContent.split(" (")[0]}: vul een aantal fte in, bijvoorbeeld 0,4.`);
      }
      input.fte[el.dataset.discipline] = value;
    }
    return { input, problems };
  }

  function show(form, params) {
    const out = (key) => form.querySelector(`[data-kbz="${key}"]`);
    const { input, problems } = read(form);
    if (problems.length) {
      for (const key of ["aw_ion", "budget", "kosten", "saldo", "tarief"]) {
        out(key).textContent = "–";
        delete out(key).dataset.waarde;
      }
      out("past").textContent = out("band").textContent = "";
      out("melding").textContent = problems.join(" ");
      return;
    }
    const r = compute(params, input);
    const set = (key, value, text) => { out(key).dataset.waarde = value; out(key).textContent = text; };
    set("aw_ion", r.aw_ion, dutch(r.aw_ion.replace(/\.?0+$/, ""), true));
    set("budget", r.budget, "€ " + dutch(r.budget, true));
    set("kosten", r.kosten, "€ " + dutch(r.kosten, true));
    set("saldo", r.saldo, "€ " + dutch(r.saldo, true));
    out("past").textContent = r.past ? "(past)" : "(past niet)";
    out("past").dataset.waarde = String(r.past);
    if (r.tarief === null) {
      set("tarief", "", "– (geen AW-ION)");
      out("band").textContent = "";
    } else {
      set("tarief", r.tarief, "€ " + dutch(r.tarief, true) + ", afgerond € " + dutch(r.tarief_afgerond, false));
      out("tarief").dataset.afgerond = r.tarief_afgerond;
      out("band").textContent = r.binnen_bandbreedte ? "(binnen de bandbreedte)" : "(buiten de bandbreedte)";
      out("band").dataset.waarde = String(r.binnen_bandbreedte);
    }
    out("melding").textContent = "";
  }

  function init() {
    for (const form of document.querySelectorAll("form[data-kbz-rekenhulp]")) {
      const params = JSON.parse(form.querySelector("[data-kbz-parameters]").textContent);
      form.addEventListener("input", () => show(form, params));
      form.addEventListener("submit", (event) => event.preventDefault());
      show(form, params);
    }
  }

  // Material's instant navigation swaps pages without a reload: document$ fires for each.
  if (typeof document$ !== "undefined") document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
