import { beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { isVerificationError, type VerificationError, type VerificationErrorCode } from '../../core/errors';
import { PHONE_CHANNELS, identifierKind, type Channel, type IdentifierKind, type InteractionEvent } from '../../core/types';
import type { VerificationAdapter } from '../types';
import type { ConformanceBackend, ConformanceCase } from './backend';

export interface AdapterConformanceOptions {
  /** Shown in the suite's title. */
  name: string;
  /** A fresh adapter; called before each case, after `backend.reset()`. */
  create: () => VerificationAdapter | Promise<VerificationAdapter>;
  backend: ConformanceBackend;
}

const EVENT: InteractionEvent = 'Register';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

async function expectCode(promise: Promise<unknown>, code: VerificationErrorCode): Promise<VerificationError> {
  const error = await failure(promise);
  expect(isVerificationError(error), `expected a VerificationError, got ${String(error)}`).toBe(true);
  expect((error as VerificationError).code).toBe(code);
  return error as VerificationError;
}

/** A code that is certainly not `code`: same length, every digit changed. */
function wrongCode(code: string): string {
  return [...code].map((c) => (/\d/.test(c) ? String((Number(c) + 1) % 10) : c === 'A' ? 'B' : 'A')).join('');
}

/**
 * The one suite every adapter passes (in the spirit of better-auth's adapter tests): call it
 * at the top level of a test file. It covers send then verify per channel, wrong, expired
 * and exhausted codes, resend cooldown, already-verified identifiers, email-before-phone
 * ordering, aborts, timeouts, network failures and malformed responses. Cases a backend
 * can't support are skipped with the reason in their title.
 */
export function runAdapterConformance({ name, create, backend }: AdapterConformanceOptions): void {
  describe(`${name}: adapter conformance`, () => {
    let adapter: VerificationAdapter;
    let counter = 0;

    beforeEach(async () => {
      await backend.reset?.();
      adapter = await create();
    });

    const fresh = (kind: IdentifierKind): string => {
      counter += 1;
      if (backend.identifier) return backend.identifier(kind, counter);
      return kind === 'email' ? `conformance-${counter}@example.com` : `+1415555${String(counter % 10_000).padStart(4, '0')}`;
    };

    type Need = 'advanceTime' | 'markVerified' | 'injectFault' | 'requestCount' | 'limits.ttlMs' | 'limits.cooldownMs' | 'limits.maxAttempts' | 'enforcesOrder' | 'a phone channel';
    const has = (need: Need): boolean => {
      switch (need) {
        case 'limits.ttlMs':
          return backend.limits?.ttlMs !== undefined;
        case 'limits.cooldownMs':
          return backend.limits?.cooldownMs !== undefined;
        case 'limits.maxAttempts':
          return backend.limits?.maxAttempts !== undefined;
        case 'enforcesOrder':
          return backend.enforcesOrder === true;
        case 'a phone channel':
          return backend.channels.some((c) => PHONE_CHANNELS.includes(c));
        default:
          return typeof backend[need] === 'function';
      }
    };

    /** Declares a case, or a visible skip naming the reason. */
    const check = (id: ConformanceCase, title: string, needs: Need[], fn: (ctx: TestContext) => Promise<void>, timeout?: number): void => {
      const reason = backend.skip?.[id] ?? (needs.find((n) => !has(n)) ? `backend has no ${needs.find((n) => !has(n))}` : undefined);
      if (reason) it.skip(`${title} (skipped: ${reason})`, () => {});
      else it(title, fn, timeout);
    };

    const phoneChannel = (): Channel => backend.channels.find((c) => PHONE_CHANNELS.includes(c)) ?? 'sms';

    async function code(to: string, channel: Channel): Promise<string> {
      const value = await backend.lastCode(to, channel);
      expect(value, `backend has no code for ${to}`).toBeTypeOf('string');
      return value as string;
    }

    // The email's proof from `unlockPhone`, sent with phone sends as a page does (`emailProof`).
    let emailProof: string | undefined;

    /** A send request; a phone send carries the email's proof when there is one. */
    function sendRequest(channel: Channel, to: string) {
      return { channel, to, event: EVENT, ...(channel !== 'email' && emailProof !== undefined && { emailProof }) };
    }

    /** Sends and verifies one identifier through the adapter. */
    async function verifyThrough(channel: Channel, to: string) {
      const sent = await adapter.sendCode(sendRequest(channel, to));
      return adapter.verifyCode({ requestId: sent.requestId, channel, to, code: await code(to, channel), event: EVENT });
    }

    /** Where the phone depends on the email, verify one first (and keep its proof for the phone send). */
    async function unlockPhone(): Promise<void> {
      emailProof = undefined;
      if (backend.enforcesOrder && backend.channels.includes('email')) emailProof = (await verifyThrough('email', fresh('email'))).proof;
    }

    async function channelFor(kind: IdentifierKind): Promise<{ channel: Channel; to: string }> {
      if (kind === 'phone') {
        await unlockPhone();
        return { channel: phoneChannel(), to: fresh('phone') };
      }
      return { channel: 'email', to: fresh('email') };
    }

    /** The channel the single-channel cases use: email when the backend has it. */
    const primary = (): IdentifierKind => (backend.channels.includes('email') ? 'email' : 'phone');

    for (const channel of backend.channels) {
      check('send-verify', `sends then verifies a code over ${channel}`, [], async () => {
        const kind = identifierKind(channel);
        if (kind === 'phone') await unlockPhone();
        const to = fresh(kind);
        const sent = await adapter.sendCode(sendRequest(channel, to));
        expect(sent.requestId).toBeTypeOf('string');
        expect(sent.requestId.length).toBeGreaterThan(0);
        expect(sent.channel).toBe(channel);
        expect(sent.to).toBe(to);
        const value = await code(to, channel);
        if (sent.codeLength !== undefined) expect(value).toHaveLength(sent.codeLength);
        const verified = await adapter.verifyCode({ requestId: sent.requestId, channel, to, code: value, event: EVENT });
        expect(verified.channel).toBe(channel);
        expect(verified.to).toBe(to);
      });
    }

    check('invalid-identifier', 'refuses an empty or garbage identifier before any request', [], async () => {
      const before = await backend.requestCount?.();
      const cases: [Channel, string][] = [
        ['email', ''],
        ['email', '   '],
        ['email', 'jane'],
        ['email', 'jane@example'],
        ['email', `${'a'.repeat(250)}@example.com`],
        ['sms', ''],
        ['sms', 'call me'],
        ['sms', '4155550123'],
        ['whatsapp', '+0123'],
      ];
      for (const [channel, to] of cases) {
        await expectCode(adapter.sendCode(sendRequest(channel, to)), 'invalid_identifier');
      }
      await expectCode(adapter.verifyCode({ requestId: 'r', channel: 'email', to: 'nope', code: '123456', event: EVENT }), 'invalid_identifier');
      if (before !== undefined) expect(await backend.requestCount?.()).toBe(before);
    });

    check('wrong-code', 'rejects a wrong code with invalid_code, and the right one still works', [], async () => {
      const { channel, to } = await channelFor(primary());
      const sent = await adapter.sendCode(sendRequest(channel, to));
      const right = await code(to, channel);
      const error = await expectCode(adapter.verifyCode({ requestId: sent.requestId, channel, to, code: wrongCode(right), event: EVENT }), 'invalid_code');
      if (error.attemptsLeft !== undefined) {
        expect(error.attemptsLeft).toBeGreaterThan(0);
        if (backend.limits?.maxAttempts !== undefined) expect(error.attemptsLeft).toBe(backend.limits.maxAttempts - 1);
      }
      await adapter.verifyCode({ requestId: sent.requestId, channel, to, code: right, event: EVENT });
    });

    check('expired-code', 'rejects a code used after it expired with code_expired', ['advanceTime', 'limits.ttlMs'], async () => {
      const { channel, to } = await channelFor(primary());
      const sent = await adapter.sendCode(sendRequest(channel, to));
      const right = await code(to, channel);
      await backend.advanceTime?.((backend.limits?.ttlMs ?? 0) + 1_000);
      await expectCode(adapter.verifyCode({ requestId: sent.requestId, channel, to, code: right, event: EVENT }), 'code_expired');
    });

    check('too-many-attempts', 'locks the code after too many wrong attempts, even for the right code', ['limits.maxAttempts'], async () => {
      const { channel, to } = await channelFor(primary());
      const sent = await adapter.sendCode(sendRequest(channel, to));
      const right = await code(to, channel);
      const max = backend.limits?.maxAttempts ?? 0;
      const codes: VerificationErrorCode[] = [];
      for (let i = 0; i < max; i += 1) {
        const error = await failure(adapter.verifyCode({ requestId: sent.requestId, channel, to, code: wrongCode(right), event: EVENT }));
        expect(isVerificationError(error)).toBe(true);
        codes.push((error as VerificationError).code);
      }
      expect(codes.slice(0, -1).every((c) => c === 'invalid_code')).toBe(true);
      expect(['invalid_code', 'too_many_attempts']).toContain(codes.at(-1));
      await expectCode(adapter.verifyCode({ requestId: sent.requestId, channel, to, code: right, event: EVENT }), 'too_many_attempts');
    });

    check('resend-too-soon', 'refuses a resend inside the cooldown with rate_limited and retryAfterMs', [], async () => {
      const { channel, to } = await channelFor(primary());
      await adapter.sendCode(sendRequest(channel, to));
      const error = await expectCode(adapter.sendCode(sendRequest(channel, to)), 'rate_limited');
      expect(error.retryAfterMs).toBeTypeOf('number');
      expect(error.retryAfterMs).toBeGreaterThan(0);
      if (backend.limits?.cooldownMs !== undefined) expect(error.retryAfterMs).toBeLessThanOrEqual(backend.limits.cooldownMs);
    });

    check('resend-after-cooldown', 'allows a resend once the cooldown is over; the new code works', ['advanceTime', 'limits.cooldownMs'], async () => {
      const { channel, to } = await channelFor(primary());
      await adapter.sendCode(sendRequest(channel, to));
      await backend.advanceTime?.(backend.limits?.cooldownMs ?? 0);
      const second = await adapter.sendCode(sendRequest(channel, to));
      await adapter.verifyCode({ requestId: second.requestId, channel, to, code: await code(to, channel), event: EVENT });
    });

    check('already-verified', 'refuses a send to an identifier verified through the adapter with already_verified', [], async () => {
      const { channel, to } = await channelFor(primary());
      await verifyThrough(channel, to);
      await expectCode(adapter.sendCode(sendRequest(channel, to)), 'already_verified');
    });

    check('already-verified-seeded', 'refuses a send to an identifier the backend already has verified', ['markVerified'], async () => {
      const channel: Channel = backend.channels.includes('email') ? 'email' : phoneChannel();
      const to = fresh(identifierKind(channel));
      await backend.markVerified?.(to, channel);
      await expectCode(adapter.sendCode(sendRequest(channel, to)), 'already_verified');
    });

    check('order-violation', 'refuses a phone send before the email is verified with order_violation', ['enforcesOrder', 'a phone channel'], async () => {
      await expectCode(adapter.sendCode({ channel: phoneChannel(), to: fresh('phone'), event: EVENT }), 'order_violation');
    });

    check('abort-before', 'rejects with the abort reason, sending nothing, when the signal is already aborted', [], async () => {
      const { channel, to } = await channelFor(primary());
      const controller = new AbortController();
      const reason = new DOMException('Stopped by the test', 'AbortError');
      controller.abort(reason);
      const error = await failure(adapter.sendCode({ channel, to, event: EVENT }, { signal: controller.signal }));
      expect(error).toBe(reason);
      expect(await backend.lastCode(to, channel)).toBeUndefined();
    });

    check('abort-during', 'rejects with the abort reason when the signal aborts mid-call', [], async () => {
      const { channel, to } = await channelFor(primary());
      const controller = new AbortController();
      const reason = new DOMException('Stopped by the test', 'AbortError');
      const pending = adapter.sendCode({ channel, to, event: EVENT }, { signal: controller.signal });
      controller.abort(reason);
      const error = await failure(pending);
      expect(error).toBe(reason);
      expect(isVerificationError(error)).toBe(false);
    });

    check('timeout', 'reports a request that gets no answer as timeout', ['injectFault'], async () => {
      const { channel, to } = await channelFor(primary());
      await backend.injectFault?.('timeout');
      await expectCode(adapter.sendCode(sendRequest(channel, to)), 'timeout');
    }, 10_000);

    check('network', 'reports a failed connection as network', ['injectFault'], async () => {
      const { channel, to } = await channelFor(primary());
      await backend.injectFault?.('network');
      const error = await expectCode(adapter.sendCode(sendRequest(channel, to)), 'network');
      expect(error.cause).toBeDefined();
    });

    check('malformed', 'reports a 200 of the wrong shape as unknown with the cause, for send and verify', ['injectFault'], async () => {
      const { channel, to } = await channelFor(primary());
      await backend.injectFault?.('malformed');
      const sendError = await expectCode(adapter.sendCode(sendRequest(channel, to)), 'unknown');
      expect(sendError.cause).toBeDefined();
      const other = fresh(identifierKind(channel));
      const sent = await adapter.sendCode({ channel, to: other, event: EVENT });
      const right = await code(other, channel);
      await backend.injectFault?.('malformed');
      const verifyError = await expectCode(adapter.verifyCode({ requestId: sent.requestId, channel, to: other, code: right, event: EVENT }), 'unknown');
      expect(verifyError.cause).toBeDefined();
    });

    check('never-retries-send', 'makes exactly one request for a send that fails', ['injectFault', 'requestCount'], async () => {
      const { channel, to } = await channelFor(primary());
      for (const fault of ['network', 'malformed'] as const) {
        const before = (await backend.requestCount?.()) ?? 0;
        await backend.injectFault?.(fault);
        await failure(adapter.sendCode(sendRequest(channel, to)));
        // Give a retry, had there been one, time to go out.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(await backend.requestCount?.()).toBe(before + 1);
      }
    });

    check('status', 'reports a verified email through getStatus', [], async (ctx) => {
      if (!adapter.getStatus) return ctx.skip('adapter has no getStatus');
      if (!backend.channels.includes('email')) return ctx.skip('backend has no email channel');
      const to = fresh('email');
      await verifyThrough('email', to);
      const status = await adapter.getStatus();
      expect(status.email?.verified).toBe(true);
      if (status.email?.to !== undefined) expect(status.email.to).toBe(to);
    });
  });
}
