/**
 * Which slot is under a pointer. The real input covers the slots (so autofill, paste and
 * selection all hit one field), which means the browser's own caret placement knows nothing
 * about slots: we map the pointer to a slot from the slots' boxes ourselves.
 */
export function slotIndexAt(field: HTMLElement, clientX: number, length: number): number {
  const slots = field.querySelectorAll<HTMLElement>('[data-part="slot"]');
  if (slots.length > 0) {
    for (let i = 0; i < slots.length; i += 1) {
      const rect = slots[i]!.getBoundingClientRect();
      // Gaps between slots belong to the slot on their left, so a click never falls through.
      if (clientX < rect.right) return i;
    }
    return slots.length - 1;
  }
  const rect = field.getBoundingClientRect();
  const ratio = rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
  return Math.min(length - 1, Math.max(0, Math.floor(ratio * length)));
}
