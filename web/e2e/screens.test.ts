import { describe, expect, it } from 'vitest';
import { idOf, OFFICE, PROJECTOR, useBrowserApp, WAIT } from './browser.js';

const SMARTPHONE = idOf('Chain', 'smartphone');
const ZHENGZHOU = idOf('Place', '郑州');

/** Every view, as a URL an officer can bookmark. */
const VIEWS: [name: string, path: string][] = [
  ['home', '/'],
  ['chain-map', `/chain/${SMARTPHONE}?place=${ZHENGZHOU}`],
  ['attract', `/chain/${SMARTPHONE}/attract?place=${ZHENGZHOU}`],
  [
    'compare',
    `/chain/${SMARTPHONE}/compare?places=${[ZHENGZHOU, idOf('Place', '鹤壁'), idOf('Place', '洛阳')].join(',')}`,
  ],
  ['province', `/province?chain=${SMARTPHONE}`],
  ['enterprise', `/enterprise/${idOf('Enterprise', '富士康集团')}`],
  ['place', `/place/${ZHENGZHOU}`],
  ['sector', `/sector/${idOf('Sector', 'electronics')}`],
  ['targets', '/targets'],
  ['consistency', '/consistency'],
  ['import', '/import'],
  ['plans', '/plans'],
];

describe('every view on an office screen and on a projector', () => {
  const app = useBrowserApp();

  it.each(VIEWS)(
    '%s fits 1366×768 and 1920×1080 without sideways scrolling, with 16 px text and a heading',
    async (name, path) => {
      for (const [size, viewport] of [
        ['1366', OFFICE],
        ['1920', PROJECTOR],
      ] as const) {
        const page = await app.open(path, { viewport });
        await page.locator('h1').first().waitFor(WAIT);
        await page.waitForLoadState('networkidle');
        const { overflow, font } = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          font: parseFloat(getComputedStyle(document.querySelector('main')!).fontSize),
        }));
        expect(overflow, `${name} at ${size}: page wider than the screen`).toBeLessThanOrEqual(0);
        expect(font).toBeGreaterThanOrEqual(16);
        await app.shot(page, `view-${name}-${size}`, { fullPage: false });
      }
    },
  );

  it('the keyboard reaches everything: a skip link first, then the navigation, with a visible focus ring', async () => {
    const page = await app.open('/');
    await page.getByTestId('sector-card').first().waitFor(WAIT);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).not.toBe('none');
  });
});
