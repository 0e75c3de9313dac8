// Search at scale: over a built site, each locale's index size per document, and in Debian's
// Chromium what a first query downloads (gzipped, as a server that compresses would send it)
// and how long ranking takes once the index a query needs is loaded (p50 and p95).
// Queries are two words of the locale's own documents (their titles), typed as one query.
// Usage: node search_bench.mjs SITE_DIR [QUERIES_PER_LOCALE]
import { launchChromium } from './chromium.mjs';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveFolder } from './static_site_server.mjs';

const site = resolve(process.argv[2]);
const perLocale = Number(process.argv[3] ?? 20);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const { address, close } = await serveFolder(site);
const browser = await launchChromium('search-bench');
const gz = (path) => gzipSync(readFileSync(path)).length;
const rows = [];
const allTimes = [];
for (const locale of readdirSync(site).filter((name) => existsSync(join(site, name, 'search', 'index.json')))) {
  const index = join(site, locale, 'search');
  const meta = JSON.parse(readFileSync(join(index, 'index.json'), 'utf8'));
  const indexFiles = files(index).filter((f) => f.endsWith('.json'));
  const bytes = indexFiles.reduce((sum, f) => sum + statSync(f).size, 0);
  const termBytes = indexFiles.filter((f) => f.includes('/terms/')).reduce((sum, f) => sum + statSync(f).size, 0);
  // Queries: the first two words of documents' titles, spread over the locale.
  const queries = [];
  for (let i = 0; i < perLocale; i += 1) {
    const doc = JSON.parse(readFileSync(join(index, 'documents', `${meta.ids[Math.floor((i * meta.documents) / perLocale)]}.json`), 'utf8'));
    queries.push(doc.title.split(/\s+/).slice(0, 2).join(' '));
  }
  const page = await browser.newPage();
  const fetched = [];
  page.on('request', (r) => { if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname); });
  await page.goto(`${address}${locale}/search/index.html`);
  // The first query, as a reader makes it: results shown, with their excerpts.
  await page.fill('#search-query', queries[0]);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction(() => document.getElementById('search-status').textContent.includes('“') ||
                                   document.querySelectorAll('#search-results li').length > 0, null, { timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(200);
  const firstQuery = [...new Set(fetched)].reduce((sum, path) => sum + gz(join(site, path)), 0);
  const times = [];
  for (const query of queries) {
    await page.evaluate((q) => window.pressSearch.rank(q), query);  // loads what the query needs
    times.push(await page.evaluate(async (q) => {
      const start = performance.now();
      await window.pressSearch.rank(q);
      return performance.now() - start;
    }, query));
  }
  await page.close();
  times.sort((a, b) => a - b);
  allTimes.push(...times);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  rows.push(`| ${locale} | ${meta.documents} | ${meta.shards} | ${(bytes / meta.documents / 1024).toFixed(1)} | ${(termBytes / meta.documents / 1024).toFixed(2)} | ${(firstQuery / 1024).toFixed(1)} | ${at(0.5)} | ${at(0.95)} |`);
}
await browser.close();
close();
allTimes.sort((a, b) => a - b);
console.log('| locale | documents | shards | index KiB per document (all files) | term postings KiB per document | first query download, KiB gzipped | query ms p50 | query ms p95 |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`all locales, ${allTimes.length} queries: p95 ${allTimes[Math.floor(0.95 * allTimes.length)].toFixed(1)} ms`);
