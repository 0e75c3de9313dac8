// Search as a reader uses it, in Debian's Chromium, over the real site served on 127.0.0.1:
// each locale's search page, queries typed into its box, and the expected document among the
// first three results. Covers queries typed without spaces (th, my, zh-Hans, km), Burmese typed
// in Zawgyi, Arabic with and without diacritics and with hamza and alef variants, case and
// accents that differ from the text, and a query that finds nothing. Runs every query twice:
// with Intl.Segmenter, and with it removed from the page (older browsers), to prove the
// fallback. Also checks what the first query of a locale downloads (at most 100 KB gzipped)
// and prints the recall table and the query times (the times are not asserted: see make bench).
// Usage: node search_recall.mjs SITE_DIR [SCREENSHOT_DIR]
import { launchChromium } from './chromium.mjs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveFolder } from './static_site_server.mjs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const site = resolve(process.argv[2] ?? 'site');
const shots = process.argv[3];

// [locale, query, expected document (below the locale), what the query shows]
const queries = [
  ['en', 'harm reduction', 'factsheets/harm-reduction-and-health/', 'two words'],
  ['en', 'INDIGENOUS Peoples', 'factsheets/indigenous-peoples-and-other-groups/', 'case differs'],
  ['en', 'HONLEA', 'summaries/honlea-2017-alternatives-to-imprisonment/', 'acronym'],
  ['es', 'reduccion de danos', 'factsheets/harm-reduction-and-health/', 'accents left out'],
  ['es', 'DESPENALIZACIÓN', 'factsheets/decriminalisation/', 'capitals with accent'],
  ['es', 'pueblos indigenas', 'factsheets/indigenous-peoples-and-other-groups/', 'accent left out'],
  ['fr', 'depenalisation', 'factsheets/decriminalisation/', 'accents left out'],
  ['fr', 'RÉDUCTION DES RISQUES', 'factsheets/harm-reduction-and-health/', 'capitals'],
  ['fr', 'peuples autochtones', 'factsheets/indigenous-peoples-and-other-groups/', 'two words'],
  ['pt-BR', 'reducao de danos', 'factsheets/harm-reduction-and-health/', 'accents left out'],
  ['pt-BR', 'Descriminalização', 'factsheets/decriminalisation/', 'capital'],
  ['pt-BR', 'povos indigenas', 'factsheets/indigenous-peoples-and-other-groups/', 'accent left out'],
  ['ru', 'снижение вреда', 'factsheets/harm-reduction-and-health/', 'two words'],
  ['ru', 'ДЕКРИМИНАЛИЗАЦИЯ', 'factsheets/decriminalisation/', 'capitals'],
  ['ru', 'молодежь', 'factsheets/children-and-young-people/', 'е typed for ё'],
  ['uk', 'зменшення шкоди', 'factsheets/harm-reduction-and-health/', 'two words'],
  ['uk', 'Декриміналізація', 'factsheets/decriminalisation/', 'capital'],
  ['uk', 'корінні народи', 'factsheets/indigenous-peoples-and-other-groups/', 'two words'],
  ['ar', 'الحد من الضرر', 'factsheets/harm-reduction-and-health/', 'without diacritics'],
  ['ar', 'الحَدّ مِنَ الضَّرَر', 'factsheets/harm-reduction-and-health/', 'with diacritics'],
  ['ar', 'الغاء تجريم', 'factsheets/decriminalisation/', 'alef for hamza-under alef (إلغاء)'],
  ['ar', 'الاشخاص المحتجزون', 'factsheets/people-in-detention/', 'alef for hamza-above alef (الأشخاص)'],
  ['zh-Hans', '减少危害', 'factsheets/harm-reduction-and-health/', 'no spaces'],
  ['zh-Hans', '监禁替代措施', 'factsheets/alternatives-to-imprisonment/', 'two words, no spaces'],
  ['zh-Hans', '土著人民', 'factsheets/indigenous-peoples-and-other-groups/', 'no spaces'],
  ['th', 'การลดอันตราย', 'factsheets/harm-reduction-and-health/', 'two words, no spaces'],
  ['th', 'ทางเลือกแทนการจำคุก', 'factsheets/alternatives-to-imprisonment/', 'four words, no spaces'],
  ['th', 'ชนพื้นเมือง', 'factsheets/indigenous-peoples-and-other-groups/', 'two words, no spaces'],
  ['my', 'ကလေးနှင့်လူငယ်များ', 'factsheets/children-and-young-people/', 'three words, no spaces'],
  ['my', 'ဌာေနတိုင္းရင္းသား', 'factsheets/indigenous-peoples-and-other-groups/', 'typed in Zawgyi'],
  ['my', 'ထိခိုက်မှုလျှော့ချရေး', 'factsheets/harm-reduction-and-health/', 'compound, no spaces'],
  ['km', 'ការកាត់បន្ថយគ្រោះថ្នាក់', 'factsheets/harm-reduction-and-health/', 'three words, no spaces'],
  ['km', 'ជនជាតិដើមភាគតិច', 'factsheets/indigenous-peoples-and-other-groups/', 'no spaces'],
  ['km', 'កុមារនិងយុវជន', 'factsheets/children-and-young-people/', 'three words, no spaces'],
  ['ka', 'ზიანის შემცირება', 'factsheets/harm-reduction-and-health/', 'two words'],
  ['ka', 'დეკრიმინალიზაცია', 'factsheets/decriminalisation/', 'one word'],
  ['ka', 'მკვიდრი ხალხები', 'factsheets/indigenous-peoples-and-other-groups/', 'two words'],
  ['kk', 'зиянды азайту', 'factsheets/harm-reduction-and-health/', 'two words'],
  ['kk', 'Балама даму', 'factsheets/alternative-development/', 'capital'],
  ['kk', 'байырғы халықтар', 'factsheets/indigenous-peoples-and-other-groups/', 'two words'],
  ['ky', 'зыянды азайтуу', 'factsheets/harm-reduction-and-health/', 'two words'],
  ['ky', 'декриминалдаштыруу', 'factsheets/decriminalisation/', 'one word'],
  ['ky', 'түпкү элдер', 'factsheets/indigenous-peoples-and-other-groups/', 'two words'],
  ['ro', 'reducerea daunelor', 'factsheets/harm-reduction-and-health/', 'two words'],
  ['ro', 'spatiul societatii civile', 'factsheets/civil-society-space/', 'ț and ă typed as t and a'],
  ['ro', 'popoarele indigene', 'factsheets/indigenous-peoples-and-other-groups/', 'two words'],
  ['id', 'pengurangan dampak buruk', 'factsheets/harm-reduction-and-health/', 'three words'],
  ['id', 'Dekriminalisasi', 'factsheets/decriminalisation/', 'capital'],
  ['id', 'masyarakat adat', 'factsheets/indigenous-peoples-and-other-groups/', 'two words'],
  ['vi', 'giảm tác hại', 'factsheets/harm-reduction-and-health/', 'three syllables'],
  ['vi', 'phi hinh su hoa', 'factsheets/decriminalisation/', 'tone marks left out'],
  ['vi', 'người bản địa', 'factsheets/indigenous-peoples-and-other-groups/', 'three syllables'],
];
const locales = [...new Set(queries.map((q) => q[0]))];
const nothing = 'qzxqzxq';

