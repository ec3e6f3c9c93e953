import type { FormEvent, KeyboardEvent, ReactNode } from 'react';

/**
 * A step's `<form>`, or, inside a host page's form, a `div role="group"`: no nested form, no
 * submit buttons that would submit the host's. In the group, Enter in a text field runs the
 * step's submit and is kept from reaching the host form (implicit submission).
 */
export function StepContainer({
  inHostForm,
  onSubmit,
  labelledBy,
  className,
  children,
}: {
  inHostForm: boolean;
  onSubmit: () => void;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  if (inHostForm) {
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (event.key !== 'Enter' || event.nativeEvent.isComposing || target.tagName !== 'INPUT') return;
      event.preventDefault();
      onSubmit();
    };
    return (
      <div role="group" aria-labelledby={labelledBy} data-part="form" className={className} onKeyDown={onKeyDown}>
        {children}
      </div>
    );
  }
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // React forwards submit events from portals up the component tree: only our own form counts.
    if (event.target !== event.currentTarget) return;
    onSubmit();
  };
  return (
    <form noValidate aria-labelledby={labelledBy} data-part="form" className={className} onSubmit={handleSubmit}>
      {children}
    </form>
  );
}

/** The step's main button: submits its form, or runs the handler itself inside a host form. */
export function SubmitButton({
  inHostForm,
  onSubmit,
  busy,
  disabled,
  className,
  children,
}: {
  inHostForm: boolean;
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
      type={inHostForm ? 'button' : 'submit'}
      onClick={inHostForm ? onSubmit : undefined}
      data-part="button"
      data-busy={busy ? '' : undefined}
      aria-disabled={busy || undefined}
      className={className}
    >
      {children}
    </button>
  );
}
