// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACTS_DIR, SHARED_CONTRACTS_DIR } from '../../emulators/openapi-contract';

const files = readdirSync(CONTRACTS_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(json|yaml|txt)$/.test(f));

describe('vendored upstream contracts', () => {
  it('holds the files the emulators validate against', () => {
    expect(files.sort()).toEqual([
      'logto/experience.openapi.json',
      'logto/experience.verification-code.openapi.json',
      'logto/management.verification-code.openapi.json',
      'supabase/error-codes.txt',
      'supabase/gotrue.openapi.yaml',
      'twilio/twilio-verify-v2.verifications.openapi.json',
      'ycloud/ycloud-verify.openapi.yaml',
    ]);
  });

  it.runIf(existsSync(SHARED_CONTRACTS_DIR))('are byte-for-byte the shared originals', () => {
    for (const file of files) {
      expect(readFileSync(resolve(CONTRACTS_DIR, file), 'utf8'), file).toBe(readFileSync(resolve(SHARED_CONTRACTS_DIR, file), 'utf8'));
    }
  });
});
