import type { KeyboardEvent, ReactNode } from 'react';

/**
 * A step's group of fields: always a `div role="group"`, never a `<form>`. Whether the
 * component sits inside a host page's form is only known in the browser, and a server render
 * must produce the same markup either way: a `<form>` inside the host's would be dropped by the
 * HTML parser (a hydration mismatch), and its submit buttons would submit the host's form.
 * Enter in a text field runs the step's submit here and is kept from reaching any host form
 * (implicit submission), so the keyboard works as it would in a form of our own.
 */
export function StepContainer({
  onSubmit,
  labelledBy,
  className,
  children,
}: {
  onSubmit: () => void;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || target.tagName !== 'INPUT') return;
    // Radios and checkboxes don't submit on Enter in a form either.
    const type = (target as HTMLInputElement).type;
    if (type === 'radio' || type === 'checkbox') return;
    event.preventDefault();
    onSubmit();
  };
  return (
    <div role="group" aria-labelledby={labelledBy} data-part="form" className={className} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

/** The step's main button: a plain button that runs the step's submit (see StepContainer). */
export function SubmitButton({
  onSubmit,
  busy,
  disabled,
  className,
  children,
}: {
  onSubmit: () => void;
  busy: boolean;
  /** Truly unavailable (e.g. a rate limit's wait); busy only ignores clicks and keeps focus. */
  disabled?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button
      disabled={disabled}
      type="button"
      onClick={onSubmit}
      data-part="button"
      data-busy={busy ? '' : undefined}
      aria-disabled={busy || undefined}
      className={className}
    >
      {children}
    </button>
  );
}
