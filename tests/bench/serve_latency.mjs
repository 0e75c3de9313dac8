// The edit loop's benchmark: `press serve` over a bench corpus, four kinds of edit, each made
// EDITS times. For each edit it times, from the moment the file is written, the build event
// reaching a connected client and the changed page (or stylesheet) being served; it reads the
// server's memory after each edit. Prints a Markdown table; exits 1 if any edit is not seen.
// Usage: node serve_latency.mjs PRESS CORPUS_PROJECT WORK_DIR [EDITS]
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, appendFileSync, rmSync, unlinkSync } from 'node:fs';
import { copyProjectWithTheme, startPressServe } from '../tools/press_serve.mjs';
import { join, resolve } from 'node:path';

const [press, corpus, workArg, editsArg] = process.argv.slice(2);
const edits = Number(editsArg ?? 20);
const work = resolve(workArg);
const project = join(work, 'project');

// The corpus with its theme inside the project (so the stylesheet is watched), and one Spanish
// document translated through a catalog instead of a whole-file translation.
rmSync(work, { recursive: true, force: true });
copyProjectWithTheme(corpus, project);
execFileSync(press, ['i18n', 'init', 'es', '--source', project], { stdio: 'ignore' });
unlinkSync(join(project, 'content/factsheets/doc-00001.es.md'));
const catalog = join(project, 'translations/es/factsheets/doc-00001.po');
const catalogText = readFileSync(catalog, 'utf8');

// Peak memory of a clean build of the same project, for comparison.
const timed = spawnSync('/usr/bin/time', ['-f', '%M', press, 'build', '--source', project, '--out',
  join(work, 'clean'), '--no-cache'], { encoding: 'utf8' }).stderr;
const cleanPeakKiB = Number(timed.trim().split('\n').pop());
rmSync(join(work, 'clean'), { recursive: true, force: true });

const { server, address } = await startPressServe(press, project);

// The client: one event stream, its build events handed to whoever waits for the next one.
let waiting = null;
const events = await fetch(address + '__press/events');
(async () => {
  const reader = events.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (data && waiting) waiting(JSON.parse(data.slice(6)));
    }
  }
})();
const nextEvent = () => new Promise((done) => { waiting = done; });
await new Promise((r) => setTimeout(r, 300));  // the stream's first event: the state at connection

const memory = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]);
};
const fetchText = async (path) => (await fetch(address + path)).text();

const kinds = [
  {
    name: 'English document edited',
    edit: (n, mark) => appendFileSync(join(project, 'content/factsheets/doc-00003.md'), `\nEdit ${n}: ${mark}.\n`),
    page: () => 'en/factsheets/doc-00003/',
  },
  {
    name: 'translation catalog edited',
    edit: (n, mark) => writeFileSync(catalog, catalogText.replace(/(msgctxt "title"\nmsgid (?:"[^"]*"\n)+msgstr )""/,
      `$1"Título ${mark}"`)),
    page: () => 'es/factsheets/doc-00001/',
  },
  {
    name: 'stylesheet edited',
    edit: (n, mark) => appendFileSync(join(project, 'themes/default/style.css'), `\n/* ${mark} */\n`),
    page: () => 'assets/style.css',
  },
  {
    name: 'new document added',
    edit: (n, mark) => writeFileSync(join(project, `content/factsheets/new-${n}.md`),
      `---\ntitle: "New ${n}"\nsummary: "A new document."\ndate: 2024-01-01\nsource: [r]\nthemes: [t]\norder: ${5000 + n}\n---\n\n${mark}.\n`),
    page: (n) => `en/factsheets/new-${n}/`,
  },
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const rows = [];
const memoryCurve = [];
let missed = 0;
for (const kind of kinds) {
  const toEvent = [];
  const toPage = [];
  for (let n = 0; n < edits; ++n) {
    const mark = `bench-mark-${kind.name.split(' ')[0]}-${n}-${Date.now()}`;
    const event = nextEvent();
    const start = performance.now();
    kind.edit(n, mark);
    const outcome = await Promise.race([event, new Promise((r) => setTimeout(() => r(null), 30000))]);
    const eventAt = performance.now();
    let served = false;
    for (let tries = 0; tries < 100 && !served; ++tries) served = (await fetchText(kind.page(n))).includes(mark);
    const pageAt = performance.now();
    if (!outcome || !outcome.ok || !served) {
      missed += 1;
      console.error(`missed: ${kind.name} #${n}: event ${JSON.stringify(outcome)}, served ${served}`);
    }
    toEvent.push(eventAt - start);
    toPage.push(pageAt - start);
    memoryCurve.push(memory());
    await new Promise((r) => setTimeout(r, 150));  // the next edit is a new save, not part of this burst
  }
  rows.push(`| ${kind.name} | ${edits} | ${percentile(toEvent, 50).toFixed(0)} | ${percentile(toEvent, 95).toFixed(0)} | ` +
            `${percentile(toPage, 50).toFixed(0)} | ${percentile(toPage, 95).toFixed(0)} |`);
}
server.kill('SIGINT');

console.log('| edit | edits | to reload event p50 (ms) | p95 | to page served p50 (ms) | p95 |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
const mib = (kib) => (kib / 1024).toFixed(0);
console.log(`\nMemory of press serve (RSS, MiB) after each edit, in order: ${memoryCurve.map(mib).join(' ')}`);
console.log(`Peak of a clean build of the same project: ${mib(cleanPeakKiB)} MiB; press serve's highest: ` +
            `${mib(Math.max(...memoryCurve))} MiB (${(Math.max(...memoryCurve) / cleanPeakKiB).toFixed(2)}x)`);
process.exit(missed ? 1 : 0);
