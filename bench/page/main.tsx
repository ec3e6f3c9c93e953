// The bench page. Node (bench/lib/browser.mjs) drives it through `window.__bench`: it mounts 200
// fields of each library, each library in a container and React root of its own, then for each
// field and each library in turn focuses the field, types its 6-digit code and clears it with 6
// Backspaces (keys.ts dispatches the keystrokes). Interleaving the libraries field by field means
// a burst of load from other processes hits all three alike.
//
// The page measures wall time per keystroke and counts React commits with a <Profiler> per
// library. Profiler callbacks only run in React's development and profiling builds: the bench
// builds this page with react-dom/client aliased to react-dom/profiling (production React plus
// Profiler timing), for all three libraries alike.
import { Profiler, type ProfilerOnRenderCallback } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { FIELDS, type LibraryId } from './fields';
import { pressKey, settle } from './keys';
import type { BenchApi, KeystrokeRecord, LibrarySummary, PhaseSummary } from './types';
import { createWizard, wizardInfo, type WizardHarness } from './wizard';

interface Mounted {
  root: Root;
  element: HTMLElement;
  codes: string[];
  values: string[];
  completed: boolean[];
  focusCommits: number;
  unfocused: number;
}

const mounted = new Map<LibraryId, Mounted>();
let keystrokes: KeystrokeRecord[] = [];
let current: KeystrokeRecord | null = null;
let totalCommits = 0;
let phase = 'idle';
let focused: LibraryId | 'wizard' = 'wizard';
let wizardRoot: Root | null = null;
let wizard: WizardHarness | null = null;
const container = document.getElementById('root')!;

// Each library's fields (and the wizard) sit under a Profiler whose id is the library's name, so
// a commit of another root (a timer in a field typed earlier) never counts for this keystroke.
const onRender: ProfilerOnRenderCallback = (id, _phase, actualDuration, baseDuration) => {
  totalCommits += 1;
  if (current && id === current.library) {
    current.commits += 1;
    current.renderMs += actualDuration;
    current.baseMs += baseDuration;
  } else if (current) {
    current.otherCommits += 1;
  } else if (phase === 'focus' && id === focused) {
    const state = mounted.get(focused as LibraryId);
    if (state) state.focusCommits += 1;
  }
};

// Playwright's real keyboard (the spot check and the wizard): a keystroke starts with a trusted
// keydown, which this capture listener on window sees before any handler of the page or React.
// Its commits are those until the next keydown or until Node changes the phase, late ones from
// selectionchange or timers included. The page's own keystrokes are untrusted and skip this.
window.addEventListener(
  'keydown',
  (event) => {
    if (!event.isTrusted) return;
    current = { library: focused, key: event.key, commits: 0, otherCommits: 0, renderMs: 0, baseMs: 0, wallMs: 0, phase, source: 'keyboard' };
    keystrokes.push(current);
  },
  { capture: true },
);

function Fields({ library, count, onValue }: { library: LibraryId; count: number; onValue: (index: number, value: string) => void }) {
  const Field = FIELDS[library];
  return (
    <Profiler id={library} onRender={onRender}>
      <div className="bench-fields">
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="bench-field" data-bench-field={index}>
            <Field index={index} onValue={onValue} />
          </div>
        ))}
      </div>
    </Profiler>
  );
}

function mountFields(library: LibraryId, codes: string[], parent: HTMLElement): Mounted {
  const element = document.createElement('section');
  element.dataset.library = library;
  parent.append(element);
  const state: Mounted = { root: createRoot(element), element, codes, values: [], completed: [], focusCommits: 0, unfocused: 0 };
  const onValue = (index: number, value: string) => {
    state.values[index] = value;
    if (value === codes[index]) state.completed[index] = true;
  };
  flushSync(() => state.root.render(<Fields library={library} count={codes.length} onValue={onValue} />));
  return state;
}

async function focusField(library: LibraryId, index: number, state = mounted.get(library)) {
  current = null;
  phase = 'focus';
  focused = library;
  const input = state?.element.querySelector<HTMLInputElement>(`[data-bench-field="${index}"] input`);
  if (!input) throw new Error(`no input in ${library} field ${index}`);
  input.focus();
  await settle();
  phase = 'idle';
  return document.activeElement === input;
}

async function typeKeys(library: LibraryId, keys: string[], phaseName: string) {
  phase = phaseName;
  for (const key of keys) {
    const record: KeystrokeRecord = { library, key, commits: 0, otherCommits: 0, renderMs: 0, baseMs: 0, wallMs: 0, phase, source: 'page' };
    keystrokes.push(record);
    current = record;
    const t0 = performance.now();
    await pressKey(key);
    // Style and layout now, as the frame after a person's keystroke would do them.
    void document.body.offsetHeight;
    record.wallMs = performance.now() - t0;
    current = null;
  }
  phase = 'idle';
}

