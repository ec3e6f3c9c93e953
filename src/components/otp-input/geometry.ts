/**
 * Which slot is under a pointer. The real input covers the slots (so autofill, paste and
 * selection all hit one field), which means the browser's own caret placement knows nothing
 * about slots: we map the pointer to a slot from the slots' boxes ourselves. The nearest row
 * wins (a narrow field wraps), and within it gaps belong to the slot on their left, so a click
 * never falls through.
 */
export function slotIndexAt(field: HTMLElement, x: number, y: number): number {
  let index = 0;
  let best = Infinity;
  field.querySelectorAll('[data-part="slot"]').forEach((slot, i) => {
    const box = slot.getBoundingClientRect();
    const dy = Math.max(0, box.top - y, y - box.bottom);
    if (dy < best || (dy === best && x >= box.left)) [index, best] = [i, dy];
  });
  return index;
}
