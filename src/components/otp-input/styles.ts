import type { CSSProperties } from 'react';

// Inline styles are for positioning only; the look comes from CSS (verikit/styles.css or your own).

/** The one real input lies over the slots and receives every pointer and keyboard event. */
export const inputStyle: CSSProperties = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  margin: 0,
  padding: 0,
  border: 0,
  // Invisible but present: autofill, password managers and screen readers still see the field.
  opacity: 0,
  // 16px stops iOS Safari from zooming the page when the field gains focus.
  fontSize: 16,
};

/** Visually hidden but read by screen readers. */
export const srOnlyStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
