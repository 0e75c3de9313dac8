// press search: the search page's own script. It reads the locale's index (search/index.json,
// search/terms/<k>.json, search/documents/<n>.json), written by press at build time with ICU's
// word boundaries, and cuts the query the same way: Intl.Segmenter where the browser has it,
// and pairs of letters in scripts written without spaces, so a query cut differently from the
// index still finds its page. Nothing here comes from another site; no page needs this script
// for anything but search.
(function () {
  'use strict';

  // ---- Words as search compares them: the same rules as generator/search/search_text.cpp.

  function normalizeTerm(word) {
    return word.toLowerCase().normalize('NFD')
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
      .replace(/\u0671/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647')
      .normalize('NFC');
  }

  function isIdeographic(c) {
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff);
  }

  function isUnspaced(c) {
    return (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0xa9e0 && c <= 0xa9ff) ||
      (c >= 0xaa60 && c <= 0xaa7f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x19e0 && c <= 0x19ff) ||
      isIdeographic(c);
  }

  // FNV-1a over the term's UTF-8 bytes, as search_index.cpp shard_of.
  function shardOf(term, shards) {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(term)) hash = Math.imul(hash ^ byte, 16777619) >>> 0;
    return hash & (shards - 1);
  }

  // The letter pairs a query unit is matched by, in each run of unspaced script: pairs that
  // cover every letter without overlapping (and the last pair), or an ideograph standing alone.
  // A text holding the unit holds all its pairs, so these few find it (recall), while fetching
  // half the shards that every pair would need.
  function lettersOf(term) {
    const grams = [];
    const runs = Array.from(term).reduce((all, letter) => {
      if (isUnspaced(letter.codePointAt(0))) all[all.length - 1].push(letter); else if (all[all.length - 1].length) all.push([]);
      return all;
    }, [[]]);
    for (const run of runs) {
      if (run.length === 1 && isIdeographic(run[0].codePointAt(0))) grams.push(run[0]);
      for (let i = 0; i + 1 < run.length; i += 2) grams.push(run[i] + run[i + 1]);
      if (run.length > 2 && run.length % 2 === 1) grams.push(run[run.length - 2] + run[run.length - 1]);
    }
    return grams;
  }

  // ---- Burmese typed in Zawgyi, the legacy font encoding many phones still use.

  const consonant = '\u1000-\u1021';
  function looksLikeZawgyi(text) {
    if (/[\u1060-\u1097]/.test(text)) return true;  // Zawgyi's own stacked and variant letters
    // The vowel sign E or medial RA typed before their consonant, as Zawgyi does.
    if (new RegExp('(^|[^' + consonant + '\u102b-\u103e])[\u1031\u103b][' + consonant + ']').test(text)) return true;
    // A virama with nothing to stack: Zawgyi's asat.
    return new RegExp('\u1039($|[^' + consonant + '])').test(text);
  }

  const zawgyiLetters = {
    '\u1039': '\u103a', '\u103a': '\u103b', '\u103b': '\u103c', '\u103c': '\u103d', '\u103d': '\u103e',
    '\u1033': '\u102f', '\u1034': '\u1030', '\u1087': '\u103e', '\u1094': '\u1037', '\u1095': '\u1037',
    '\u106a': '\u1009', '\u106b': '\u100a', '\u108f': '\u1014', '\u1090': '\u101b', '\u1086': '\u103f',
    '\u105a': '\u102b\u103a', '\u1088': '\u103e\u102f', '\u1089': '\u103e\u1030', '\u108a': '\u103d\u103e',
    '\u108e': '\u102d\u1036', '\u104e': '\u104e\u1004\u103a\u1038',
    '\u106e': '\u100d\u1039\u100d', '\u106f': '\u100d\u1039\u100e', '\u1091': '\u100f\u1039\u100d',
    '\u1092': '\u100b\u1039\u100c', '\u1097': '\u100b\u1039\u100b',
  };
  // Zawgyi's stacked (subscript) consonants, each a virama and the consonant in Unicode.
  const stacked = {
    '\u1060': '\u1000', '\u1061': '\u1001', '\u1062': '\u1002', '\u1063': '\u1003', '\u1065': '\u1005',
    '\u1066': '\u1006', '\u1067': '\u1006', '\u1068': '\u1007', '\u1069': '\u1008', '\u106c': '\u100b',
    '\u106d': '\u100c', '\u1070': '\u100f', '\u1071': '\u1010', '\u1072': '\u1010', '\u1073': '\u1011',
    '\u1074': '\u1011', '\u1075': '\u1012', '\u1076': '\u1013', '\u1077': '\u1014', '\u1078': '\u1015',
    '\u1079': '\u1016', '\u107a': '\u1017', '\u107b': '\u1018', '\u107c': '\u1019', '\u1085': '\u101c',
    '\u1093': '\u1018',
  };
  // Unicode's order of the signs after a consonant (Unicode Technical Note 11).
  const signOrder = {
    '\u103b': 1, '\u103c': 2, '\u103d': 3, '\u103e': 4, '\u1031': 5, '\u102d': 6, '\u102e': 6, '\u1032': 6,
    '\u102f': 7, '\u1030': 7, '\u102b': 8, '\u102c': 8, '\u1036': 9, '\u1037': 10, '\u103a': 11, '\u1038': 12,
  };

  function zawgyiToUnicode(text) {
    const kinzi = '\u1004\u103a\u1039';
    let t = Array.from(text, (ch) => (stacked[ch] ? '\u1039' + stacked[ch] : zawgyiLetters[ch] ||
      (ch >= '\u107e' && ch <= '\u1084' ? '\u103c' : ch))).join('');
    // Kinzi is typed after its consonant in Zawgyi and stored before it in Unicode.
    t = t.replace(new RegExp('([' + consonant + '])([\u1064\u108b\u108c\u108d])', 'g'), (m, c, k) =>
      kinzi + c + ({ '\u1064': '', '\u108b': '\u102d', '\u108c': '\u102e', '\u108d': '\u1036' })[k]);
    // The vowel sign E and medial RA typed before the consonant go after it (and its stack).
    t = t.replace(new RegExp('(\u1031?)(\u103c?)((?:' + kinzi + ')?[' + consonant + '\u103f](?:\u1039[' + consonant + '])*)', 'g'),
      (m, e, ra, base) => base + ra + e);
    return t.replace(/[\u102b-\u1038\u103a-\u103e]+/g, (run) =>
      Array.from(run).sort((a, b) => (signOrder[a] || 0) - (signOrder[b] || 0)).join(''));
  }

  // ---- The query, cut into units: each must match a document for it to be a result.

  const lang = document.documentElement.lang;
  const segmenter = typeof Intl === 'object' && Intl.Segmenter ? new Intl.Segmenter(lang, { granularity: 'word' }) : null;
  const separators = /[\s!-\/:-@\[-`{-~\u00a1-\u00bf\u2000-\u206f\u3000-\u303f\uff01-\uff0f\u060c\u061b\u061f\u06d4\u104a\u104b\u17d4-\u17d6]+/;

  function queryWords(text) {
    if (segmenter) return Array.from(segmenter.segment(text)).filter((s) => s.isWordLike).map((s) => s.segment);
    return text.split(separators).filter(Boolean);
  }

  function queryUnits(query) {
    let text = query.normalize('NFC');
    if (looksLikeZawgyi(text)) text = zawgyiToUnicode(text);
    const seen = new Set();
    const units = [];
    for (const word of queryWords(text)) {
      const term = normalizeTerm(word);
      if (!term || seen.has(term)) continue;
      seen.add(term);
      units.push({ term, grams: lettersOf(term) });
    }
    return units;
  }

  // ---- The index, fetched as needed and kept for the next query.

  let meta = null;
  const shards = new Map();
  function fetchJson(url) {
    return fetch(url).then((r) => { if (!r.ok) throw new Error(url + ': ' + r.status); return r.json(); });
  }
  function loadMeta() { return meta ? Promise.resolve(meta) : fetchJson('index.json').then((m) => (meta = m)); }
  function loadShard(k) {
    if (!shards.has(k)) shards.set(k, fetchJson('terms/' + k + '.json'));
    return shards.get(k);
  }
  function postings(term) {
    return loadShard(shardOf(term, meta.shards)).then((shard) => {
      const list = Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : [];
      const weights = new Map();
      // Documents are written as steps from the one before.
      for (let i = 0, d = 0; i + 1 < list.length; i += 2) { d += list[i]; weights.set(d, list[i + 1]); }
      return weights;
    });
  }

  // A document matches a unit when it holds the word, or every pair of its letters; a word
  // in the title weighs more than one in the body, and a rarer word more than a common one.
  function rank(units) {
    const terms = new Set();
    for (const u of units) { terms.add(u.term); u.grams.forEach((g) => terms.add(g)); }
    const found = new Map();
    return Promise.all([...terms].map((t) => postings(t).then((p) => found.set(t, p)))).then(() => {
      const idf = (t) => Math.log(1 + meta.documents / Math.max(1, found.get(t).size));
      let scores = null;
      for (const u of units) {
        const unitScores = new Map();
        found.get(u.term).forEach((w, d) => unitScores.set(d, 2 * Math.log(1 + w) * idf(u.term)));
        if (u.grams.length) {
          const [first, ...rest] = u.grams.map((g) => found.get(g));
          first.forEach((w, d) => {
            if (unitScores.has(d) || !rest.every((p) => p.has(d))) return;
            // Pairs weigh on average, so a pair split by a space in the title costs little.
            const sum = u.grams.reduce((total, g) => total + Math.log(1 + found.get(g).get(d)) * idf(g), 0);
            unitScores.set(d, sum / u.grams.length);
          });
        }
        if (scores === null) scores = unitScores;
        else {
          for (const d of [...scores.keys()]) {
            if (unitScores.has(d)) scores.set(d, scores.get(d) + unitScores.get(d)); else scores.delete(d);
          }
        }
      }
      return [...(scores || new Map()).entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map((e) => e[0]);
    });
  }

  // ---- Excerpts: the text around the first matched word, the matched words marked.

  function normalizedWithOffsets(text) {
    let normal = '';
    const offsets = [];
    let at = 0;
    for (const ch of text) {
      const n = normalizeTerm(ch);
      for (let k = 0; k < n.length; k++) offsets.push(at);
      normal += n;
      at += ch.length;
    }
    offsets.push(at);
    return { normal, offsets };
  }

  function excerpt(text, units, into) {
    const { normal, offsets } = normalizedWithOffsets(text);
    const spans = [];
    for (const u of units) {
      for (let i = normal.indexOf(u.term); i >= 0; i = normal.indexOf(u.term, i + u.term.length)) {
        spans.push([offsets[i], offsets[i + u.term.length]]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    let start = spans.length ? Math.max(0, spans[0][0] - 60) : 0;
    if (start > 0) { const space = text.indexOf(' ', start); if (space >= 0 && space < spans[0][0]) start = space + 1; }
    let end = Math.min(text.length, start + 240);
    if (end < text.length) { const space = text.lastIndexOf(' ', end); if (space > start + 120) end = space; }
    let at = start;
    if (start > 0) into.append('… ');
    for (const [from, to] of spans) {
      if (from < at || to > end) continue;
      into.append(text.slice(at, from));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(from, to);
      into.append(mark);
      at = to;
    }
    into.append(text.slice(at, end) + (end < text.length ? ' …' : ''));
  }

  // ---- The page.

  const form = document.querySelector('form.search-form');
  if (!form || typeof fetch !== 'function') return;
  const input = form.querySelector('input');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const digits = new Intl.NumberFormat(lang + '-u-nu-latn');
  const plurals = Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  form.hidden = false;

  function say(template, count, query) {
    status.textContent = template.replace('{n}', digits.format(count)).replace('{query}', query);
  }

  function showResult(doc, units) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = '../' + doc.url + 'index.html';
    link.textContent = doc.title;
    if (doc.lang) link.lang = doc.lang;
    heading.append(link);
    const section = document.createElement('p');
    section.className = 'result-section';
    section.textContent = doc.section;
    const text = document.createElement('p');
    text.className = 'result-excerpt';
    excerpt(doc.text || doc.summary, units, text);
    if (doc.lang) text.lang = doc.lang;
    item.append(heading, section, text);
    return item;
  }

  let latest = 0;
  function search(query) {
    const asked = ++latest;
    const units = queryUnits(query);
    list.textContent = "";
    if (!units.length) { status.textContent = ''; return Promise.resolve(); }
    status.textContent = form.dataset.loading;
    return loadMeta().then(() => rank(units)).then((ranked) => {
      const shown = ranked.slice(0, 10);
      return Promise.all(shown.map((n) => fetchJson('documents/' + meta.ids[n] + '.json'))).then((docs) => {
        if (asked !== latest) return;
        if (!ranked.length) return say(form.dataset.none, 0, query);
        const category = plurals ? plurals.select(ranked.length) : 'other';
        const key = 'results' + category[0].toUpperCase() + category.slice(1);
        say(form.dataset[key] || form.dataset.resultsOther, ranked.length, query);
        list.append(...docs.map((doc) => showResult(doc, units)));
      });
    }).catch(() => { if (asked === latest) status.textContent = form.dataset.failed; });
  }

  function run() {
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    return search(query);
  }

  let typing = 0;
  form.addEventListener('submit', (event) => { event.preventDefault(); clearTimeout(typing); run(); });
  input.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(run, 300); });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) { input.value = asked; search(asked.trim()); }

  // For the tests (tests/tools/search_recall.mjs): the same functions the page uses.
  window.pressSearch = {
    normalizeTerm, lettersOf, shardOf, looksLikeZawgyi, zawgyiToUnicode, queryUnits,
    rank: (query) => loadMeta().then(() => rank(queryUnits(query))),
  };
})();
