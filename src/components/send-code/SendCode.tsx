import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { isDevelopment } from '../../core/env';
import { maskIdentifier } from '../../core/identifiers/mask';
import { identifierKind, PHONE_CHANNELS, type Channel, type IdentifierKind } from '../../core/types';
import { useFormat } from '../../react/useMessages';
import { useVerificationFlow } from '../../react/useVerificationFlow';
import { localeRegion } from '../../core/locale';
import { LiveRegion, useAnnouncer } from './announcer';
import { useHostForm } from './host-form';
import type { IdentifierSubmission } from './IdentifierForm';
import { IdentifierStep } from './IdentifierStep';
import { ComponentScope } from './scope';
import { Heading, useIsomorphicLayoutEffect, useRootAttributes } from './shared';
import type { SendCodeProps } from './types';

const DEFAULT_CODE_LENGTH = 6;
const EMAIL_VERIFIED = { email: { verified: true } } as const;

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
  const { event = 'SignIn', onSent, onVerified, theme, unstyled, classNames = {}, className, style, headingLevel = 2 } = props;
  const format = useFormat();
  const { messages, locale } = format;
  const channels = channelList(props.channel);
  const firstPhone = channels.find((c) => c !== 'email') ?? 'sms';
  const rootRef = useRef<HTMLDivElement>(null);
  const inHostForm = useHostForm(rootRef);
  const announcer = useAnnouncer();
  const doneId = useId();
  const [activeKind, setActiveKind] = useState<IdentifierKind>(identifierKind(channels[0] ?? 'email'));

  const handleVerified = useCallback(
    (_kind: IdentifierKind, verified: Parameters<NonNullable<SendCodeProps['onVerified']>>[0]) => onVerified?.(verified),
    [onVerified],
  );
  // One flow per kind of identifier, so a list like ['email', 'sms'] can switch between them.
  // Email: a one-step flow. Phone: the phone step, with the email taken as verified (the page
  // did that before showing a phone form; the backend still refuses otherwise).
  const emailFlow = useVerificationFlow({ accountType: 'business', event, loadStatus: false, onVerified: handleVerified });
  const phoneFlow = useVerificationFlow({
    accountType: 'individual',
    event,
    phoneChannel: firstPhone,
    loadStatus: false,
    initialStatus: EMAIL_VERIFIED,
    onVerified: handleVerified,
  });
  const flow = activeKind === 'email' ? emailFlow : phoneFlow;
  const view = flow[activeKind];

  // Keyed on the channels' names, not the array, so an inline `channel={[…]}` warns once.
  const channelKey = channels.join(' ');
  useEffect(() => {
    if (isDevelopment() && event === 'ForgotPassword' && channelKey.split(' ').some((c) => c !== 'email')) {
      console.warn('verikit: <SendCode event="ForgotPassword"> verifies an email address only; phone channels are refused (order_violation).');
    }
  }, [event, channelKey]);

  const send = useCallback(
    async ({ kind, channel, to }: IdentifierSubmission) => {
      setActiveKind(kind);
      const target = kind === 'email' ? emailFlow : phoneFlow;
      const sent = await target.send(kind, to, kind === 'phone' ? { channel } : undefined);
      if (sent) onSent?.(sent);
      return sent;
    },
    [emailFlow, phoneFlow, onSent],
  );
  const { send: flowSend, verify, change, clearError } = flow;
  const resend = useCallback(
    async (channel?: Channel) => {
      const sent = await flowSend(activeKind, undefined, channel ? { channel } : undefined);
      if (sent) onSent?.(sent);
      return sent;
    },
    [flowSend, activeKind, onSent],
  );
  const onVerify = useCallback((code: string) => verify(activeKind, code), [verify, activeKind]);
  const onChange = useCallback(() => change(activeKind), [change, activeKind]);
  const onClearError = useCallback(() => clearError(activeKind), [clearError, activeKind]);

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

  const template = messages.templates[event];
  const title = activeKind === 'email' ? template.title : template.phoneTitle;
  const state = done ? 'done' : view.status === 'sent' ? 'code' : 'form';
  const rootAttributes = useRootAttributes('send-code', {
    locale,
    unstyled,
    rootClassName: classNames.root,
    className,
    theme,
    style,
    inHostForm,
    busy: view.isSending || view.isVerifying,
  });

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
          title={title}
          description={activeKind === 'email' ? template.description : template.phoneDescription}
          headingLevel={headingLevel}
          sendLabel={template.send}
          verifyLabel={template.verify}
          defaultEmail={identifierKind(channels[0] ?? 'email') === 'email' ? (props.defaultValue ?? '') : ''}
          defaultPhone={identifierKind(channels[0] ?? 'email') === 'phone' ? (props.defaultValue ?? '') : ''}
          defaultCountry={resolveCountry(props.defaultCountry, locale)}
          codeLength={props.codeLength ?? DEFAULT_CODE_LENGTH}
          format={format}
          onSend={send}
          onResend={resend}
          onVerify={onVerify}
          onChangeIdentifier={onChange}
          onClearError={onClearError}
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
