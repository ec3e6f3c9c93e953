/**
 * One document `selectionchange` listener for the whole page, however many code fields it has:
 * the event says nothing about which input changed, so each field's handler used to run (and
 * read the DOM) on every event. Now only the focused field's handler runs.
 */
const fields = new Map<Element, () => void>();
const dispatch = () => fields.get(document.activeElement!)?.();

/** Calls `handler` when the selection changes while `input` has focus; returns the unsubscribe. */
export function watchSelection(input: Element, handler: () => void): () => void {
  if (!fields.size) document.addEventListener('selectionchange', dispatch);
  fields.set(input, handler);
  return () => {
    fields.delete(input);
    if (!fields.size) document.removeEventListener('selectionchange', dispatch);
  };
}
