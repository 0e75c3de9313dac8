// Runs axe-core in Debian's Chromium over every HTML page of a built site, at 1280 and 320 px (and 320 px in dark mode),
// and checks that no page scrolls sideways at 320 px. Exits 1 on any violation.
// Usage: node axe_pages.mjs SITE_DIR
import { launchChromium } from './chromium.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

const browser = await launchChromium('axe');
// axe is given to every document as it is created: sending its 500 KB to each page after it
// loaded took longer than running it.
await browser.addInitScript({ content: axeSource });
let violations = 0;
let checked = 0;
// Each page is loaded once and checked in three views: 1280 px, 320 px, and 320 px dark.
// Resizing and switching the colour scheme restyle the same document live, so no reload is
// needed. The 1280 px view runs every rule. What a narrower window changes is layout: the 320 px
// view runs the rules that layout decides on the whole page, and every rule on the parts that
// only appear at that width (the narrow charts). The dark view runs the rules that colours decide.
const layoutRules = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable'];
const colourRules = ['color-contrast', 'link-in-text-block'];
const views = [
  { width: 1280, scheme: 'light', checks: [{ rules: null, where: 'page' }] },
  { width: 320, scheme: 'light', checks: [{ rules: layoutRules, where: 'page' }, { rules: null, where: 'newly shown' }] },
  { width: 320, scheme: 'dark', checks: [{ rules: colourRules, where: 'page' }] },
];

// In the page: remembers what the first view renders, then runs axe on the whole document or
// only on the elements a later view shows that the first did not (the top-most of them).
async function runAxe({ tags, rules, where }) {
  const all = [...document.body.querySelectorAll('*')];
  if (!window.shownInFirstView) window.shownInFirstView = new Set(all.filter((e) => e.checkVisibility()));
  let context = document;
  if (where === 'newly shown') {
    const shown = new Set(all.filter((e) => e.checkVisibility() && !window.shownInFirstView.has(e)));
    const roots = [...shown].filter((e) => !shown.has(e.parentElement));
    if (roots.length === 0) return { violations: [], scope: 0 };
    context = { include: roots };
  }
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
  const result = await axe.run(context, { runOnly, resultTypes: ['violations'] });
  return { violations: result.violations, scope: where === 'page' ? 1 : context.include.length };
}

// Several pages at once keep both cores busy; each takes its own share of the files.
async function checkFiles(files) {
  const page = await browser.newPage();
  for (const file of files) {
    await page.setViewportSize({ width: views[0].width, height: 900 });
    await page.emulateMedia({ colorScheme: views[0].scheme });
    await page.goto('file://' + file);
    const name = file.slice(site.length + 1);
    for (const { width, scheme, checks } of views) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const { rules, where } of checks) {
        const result = await page.evaluate(runAxe, { tags, rules, where });
        if (where === 'newly shown') newlyShownParts += result.scope;
        for (const v of result.violations) {
          violations += 1;
          console.log(`${name} @${width}px ${scheme}: ${v.id}: ${v.help}`);
          for (const node of v.nodes.slice(0, 3)) console.log(`    ${node.target.join(' ')}: ${node.failureSummary.split('\n').join(' ')}`);
        }
      }
      const overflow = await page.evaluate(() =>
        document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (width === 320 && overflow > 0) {
        violations += 1;
        console.log(`${name} @320px: scrolls sideways by ${overflow}px`);
      }
      checked += 1;
    }
  }
}
let newlyShownParts = 0;
try {
  const files = htmlFiles(site);
  const workers = Number(process.env.AXE_WORKERS ?? 3);
  await Promise.all(Array.from({ length: workers }, (_, w) =>
    checkFiles(files.filter((_, i) => i % workers === w))));
} finally {
  await browser.close();
}
console.log(`axe: ${checked} page views checked (${newlyShownParts} parts shown only at 320 px checked with every rule), ${violations} violations`);
process.exit(violations === 0 && checked > 0 ? 0 : 1);
