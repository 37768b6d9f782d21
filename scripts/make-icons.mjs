// Rasterises the app icons for the web app manifest with Debian's Chromium (through the e2e folder's
// Playwright), so the PNGs in public/icons/ are reproducible from SVG without an image library:
//   node scripts/make-icons.mjs
// "any" icons are public/icon.svg (rounded corners, transparent outside). The maskable icon fills its
// square edge to edge and keeps the diamond inside the central 80% circle that launchers never crop.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'e2e', 'package.json'))('playwright-core');

const any = readFileSync(path.join(root, 'public', 'icon.svg'), 'utf8');
// Safe zone: a circle of radius 40% around the centre. The diamond's corners sit at 30% (19.2 of 64).
const maskable =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0f766e"/>' +
  '<path d="M32 12.8 51.2 32 32 51.2 12.8 32Z" fill="#fde68a"/></svg>';

const icons = [
  ['icon-192.png', any, 192],
  ['icon-512.png', any, 512],
  ['icon-maskable-192.png', maskable, 192],
  ['icon-maskable-512.png', maskable, 512],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, svg, size] of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const data = Buffer.from(svg).toString('base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>` +
        `<img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" style="display:block">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(root, 'public', 'icons', name), omitBackground: true });
    await page.close();
    console.log(`public/icons/${name}`);
  }
} finally {
  await browser.close();
}
