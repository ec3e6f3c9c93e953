import type { Channel } from '../../core/types';
import type { Formatter } from '../../react/useMessages';
import { useCooldown } from '../../react/useCooldown';
import { flag, insteadLabel } from './shared';
import type { SendCodePart } from './types';

export interface ResendActionsProps {
  /** Epoch ms from which a new code may be asked for (the send's cooldown, or a rate limit's wait). */
  resendAvailableAt: number | null;
  /** The current code is dead (expired, or locked by too many attempts): offer "Get a new code". */
  needsNewCode: boolean;
  /** Phone channels to offer instead of the current one ("Call me instead", WhatsApp). */
  otherChannels: readonly Channel[];
  busy: boolean;
  format: Formatter;
  onResend: (channel?: Channel) => void;
  classNames: Partial<Record<SendCodePart, string>>;
}

/**
 * "Resend code" with its live countdown ("Resend code in 27 sec"), and the other channels. Its
 * own component so the once-a-second countdown re-renders these buttons and nothing else.
 */
export function ResendActions({ resendAvailableAt, needsNewCode, otherChannels, busy, format, onResend, classNames }: ResendActionsProps) {
  const { remainingMs, isCounting } = useCooldown(resendAvailableAt);
  const { messages } = format;
  const label = isCounting
    ? format.format(needsNewCode ? messages.status.getNewCodeIn : messages.status.resendIn, { time: format.formatDuration(remainingMs) })
    : needsNewCode
      ? messages.actions.getNewCode
      : messages.actions.resend;
  return (
    <>
      <button
        type="button"
        data-part="link"
        data-action="resend"
        data-counting={flag(isCounting)}
        data-busy={flag(busy)}
        className={classNames.link}
        disabled={isCounting}
        aria-disabled={busy || undefined}
        onClick={() => {
          if (!busy) onResend();
        }}
      >
        {label}
      </button>
      {otherChannels.map((channel) => (
        <button
          key={channel}
          type="button"
          data-part="link"
          data-action="channel"
          data-channel={channel}
          className={classNames.link}
          disabled={isCounting}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onResend(channel);
          }}
        >
          {insteadLabel(messages, channel)}
        </button>
      ))}
    </>
  );
}
