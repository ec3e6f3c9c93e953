import type { Formatter } from '../../react/useMessages';
import { useCooldown } from '../../react/useCooldown';

/**
 * "The code expires in 10 min." under the code field. Whole minutes from a minute on (a
 * countdown by the second would only add noise); seconds in the last minute. Its own
 * component so its once-a-second clock re-renders this line and nothing else. Not a live
 * region: screen readers read it with the field's surroundings, not on every tick.
 */
export function ExpiryNote({ expiresAt, format, className }: { expiresAt: number | null | undefined; format: Formatter; className?: string }) {
  const { remainingMs, isCounting } = useCooldown(expiresAt);
  if (!isCounting) return null;
  return (
    <p data-part="expiry" className={className}>
      {format.format(format.messages.status.expiresIn, { time: format.formatDuration(remainingMs, { precision: 'minute' }) })}
    </p>
  );
}
