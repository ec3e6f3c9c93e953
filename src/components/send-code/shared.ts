import { createElement, useEffect, useLayoutEffect, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { Channel, IdentifierKind } from '../../core/types';
import type { Messages } from '../../i18n/messages';

export { flag, join } from '../otp-input/Slot';
export { srOnlyStyle } from '../otp-input/styles';

/** useLayoutEffect in the browser, useEffect during SSR (where neither runs, but 18 warns about the first). */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Heading levels a host can pick so the component fits its page outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading that takes focus when a new step appears (tabIndex -1: focusable by script, not by Tab). */
export function Heading({
  level,
  id,
  className,
  headingRef,
  children,
}: {
  level: HeadingLevel;
  id: string;
  className?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return createElement(`h${level}`, { id, ref: headingRef, className, tabIndex: -1, 'data-part': 'title' }, children);
}

/** The "Change email" / "Change phone number" label for an identifier kind. */
export function changeLabel(messages: Messages, kind: IdentifierKind): string {
  return kind === 'email' ? messages.actions.changeEmail : messages.actions.changePhone;
}

/** "Call me instead" and friends: the button that resends over another phone channel. */
export function insteadLabel(messages: Messages, channel: Channel): string {
  switch (channel) {
    case 'voice':
      return messages.actions.callInstead;
    case 'whatsapp':
      return messages.actions.whatsappInstead;
    default:
      return messages.actions.smsInstead;
  }
}

/** "We sent a code to …" worded for how the code travels. */
export function codeSentTemplate(messages: Messages, channel: Channel): string {
  if (channel === 'voice') return messages.status.codeSentVoice;
  if (channel === 'whatsapp') return messages.status.codeSentWhatsapp;
  return messages.status.codeSent;
}

/** Inline style for the visually hidden live region (it must stay in the layout to be read). */
export const liveRegionStyle: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };
