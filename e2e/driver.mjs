// The browsers the tests and the bench run in, behind one small interface: Chromium
// (chromedriver), Firefox (geckodriver) and WebKit (WebKitWebDriver with MiniBrowser, the
// engine of Safari, under a virtual X display), all driven through WebDriver with
// selenium-webdriver. `scripts/setup.sh` installs the browsers and their drivers.
//
//   E2E_ENGINES=firefox,webkit node --test e2e/      (default: all three)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Builder, By, Key } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS = join(ROOT, 'e2e', 'artifacts');
export { Key };

/** The file:// URL of a page under www/. */
export const wwwUrl = (page) => pathToFileURL(join(ROOT, 'www', page)).href;

const WIDTH = 1400;
const HEIGHT = 1000;
const which = (...paths) => paths.find((p) => p && existsSync(p));

/** How each engine's browser and driver are found and started. */
const ENGINES = {
  chromium: {
    binary: () => which(process.env.CHROMIUM_PATH, '/usr/bin/chromium'),
    driver: () => which('/usr/bin/chromedriver'),
    async start(binary, driverPath) {
      const options = new chrome.Options().setChromeBinaryPath(binary).enableBidi()
        .addArguments('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--disable-dev-shm-usage', `--window-size=${WIDTH},${HEIGHT}`);
      return { driver: await new Builder().forBrowser('chrome').setChromeOptions(options)
        .setChromeService(new chrome.ServiceBuilder(driverPath)).build() };
    },
  },
  firefox: {
    binary: () => which(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
    driver: () => which(process.env.GECKODRIVER_PATH, join(process.env.CARGO_HOME || join(homedir(), '.cargo'), 'bin', 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver'),
    async start(binary, driverPath) {
      const options = new firefox.Options().setBinary(binary).enableBidi()
        .addArguments('-headless', `--width=${WIDTH}`, `--height=${HEIGHT}`)
        // No network: no update checks, telemetry or remote settings.
        .setPreference('app.update.enabled', false)
        .setPreference('network.dns.disableIPv6', true);
      return { driver: await new Builder().forBrowser('firefox').setFirefoxOptions(options)
        .setFirefoxService(new firefox.ServiceBuilder(driverPath)).build() };
    },
  },
  webkit: {
    binary: () => which(process.env.MINIBROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'),
    driver: () => which('/usr/bin/WebKitWebDriver'),
    async start(binary, driverPath) {
      const display = process.env.DISPLAY || await virtualDisplay();
      // GTK's accessibility bridge waits on a D-Bus that a test machine may not run.
      const env = { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1', GTK_A11Y: 'none' };
      // A MiniBrowser that now and then fails to come up is started again, twice at most.
      for (let attempt = 1; ; attempt += 1) {
        const port = await freePort();
        const log = openSync(join(ARTIFACTS, `webkit-driver-${process.pid}.log`), 'a');
        const service = spawn(driverPath, [`--port=${port}`], { stdio: ['ignore', log, log], env });
        const url = `http://127.0.0.1:${port}`;
        try {
          await waitForServer(`${url}/status`, 10_000);
          const driver = await within(30_000, 'a WebKit session', new Builder().usingServer(url).withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary, args: ['--automation'] },
          }).build());
          return { driver, stop: () => service.kill() };
        } catch (err) {
          service.kill('SIGKILL');
          if (attempt === 3) throw err;
        }
      }
    },
  },
};

/** The engines to run: `E2E_ENGINES` (comma-separated) or all three. */
export function engineNames() {
  const asked = (process.env.E2E_ENGINES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const names = asked.length ? asked : Object.keys(ENGINES);
  for (const n of names) if (!ENGINES[n]) throw new Error(`unknown engine ${n}: one of ${Object.keys(ENGINES).join(', ')}`);
  return names;
}

/** `promise`, or an error naming `what` after `ms` milliseconds. */
function within(ms, what, promise) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

let display = null;
/**
 * Starts one Xvfb for this process (WebKitGTK needs a display) and returns its name. Its
 * number comes from the process id, the next one when taken (test files run side by side).
 */
function virtualDisplay() {
  display ??= (async () => {
    for (let n = 100 + (process.pid % 800), tries = 0; tries < 30; n += 1, tries += 1) {
      if (existsSync(`/tmp/.X${n}-lock`)) continue;
      const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', `${WIDTH}x${HEIGHT}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
      const up = await new Promise((resolve) => {
        xvfb.once('error', () => resolve(false));
        xvfb.once('exit', () => resolve(false));
        const started = Date.now();
        const poll = setInterval(() => {
          if (existsSync(`/tmp/.X11-unix/X${n}`) || Date.now() - started > 10_000) {
            clearInterval(poll);
            // Still running a moment later: the display is ours, not another's that won the number.
            setTimeout(() => resolve(xvfb.exitCode === null && xvfb.signalCode === null), 100);
          }
        }, 20);
      });
      if (up) {
        xvfb.unref(); // the tests' end ends the process, and Xvfb with it
        process.on('exit', () => xvfb.kill());
        return `:${n}`;
      }
      xvfb.kill();
    }
    throw new Error('Xvfb could not start (run bash scripts/setup.sh)');
  })();
  return display;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    if (Date.now() > end) throw new Error(`no WebDriver server at ${url}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Installed in every page the tests open: records uncaught errors and console errors
// (WebKit's driver has no log events), and CSP violations (all engines).
function recorder() {
  if (window.__nd) return;
  window.__nd = { errors: [], csp: [] };
  addEventListener('error', (e) => window.__nd.errors.push(`pageerror: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__nd.errors.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => window.__nd.csp.push(e.violatedDirective));
  const original = console.error;
  console.error = (...args) => { window.__nd.errors.push(`console: ${args.join(' ')}`); original.apply(console, args); };
}

/** One browser of one engine; tests share it per file and open a fresh page per test. */
export class Session {
  constructor(name, driver, stop) {
    this.name = name;
    this.driver = driver;
    this.stopService = stop;
    this.logged = [];
    this.bidi = false;
  }

  /** Starts `name`'s browser (see ENGINES); a clear error when it is not installed. */
  static async start(name) {
    const engine = ENGINES[name];
    const binary = engine.binary();
    const driverPath = engine.driver();
    if (!binary || !driverPath) throw new Error(`${name}: browser or WebDriver not installed (run bash scripts/setup.sh)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const { driver, stop } = await within(150_000, `starting ${name}`, engine.start(binary, driverPath));
    const session = new Session(name, driver, stop);
    await driver.manage().setTimeouts({ script: 300_000, pageLoad: 60_000 });
    await driver.manage().window().setRect({ width: WIDTH, height: HEIGHT }).catch(() => {});
    if (name !== 'webkit') {
      // Console and uncaught errors from the first line of the page on (WebDriver BiDi).
      const logs = await LogInspector(driver);
      await logs.onConsoleEntry((e) => { if (e.level === 'error') session.logged.push(`console: ${e.text}`); });
      await logs.onJavascriptException((e) => session.logged.push(`pageerror: ${e.text}`));
      session.bidi = true;
    }
    return session;
  }

  /**
   * Opens `page` (a file under www/, or a URL) with empty localStorage, and starts recording
   * errors. Pass `{keepStorage: true}` to keep what earlier pages saved.
   */
  async open(page, { keepStorage = false } = {}) {
    const url = /^[a-z]+:/.test(page) ? page : wwwUrl(page);
    await this.driver.get(url);
    const clear = () => {
      let n = 0;
      try {
        n = localStorage.length;
      } catch {
        return 0; // a page without storage (about:blank)
      }
      localStorage.clear();
      if (n > 0) Storage.prototype.setItem = () => {}; // what this page saves as it unloads is dropped
      return n;
    };
    if (!keepStorage && await this.run(clear) > 0) {
      await this.driver.navigate().refresh();
    }
    this.logged.length = 0;
    await this.run(recorder);
  }

  /** Reloads the page (storage kept) and records errors again. */
  async reload() {
    await this.driver.navigate().refresh();
    await this.run(recorder);
  }

  /** Runs `fn(...args)` in the page (args and result as JSON) and awaits its promise. */
  async run(fn, ...args) {
    const result = await this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn})(...arguments[0]))
         .then((value) => done({ ok: true, value: value === undefined ? null : value }),
               (err) => done({ ok: false, message: String(err && err.stack || err) }));`, args);
    if (!result?.ok) throw new Error(`in the page (${this.name}): ${result?.message}`);
    return result.value;
  }

  /** Waits until `fn(...args)` is truthy in the page; returns its value. */
  async waitFor(fn, args = [], { timeout = 20_000, message = String(fn) } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() > end) throw new Error(`${this.name}: timed out waiting for ${message}; the page: ${await this.state()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * What the page shows, for a failure message: its address, load state, any errors the
   * page recorded and the start of the widget's shadow text.
   */
  async state() {
    try {
      return JSON.stringify(await this.run(() => ({
        url: location.href,
        readyState: document.readyState,
        errors: window.__nd?.errors ?? null,
        widget: document.querySelector('news-digest')?.shadowRoot?.textContent.slice(0, 200) ?? null,
      })));
    } catch (err) {
      return `unreadable (${err.message})`;
    }
  }

  /** The element a CSS selector names in the page, or that `fn(...args)` returns (shadow DOM). */
  async element(target, ...args) {
    if (typeof target === 'string') return this.driver.findElement(By.css(target));
    const el = await this.driver.executeScript(`return (${target})(...arguments[0])`, args);
    if (!el) throw new Error(`${this.name}: no element from ${target}`);
    return el;
  }

  /** A real click (WebDriver) on `target` (see element()). */
  async click(target, ...args) {
    await (await this.element(target, ...args)).click();
  }

  /** The button whose visible text is `name`. */
  button(name) {
    return this.driver.findElement(By.xpath(`//button[normalize-space()=${JSON.stringify(name)}]`));
  }

  async clickButton(name) {
    await (await this.button(name)).click();
  }

  /** Types `text` into the field `css` after clearing it, as a user would. */
  async type(css, text) {
    const el = await this.element(css);
    await el.clear();
    await el.sendKeys(text);
  }

  /** Puts `text` in the field `css` at once (for inputs too long to type) and fires `input`. */
  async paste(css, text) {
    await this.run((css, text) => {
      const el = document.querySelector(css);
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, css, text);
  }

  /** Picks `paths` in the file input `css`, through the browser's file chooser path. */
  async setFiles(css, paths) {
    await (await this.element(css)).sendKeys(paths.join('\n'));
  }

  /** Errors recorded since open(): uncaught errors and console errors. */
  async errors() {
    if (!this.bidi) return this.run(() => window.__nd?.errors ?? []);
    await new Promise((r) => setTimeout(r, 100)); // let log events arrive
    return [...this.logged];
  }

  async screenshot(path) {
    writeFileSync(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }

  async quit() {
    try {
      await within(20_000, `closing ${this.name}`, this.driver.quit());
    } finally {
      this.stopService?.();
    }
  }
}

/** The axe-core source, injected into pages for the accessibility check. */
export const axeSource = () => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