const { address, close: closeServer } = await serveFolder(site);

const browser = await launchChromium('search');

await browser.addInitScript({ content: axeSource });

let failures = 0;
function check(condition, what) {
  if (!condition) { console.log(`FAILED: ${what}`); failures += 1; }
}

// axe on the page as it is now (the results shown), at 1280 px, 320 px and 320 px dark.
async function axeViolations(page) {
  const found = [];
  for (const [width, colorScheme] of [[1280, 'light'], [320, 'light'], [320, 'dark']]) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
    const result = await page.evaluate((t) => axe.run(document, { runOnly: { type: 'tag', values: t }, resultTypes: ['violations'] }), tags);
    for (const v of result.violations) found.push(`${width}px ${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target).join(', ')})`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

// Types the query into the box as a reader would, waits for the announced result, and gives
// the result links (below the locale) in order, and the announcement.
async function ask(page, query) {
  const box = page.locator('#search-query');
  await box.fill('');
  await box.fill(query);
  await box.press('Enter');
  await page.waitForFunction((q) => {
    const status = document.getElementById('search-status').textContent;
    return status.includes(q) || status === document.querySelector('form').dataset.failed;
  }, query, { timeout: 15000 });
  const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')));
  const status = await page.textContent('#search-status');
  return { links: links.map((href) => href.replace(/^\.\.\//, '').replace(/index\.html$/, '')), status };
}

const table = [];
const times = [];
for (const withSegmenter of [true, false]) {
  const label = withSegmenter ? 'Intl.Segmenter' : 'no Intl.Segmenter';
  for (const locale of locales) {
    const page = await browser.newPage();
    if (!withSegmenter) await page.addInitScript(() => { delete Intl.Segmenter; });
    const fetched = [];
    page.on('request', (r) => { if (r.url().includes('/search/') && r.url().endsWith('.json')) fetched.push(r.url()); });
    await page.goto(`${address}${locale}/search/index.html`);
    check(await page.isVisible('#search-query'), `${locale}: the search box is shown when script runs`);
    let first = true;
    for (const [, query, expected, what] of queries.filter((q) => q[0] === locale)) {
      const { links, status } = await ask(page, query);
      const rank = links.indexOf(expected) + 1;
      if (first && withSegmenter) {
        // What the first query downloaded, as a server that gzips would send it.
        const bytes = fetched.reduce((sum, url) => sum + gzipSync(readFileSync(join(site, new URL(url).pathname))).length, 0);
        table.push({ locale, query: '(first query download)', expected: `${(bytes / 1024).toFixed(1)} KB gzipped`, rank: '' });
        check(bytes <= 100 * 1024, `${locale}: the first query downloads ${bytes} bytes gzipped, over 100 KB`);
        first = false;
      }
      if (withSegmenter) table.push({ locale, query, what, expected, rank: rank || 'not found', results: links.length });
      check(rank >= 1 && rank <= 3, `${locale} (${label}): "${query}" (${what}) should find ${expected} in the top 3; got ${JSON.stringify(links.slice(0, 5))} (${status})`);
      // The time to rank the query once the index it needs is loaded.
      times.push(await page.evaluate(async (q) => {
        const start = performance.now();
        await window.pressSearch.rank(q);
        return performance.now() - start;
      }, query));
    }
    if (withSegmenter) {
      const violations = await axeViolations(page);
      check(violations.length === 0, `${locale}: the search results pass axe: ${violations.join('; ')}`);
    }
    const { links, status } = await ask(page, nothing);
    if (withSegmenter && locale === 'en') {
      const violations = await axeViolations(page);
      check(violations.length === 0, `${locale}: the empty result passes axe: ${violations.join('; ')}`);
    }
    check(links.length === 0, `${locale} (${label}): "${nothing}" should find nothing`);
    const none = await page.$eval('form', (f) => f.dataset.none);
    check(status === none.replace('{query}', nothing), `${locale} (${label}): the empty result says so and names the query`);
    if (shots && withSegmenter && ['en', 'th', 'my'].includes(locale)) {
      const [, query] = queries.find((q) => q[0] === locale && (locale === 'en' || q[3].includes('no spaces')));
      await ask(page, query);
      await page.setViewportSize({ width: 320, height: 900 });
      await page.screenshot({ path: join(shots, `search-${locale}-320.png`) });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await page.close();
  }
}

// Burmese typed in Zawgyi converts as ICU converts it (tests/fixtures/search/zawgyi.tsv, checked
// against ICU in zawgyi_pairs_test.cpp), and Unicode Burmese is never taken for Zawgyi.
{
  const pairs = readFileSync(new URL('../fixtures/search/zawgyi.tsv', import.meta.url), 'utf8')
    .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  const page = await browser.newPage();
  await page.goto(`${address}my/search/index.html`);
  for (const [zawgyi, unicode] of pairs) {
    const [converted, unicodeFlagged] = await page.evaluate(([z, u]) =>
      [window.pressSearch.zawgyiToUnicode(z), window.pressSearch.looksLikeZawgyi(u)], [zawgyi, unicode]);
    check(converted === unicode, `Zawgyi ${zawgyi} converts to ${unicode}, not ${converted}`);
    check(!unicodeFlagged, `Unicode ${unicode} is not taken for Zawgyi`);
  }
  await page.close();
}

// A query in the page's address is run when the page opens, so a search can be linked.
{
  const page = await browser.newPage();
  await page.goto(`${address}en/search/index.html?q=${encodeURIComponent('compulsory detention')}`);
  await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, null, { timeout: 15000 })
    .catch(() => {});
  const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')));
  check(links.some((l) => l.includes('compulsory-drug-detention')), 'a query in the address (?q=) runs when the page opens');
  const marked = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  check(marked.some((m) => m.includes('compulsory')), 'the excerpt marks the matched words');
  await page.close();
}

await browser.close();
closeServer();

console.log('locale | query | expected | rank');
for (const row of table) console.log(`${row.locale} | ${row.query}${row.what ? ` (${row.what})` : ''} | ${row.expected} | ${row.rank}`);
times.sort((a, b) => a - b);
const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(`query time after the index is loaded, ${times.length} queries: median ${p(0.5)} ms, p95 ${p(0.95)} ms`);
console.log(failures ? `${failures} check(s) failed` : 'all search checks passed');
process.exit(failures ? 1 : 0);
