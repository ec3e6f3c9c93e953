// Keystrokes dispatched by the page itself, in the order Chromium fires them for a real key
// (checked against Playwright's real keyboard): keydown → keypress → beforeinput → the edit →
// input, then selectionchange, then keyup. keydown, keypress, beforeinput and keyup are synthetic
// (isTrusted false) and cancelable, and each step only happens if the one before was not
// cancelled, as in a browser. The edit itself is the browser's: document.execCommand inserts or
// deletes at the selection of the focused input, honours maxLength, and fires the real (trusted)
// input and selectionchange events. Applied identically to all three libraries.

/** One task hop: everything already queued (selectionchange, zero-delay timers, React's
 * scheduler) runs first. A MessageChannel, not setTimeout, so thousands of hops don't hit the
 * browser's 4 ms clamp for nested timers; one channel for all hops, as a new one per hop costs
 * more than the hop. */
const waiting: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => waiting.shift()?.();

export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Lets the tasks a focus (or anything else) queued run, and those they queued in turn. */
export async function settle(): Promise<void> {
  await nextTask();
  await nextTask();
}

/**
 * A browser runs the microtask queue after every event listener it calls, so React renders the
 * state a keydown handler set before keypress fires. An event dispatched from script does not
 * (the script is still on the stack), so each step waits for the queue here: React schedules its
 * render as a microtask during the handler, ahead of this one, and a few turns cover microtasks
 * that queue more.
 */
async function microtaskCheckpoint(): Promise<void> {
  for (let turn = 0; turn < 4; turn += 1) await Promise.resolve();
}

function keyInit(key: string): KeyboardEventInit {
  const isDigit = /^\d$/.test(key);
  const keyCode = isDigit ? key.charCodeAt(0) : key === 'Backspace' ? 8 : 0;
  return {
    key,
    code: isDigit ? `Digit${key}` : key,
    keyCode,
    which: keyCode,
    bubbles: true,
    cancelable: true,
    composed: true,
    view: window,
  };
}

/** Whatever has focus now (handlers move focus between steps, e.g. react-otp-input's next box). */
const target = () => document.activeElement ?? document.body;

async function fire(event: Event): Promise<boolean> {
  const go = target().dispatchEvent(event);
  await microtaskCheckpoint();
  return go;
}

/** One key, a digit ("0"–"9") or "Backspace", and the tasks it queued. */
export async function pressKey(key: string): Promise<void> {
  const init = keyInit(key);
  const isChar = key.length === 1;
  let go = await fire(new KeyboardEvent('keydown', init));
  // Chromium fires keypress only for keys that produce a character.
  if (go && isChar) go = await fire(new KeyboardEvent('keypress', { ...init, charCode: key.charCodeAt(0) }));
  if (go) {
    const inputType = isChar ? 'insertText' : 'deleteContentBackward';
    go = await fire(new InputEvent('beforeinput', { inputType, data: isChar ? key : null, bubbles: true, cancelable: true, composed: true }));
    // The real edit: value, selection, maxLength, and the trusted input event (execCommand fires no
    // beforeinput of its own; the synthetic one above stands for it).
    if (go) {
      document.execCommand(isChar ? 'insertText' : 'delete', false, isChar ? key : undefined);
      await microtaskCheckpoint();
    }
  }
  // Key up arrives as a separate input event, after what the key down queued (selectionchange).
  await nextTask();
  await fire(new KeyboardEvent('keyup', init));
  // What keyup queued runs before the next key, as it would before a person's next keystroke.
  await nextTask();
}
