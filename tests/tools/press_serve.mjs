// Helpers shared by the tests and the benchmark that drive `press serve`.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// A copy of the project at `from` in `to`, with the shipped theme inside it (so that press
// serve watches the theme like the content) and no build cache.
export function copyProjectWithTheme(from, to) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  rmSync(join(to, '.press-cache'), { recursive: true, force: true });
  cpSync(join(repo, 'themes/default'), join(to, 'themes/default'), { recursive: true });
  const config = join(to, 'press.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^theme: .*$/m, 'theme: default'));
}

// Starts `press serve` on a free port; resolves once it has printed its address.
// PRESS_SERVE_TIMINGS=FILE adds --timings and copies the server's messages to FILE.
export async function startPressServe(press, project) {
  const timings = process.env.PRESS_SERVE_TIMINGS;
  const server = spawn(press, ['serve', '--source', project, '--port', '0', ...(timings ? ['--timings'] : [])],
                       { stdio: ['ignore', 'pipe', 'pipe'] });
  if (timings) server.stderr.on('data', (chunk) => appendFileSync(timings, chunk));
  let log = '';
  server.stderr.on('data', (chunk) => { log += chunk; });
  process.on('exit', () => { if (server.exitCode === null) server.kill('SIGINT'); });
  const address = await new Promise((done, fail) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (found) done(found[0]);
    });
    server.on('exit', (code) => fail(new Error(`press serve exited with ${code}:\n${log}`)));
    setTimeout(() => fail(new Error(`press serve printed no address:\n${log}`)), 120000);
  });
  return { server, address, log: () => log };
}
