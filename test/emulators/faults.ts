import { delay, HttpResponse } from 'msw';

/** Faults an emulator can be told to produce on its next request (the conformance suite's set). */
export type UpstreamFault = 'network' | 'timeout' | 'malformed';

/** Answers a queued fault: a dropped connection, no answer ever, or a 200 of the wrong shape. */
export async function faultResponse(fault: UpstreamFault): Promise<Response> {
  if (fault === 'network') return HttpResponse.error();
  if (fault === 'timeout') {
    // Never answers; the caller's timeout (or abort) ends the request.
    await delay('infinite');
  }
  return HttpResponse.json({ unexpected: 'shape' }, { status: 200 });
}

/** Six random digits, as sFOX and Logto generate. */
export function sixDigits(): string {
  return String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
}

export function randomRef(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 12)}`;
}

export async function readJson(request: Request): Promise<{ body: unknown; ok: boolean }> {
  const text = await request.text();
  if (!text) return { body: undefined, ok: true };
  try {
    return { body: JSON.parse(text), ok: true };
  } catch {
    return { body: text, ok: false };
  }
}
