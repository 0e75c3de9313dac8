// Runs axe-core in Debian's Chromium over every HTML page of a built site, at 1280 and 320 px (and 320 px in dark mode),
// and checks that no page scrolls sideways at 320 px. Exits 1 on any violation.
// Usage: node axe_pages.mjs SITE_DIR
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const site = resolve(process.argv[2] ?? 'site');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function htmlFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const profile = mkdtempSync(join(tmpdir(), 'press-axe-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let violations = 0;
let checked = 0;
// Several pages at once keep both cores busy; each takes its own share of the files.
async function checkFiles(files) {
  const page = await browser.newPage();
  for (const file of files) {
    for (const [width, scheme] of [[1280, 'light'], [320, 'light'], [320, 'dark']]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('file://' + file);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async (runTags) =>
        axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] }), tags);
      const overflow = await page.evaluate(() =>
        document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const name = file.slice(site.length + 1);
      for (const v of result.violations) {
        violations += 1;
        console.log(`${name} @${width}px ${scheme}: ${v.id}: ${v.help}`);
        for (const node of v.nodes.slice(0, 3)) console.log(`    ${node.target.join(' ')}: ${node.failureSummary.split('\n').join(' ')}`);
      }
      if (width === 320 && overflow > 0) {
        violations += 1;
        console.log(`${name} @320px: scrolls sideways by ${overflow}px`);
      }
      checked += 1;
    }
  }
}
try {
  const files = htmlFiles(site);
  const workers = Number(process.env.AXE_WORKERS ?? 3);
  await Promise.all(Array.from({ length: workers }, (_, w) =>
    checkFiles(files.filter((_, i) => i % workers === w))));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`axe: ${checked} page views checked, ${violations} violations`);
process.exit(violations === 0 && checked > 0 ? 0 : 1);
