import { createContext, useContext } from 'react';
import type { OtpInputPart, OtpRenderState } from './types';

export interface OtpContextValue extends OtpRenderState {
  classNames: Partial<Record<OtpInputPart, string>>;
}

export const OtpContext = createContext<OtpContextValue | null>(null);

export function useOtpContext(component: string): OtpContextValue {
  const ctx = useContext(OtpContext);
  if (!ctx) throw new Error(`verikit: <${component}> must be rendered inside <OtpInput>.`);
  return ctx;
}
