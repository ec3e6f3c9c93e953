import { useCallback, useEffect, useId, useRef } from 'react';
import { flowResult } from '../../core/flow/selectors';
import { maskIdentifier } from '../../core/identifiers/mask';
import { PHONE_CHANNELS, type Channel } from '../../core/types';
import { useFormat } from '../../react/useMessages';
import { useVerificationFlow } from '../../react/useVerificationFlow';
import { LiveRegion, useAnnouncer } from '../send-code/announcer';
import { useHostForm } from '../send-code/host-form';
import type { IdentifierSubmission } from '../send-code/IdentifierForm';
import { IdentifierStep } from '../send-code/IdentifierStep';
import { resolveCountry } from '../send-code/SendCode';
import { ComponentScope } from '../send-code/scope';
import { changeLabel, Heading, useIsomorphicLayoutEffect, useRootAttributes } from '../send-code/shared';
import { StepIndicator } from './StepIndicator';
import type { VerificationWizardProps, WizardStep } from './types';

const DEFAULT_PHONE_CHANNELS: readonly Channel[] = ['sms'];

/**
 * The whole verification a sign-up page needs: the email, then (for individual accounts) the
 * phone number, each with its code, a step indicator and a completion screen. The phone step
 * does not exist until the email is verified; what the backend says is already verified is
 * skipped; a reload resumes where the user was (no code is ever stored).
 */
export function VerificationWizard({ adapter, locale, messages, ...props }: VerificationWizardProps) {
  return (
    <ComponentScope component="VerificationWizard" adapter={adapter} locale={locale} messages={messages}>
      <WizardView {...props} />
    </ComponentScope>
  );
}

function WizardView(props: Omit<VerificationWizardProps, 'adapter' | 'locale' | 'messages'>) {
  const { accountType = 'individual', event = 'Register', theme, unstyled, classNames = {}, headingLevel = 2 } = props;
  const { onComplete, onStepChange } = props;
  const format = useFormat();
  const { messages, locale } = format;
  const phoneChannels = (props.phoneChannels ?? DEFAULT_PHONE_CHANNELS).filter((c) => PHONE_CHANNELS.includes(c));
  const phoneList = phoneChannels.length ? phoneChannels : DEFAULT_PHONE_CHANNELS;
  const defaultCountry = resolveCountry(props.defaultCountry, locale);
  const rootRef = useRef<HTMLDivElement>(null);
  const inHostForm = useHostForm(rootRef);
  const announcer = useAnnouncer();
  const doneId = useId();

  const flow = useVerificationFlow({
    accountType,
    event,
    ...(props.steps && { steps: props.steps }),
    phoneChannel: phoneList[0],
    defaultCountry,
    persist: props.persist ?? true,
    loadStatus: props.loadStatus ?? true,
    initialEmail: props.initialEmail || undefined,
    initialPhone: props.initialPhone || undefined,
  });
  const { step, isComplete, state, isResuming } = flow;

  // Focus follows the flow only once the user has been in the wizard: a step skipped by a
  // status check on page load must not pull focus away from wherever the user is.
  const interacted = useRef(false);
  const markInteracted = useCallback(() => {
    interacted.current = true;
  }, []);
  const shownStep = useRef<WizardStep>(step);
  // A layout effect: focus lands before anything else can react to the new screen.
  useIsomorphicLayoutEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    onStepChange?.(step);
    if (step === 'done') announcer.announce(format.format(messages.status.complete, { message: messages.templates[event].done }));
    if (interacted.current) rootRef.current?.querySelector<HTMLElement>('[data-part="title"]')?.focus();
  }, [step, onStepChange, announcer, format, messages, event]);

  const wasComplete = useRef(isComplete);
  useEffect(() => {
    // The core's result: each step's identifier with its proof (with an adapter that issues
    // proofs, the flow doesn't complete without one for every identifier).
    const result = isComplete && !wasComplete.current ? flowResult(state) : null;
    if (result) onComplete?.(result);
    wasComplete.current = isComplete;
  }, [isComplete, state, onComplete]);

  const { send, verify, change, clearError } = flow;
  const kind = step === 'phone' ? 'phone' : 'email';
  const onSend = useCallback(
    ({ kind: k, channel, to }: IdentifierSubmission) => send(k, to, k === 'phone' ? { channel } : undefined),
    [send],
  );
  const onResend = useCallback((channel?: Channel) => send(kind, undefined, channel ? { channel } : undefined), [send, kind]);
  const onVerify = useCallback((code: string) => verify(kind, code), [verify, kind]);
  const onChange = useCallback(() => change(kind), [change, kind]);
  const onClearError = useCallback(() => clearError(kind), [clearError, kind]);
  const changeEmail = useCallback(() => {
    interacted.current = true;
    change('email');
  }, [change]);

  const template = messages.templates[event];
  const view = flow[kind];
  const rootAttributes = useRootAttributes('wizard', props, locale, inHostForm, view.isSending || view.isVerifying);

  return (
    <div
      ref={rootRef}
      {...rootAttributes}
      data-state={step}
      data-account-type={accountType}
      onFocusCapture={markInteracted}
      onPointerDownCapture={markInteracted}
    >
      {step === 'done' || isResuming ? null : (
        <StepIndicator
          steps={flow.steps}
          current={flow.stepNumber}
          format={format}
          className={classNames.steps}
          progressClassName={classNames.progress}
        />
      )}
      {isResuming ? null : step === 'done' ? (
        <div data-part="done" className={classNames.done}>
          <div data-part="header" className={classNames.header}>
            <Heading level={headingLevel} id={doneId} className={classNames.title}>
              {template.done}
            </Heading>
          </div>
          <ul data-part="summary" className={classNames.summary}>
            {state.steps.map((s) => {
              const to = state[s].to;
              return (
                <li key={s} data-kind={s}>
                  {s === 'email' ? messages.status.emailVerified : messages.status.phoneVerified}
                  {to ? <span data-part="value">
                    {' '}
                    <bdi dir="ltr">{maskIdentifier(to)}</bdi>
                  </span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <IdentifierStep
          key={step}
          kind={kind}
          event={event}
          view={view}
          channels={kind === 'email' ? ['email'] : phoneList}
          headingLevel={headingLevel}
          defaultEmail={props.initialEmail ?? ''}
          defaultPhone={props.initialPhone ?? ''}
          defaultCountry={defaultCountry}
          codeLength={props.codeLength ?? 6}
          format={format}
          onSend={onSend}
          onResend={onResend}
          onVerify={onVerify}
          onChangeIdentifier={onChange}
          onClearError={onClearError}
          announce={announcer.announce}
          autoFocus={false}
          footer={
            kind === 'phone' && state.steps.includes('email') ? (
              <div data-part="actions" className={classNames.actions}>
                <button type="button" data-part="link" data-action="change-email" className={classNames.link} onClick={changeEmail}>
                  {changeLabel(messages, 'email')}
                </button>
              </div>
            ) : null
          }
          theme={theme}
          unstyled={unstyled}
          classNames={classNames}
        />
      )}
      <LiveRegion announcer={announcer} className={classNames.announcer} />
    </div>
  );
}
