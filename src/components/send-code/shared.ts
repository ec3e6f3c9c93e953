import { createElement, useEffect, useLayoutEffect, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { Channel, IdentifierKind, InteractionEvent } from '../../core/types';
import type { Messages } from '../../i18n/messages';

import { flag, join } from '../otp-input/Slot';
import { localeDirection } from '../../core/locale';
import { useProviderTheme } from '../../react/context';
import { mergeThemes, themeAttributes, type Theme } from '../../theme/tokens';

export { flag, join };
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

/**
 * "We’ve sent a code to …" worded for how the code travels. A password reset says only that a
 * code went out *if* the address belongs to an account: the page must not reveal which.
 */
export function codeSentTemplate(messages: Messages, channel: Channel, event?: InteractionEvent): string {
  if (event === 'ForgotPassword') return messages.status.codeSentIfAccount;
  if (channel === 'voice') return messages.status.codeSentVoice;
  if (channel === 'whatsapp') return messages.status.codeSentWhatsapp;
  return messages.status.codeSent;
}

/** Inline style for the visually hidden live region (it must stay in the layout to be read). */


/**
 * What every flow component's root carries: the skin class (unless `unstyled`), its scope and
 * part, the catalog's language and direction (Arabic, Hebrew and Persian lay the whole flow out
 * right to left),
 * whether it sits inside a host form, whether a request runs, and the provider's theme merged
 * with its own.
 */
export function useRootAttributes(
  scope: 'send-code' | 'wizard' | 'demo-outbox',
  // The component's own props, as given: read here rather than listed again at each call.
  props: { unstyled?: boolean; classNames?: { root?: string }; className?: string; theme?: Theme; style?: CSSProperties },
  locale: string,
  inHostForm?: boolean | null,
  busy?: boolean,
) {
  const providerTheme = useProviderTheme();
  return {
    className: join(!props.unstyled && 'vk', props.classNames?.root, props.className),
    'data-scope': scope,
    'data-part': 'root',
    lang: locale,
    dir: localeDirection(locale),
    'data-in-form': flag(!!inHostForm),
    'data-busy': flag(!!busy),
    ...themeAttributes(mergeThemes(providerTheme, props.theme), props.style),
  };
}
