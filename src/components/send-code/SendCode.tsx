import { useCallback, useId, useRef, useState } from 'react';
import { maskIdentifier } from '../../core/identifiers/mask';
import { identifierKind, PHONE_CHANNELS, type Channel, type IdentifierKind } from '../../core/types';
import { useFormat } from '../../react/useMessages';
import { useVerificationUnit } from '../../react/useVerificationUnit';
import { localeRegion } from '../../core/locale';
import { LiveRegion, useAnnouncer } from './announcer';
import { useHostForm } from './host-form';
import type { IdentifierSubmission } from './IdentifierForm';
import { IdentifierStep } from './IdentifierStep';
import { ComponentScope } from './scope';
import { Heading, useIsomorphicLayoutEffect, useRootAttributes } from './shared';
import type { SendCodeProps } from './types';

const DEFAULT_CODE_LENGTH = 6;

function channelList(channel: SendCodeProps['channel']): readonly Channel[] {
  const list = channel === undefined ? ['email' as const] : typeof channel === 'string' ? [channel] : channel;
  const known = list.filter((c, i) => (c === 'email' || PHONE_CHANNELS.includes(c)) && list.indexOf(c) === i);
  return known.length ? known : ['email'];
}

/** The default country: the prop, else the locale's region, else the US. */
export function resolveCountry(defaultCountry: string | undefined, locale: string): string {
  return (defaultCountry ?? localeRegion(locale) ?? 'US').toUpperCase();
}

/**
 * Sends a one-time code by email, SMS, call or WhatsApp and checks it. Step 1 asks for the
 * email address or phone number; step 2 takes the code, with resend, change and every error
 * state. Uses the provider's adapter, or its own `adapter`. Inside a host `<form>` it renders
 * no form of its own and never submits the host's.
 */
export function SendCode({ adapter, locale, messages, ...props }: SendCodeProps) {
  return (
    <ComponentScope component="SendCode" adapter={adapter} locale={locale} messages={messages}>
      <SendCodeView {...props} />
    </ComponentScope>
  );
}

function SendCodeView(props: Omit<SendCodeProps, 'adapter' | 'locale' | 'messages'>) {
  const { event = 'SignIn', onSent, onVerified, theme, unstyled, classNames = {}, headingLevel = 2 } = props;
  const format = useFormat();
  const { messages, locale } = format;
  const channels = channelList(props.channel);
  const firstPhone = channels.find((c) => c !== 'email') ?? 'sms';
  const rootRef = useRef<HTMLDivElement>(null);
  const inHostForm = useHostForm(rootRef);
  const announcer = useAnnouncer();
  const doneId = useId();
  const [activeKind, setActiveKind] = useState<IdentifierKind>(identifierKind(channels[0] ?? 'email'));

  // One single-identifier unit per kind, so a list like ['email', 'sms'] can switch between
  // them. Each verifies its identifier on its own: no steps, no ordering, nothing assumed about
  // the other identifier (a backend that orders them still refuses, with order_violation).
  const emailUnit = useVerificationUnit({ channel: 'email', event, onVerified });
  const phoneUnit = useVerificationUnit({ channel: firstPhone, event, onVerified });
  const view = activeKind === 'email' ? emailUnit : phoneUnit;

  const emailSend = emailUnit.send;
  const phoneSend = phoneUnit.send;
  const send = useCallback(
    async ({ kind, channel, to }: IdentifierSubmission) => {
      setActiveKind(kind);
      const sent = kind === 'email' ? await emailSend(to) : await phoneSend(to, { channel });
      if (sent) onSent?.(sent);
      return sent;
    },
    [emailSend, phoneSend, onSent],
  );
  const { send: unitSend, verify, change, clearError } = view;
  const resend = useCallback(
    async (channel?: Channel) => {
      const sent = await unitSend(undefined, channel ? { channel } : undefined);
      if (sent) onSent?.(sent);
      return sent;
    },
    [unitSend, onSent],
  );

  const done = view.status === 'verified';
  const doneRef = useRef<HTMLHeadingElement>(null);
  const doneText = activeKind === 'email' ? messages.status.emailVerified : messages.status.phoneVerified;
  const wasDone = useRef(done);
  // A layout effect: focus lands before anything else can react to the new screen.
  useIsomorphicLayoutEffect(() => {
    if (done && !wasDone.current) {
      announcer.announce(format.format(messages.status.complete, { message: doneText }));
      doneRef.current?.focus();
    }
    wasDone.current = done;
  }, [done, doneText, announcer, format, messages]);

  const state = done ? 'done' : view.status === 'sent' ? 'code' : 'form';
  const rootAttributes = useRootAttributes('send-code', props, locale, inHostForm, view.isSending || view.isVerifying);

  return (
    <div
      ref={rootRef}
      {...rootAttributes}
      data-state={state}
      data-kind={activeKind}
      data-channel={view.channel}
    >
      {done ? (
        <div data-part="header" className={classNames.header}>
          <Heading level={headingLevel} id={doneId} headingRef={doneRef} className={classNames.title}>
            {doneText}
          </Heading>
          {view.to ? (
            <p data-part="description" className={classNames.description}>
              <bdi dir="ltr">{maskIdentifier(view.to)}</bdi>
            </p>
          ) : null}
        </div>
      ) : (
        <IdentifierStep
          kind={activeKind}
          event={event}
          view={view}
          channels={channels}
          headingLevel={headingLevel}
          defaultEmail={identifierKind(channels[0] ?? 'email') === 'email' ? (props.defaultValue ?? '') : ''}
          defaultPhone={identifierKind(channels[0] ?? 'email') === 'phone' ? (props.defaultValue ?? '') : ''}
          defaultCountry={resolveCountry(props.defaultCountry, locale)}
          codeLength={props.codeLength ?? DEFAULT_CODE_LENGTH}
          format={format}
          onSend={send}
          onResend={resend}
          onVerify={verify}
          onChangeIdentifier={change}
          onClearError={clearError}
          announce={announcer.announce}
          autoFocus={!!props.autoFocus}
          theme={theme}
          unstyled={unstyled}
          classNames={classNames}
        />
      )}
      <LiveRegion announcer={announcer} className={classNames.announcer} />
    </div>
  );
}
