import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './shared';

/**
 * Whether the element sits inside a host page's `<form>`. A `<form>` inside another is invalid
 * HTML, and its Enter key and submit buttons would submit the host's form; inside one the
 * steps render `div role="group"` with their own handlers instead.
 *
 * null until measured: the DOM only exists after the first commit. Measured in a layout
 * effect, so the steps appear in the same frame and never mount as the wrong element.
 */
export function useHostForm(ref: RefObject<HTMLElement | null>): boolean | null {
  const [inForm, setInForm] = useState<boolean | null>(null);
  useIsomorphicLayoutEffect(() => {
    setInForm(!!ref.current?.parentElement?.closest('form'));
  }, [ref]);
  return inForm;
}
