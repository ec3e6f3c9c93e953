import type { VerificationErrorCode } from '../errors';
import type { AccountType, IdentifierKind, InteractionEvent } from '../types';

/** A step of a flow: which identifier is being verified. */
export type FlowStep = IdentifierKind;

/**
 * How a backend orders a subject's verifications. `'email-then-phone'`: for individual
 * accounts a phone code goes out only after the email is verified. `'none'`: for apps that
 * verify a phone number alone.
 */
export type Ordering = 'email-then-phone' | 'none';

/**
 * THE ordering rule, in one place: the order steps always run in. Every list of steps a flow
 * gets (from `stepsFor` or a `steps` option) is put in this order, so the email comes first
 * whenever both are present.
 */
export const STEP_ORDER: readonly FlowStep[] = ['email', 'phone'];

/** Known steps, once each, in `STEP_ORDER`. An empty or unknown list falls back to `['email']`. */
export function orderSteps(steps: readonly string[]): FlowStep[] {
  const ordered = STEP_ORDER.filter((step) => steps.includes(step));
  return ordered.length ? ordered : ['email'];
}

/**
 * Which identifiers an account verifies, in order, when the page doesn't say (`steps`).
 * Business accounts verify email only. Individual accounts add their phone when registering
 * or signing in; a password reset proves control of one identifier (the email by default;
 * pass `steps: ['phone']` for a reset by SMS).
 */
export function stepsFor(accountType: AccountType, event: InteractionEvent, steps?: readonly string[]): FlowStep[] {
  if (steps) return orderSteps(steps);
  if (accountType === 'business' || event === 'ForgotPassword') return ['email'];
  return ['email', 'phone'];
}

/**
 * Why `kind` may not act in a flow with these steps and these verified identifiers, or null:
 * `order_violation` when it isn't a step, or an earlier step isn't verified yet.
 */
export function orderBlocker(steps: readonly FlowStep[], kind: IdentifierKind, isVerified: (step: FlowStep) => boolean): VerificationErrorCode | null {
  const index = steps.indexOf(kind);
  if (index === -1) return 'order_violation';
  return steps.slice(0, index).every(isVerified) ? null : 'order_violation';
}

/**
 * The same rule as a backend applies it to one send (demo engine, `verikit/server`): true when a
 * send to `kind` needs a verified email first. Only individual accounts order their identifiers;
 * a password reset proves one identifier on file, so it has no order to keep.
 */
export function sendNeedsVerifiedEmail(input: { kind: IdentifierKind; accountType: AccountType; event: InteractionEvent; ordering?: Ordering }): boolean {
  return (
    input.kind === 'phone' &&
    (input.ordering ?? 'email-then-phone') === 'email-then-phone' &&
    input.accountType === 'individual' &&
    input.event !== 'ForgotPassword'
  );
}
