import { useState } from 'react';
import { createMemoryAdapter } from '../../src/adapters/memory';
import { SendCode, VerificationWizard } from '../../src/components';
import { OtpInput } from '../../src/components/otp-input';
import { VerificationProvider } from '../../src/react';
import { themePresets, themeStyle, type Theme, type ThemePresetName } from '../../src/theme';

const cell = { display: 'grid', gap: 6, justifyItems: 'start' } as const;
const caption = { fontSize: 12, margin: 0, fontWeight: 600 } as const;

function State({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div style={cell}>
      <p style={caption}>{label}</p>
      {children}
    </div>
  );
}

/** Every component state that needs no network, under one preset. */
export function PresetColumn({ name, theme }: { name: string; theme: Theme }) {
  // Each column gets its own quiet backend: nothing here sends anything on its own.
  const [adapter] = useState(() => createMemoryAdapter({ seed: 7 }));
  return (
    <VerificationProvider adapter={adapter} theme={theme}>
      <section
        aria-label={`${name} preset`}
        data-testid={`gallery-${name}`}
        className="vk"
        data-part="root"
        data-color-scheme={theme.colorScheme}
        style={{ ...themeStyle(theme), display: 'grid', gap: 16, padding: 16, borderRadius: 12, minInlineSize: 0 }}
      >
        <h2 style={{ margin: 0, fontSize: 16 }}>{name}</h2>
        <State label="Code: empty">
          <OtpInput aria-label={`${name}: empty code`} />
        </State>
        <State label="Code: partly filled">
          <OtpInput aria-label={`${name}: partly filled code`} defaultValue="482" />
        </State>
        <State label="Code: complete, masked">
          <OtpInput aria-label={`${name}: masked code`} defaultValue="482913" mask />
        </State>
        <State label="Code: invalid">
          <OtpInput aria-label={`${name}: invalid code`} defaultValue="482913" error="That code isn't right. 2 attempts left." />
        </State>
        <State label="Code: disabled">
          <OtpInput aria-label={`${name}: disabled code`} defaultValue="48" disabled />
        </State>
        <State label="Code: 8 characters with a separator">
          <OtpInput aria-label={`${name}: long code`} length={8} pattern="alphanumeric" separatorAfter={4} defaultValue="AB12" />
        </State>
        <State label="SendCode: email, password reset">
          <SendCode event="ForgotPassword" headingLevel={3} />
        </State>
        <State label="SendCode: phone, with a call and WhatsApp">
          <SendCode event="SignIn" channel={['sms', 'voice', 'whatsapp']} defaultCountry="DE" headingLevel={3} />
        </State>
        <State label="VerificationWizard: first step">
          <VerificationWizard accountType="individual" event="Register" persist={false} loadStatus={false} headingLevel={3} />
        </State>
      </section>
    </VerificationProvider>
  );
}

/** All presets side by side. */
export function Gallery({ presets = Object.keys(themePresets) as ThemePresetName[] }: { presets?: ThemePresetName[] }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))', gap: 16 }}>
      {presets.map((name) => (
        <PresetColumn key={name} name={name} theme={themePresets[name]} />
      ))}
    </div>
  );
}
