// Narrow-screen tests resize the page with page.viewport(). In WebKit that resizes MiniBrowser's
// window, which stops shrinking at its toolbar's width (447 px under Xvfb) without an error: a
// "fits 320 px" check then measured a 447 px page (test/setup/engines/webkit.ts pins the size).
import { page } from 'vitest/browser';

describe('page.viewport()', () => {
  afterAll(() => page.viewport(1280, 720));

  it.each([
    [1280, 720],
    [600, 640],
    [320, 640],
    [200, 480],
  ])('makes the page exactly %i × %i px', async (width, height) => {
    await page.viewport(width, height);
    expect([window.innerWidth, window.innerHeight]).toEqual([width, height]);
    expect(document.documentElement.clientWidth).toBe(width);
    // All of it on screen: the main window is at least as large, so pointer actions reach every corner.
    expect(window.top!.innerWidth).toBeGreaterThanOrEqual(width);
    expect(window.top!.innerHeight).toBeGreaterThanOrEqual(height);
  });
});
