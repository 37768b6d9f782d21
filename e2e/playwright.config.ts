import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. Flags keep it quiet on a machine with no network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Two cores: one worker per core; each worker starts its own server and database.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
    // The app's service worker would answer catalogue requests stale-while-revalidate and precache the
    // release in the background, so a spec that changes data and reloads could see the previous answer,
    // and every test would download the app twice. Specs test the server's live behaviour with it blocked;
    // e2e/pwa/ allows it (`test.use({ serviceWorkers: 'allow' })`) and tests the worker itself.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
});
