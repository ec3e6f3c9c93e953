/**
 * Which slot is under a pointer. The real input covers the slots (so autofill, paste and
 * selection all hit one field), which means the browser's own caret placement knows nothing
 * about slots: we map the pointer to a slot from the slots' boxes ourselves. Gaps between
 * slots belong to the slot on their left, so a click never falls through.
 */
export function slotIndexAt(field: HTMLElement, clientX: number): number {
  const slots = field.querySelectorAll('[data-part="slot"]');
  let i = 0;
  while (i < slots.length - 1 && clientX >= slots[i]!.getBoundingClientRect().right) i += 1;
  return i;
}
