// The contract between the bench page and bench/lib/browser.mjs, which calls it through
// page.evaluate: everything returned here is plain JSON.
import type { LibraryId } from './fields';

export interface KeystrokeRecord {
  library: LibraryId | 'wizard';
  /** KeyboardEvent.key: a digit or `Backspace` (or any key Node presses in the wizard). */
  key: string;
  /** React commits while this keystroke and the tasks it queued ran. */
  commits: number;
  /** Commits of other roots meanwhile (fields of other libraries): not counted above. */
  otherCommits: number;
  /** Sum of those commits' Profiler `actualDuration`: time React spent rendering. */
  renderMs: number;
  /** Sum of their `baseDuration`: what rendering the whole profiled tree would have cost. */
  baseMs: number;
  /** From the keydown until its queued tasks ran and style and layout were done (page keys only). */
  wallMs: number;
  /** What was going on: `type`, `clear`, `wizard:email-code`, … */
  phase: string;
  /** `page`: dispatched by the page (keys.ts); `keyboard`: Playwright's real keyboard. */
  source: 'page' | 'keyboard';
}

export interface MountResult {
  /** flushSync(render): render, commit and effects of the whole tree. */
  renderMs: number;
  /** Forced style and layout right after. */
  layoutMs: number;
  mountMs: number;
  commits: number;
  fields: number;
}

export interface PhaseSummary {
  keystrokes: number;
  /** Wall time per keystroke: mean, and median (robust to GC pauses, frames and other processes). */
  meanMs: number;
  medianMs: number;
  commits: number;
  maxCommits: number;
  /** Commits of other libraries' roots during these keystrokes, per keystroke (should be ~0). */
  otherCommits: number;
  /** Profiler actualDuration per keystroke, mean. */
  renderMs: number;
}

export interface LibrarySummary {
  type: PhaseSummary;
  clear: PhaseSummary;
  /** Typing and clearing together. */
  all: PhaseSummary;
  /** Fields that held their full code at some point, and fields empty at the end. */
  completed: number;
  cleared: number;
  /** Commits while focusing a field (not part of any keystroke). */
  focusCommits: number;
  /** Fields whose input did not take focus. */
  unfocused: number;
}

export interface WizardOptions {
  accountType: 'individual' | 'business';
  /** Memory adapter latency in ms. */
  latencyMs: number;
}

export interface WizardInfo {
  /** `VerificationWizard` is exported from the built root entry. */
  available: boolean;
  /** `VerificationProvider` is exported too (the wizard is then also wrapped in it). */
  provider: boolean;
}

export interface AdapterCalls {
  sendCode: number;
  verifyCode: number;
  getStatus: number;
}

export interface BenchApi {
  /** Mounts `count` fields of one library in a container of its own. */
  mount(library: LibraryId, count: number, codes: string[]): MountResult;
  /** A few fields of every library mounted, typed into and unmounted: warms React and each library up. */
  warmUp(libraries: LibraryId[]): Promise<void>;
  /**
   * Fields `from`…`to - 1`: for each, and for each library in turn (the order rotates per field),
   * focus the field, type its code, then clear it with Backspace.
   */
  typeFields(libraries: LibraryId[], from: number, to: number): Promise<void>;
  /** Per library: times and commits of the keystrokes so far, and whether the fields ended right. */
  summary(): Record<string, LibrarySummary>;
  /** Lets queued tasks run (two MessageChannel hops). */
  settle(): Promise<void>;
  /** Focuses a field's (first) input and lets what focus queued run; true when it has focus. */
  focusField(library: LibraryId, index: number): Promise<boolean>;
  /** Ends the current keystroke; later (real keyboard) ones are tagged `phase`. */
  setPhase(phase: string): void;
  /** Every keystroke record, for the keyboard spot check and the wizard. */
  keystrokes(): KeystrokeRecord[];
  unmountAll(): void;
  wizardInfo(): WizardInfo;
  /** Mounts the wizard on a counting memory adapter; false when it isn't exported yet. */
  mountWizard(options: WizardOptions): boolean;
  wizardCalls(): AdapterCalls;
  /** The code in the newest message of the memory adapter's outbox. */
  wizardLastCode(): { channel: string; code: string } | null;
  wizardEvents(): string[];
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}
