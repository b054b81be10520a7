// Browser tests' harness: the real `maillage serve` over a fresh database in a temporary folder,
// Debian's chromium driven by playwright-core, and the checks every visited page goes through
// (axe-core, console errors, CSP violations, off-site requests, screenshots).
//
// CTest passes every path through the environment (tests/CMakeLists.txt): nothing here guesses
// where the binary, the data or the assets are.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const kDemoPassword = 'demo-maillage-2026';
const kStartTimeoutMs = 60_000;
const kStopTimeoutMs = 15_000;
const kServerLine = /Maillage est disponible sur (http:\/\/127\.0\.0\.1:(\d+)\/)/;

function requiredEnv(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run these tests through ctest (tests/CMakeLists.txt).`);
  }
  return value;
}

const artifactsDir = () => requiredEnv('MAILLAGE_ARTIFACTS_DIR');

// Starts `maillage serve` on a free port over a new database: the server loads the demo data and
// accounts, then prints its address, which is where the port comes from.
export async function startServer() {
  const folder = mkdtempSync(path.join(tmpdir(), 'maillage-e2e-'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: folder,
    MAILLAGE_DATA_DIR: requiredEnv('MAILLAGE_DATA_DIR'),
    MAILLAGE_TERRITORY_SOURCE: requiredEnv('MAILLAGE_TERRITORY_SOURCE'),
    MAILLAGE_TEMPLATES_DIR: requiredEnv('MAILLAGE_TEMPLATES_DIR'),
    MAILLAGE_ASSETS_DIR: requiredEnv('MAILLAGE_ASSETS_DIR'),
  };
  const child = spawn(
      requiredEnv('MAILLAGE_BINARY'),
      ['serve', '--db', path.join(folder, 'e2e.db'), '--port', '0'],
      {env, stdio: ['ignore', 'pipe', 'pipe']},
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise(
      (resolve) => child.on('exit', (code, signal) => resolve({code, signal})),
  );
  const baseURL = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(
          `maillage serve did not start in ${kStartTimeoutMs} ms.\n${stdout}\n${stderr}`));
    }, kStartTimeoutMs);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = kServerLine.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].slice(0, -1));
      }
    });
    exited.then(({code, signal}) => {
      clearTimeout(timer);
      const status = `code ${code}, signal ${signal}`;
      reject(
          new Error(`maillage serve stopped before listening (${status}).\n${stdout}\n${stderr}`));
    });
  });
  return {
    baseURL,
    folder,
    // What the server printed: its start, its access log (spdlog writes to stdout), its errors.
    serverLog: () => `${stdout}${stderr}`,
    // Graceful stop: SIGTERM, then the process must end by itself with exit code 0.
    async stop() {
      child.kill('SIGTERM');
      let timer;
      const outcome = await Promise.race([
        exited,
        new Promise((resolve) => {
          timer = setTimeout(() => resolve(null), kStopTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (outcome === null) {
        child.kill('SIGKILL');
        await exited;
        assert.fail(`maillage serve did not stop within ${kStopTimeoutMs} ms of SIGTERM.`);
      }
      const message = `maillage serve did not stop cleanly:\n${stdout}${stderr}`;
      assert.deepEqual(outcome, {code: 0, signal: null}, message);
      rmSync(folder, {recursive: true, force: true});
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.MAILLAGE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Only the test server answers: any other host name fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

// Everything a page must not do, collected as it happens and checked by checkAccessibility():
// console errors (CSP violations among them), uncaught exceptions, server errors, requests that
// leave the test server. A main document answered 4xx on purpose (403, 404, 422) is checked by the
// test itself, so Chrome's "Failed to load resource" for that document is not a fault.
function watch(page, baseURL) {
  const origin = new URL(baseURL).origin;
  const problems = [];
  const documents = new Set();
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      documents.add(response.url());
    }
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} on ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ?? '';
    const failedLoad = /^Failed to load resource: the server responded with a status of 4\d\d/;
    if (failedLoad.test(message.text()) && documents.has(where)) return;
    problems.push(`console error: ${message.text()} (${where})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.push(`request outside the test server: ${url}`);
  });
  return problems;
}

// CSP violations also reach the console, but this listener names the directive and the blocked
// resource. It is installed through the DevTools protocol, which the page's CSP does not govern.
const kViolationListener = `document.addEventListener("securitypolicyviolation", (event) => {
  console.error("CSP violation: " + event.violatedDirective + " blocked " + event.blockedURI +
                " at " + event.sourceFile + ":" + event.lineNumber);
});`;

