import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './shared';

/**
 * Whether the element sits inside a host page's `<form>`, for the root's `data-in-form`
 * attribute (a styling and testing hook). The steps' markup doesn't depend on it: they never
 * render a `<form>` (see StepContainer), so the server render and both answers here hydrate
 * the same markup.
 *
 * null until measured: the DOM only exists after the first commit, and the server can't know.
 */
export function useHostForm(ref: RefObject<HTMLElement | null>): boolean | null {
  const [inForm, setInForm] = useState<boolean | null>(null);
  useIsomorphicLayoutEffect(() => {
    setInForm(!!ref.current?.parentElement?.closest('form'));
  }, [ref]);
  return inForm;
}
