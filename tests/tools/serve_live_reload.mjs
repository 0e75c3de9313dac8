// The campaigner's edit loop in a real browser: `press serve` over a copy of a fixture site,
// pages open in Debian's Chromium, files edited on disk. Checks that a Markdown edit shows up
// with no reload by the test, that a tab showing another page stays put, that a broken file
// brings up the error overlay (path:line:col, focus, Escape, axe) in every tab and a fix clears
// it, and that a stylesheet edit applies without a navigation. Exits 1 on any failure.
// Usage: node serve_live_reload.mjs PRESS FIXTURES_DIR WORK_DIR [SCREENSHOT_DIR]
import { launchChromium } from './chromium.mjs';
import { mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { copyProjectWithTheme, startPressServe } from './press_serve.mjs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [press, fixtures, workArg, shots] = process.argv.slice(2);
const work = resolve(workArg);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const project = join(work, 'project');
copyProjectWithTheme(join(fixtures, 'multilingual'), project);
const factSheet = join(project, 'content/factsheets/health.md');
const original = readFileSync(factSheet, 'utf8');

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? 'ok' : 'FAILED'}: ${what}`);
  if (!condition) failures += 1;
}

const { server, address, log } = await startPressServe(press, project);
const stopServer = () => { if (server.exitCode === null) server.kill('SIGINT'); };

const browser = await launchChromium('serve');
const wait = { timeout: 15000 };
// A mark on the window that a reload or navigation would wipe out.
const mark = (page) => page.evaluate(() => { window.pressTestMark = true; });
const marked = (page) => page.evaluate(() => window.pressTestMark === true);
const overlay = '#press-build-error [role=alertdialog]';

try {
  const sheet = await browser.newPage();
  const other = await browser.newPage();
  await sheet.goto(address + 'en/factsheets/health/');
  await other.goto(address + 'en/summaries/report/');
  // Each tab has its event stream before the edits begin.
  for (const page of [sheet, other]) await page.waitForFunction(() => document.readyState === 'complete');
  await new Promise((r) => setTimeout(r, 500));
  await mark(other);

  // 1. A Markdown edit: the open fact sheet shows it by itself; the summary tab stays put.
  writeFileSync(factSheet, original + '\nA sentence added while the page was open.\n');
  await sheet.waitForFunction(() => document.body.innerText.includes('A sentence added while the page was open.'), null, wait)
    .then(() => check(true, 'the fact sheet shows the edit without the test reloading it'),
          () => check(false, 'the fact sheet shows the edit without the test reloading it'));
  await new Promise((r) => setTimeout(r, 500));
  check(await marked(other), 'the tab showing another page was not reloaded');

  // 2. Broken front matter: every tab shows the overlay with path:line:col; focus moves to it.
  await mark(sheet);
  writeFileSync(factSheet, original.replace('date: 2020-01-31', 'date: 2020-13-45'));
  for (const [name, page] of [['fact sheet', sheet], ['summary', other]]) {
    const shown = await page.waitForSelector(overlay, { state: 'visible', ...wait }).then(() => true, () => false);
    check(shown, `the ${name} tab shows the error overlay`);
  }
  const text = await sheet.textContent('#press-build-error .press-diagnostics');
  check(/content\/factsheets\/health\.md:4:7: error: /.test(text), `the overlay names path:line:col (${text.split('\n')[0]})`);
  check(/date: 2020-13-45\n\s*\|?\s*\^/.test(text) || /2020-13-45[\s\S]*\^/.test(text), 'the overlay shows the source line and a caret');
  check(await sheet.evaluate(() => !!document.activeElement.closest('[role=alertdialog]')), 'focus moved into the overlay');
  check(await marked(sheet), 'the page under the overlay was not reloaded (the last good page stays)');
  for (const [width, scheme] of [[1280, 'light'], [320, 'light'], [320, 'dark']]) {
    await sheet.setViewportSize({ width, height: 800 });
    await sheet.emulateMedia({ colorScheme: scheme });
    await sheet.addScriptTag({ content: axeSource });
    const result = await sheet.evaluate(async (runOnly) =>
      axe.run(document, { runOnly, resultTypes: ['violations'] }), { type: 'tag', values: tags });
    for (const v of result.violations) console.log(`  axe @${width}px ${scheme}: ${v.id}: ${v.help} (${v.nodes[0].target})`);
    check(result.violations.length === 0, `axe finds no violation with the overlay open at ${width} px, ${scheme}`);
    const overflow = await sheet.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check(overflow <= 0, `the page does not scroll sideways with the overlay at ${width} px`);
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await sheet.screenshot({ path: join(shots, `overlay-${width}-${scheme}.png`) });
    }
  }
  await sheet.setViewportSize({ width: 1280, height: 800 });
  await sheet.emulateMedia({ colorScheme: 'light' });
  await sheet.keyboard.press('Escape');
  check(await sheet.isHidden(overlay), 'Escape closes the overlay');

  // 3. The fix clears the overlay in every tab.
  writeFileSync(factSheet, original + '\nFixed again.\n');
  for (const [name, page] of [['fact sheet', sheet], ['summary', other]]) {
    const cleared = await page.waitForFunction(() => {
      const shown = document.querySelector('#press-build-error');
      return !shown || shown.hidden;
    }, null, wait).then(() => true, () => false);
    check(cleared, `fixing the file clears the overlay in the ${name} tab`);
  }
  await sheet.waitForFunction(() => document.body.innerText.includes('Fixed again.'), null, wait)
    .then(() => check(true, 'the fixed text is shown'), () => check(false, 'the fixed text is shown'));

  // 4. A stylesheet edit applies in place: no navigation, no reload.
  await mark(sheet);
  appendFileSync(join(project, 'themes/default/style.css'), '\n:root { --press-live-reload-test: 42px; }\n');
  const styled = await sheet.waitForFunction(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--press-live-reload-test').trim() === '42px', null, wait)
    .then(() => true, () => false);
  check(styled, 'the new style applies');
  check(await marked(sheet), 'the stylesheet changed without a reload or navigation');
} finally {
  await browser.close();
  stopServer();
}
const stopped = await new Promise((r) => {
  if (server.exitCode !== null) return r(server.exitCode);
  server.on('exit', (code) => r(code));
  setTimeout(() => r('still running'), 10000);
});
check(stopped === 0, `press serve stops cleanly on Ctrl-C (exit ${stopped})`);
if (failures) console.log(`press serve's log:\n${log()}`);
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