const problemsOf = new WeakMap();
const pagesOf = new WeakMap();  // browser → its pages, checked once more at the end

export async function newPage(browser, baseURL) {
  const context = await browser.newContext({
    baseURL,
    acceptDownloads: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: {width: 1280, height: 900},
  });
  await context.addInitScript(kViolationListener);
  const page = await context.newPage();
  // Generous: a loaded machine (parallel builds) slows chromium down several times.
  page.setDefaultTimeout(30_000);
  problemsOf.set(page, watch(page, baseURL));
  if (!pagesOf.has(browser)) pagesOf.set(browser, []);
  pagesOf.get(browser).push(page);
  return page;
}

// Fails with what went wrong on the page since the last check, then starts afresh.
export function assertNoPageProblems(page, name) {
  const problems = problemsOf.get(page) ?? [];
  const found = problems.splice(0);
  assert.deepEqual(found, [], `${name}: the page reported problems:\n  ${found.join('\n  ')}`);
}

function describeViolations(violations) {
  return violations
      .map((violation) => {
        const targets = violation.nodes.map((node) => {
          const reasons =
              (node.failureSummary ?? '').split('\n').slice(1).map((line) => line.trim());
          return `      ${node.target.join(' ')}: ${reasons.join('; ')}`;
        });
        const rule =
            `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`;
        return `${rule}\n${targets.join('\n')}`;
      })
      .join('\n');
}

// axe-core in the page (evaluated through the DevTools protocol: no bypassCSP, so CSP violations
// still show), then the page's collected problems, then a full-page screenshot named `name`.
// Every violation is kept in test-artifacts/axe/NAME.json; serious and critical ones fail.
export async function checkAccessibility(page, name) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
      () => window.axe.run(document, {resultTypes: ['violations']}),
  );
  const axeDir = path.join(artifactsDir(), 'axe');
  mkdirSync(axeDir, {recursive: true});
  const report = {url: page.url(), violations: results.violations};
  writeFileSync(path.join(axeDir, `${name}.json`), JSON.stringify(report, null, 2));
  await screenshot(page, name);
  const blocking = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  const message =
      `${name} (${page.url()}): accessibility violations:\n${describeViolations(blocking)}`;
  assert.equal(blocking.length, 0, message);
  assertNoPageProblems(page, name);
}

export async function screenshot(page, name) {
  const folder = path.join(artifactsDir(), 'screenshots');
  mkdirSync(folder, {recursive: true});
  await page.screenshot({path: path.join(folder, `${name}.png`), fullPage: true});
}

// Signs in through the form (the keyboard-only way is tested on its own in sign_in.test.mjs) and
// checks the role's home page it lands on. The sign-in page itself is checked in sign_in.test.mjs.
export async function signIn(page, login) {
  await visit(page, '/connexion');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(kDemoPassword);
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/', {waitUntil: 'load'}),
    page.getByRole('button', {name: 'Se connecter'}).click(),
  ]);
  await checkAccessibility(page, `accueil-${login}`);
}

// French numbers and amounts are written with no-break spaces ("12 000 €", "0,5 ETP"): plain
// spaces instead, so that expectations can be written as one reads them.
export function plain(text) { return text.replace(/[\u00a0\u202f]/g, ' '); }

// Navigates and checks the main document's HTTP status.
export async function visit(page, url, status = 200) {
  const response = await page.goto(url);
  assert.ok(response, `no response for ${url}`);
  assert.equal(response.status(), status, `${url}: HTTP ${response.status()} instead of ${status}`);
  return response;
}

// One server and one browser per test file, started before its tests and stopped after them.
export function useApp() {
  const app = {};
  before(async () => {
    app.server = await startServer();
    app.baseURL = app.server.baseURL;
    app.browser = await launchBrowser();
  });
  after(async () => {
    // What happened on a page after its last check (a late script error, say) fails too.
    const late = (pagesOf.get(app.browser) ?? []).flatMap((page) => problemsOf.get(page).splice(0));
    await app.browser?.close();
    if (!app.server) return;
    try {
      await app.server.stop();
    } finally {
      // What the server printed, kept beside the screenshots to read after a failure.
      const logs = path.join(artifactsDir(), 'logs');
      mkdirSync(logs, {recursive: true});
      const name = `${path.basename(process.argv[1] ?? 'e2e')}.log`;
      writeFileSync(path.join(logs, name), app.server.serverLog());
    }
    assert.deepEqual(late, [], `problems after the pages' last check:\n  ${late.join('\n  ')}`);
  });
  app.newPage = () => newPage(app.browser, app.baseURL);
  return app;
}
