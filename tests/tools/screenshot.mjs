// Takes full-page screenshots of site pages for a person to look at.
// Usage: node screenshot.mjs OUT_DIR WIDTH FILE.html [FILE.html ...]
// SELECTOR=css takes only the first matching element (with every <details> opened), for
// example SELECTOR=figure.infographic.
import { launchChromium } from './chromium.mjs';
import { basename, dirname, join, resolve } from 'node:path';

const [out, width, ...files] = process.argv.slice(2);
const browser = await launchChromium('shot', { viewport: { width: Number(width), height: 900 }, colorScheme: process.env.COLOR_SCHEME ?? 'light' });
const page = await browser.newPage();
for (const file of files) {
  await page.goto('file://' + resolve(file));
  const name = `${basename(dirname(resolve(file)))}-${width}${process.env.COLOR_SCHEME === 'dark' ? '-dark' : ''}.png`;
  if (process.env.SELECTOR) {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.locator(process.env.SELECTOR).first().screenshot({ path: join(out, name) });
  } else {
    await page.screenshot({ path: join(out, name), fullPage: process.env.FULL_PAGE !== '0' });
  }
  console.log(join(out, name));
}
await browser.close();
