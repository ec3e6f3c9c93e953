// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../../src/adapters/http/errors';

// The contract's optional `proof` on an `already_verified` answer (docs/http-contract.md, Errors).
describe('http adapter: a proof on an error answer', () => {
  const answer = (code: string, proof: unknown) => errorFromResponse(409, new Headers(), { error: { code, message: 'x', proof } }, 0);

  it('is kept on already_verified', () => {
    expect(answer('already_verified', 'signed.proof')).toMatchObject({ code: 'already_verified', proof: 'signed.proof' });
  });

  it('is dropped on any other code, and when it is not a non-empty string', () => {
    expect(answer('order_violation', 'signed.proof').proof).toBeUndefined();
    expect(answer('already_verified', '').proof).toBeUndefined();
    expect(answer('already_verified', 42).proof).toBeUndefined();
    expect(answer('already_verified', undefined).proof).toBeUndefined();
  });
});
