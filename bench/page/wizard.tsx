// The wizard under test, if the built root entry exports it yet. Looked up at run time (a namespace
// import, not a named one) so this page builds and typechecks before VerificationWizard exists.
import { Profiler, type ComponentType, type ProfilerOnRenderCallback, type ReactNode } from 'react';
// Both resolved to the built package in dist/ by the bench's Vite config.
import * as verikit from '../../src/entry/index';
import { createMemoryAdapter, type VerificationAdapter } from '../../src/entry/adapters/memory';
import type { AdapterCalls, WizardInfo, WizardOptions } from './types';

const exported = verikit as unknown as Record<string, unknown>;

export function wizardInfo(): WizardInfo {
  return { available: exported.VerificationWizard != null, provider: exported.VerificationProvider != null };
}

export interface WizardHarness {
  element: ReactNode;
  calls: AdapterCalls;
  lastCode(): { channel: string; code: string } | null;
  events: string[];
}

/** The wizard on a memory adapter wrapped to count every call the wizard makes. */
export function createWizard(onRender: ProfilerOnRenderCallback, options: WizardOptions): WizardHarness | null {
  const Wizard = exported.VerificationWizard as ComponentType<Record<string, unknown>> | undefined;
  if (!Wizard) return null;
  const Provider = exported.VerificationProvider as ComponentType<{ adapter: VerificationAdapter; children: ReactNode }> | undefined;
  const memory = createMemoryAdapter({ seed: 20_240_607, latencyMs: options.latencyMs });
  const calls: AdapterCalls = { sendCode: 0, verifyCode: 0, getStatus: 0 };
  const adapter: VerificationAdapter = {
    sendCode(req, opts) {
      calls.sendCode += 1;
      return memory.sendCode(req, opts);
    },
    verifyCode(req, opts) {
      calls.verifyCode += 1;
      return memory.verifyCode(req, opts);
    },
    getStatus(opts) {
      calls.getStatus += 1;
      return memory.getStatus(opts);
    },
  };
  const events: string[] = [];
  const wizard = (
    <Profiler id="wizard" onRender={onRender}>
      <Wizard
        adapter={adapter}
        accountType={options.accountType}
        event="Register"
        persist={false}
        onComplete={() => events.push('complete')}
        onStepChange={(step: unknown) => events.push(`step:${typeof step === 'string' ? step : JSON.stringify(step)}`)}
      />
    </Profiler>
  );
  return {
    element: Provider ? <Provider adapter={adapter}>{wizard}</Provider> : wizard,
    calls,
    lastCode() {
      const message = memory.outbox.last();
      return message ? { channel: message.channel, code: message.code } : null;
    },
    events,
  };
}
