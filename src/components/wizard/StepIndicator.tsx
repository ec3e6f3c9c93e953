import type { FlowStep } from '../../core/flow/state';
import type { Formatter } from '../../react/useMessages';

/**
 * "Step 1 of 2 · Email address" (`status.step` and the current step's `steps.*` name) and a bar
 * of segments. The bar is decoration (aria-hidden): the sentence says it all, and a later step
 * is not named before it exists for the user.
 */
export function StepIndicator({
  steps,
  current,
  format,
  className,
  progressClassName,
}: {
  steps: readonly FlowStep[];
  current: number;
  format: Formatter;
  className?: string;
  progressClassName?: string;
}) {
  const currentStep = steps[current - 1];
  return (
    <div data-part="steps" className={className}>
      <p data-part="status">
        {format.format(format.messages.status.step, { current, total: steps.length })}
        {currentStep ? (
          <>
            {/* A neutral separator: punctuation before a name differs by language. */}
            <span aria-hidden="true"> · </span>
            <span data-part="step-name">{format.messages.steps[currentStep]}</span>
          </>
        ) : null}
      </p>
      <div data-part="progress" aria-hidden="true" className={progressClassName}>
        {steps.map((step, index) => (
          <span
            key={step}
            data-part="progress-step"
            data-state={index + 1 < current ? 'complete' : index + 1 === current ? 'current' : 'upcoming'}
          />
        ))}
      </div>
    </div>
  );
}
