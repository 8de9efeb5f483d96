/* Rekenhulp: the funding engine in the browser, to the cent.
 *
 * The same rules as kbz_site/financiering/calc.py and the same number grammar as
 * kbz_site/validation/getallen.py (tests/vectors/*.json hold both to the same answers):
 * exact fractions with BigInt, rounded half up (away from zero) to cents only when a result
 * is shown. Parameters come from the form's data-kbz-parameters attribute (never an inline
 * script: Material's instant navigation would re-run it as JavaScript, and the CSP blocks it).
 * Every input is mirrored in the page address, so a result can be shared and printed.
 *
 * Loaded only by pages with a rekenhulp or verdeelhulp (templates/main.html), inside the part
 * of the page instant navigation swaps, so Material runs it again on each such visit: once
 * is enough, its document$ subscription serves every later page.
 */
(function () {
  "use strict";
  if (window.kbzRekenhulp) return;

  /* ---- exact fractions ---------------------------------------------------------------- */
  const frac = (n, d = 1n) => (d < 0n ? { n: -n, d: -d } : { n, d });
  const add = (a, b) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
  const sub = (a, b) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
  const mul = (a, b) => frac(a.n * b.n, a.d * b.d);
  const div = (a, b) => frac(a.n * b.d, a.d * b.n);
  const cmp = (a, b) => { const x = a.n * b.d - b.n * a.d; return x < 0n ? -1 : x > 0n ? 1 : 0; };
  const ZERO = frac(0n), HUNDRED = frac(100n), STEP = frac(1n, 10n);
  const abs = (x) => (x < 0n ? -x : x);

  /* Half up, away from zero, to a multiple of 1/unit: the count of units. */
  function round(a, unit) {
    const n = a.n * unit, d = a.d;
    const q = (2n * abs(n) + d) / (2n * d);
    return n < 0n ? -q : q;
  }
  /* Towards zero, to a multiple of 1/unit. */
  function trunc(a, unit) {
    const n = a.n * unit, q = abs(n) / a.d;
    return n < 0n ? -q : q;
  }
  const floorDiv = (a, b) => { const q = div(a, b); return q.n >= 0n ? q.n / q.d : -((-q.n + q.d - 1n) / q.d); };

  /* ---- the Dutch number grammar (kbz_site/validation/getallen.py) ------------------------ */
  const SPACES = /^[\u00a0\u202f\u2009\t ]+|[\u00a0\u202f\u2009\t ]+$/g;
  const GROUPED = /^[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?$/;
  const COMMA = /^[0-9]+(?:,[0-9]+)?$/;
  const POINT = /^[0-9]+\.[0-9]+$/;
  const MAX_DIGITS = 40;
  const LIMITS = {
    geld: [0n, 1000000000n, "meer dan € 1.000.000.000 is geen bedrag voor deze rekenhulp"],
    aantal: [0n, 10000000n, "meer dan 10.000.000 is geen aantal voor één praktijk"],
    percentage: [0n, 100n, "een percentage ligt tussen 0 en 100"],
    fte: [0n, 100n, "meer dan 100 fte is geen inzet voor één praktijk"],
    getal: [0n, 10n ** 12n, "dit getal is te groot"],
  };
  const EXAMPLE = {
    geld: "bijvoorbeeld 87.990 of 76,37", aantal: "bijvoorbeeld 4190 of 4.190",
    percentage: "bijvoorbeeld 35 of 12,5", fte: "bijvoorbeeld 0,4", getal: "bijvoorbeeld 1.466,5",
  };

  class GetalFout extends Error {}

  /* The exact value of text (a fraction), or a GetalFout with a Dutch message. */
  function lees(text, soort) {
    let t = String(text).replace(SPACES, "");
    const shown = `'${t}'`;
    if (!t) throw new GetalFout(`vul een getal in (${EXAMPLE[soort]})`);
    if (soort === "geld") {
      t = t.replace(/^€/, "").replace(SPACES, "");
      if (/,--?$/.test(t)) t = t.replace(/,--?$/, "");
    } else if (soort === "percentage") {
      t = t.replace(/%$/, "").replace(SPACES, "");
    } else if (soort === "fte") {
      t = t.replace(/fte$/, "").replace(SPACES, "");
    }
    const negative = t[0] === "-" || t[0] === "−";
    if (negative) t = t.slice(1).replace(SPACES, "");
    if (t.includes("€") || t.includes("%")) {
      throw new GetalFout(`${shown} hoort hier geen € of % te hebben; schrijf alleen het getal (${EXAMPLE[soort]})`);
    }
    let digits;
    if (GROUPED.test(t)) {
      digits = t.replaceAll(".", "").replace(",", ".");
    } else if (COMMA.test(t)) {
      const [whole, f = ""] = t.split(",");
      if ((soort === "geld" || soort === "aantal") && f.length === 3 && whole !== "0" && whole.length <= 3) {
        throw new GetalFout(soort === "geld"
          ? `${shown} is niet duidelijk: schrijf ${whole}.${f} als u duizendtallen bedoelt (een punt); bedoelt u decimalen, schrijf dan ${whole},${f}0`
          : `${shown} is niet duidelijk: schrijf duizendtallen met een punt (${whole}.${f}) of zonder teken`);
      }
      digits = t.replace(",", ".");
    } else if (POINT.test(t)) {
      const [whole, f] = t.split(".");
      if (f.length === 3 && whole !== "0") {
        throw new GetalFout(`${shown} is niet duidelijk; schrijf duizendtallen met een punt (1.500), decimalen met een komma (1,5)`);
      }
      digits = t;
    } else {
      throw new GetalFout(uitleg(t, shown, soort));
    }
    const [whole, f = ""] = digits.split(".");
    if (whole.length > 1 && whole[0] === "0") {
      throw new GetalFout(`${shown} begint met een 0; schrijf het getal zonder 0 vooraan (${EXAMPLE[soort]})`);
    }
    if ((whole + f).length > MAX_DIGITS) {
      throw new GetalFout(`${shown} heeft meer dan ${MAX_DIGITS} cijfers; zo precies kan de rekenhulp niet rekenen`);
    }
    const value = frac(BigInt(whole + f), 10n ** BigInt(f.length));
    return negative ? frac(-value.n, value.d) : value;
  }

  function uitleg(t, shown, soort) {
    if (/^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$/.test(t)) {
      return `${shown} is in Engelse schrijfwijze; schrijf duizendtallen met een punt en decimalen met een komma (${EXAMPLE[soort]})`;
    }
    if (/^[.,][0-9]+$/.test(t)) return `${shown}: schrijf een 0 voor de komma, bijvoorbeeld 0${t.replace(".", ",")}`;
    if (/^[0-9.,]+$/.test(t)) {
      return `${shown} is geen getal zoals wij het lezen: gebruik een punt alleen tussen groepjes van drie cijfers (180.000) en één komma voor de decimalen (0,4)`;
    }
    if (/^[0-9]+(\.[0-9]+)?[eE][-+]?[0-9]+$/.test(t)) return `${shown}: schrijf het getal voluit, zonder e-notatie (${EXAMPLE[soort]})`;
    return `${shown} is geen getal (${EXAMPLE[soort]})`;
  }

  /* Read and range-check, as lees_soort() in Python. */
  function leesSoort(text, soort, wie) {
    const value = lees(text, soort);
    const [low, high, why] = LIMITS[soort];
    wie = wie || "het getal";
    if (soort === "aantal" && value.n % value.d !== 0n) {
      throw new GetalFout(`'${String(text).trim()}' moet een heel getal zijn; schrijf duizendtallen met een punt of zonder teken (4.190 of 4190)`);
    }
    if (cmp(value, frac(low)) < 0) throw new GetalFout(`${wie} mag niet negatief zijn`);
    if (soort === "percentage" && cmp(value, frac(high)) > 0) throw new GetalFout(`${wie} ligt niet tussen 0 en 100`);
    if (cmp(value, frac(high)) > 0) throw new GetalFout(`${wie} is te groot: ${why}`);
    return value;
  }

  /* ---- Dutch notation (kbz_site/financiering/format.py) --------------------------------------- */
  const group = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

  /* A count of 1/10^places as Dutch text with exactly `places` decimals. */
  function fixed(count, places) {
    const sign = count < 0n ? "−" : "", a = abs(count), unit = 10n ** BigInt(places);
    const whole = group((a / unit).toString());
    return sign + whole + (places ? "," + (a % unit).toString().padStart(places, "0") : "");
  }
  /* A count of cents as money: € 87.990, € 76,37, − € 30.870. */
  function euro(cents) {
    const a = abs(cents), text = "€ " + fixed(a % 100n === 0n ? a / 100n : a, a % 100n === 0n ? 0 : 2);
    return cents < 0n ? "− " + text : text;
  }
  /* A terminating fraction as Dutch text without trailing zeros: 1.466,5. */
  function getal(x) {
    let places = 0, unit = 1n;
    while ((x.n * unit) % x.d !== 0n && places < 80) { places += 1; unit *= 10n; }
    let count = round(x, unit);
    while (places > 0 && count % 10n === 0n) { count /= 10n; places -= 1; }
    return fixed(count, places);
  }
  /* Canonical text of a count of hundredths, as the vectors hold it: "87990.00". */
  function hundredths(c) {
    const sign = c < 0n ? "-" : "", a = abs(c);
    return sign + (a / 100n).toString() + "." + (a % 100n).toString().padStart(2, "0");
  }

  /* ---- the calculations (kbz_site/financiering/calc.py) ---------------------------------------- */
  function kosten(fte, disciplines) {
    const regels = [];
    let totaal = ZERO;
    for (const d of disciplines) {
      const amount = fte[d.id] || ZERO;
      const k = mul(amount, d.kosten);
      regels.push({ naam: d.naam, fte: amount, kosten_per_fte: d.kosten, kosten: k });
      totaal = add(totaal, k);
    }
    return { regels, totaal };
  }

  /* The tarief shown in cents, or with more decimals and "…" when cents would tell another story. */
  function tariefTekst(exact, laag, hoog) {
    const inside = (v) => cmp(v, laag) >= 0 && cmp(v, hoog) <= 0;
    const afgerond = round(exact, 1n);
    const consistent = (v) => inside(v) === inside(exact) && round(v, 1n) === afgerond;
    const c = round(exact, 100n);
    if (consistent(frac(c, 100n))) return euro(c);
    for (let places = 3; places <= 40; places++) {
      const unit = 10n ** BigInt(places), t = trunc(exact, unit);
      if (consistent(frac(t, unit))) return "€ " + fixed(t, places) + "…";
    }
    return euro(c);
  }

  function compute(params, input) {
    const ion = div(mul(input.patienten, input.aw), HUNDRED);
    const { regels, totaal } = kosten(input.fte, input.disciplines || params.disciplines);
    const budgetC = round(mul(ion, input.tarief), 100n);
    const kostenC = round(totaal, 100n);
    const r = {
      ion, regels, totaal, budgetC, kostenC,
      aw_ion: hundredths(round(ion, 100n)),
      budget: hundredths(budgetC),
      kosten: hundredths(kostenC),
      saldo: hundredths(budgetC - kostenC),
      past: budgetC - kostenC >= 0n,
      tarief: null, tarief_afgerond: null, binnen_bandbreedte: null, tarief_tekst: null,
    };
    if (ion.n !== 0n) {
      const exact = div(totaal, ion);
      r.tarief = hundredths(round(exact, 100n));
      r.tarief_afgerond = round(exact, 1n).toString();
      r.binnen_bandbreedte = cmp(exact, params.laag) >= 0 && cmp(exact, params.hoog) <= 0;
      r.tarief_tekst = tariefTekst(exact, params.laag, params.hoog);
    }
    return r;
  }

  /* The largest mix in the ratio, in steps of 0,1 fte per part, that the budget covers. */
  function inzet(budget, verhouding, disciplines) {
    const perStap = kosten(Object.fromEntries(disciplines.map((d) => [d.id, mul(STEP, frac(verhouding[d.id] || 0n))])), disciplines).totaal;
    if (perStap.n === 0n) return null;
    const stappen = floorDiv(budget, perStap);
    const fte = Object.fromEntries(disciplines.map((d) => [d.id, mul(STEP, frac((verhouding[d.id] || 0n) * stappen))]));
    const { regels, totaal } = kosten(fte, disciplines);
    return { stappen, regels, kostenC: round(totaal, 100n), overC: round(sub(budget, totaal), 100n) };
  }

  /* A module per ION (Rotterdam): per kwartaal, per jaar, over the period, stacked. */
  function module(ion, m) {
    const perIonKwartaal = round(div(m.bedrag, frac(4n)), 100n);
    const perKwartaal = round(mul(ion, frac(perIonKwartaal, 100n)), 100n);
    const r = {
      perIonKwartaal, perKwartaal,
      perJaar: round(mul(ion, m.bedrag), 100n),
      periode: m.kwartalen === null ? null : round(mul(frac(BigInt(m.kwartalen)), frac(perKwartaal, 100n)), 100n),
      gestapeldPerIon: null, gestapeldPerJaar: null,
    };
    if (m.stapeling !== null) {
      r.gestapeldPerIon = round(add(m.bedrag, m.stapeling), 100n);
      r.gestapeldPerJaar = round(mul(ion, frac(r.gestapeldPerIon, 100n)), 100n);
    }
    return r;
  }

  /* A regional budget over practices (calc.py:verdeling): RO at most (100 - aandeel) %, rounded
   * down; then highest AW-percentage first (ties: list order), each patients × AW × tarief. */
  function verdeling(budget, praktijken, tarief, roPercentage, drempel) {
    const naarRo = trunc(div(mul(budget, roPercentage), HUNDRED), 100n);
    const pot = round(budget, 100n) - naarRo;
    let over = pot;
    const order = praktijken.map((p, i) => ({ ...p, i })).sort((a, b) => cmp(b.aw, a.aw) || a.i - b.i);
    const toekenningen = order.map((p) => {
      const gevraagd = round(mul(div(mul(p.patienten, p.aw), HUNDRED), tarief), 100n);
      if (cmp(p.aw, drempel) < 0 && !p.reden) return { p, gevraagd, toegekend: 0n, status: "onder drempel" };
      const toegekend = gevraagd < over ? gevraagd : over;
      over -= toegekend;
      const status = toegekend === gevraagd ? "volledig" : toegekend > 0n ? "gedeeltelijk" : "budget op";
      return { p, gevraagd, toegekend, status };
    });
    return { budget: round(budget, 100n), naarRo, pot, over, toekenningen };
  }

  /* ---- the form ------------------------------------------------------------------------ */
  function parameters(form) {
    const raw = JSON.parse(form.dataset.kbzParameters);
    const exact = (text) => lees(text, "getal");
    return {
      laag: exact(raw.tarief.laag), hoog: exact(raw.tarief.hoog),
      disciplines: raw.disciplines.map((d) => ({ id: d.id, naam: d.naam, kosten: exact(d.kosten_per_fte) })),
      module: raw.module && {
        bedrag: exact(raw.module.bedrag), kwartalen: raw.module.kwartalen,
        stapeling: raw.module.stapeling === null ? null : exact(raw.module.stapeling),
      },
    };
  }

  function read(form, params) {
    const problems = [];
    const field = (name, soort, label, optional) => {
      const el = form.elements[name];
      if (!el) return null;
      el.removeAttribute("aria-invalid");
      if (optional && el.value.replace(SPACES, "") === "") return ZERO;  // an empty fte field is 0
      try {
        return leesSoort(el.value, soort, `'${el.value.replace(SPACES, "")}'`);
      } catch (err) {
        if (!(err instanceof GetalFout)) throw err;
        el.setAttribute("aria-invalid", "true");
        problems.push(`${label}: ${err.message}.`);
        return null;
      }
    };
    const input = {
      patienten: field("patienten", "aantal", "Aantal ingeschreven patiënten"),
      aw: field("aw", "percentage", "Percentage AW-ION"),
      tarief: field("tarief", "geld", "Tarief per AW-ION"),
      fte: {}, verhouding: {}, disciplines: [],
    };
    for (const d of params.disciplines) {
      input.fte[d.id] = field(`fte-${d.id}`, "fte", `Fte ${d.naam}`, true);
      const eigen = field(`kosten-${d.id}`, "geld", `Kosten per fte ${d.naam}`);
      input.disciplines.push({ ...d, kosten: form.elements[`kosten-${d.id}`] ? eigen : d.kosten });
      const deel = field(`deel-${d.id}`, "aantal", `Verhouding ${d.naam}`, true);
      input.verhouding[d.id] = deel && deel.n / deel.d;
    }
    const naam = (form.elements["eigen-naam"] || {}).value || "";
    if (naam.trim()) {
      const k = field("eigen-kosten", "geld", `Kosten per fte ${naam.trim()}`);
      input.disciplines.push({ id: "eigen", naam: naam.trim(), kosten: k });
      input.fte.eigen = field("eigen-fte", "fte", `Fte ${naam.trim()}`, true);
      const deel = field("eigen-deel", "aantal", `Verhouding ${naam.trim()}`, true);
      input.verhouding.eigen = deel && deel.n / deel.d;
    }
    input.ion = field("ion", "aantal", "Aantal ION");
    return { input, problems };
  }

  function steps(list, items) {
    list.replaceChildren(...items.map(([wat, som, uitkomst]) => {
      const li = document.createElement("li");
      const strong = document.createElement("strong");
      strong.textContent = wat;
      li.append(strong, `: ${som} = ${uitkomst}`);
      return li;
    }));
  }

  function show(form, params) {
    const out = (key) => form.querySelector(`[data-kbz="${key}"]`);
    const set = (key, value, text) => {
      const el = out(key);
      if (!el) return;
      el.textContent = text;
      if (value === null) delete el.dataset.waarde; else el.dataset.waarde = value;
    };
    const { input, problems } = read(form, params);
    out("melding").textContent = problems.join(" ");
    const praktijk = input.patienten && input.aw && input.tarief && Object.values(input.fte).every((v) => v)
      && input.disciplines.every((d) => d.kosten);
    if (!praktijk) {
      for (const key of ["aw_ion", "budget", "kosten", "saldo", "tarief", "past", "band"]) set(key, null, key === "past" || key === "band" ? "" : "–");
      steps(out("stappen"), []);
      chart(form, params, null, ZERO);
    } else {
      const r = compute(params, input);
      set("aw_ion", r.aw_ion, getal(r.ion));
      set("budget", r.budget, euro(r.budgetC));
      set("kosten", r.kosten, euro(r.kostenC));
      set("saldo", r.saldo, euro(r.budgetC - r.kostenC));
      set("past", String(r.past), r.past ? "(past)" : "(past niet)");
      if (r.tarief === null) {
        set("tarief", null, "– (geen AW-ION)");
        set("band", null, "");
      } else {
        set("tarief", r.tarief, `${r.tarief_tekst}, afgerond ${euro(BigInt(r.tarief_afgerond) * 100n)}`);
        out("tarief").dataset.afgerond = r.tarief_afgerond;
        out("tarief").dataset.tekst = r.tarief_tekst;
        set("band", String(r.binnen_bandbreedte), r.binnen_bandbreedte ? "(binnen de bandbreedte)" : "(buiten de bandbreedte)");
      }
      const regels = r.regels.filter((x) => x.fte.n !== 0n);
      steps(out("stappen"), [
        ["AW-ION", `${getal(input.patienten)} patiënten × ${getal(input.aw)} %`, `${getal(r.ion)} AW-ION`],
        ["Budget", `${getal(r.ion)} AW-ION × ${euro(round(input.tarief, 100n))}`, `${euro(r.budgetC)} per jaar`],
        ...regels.map((x) => [`Kosten ${x.naam}`, `${getal(x.fte)} fte × ${euro(round(x.kosten_per_fte, 100n))}`, euro(round(x.kosten, 100n))]),
        ["Saldo", `${euro(r.budgetC)} − ${euro(r.kostenC)}`, `${euro(r.budgetC - r.kostenC)}: ${r.past ? "het past" : "het past niet"}`],
      ]);
      chart(form, params, input, r.totaal);
      const mix = inzet(frac(r.budgetC, 100n), input.verhouding, input.disciplines);
      if (mix && Object.values(input.verhouding).every((v) => v !== null)) {
        const parts = mix.regels.filter((x) => x.fte.n !== 0n);
        set("inzet", mix.stappen.toString(), parts.length ? parts.map((x) => `${getal(x.fte)} fte ${x.naam}`).join(" + ") : "geen: het budget is kleiner dan één stap");
        set("inzet_kosten", hundredths(mix.kostenC), euro(mix.kostenC));
        set("inzet_over", hundredths(mix.overC), euro(mix.overC));
      } else {
        for (const key of ["inzet", "inzet_kosten", "inzet_over"]) set(key, null, "–");
      }
    }
    if (params.module && out("per_kwartaal")) {
      if (input.ion === null) {
        for (const key of ["per_kwartaal", "per_jaar", "over_de_periode", "gestapeld_per_jaar"]) set(key, null, "–");
      } else {
        const m = module(input.ion, params.module);
        set("per_kwartaal", hundredths(m.perKwartaal), euro(m.perKwartaal));
        set("per_jaar", hundredths(m.perJaar), euro(m.perJaar));
        if (m.periode !== null) set("over_de_periode", hundredths(m.periode), euro(m.periode));
        if (m.gestapeldPerJaar !== null) set("gestapeld_per_jaar", hundredths(m.gestapeldPerJaar), euro(m.gestapeldPerJaar));
      }
    }
  }

  /* The needed tarief against the AW-percentage for this practice (same layout as chart.py). */
  const CHART = { left: 64, right: 624, top: 16, bottom: 312, from: 25, to: 100 };
  function chart(form, params, input, totaal) {
    const part = (key) => form.querySelector(`[data-kbz="${key}"]`);
    if (!part("grafiek")) return;
    const line = part("grafiek-lijn"), dot = part("grafiek-punt"), desc = part("grafiek-uitleg");
    if (!input || totaal.n === 0n || input.patienten.n === 0n) {
      line.setAttribute("d", "");
      dot.setAttribute("cx", "-10");
      desc.textContent = "Geen grafiek: vul patiënten en inzet in.";
      return;
    }
    const exact = (aw) => div(totaal, div(mul(input.patienten, aw), HUNDRED));
    const ceil20 = (q) => { const n = q.n * 1n, d = q.d * 20n; return ((n + d - 1n) / d) * 20n; };
    const top = ceil20(exact(frac(25n))), yMax = top > ceil20(params.hoog) ? top : ceil20(params.hoog);
    const num = (q) => Number(q.n) / Number(q.d);
    const x = (aw) => CHART.left + ((num(aw) - CHART.from) / (CHART.to - CHART.from)) * (CHART.right - CHART.left);
    const y = (v) => CHART.top + (1 - num(v) / Number(yMax)) * (CHART.bottom - CHART.top);
    const points = [];
    for (let aw = 25n; aw <= 100n; aw++) points.push(`${points.length ? "L" : "M"}${x(frac(aw)).toFixed(1)},${y(exact(frac(aw))).toFixed(1)}`);
    line.setAttribute("d", points.join(" "));
    const band = part("grafiek-band");
    band.setAttribute("y", y(params.hoog).toFixed(1));
    band.setAttribute("height", (y(params.laag) - y(params.hoog)).toFixed(1));
    form.querySelectorAll("[data-kbz='grafiek-y']").forEach((el, i) => {
      const v = (yMax * BigInt(i)) / 4n;
      el.setAttribute("y", (y(frac(v)) + 4).toFixed(1));
      el.textContent = euro(v * 100n);
    });
    const inRange = cmp(input.aw, frac(25n)) >= 0 && cmp(input.aw, HUNDRED) <= 0;
    dot.setAttribute("cx", inRange ? x(input.aw).toFixed(1) : "-10");
    dot.setAttribute("cy", inRange ? y(exact(input.aw)).toFixed(1) : "-10");
    desc.textContent = `Het benodigde tarief daalt van ${tariefTekst(exact(frac(25n)), params.laag, params.hoog)} bij 25 % AW-ION `
      + `tot ${tariefTekst(exact(HUNDRED), params.laag, params.hoog)} bij 100 %.`
      + (inRange ? ` Bij uw ${getal(input.aw)} %: ${tariefTekst(exact(input.aw), params.laag, params.hoog)}.` : "");
  }

  /* Inputs <-> page address: a result can be shared, bookmarked and printed. */
  function fromAddress(form) {
    const query = new URLSearchParams(window.location.search);
    for (const [name, value] of query) {
      const el = form.elements[name];
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = value;
    }
  }
  function toAddress(form) {
    const query = new URLSearchParams();
    for (const el of form.querySelectorAll("input[name], textarea[name]")) if (el.value !== el.defaultValue) query.set(el.name, el.value);
    const url = new URL(window.location.href);
    url.search = query.toString();
    window.history.replaceState(window.history.state, "", url);
    const link = form.querySelector("[data-kbz='link']");
    if (link) link.href = url.href;
  }

  const STATUS = {
    volledig: "helemaal betaald", gedeeltelijk: "deels betaald: het geld is op",
    "budget op": "niets: het geld is op", "onder drempel": "niets: onder de drempel, zonder reden",
  };

  function praktijkRegels(text) {
    const praktijken = [], problems = [];
    text.split(/\r?\n/).forEach((line, index) => {
      if (!line.trim()) return;
      const cells = line.split(line.includes("\t") ? "\t" : ";").map((c) => c.trim());
      const where = `Regel ${index + 1}`;
      if (cells.length < 3 || !cells[0]) {
        problems.push(`${where}: schrijf naam; aantal patiënten; percentage AW-ION (en eventueel een reden).`);
        return;
      }
      try {
        praktijken.push({
          naam: cells[0],
          patienten: leesSoort(cells[1], "aantal", `'${cells[1]}'`),
          aw: leesSoort(cells[2], "percentage", `'${cells[2]}'`),
          reden: cells.slice(3).join("; ").trim(),
        });
      } catch (err) {
        if (!(err instanceof GetalFout)) throw err;
        problems.push(`${where}: ${err.message}.`);
      }
    });
    return { praktijken, problems };
  }

  function showVerdeling(form, raw) {
    const out = (key) => form.querySelector(`[data-kbz="${key}"]`);
    const problems = [];
    const field = (name, soort, label) => {
      const el = form.elements[name];
      el.removeAttribute("aria-invalid");
      try { return leesSoort(el.value, soort, `'${el.value.replace(SPACES, "")}'`); } catch (err) {
        if (!(err instanceof GetalFout)) throw err;
        el.setAttribute("aria-invalid", "true");
        problems.push(`${label}: ${err.message}.`);
        return null;
      }
    };
    const budget = field("v-budget", "geld", "Regiobudget");
    const tarief = field("v-tarief", "geld", "Tarief");
    const ro = field("v-ro", "percentage", "Deel regio-organisatie");
    const maxRo = sub(HUNDRED, lees(raw.aandeel_praktijken, "getal"));
    if (ro && cmp(ro, maxRo) > 0) {
      form.elements["v-ro"].setAttribute("aria-invalid", "true");
      problems.push(`Deel regio-organisatie: hoogstens ${getal(maxRo)} %.`);
    }
    const lijst = praktijkRegels(form.elements["v-praktijken"].value);
    problems.push(...lijst.problems);
    out("melding").textContent = problems.join(" ");
    if (problems.length) {
      for (const key of ["v-ro", "v-praktijken", "v-over"]) out(key).textContent = "–";
      out("v-tabel").replaceChildren();
      out("v-opmerkingen").textContent = "";
      return;
    }
    const drempel = lees(raw.selectiedrempel, "getal");
    const r = verdeling(budget, lijst.praktijken, tarief, ro, drempel);
    const set = (key, cents) => { out(key).textContent = euro(cents); out(key).dataset.waarde = hundredths(cents); };
    set("v-ro", r.naarRo);
    set("v-praktijken", r.pot);
    set("v-over", r.over);
    out("v-tabel").replaceChildren(...r.toekenningen.map((t) => {
      const tr = document.createElement("tr");
      const cells = [t.p.naam, `${getal(t.p.aw)} %`, euro(t.gevraagd), euro(t.toegekend), STATUS[t.status]];
      tr.replaceChildren(...cells.map((c) => { const td = document.createElement("td"); td.textContent = c; return td; }));
      tr.dataset.waarde = hundredths(t.toegekend);
      tr.dataset.status = t.status;
      return tr;
    }));
    const notes = [];
    const seen = new Map();
    for (const t of r.toekenningen) {
      const key = `${t.p.aw.n}/${t.p.aw.d}`;
      seen.set(key, [...(seen.get(key) || []), t.p.naam]);
    }
    for (const names of seen.values()) if (names.length > 1) notes.push(`Gelijk percentage: ${names.join(", ")}; de volgorde van uw lijst telt.`);
    for (const t of r.toekenningen) {
      if (cmp(t.p.aw, drempel) < 0 && t.p.reden) notes.push(`${t.p.naam} zit onder ${getal(drempel)} % en krijgt geld met als reden: ${t.p.reden}.`);
    }
    if (r.over > 0n) notes.push(`${euro(r.over)} is niet verdeeld.`);
    out("v-opmerkingen").textContent = notes.join(" ");
  }

  function initVerdeling() {
    for (const form of document.querySelectorAll("form[data-kbz-verdeelhulp]")) {
      if (form.dataset.kbzKlaar) continue;
      form.dataset.kbzKlaar = "1";
      const raw = JSON.parse(form.dataset.kbzParameters);
      fromAddress(form);
      form.addEventListener("input", () => { showVerdeling(form, raw); toAddress(form); });
      form.addEventListener("submit", (event) => event.preventDefault());
      setTimeout(() => { showVerdeling(form, raw); toAddress(form); }, 0); // as for the rekenhulp below
    }
  }

  function init() {
    initVerdeling();
    for (const form of document.querySelectorAll("form[data-kbz-rekenhulp]")) {
      if (form.dataset.kbzKlaar) continue;
      form.dataset.kbzKlaar = "1";
      const params = parameters(form);
      fromAddress(form);
      form.addEventListener("input", () => { show(form, params); toAddress(form); });
      form.addEventListener("submit", (event) => event.preventDefault());
      // The first answer in a task of its own, after Material has set up the page: on a slow
      // phone the two together were one long task that held up the first tap.
      setTimeout(() => { show(form, params); toAddress(form); }, 0);
    }
  }

  // For the shared test cases in the browser (tests/browser/test_rekenhulp.py), with the page's parameters.
  const pageParams = () => parameters(document.querySelector("form[data-kbz-rekenhulp], form[data-kbz-verdeelhulp]"));
  window.kbzRekenhulp = {
    lees: (text, soort) => {
      try { const v = leesSoort(text, soort); return { n: v.n.toString(), d: v.d.toString() }; }
      catch (err) { if (err instanceof GetalFout) return { fout: err.message }; throw err; }
    },
    inzet: (budget, verhouding) => {
      const disciplines = pageParams().disciplines.filter((d) => d.id in verhouding);
      const parts = Object.fromEntries(Object.entries(verhouding).map(([id, p]) => [id, BigInt(p)]));
      const r = inzet(leesSoort(budget, "geld"), parts, disciplines);
      return {
        stappen: Number(r.stappen),
        fte: Object.fromEntries(disciplines.map((d, i) => [d.id, hundredths(round(r.regels[i].fte, 100n))])),
        kosten: hundredths(r.kostenC), over: hundredths(r.overC),
      };
    },
    verdeling: (budget, praktijken, tarief, ro) => {
      const raw = JSON.parse(document.querySelector("[data-kbz-parameters]").dataset.kbzParameters);
      const lijst = praktijken.map((p) => ({
        naam: p.naam, patienten: leesSoort(p.patienten, "aantal"), aw: leesSoort(p.aw, "percentage"), reden: p.uitzondering || "",
      }));
      const r = verdeling(leesSoort(budget, "geld"), lijst, leesSoort(tarief, "geld"), leesSoort(ro, "percentage"), lees(raw.selectiedrempel, "getal"));
      return {
        naar_ro: hundredths(r.naarRo), over: hundredths(r.over),
        praktijken: r.toekenningen.map((t) => [t.p.naam, hundredths(t.gevraagd), hundredths(t.toegekend), t.status]),
      };
    },
    module: (ion) => {
      const m = module(leesSoort(ion, "aantal"), pageParams().module);
      return {
        per_kwartaal: hundredths(m.perKwartaal), per_jaar: hundredths(m.perJaar),
        over_de_periode: hundredths(m.periode), gestapeld_per_jaar: hundredths(m.gestapeldPerJaar),
      };
    },
  };

  // Material's instant navigation swaps pages without a reload: document$ emits for each page.
  // On a full load this script runs before Material's bundle (it sits in the content), so
  // document$ exists only from DOMContentLoaded on.
  const start = () => (typeof document$ !== "undefined" ? document$.subscribe(init) : init());
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