const rotate = <T,>(list: T[], by: number) => list.map((_, i) => list[(i + by) % list.length]!);

function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarize(records: KeystrokeRecord[]): PhaseSummary {
  const n = records.length;
  const total = (pick: (r: KeystrokeRecord) => number) => records.reduce((sum, r) => sum + pick(r), 0);
  return {
    keystrokes: n,
    meanMs: total((r) => r.wallMs) / n,
    medianMs: median(records.map((r) => r.wallMs)),
    commits: total((r) => r.commits) / n,
    maxCommits: Math.max(0, ...records.map((r) => r.commits)),
    otherCommits: total((r) => r.otherCommits) / n,
    renderMs: total((r) => r.renderMs) / n,
  };
}

const api: BenchApi = {
  mount(library, count, codes) {
    if (mounted.has(library)) throw new Error(`${library} is already mounted`);
    if (codes.length !== count) throw new Error('one code per field');
    current = null;
    const commitsBefore = totalCommits;
    const t0 = performance.now();
    // flushSync: render, commit and (for a sync commit) passive effects all happen inside this call.
    const state = mountFields(library, codes, container);
    const t1 = performance.now();
    // Style and layout of the new DOM, forced now instead of at the next frame.
    void document.body.offsetHeight;
    const t2 = performance.now();
    mounted.set(library, state);
    return { renderMs: t1 - t0, layoutMs: t2 - t1, mountMs: t2 - t0, commits: totalCommits - commitsBefore, fields: state.element.querySelectorAll('[data-bench-field]').length };
  },
  async warmUp(libraries) {
    const scratch = document.createElement('div');
    document.body.append(scratch);
    for (const library of libraries) {
      const state = mountFields(library, ['123456', '654321', '135790'], scratch);
      for (let i = 0; i < state.codes.length; i += 1) {
        await focusField(library, i, state);
        await typeKeys(library, [...state.codes[i]!], 'warm-up');
        await typeKeys(library, Array.from(state.codes[i]!, () => 'Backspace'), 'warm-up');
      }
      flushSync(() => state.root.unmount());
    }
    scratch.remove();
    (document.activeElement as HTMLElement | null)?.blur();
    keystrokes = [];
    await settle();
  },
  async typeFields(libraries, from, to) {
    // From here on the browser skips rendering fields outside the viewport (see index.html).
    document.body.classList.add('typing');
    for (let i = from; i < to; i += 1) {
      for (const library of rotate(libraries, i)) {
        const state = mounted.get(library);
        if (!state) throw new Error(`${library} is not mounted`);
        if (!(await focusField(library, i))) state.unfocused += 1;
        const code = state.codes[i]!;
        await typeKeys(library, [...code], 'type');
        await typeKeys(library, Array.from(code, () => 'Backspace'), 'clear');
      }
    }
  },
  summary() {
    const out: Record<string, LibrarySummary> = {};
    for (const [library, state] of mounted) {
      const own = keystrokes.filter((k) => k.library === library && k.source === 'page');
      out[library] = {
        type: summarize(own.filter((k) => k.phase === 'type')),
        clear: summarize(own.filter((k) => k.phase === 'clear')),
        all: summarize(own.filter((k) => k.phase === 'type' || k.phase === 'clear')),
        completed: state.codes.filter((_, i) => state.completed[i]).length,
        cleared: state.codes.filter((_, i) => (state.values[i] ?? '') === '').length,
        focusCommits: state.focusCommits,
        unfocused: state.unfocused,
      };
    }
    return out;
  },
  settle,
  focusField: (library, index) => focusField(library, index),
  setPhase(phaseName) {
    current = null;
    phase = phaseName;
  },
  keystrokes: () => keystrokes,
  unmountAll() {
    current = null;
    for (const state of mounted.values()) flushSync(() => state.root.unmount());
    mounted.clear();
    if (wizardRoot) flushSync(() => wizardRoot!.unmount());
    wizardRoot = null;
    wizard = null;
    container.replaceChildren();
  },
  wizardInfo,
  mountWizard(options) {
    if (wizardRoot) throw new Error('the wizard is already mounted');
    wizard = createWizard(onRender, options);
    if (!wizard) return false;
    focused = 'wizard';
    phase = 'wizard:mount';
    wizardRoot = createRoot(container);
    flushSync(() => wizardRoot!.render(wizard!.element));
    phase = 'idle';
    return true;
  },
  wizardCalls: () => ({ ...(wizard?.calls ?? { sendCode: 0, verifyCode: 0, getStatus: 0 }) }),
  wizardLastCode: () => wizard?.lastCode() ?? null,
  wizardEvents: () => [...(wizard?.events ?? [])],
};

window.__bench = api;
