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
// Each page is loaded and given axe once, then checked in three views: 1280 px, 320 px, and
// 320 px dark. Resizing and switching the colour scheme restyle the same document live, so no
// reload is needed; in the dark view only the rules that colours decide run again (the rest
// see the same document as the light one).
const views = [
  { width: 1280, scheme: 'light', rules: null },
  { width: 320, scheme: 'light', rules: null },
  { width: 320, scheme: 'dark', rules: ['color-contrast', 'link-in-text-block'] },
];
// Several pages at once keep both cores busy; each takes its own share of the files.
async function checkFiles(files) {
  const page = await browser.newPage();
  for (const file of files) {
    await page.setViewportSize({ width: views[0].width, height: 900 });
    await page.emulateMedia({ colorScheme: views[0].scheme });
    await page.goto('file://' + file);
    await page.addScriptTag({ content: axeSource });
    const name = file.slice(site.length + 1);
    for (const { width, scheme, rules } of views) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
      const result = await page.evaluate(async (options) =>
        axe.run(document, { runOnly: options, resultTypes: ['violations'] }), runOnly);
      const overflow = await page.evaluate(() =>
        document.documentElement.scrollWidth - document.documentElement.clientWidth);
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
