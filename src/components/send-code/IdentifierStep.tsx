import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { maskIdentifier } from '../../core/identifiers/mask';
import { PHONE_CHANNELS, type Channel, type IdentifierKind, type InteractionEvent, type SentCode } from '../../core/types';
import type { Formatter } from '../../react/useMessages';
import type { IdentifierView } from '../../react/useVerificationFlow';
import type { Theme } from '../../theme/tokens';
import { CodeStep } from './CodeStep';
import { IdentifierForm, type IdentifierSubmission } from './IdentifierForm';
import { isolateLtr } from '../../core/locale';
import { codeSentTemplate, Heading, type HeadingLevel } from './shared';
import type { SendCodePart } from './types';

export interface IdentifierStepProps {
  /** The identifier being verified. */
  kind: IdentifierKind;
  /**
   * What the code is for: picks the catalog's template (title, description, Send and Verify
   * labels, by kind), and a password reset words "code sent" so it reveals no account.
   */
  event: InteractionEvent;
  view: IdentifierView;
  /** Channels step 1 offers (one: no choice shown). */
  channels: readonly Channel[];
  headingLevel: HeadingLevel;
  defaultEmail: string;
  defaultPhone: string;
  defaultCountry: string;
  /** Used when the backend does not say how long its codes are. */
  codeLength: number;
  format: Formatter;
  onSend: (submission: IdentifierSubmission) => Promise<SentCode | undefined>;
  onResend: (channel?: Channel) => Promise<SentCode | undefined>;
  onVerify: (code: string) => Promise<unknown>;
  onChangeIdentifier: () => void;
  onClearError: () => void;
  announce: (text: string) => void;
  /** Focus the identifier field on mount. */
  autoFocus: boolean;
  /** Extra actions under the step, e.g. the wizard's "Change email" on the phone step. */
  footer?: ReactNode;
  theme?: Theme;
  unstyled?: boolean;
  classNames: Partial<Record<SendCodePart, string>>;
}

/**
 * One identifier from start to verified: the heading, then step 1 (the field) or step 2 (the
 * code), whichever the flow state says. Shared by SendCode and each wizard step.
 */
export function IdentifierStep(props: IdentifierStepProps) {
  const { kind, view, format, classNames, announce, onSend, onResend, onChangeIdentifier } = props;
  const { messages } = format;
  const template = messages.templates[props.event];
  const email = kind === 'email';
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes when the next phase mounts; only ever after something the user did.
  const [focusNext, setFocusNext] = useState<'field' | 'code' | null>(props.autoFocus ? 'field' : null);
  // While switching channel (say SMS → call), the flow restarts the identifier; the code step
  // stays on screen meanwhile instead of flashing back to step 1.
  const [switching, setSwitching] = useState(false);

  // "We sent a code to …" is announced by the description itself (a polite live region whose
  // text changes when the code goes out). A resend over the same channel changes nothing
  // there, so it gets its own sentence in the component's live region.
  const submit = useCallback(
    async (submission: IdentifierSubmission) => {
      setFocusNext('code');
      return onSend(submission);
    },
    [onSend],
  );

  const resend = useCallback(
    async (channel?: Channel) => {
      const switchingChannel = !!channel && channel !== view.channel;
      if (switchingChannel) setSwitching(true);
      const sent = await onResend(channel);
      if (switchingChannel) setSwitching(false);
      else if (sent) {
        // A reset's resend is hedged like its first send: "a new code" would confirm the account.
        const sentence = props.event === 'ForgotPassword' ? messages.status.codeSentIfAccount : messages.status.codeResent;
        announce(format.format(sentence, { to: isolateLtr(maskIdentifier(sent.to), format.locale) }));
      }
      return sent;
    },
    [onResend, announce, format, messages, view.channel, props.event],
  );

  const change = useCallback(() => {
    setFocusNext('field');
    onChangeIdentifier();
  }, [onChangeIdentifier]);

  const focusHeading = useCallback(() => headingRef.current?.focus(), []);

  const phase = view.status === 'sent' || switching ? 'code' : 'form';
  const description =
    phase === 'code' && view.to ? format.format(codeSentTemplate(messages, view.channel, props.event), { to: isolateLtr(maskIdentifier(view.to), format.locale) }) : email ? template.description : template.phoneDescription;
  const phoneChannels = props.channels.filter((channel) => PHONE_CHANNELS.includes(channel));
  const defaultChannel = kind === 'phone' ? (phoneChannels.includes(view.channel) ? view.channel : (phoneChannels[0] ?? 'sms')) : 'email';

  return (
    <div data-part="step" data-kind={kind} data-phase={phase}>
      <div data-part="header" className={classNames.header}>
        <Heading level={props.headingLevel} id={titleId} headingRef={headingRef} className={classNames.title}>
          {email ? template.title : template.phoneTitle}
        </Heading>
        <p id={descriptionId} data-part="description" aria-live="polite" className={classNames.description}>
          {description}
        </p>
      </div>
      {phase === 'form' ? (
        <IdentifierForm
          labelledBy={titleId}
          channels={props.channels.length ? props.channels : [defaultChannel]}
          defaultChannel={props.channels.includes(defaultChannel) ? defaultChannel : (props.channels[0] ?? defaultChannel)}
          defaultEmail={kind === 'email' && view.to ? view.to : props.defaultEmail}
          defaultPhone={kind === 'phone' && view.to ? view.to : props.defaultPhone}
          defaultCountry={props.defaultCountry}
          format={format}
          busy={view.isSending}
          sendLabel={template.send}
          error={view.error}
          sendAvailableAt={view.resendAvailableAt}
          onSubmit={(submission) => void submit(submission)}
          autoFocus={focusNext === 'field'}
          classNames={classNames}
        />
      ) : (
        <CodeStep
          kind={kind}
          view={view}
          labelledBy={titleId}
          describedBy={descriptionId}
          length={view.codeLength ?? props.codeLength}
          format={format}
          verifyLabel={template.verify}
          otherChannels={kind === 'phone' ? phoneChannels.filter((channel) => channel !== view.channel) : []}
          autoFocus={focusNext === 'code'}
          onVerify={props.onVerify}
          onResend={resend}
          onChangeIdentifier={change}
          onClearError={props.onClearError}
          focusHeading={focusHeading}
          theme={props.theme}
          unstyled={props.unstyled}
          classNames={classNames}
        />
      )}
      {props.footer}
    </div>
  );
}

