// Debian's chromium (installed by scripts/setup.sh), driven by playwright-core, with WebGPU on
// a machine without a GPU. No browser is downloaded.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Flags that give headless chromium a WebGPU adapter on a machine with only CPU Vulkan drivers.
 * Playwright's own defaults are left out: among them `--enable-features=...` would replace
 * ours, and `--enable-unsafe-swiftshader` is not wanted either.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan,WebGPU',
  '--use-vulkan=native',
  '--use-angle=vulkan',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--remote-debugging-pipe',
  '--no-startup-window',
];

export interface Chromium {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: the browser demo's end-to-end test drives Debian's chromium. ` +
        'Install it with `sudo npm run setup` (scripts/setup.sh), or `apt-get install chromium`.',
    );
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'ranetc-chromium-'));
  const xdg = path.join(scratch, 'xdg');
  mkdirSync(xdg, { mode: 0o700 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    ignoreDefaultArgs: true,
    args: [...FLAGS, `--user-data-dir=${path.join(scratch, 'profile')}`],
    // Mesa warns without a runtime directory, as in CI containers.
    env: { ...process.env, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? xdg },
    timeout: 60_000,
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
