/**
 * Retakes the README's screenshots of the playground, here: the page built
 * and served as `npm run playground` does, in Debian's Chromium
 * (/usr/bin/chromium, driven by playwright-core), 1280 px wide, with the
 * example custom rule applied — `screenshot.png` the record and its plan,
 * `screenshot-rules-letters.png` the rule's diff and a note with two
 * findings underlined, one showing its message. Run after `npm run build`:
 *
 *   node examples/playground/screenshot.mjs
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildPlayground, servePlayground } from './build.mjs';

const here = import.meta.dirname;
const outdir = join(here, '..', '..', '.tmp', 'playground-screenshot');
await buildPlayground({ outdir });
const { server, url } = await servePlayground(outdir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(url);
  await page.waitForSelector('[data-first-plan-ms]');
  await page.click('#example-rule');
  await page.waitForSelector('#rule-diff li.added');
  await page.waitForFunction(
    () => !document.getElementById('plan-status')?.textContent?.includes('Checking'),
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(here, 'screenshot.png') });

  await page.selectOption('#letter-interviewer', { label: 'Priya Nair (onsite)' });
  await page.fill(
    '#letter',
    'Dear Mr. Baker,\n\nThank you for the Data Analyst intervew at Northwind Analytics. ' +
      'I enjoyed hearing how your team builds its pipelines.\n\nBest regards,\nMaya Chen',
  );
  await page.waitForSelector('#letter-marked mark[data-code="spelling"]');
  await page.focus('#letter-marked mark[data-code="wrong-name"]');
  // The two panels' top, in page coordinates.
  const top = await page.evaluate(
    () =>
      document.querySelector('section[aria-labelledby="rules-h"]').getBoundingClientRect().top +
      window.scrollY,
  );
  await page.screenshot({
    path: join(here, 'screenshot-rules-letters.png'),
    fullPage: true,
    clip: { x: 0, y: top - 8, width: 1280, height: 960 },
  });
} finally {
  await browser.close();
  server.close();
  rmSync(outdir, { recursive: true, force: true });
}
console.log(`wrote ${join('examples', 'playground', 'screenshot.png')}`);
