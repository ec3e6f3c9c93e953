// Engine-neutral ways to do what the three engines' drivers do differently, so one browser test
// runs unchanged in Chromium, Firefox and WebKit (see ../shared/design/BROWSERS.md).
// Clicks need nothing here: `userEvent.click(el, { position })` and `userEvent.dblClick` aim at
// the same point and give a real click / double click in every engine (the WebKit and Firefox
// projects replace their drivers' versions, see engines/*.ts), and `commands.mouseDrag` drags in all three.
import { commands, server, userEvent } from 'vitest/browser';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this test file runs in. WebKit runs as webdriverio's `safari` instance. */
export const engine: Engine = server.browser === 'safari' ? 'webkit' : (server.browser as Engine);

/**
 * Types `text` character by character, as a keyboard of that script would: key events,
 * `beforeinput` (insertText) and `input` for each character. Plain text only (no `{Key}` syntax).
 * - Chromium and WebKit: the provider's keyboard.
 * - Firefox: Firefox's own WebDriver BiDi key actions (the `typeNative` command). Playwright's
 *   keyboard would set characters outside the US layout (Arabic-Indic, Persian, full-width
 *   digits…) straight into `input.value` with no key or beforeinput event, which no keyboard does.
 */
export async function typeText(text: string) {
  if (engine === 'firefox') {
    await commands.typeNative(text);
    return;
  }
  // user-event reads `{` and `[` as the start of a key name; doubled they are the characters.
  await userEvent.keyboard(text.replace(/[{[]/g, (c) => c + c));
}

/**
 * Pastes `text` into the focused element.
 * - Chromium and Firefox: the real clipboard and a real Ctrl+V (Chromium's project grants
 *   clipboard access; Firefox allows the write after the test's click).
 * - WebKit: `navigator.clipboard.writeText` is refused under WebKitWebDriver, so a `paste`
 *   ClipboardEvent carrying the text is dispatched on the focused element, as the browser does
 *   for Ctrl+V. The field's own paste handling runs either way.
 */
export async function paste(text: string) {
  if (engine !== 'webkit') {
    await navigator.clipboard.writeText(text);
    await userEvent.keyboard('{Control>}v{/Control}');
    return;
  }
  const target = document.activeElement;
  if (!target) throw new Error('paste: nothing is focused');
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  // A paste that nobody handled would be inserted by the browser; a synthetic one can't be, so say so.
  if (!event.defaultPrevented) throw new Error('paste: the synthetic paste was not handled by the page');
  // Let React commit the change before the test reads the field.
  await new Promise((resolve) => setTimeout(resolve, 0));
}
