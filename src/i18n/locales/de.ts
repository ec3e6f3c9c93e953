import type { Messages } from '../messages';

/**
 * German (formal "Sie", as most sign-up forms for a general audience use). Countdowns put the
 * time before the verb ("In 27 s erneut senden"), as German word order wants.
 */
export const de: Messages = {
  errors: {
    invalid_code: 'Dieser Code stimmt nicht. Bitte prüfen Sie ihn und versuchen Sie es noch einmal.',
    code_expired: 'Dieser Code ist abgelaufen. Bitte fordern Sie einen neuen Code an.',
    too_many_attempts: 'Zu viele falsche Codes. Fordern Sie einen neuen Code an, um es noch einmal zu versuchen.',
    // No number: the live countdown on the button beside it is the only number shown.
    rate_limited: 'Im Moment zu viele Anfragen. Bitte warten Sie kurz und versuchen Sie es dann noch einmal.',
    already_verified: 'Diese E-Mail-Adresse oder Telefonnummer ist bereits bestätigt.',
    order_violation: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse.',
    invalid_identifier: 'Diese E-Mail-Adresse oder Telefonnummer ist ungültig. Bitte prüfen Sie sie und versuchen Sie es noch einmal.',
    session_expired: 'Ihre Sitzung ist abgelaufen. Bitte beginnen Sie von vorn.',
    not_configured: 'Die Bestätigung ist im Moment nicht verfügbar.',
    network: 'Sie scheinen offline zu sein. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
    timeout: 'Das dauert zu lange. Bitte versuchen Sie es noch einmal.',
    unknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es noch einmal.',
    captcha_required: 'Bitte schließen Sie die Sicherheitsprüfung ab und versuchen Sie es dann noch einmal.',
  },
  fields: {
    email: 'E-Mail-Adresse',
    phone: 'Telefonnummer',
    code: 'Bestätigungscode',
    codeHint: '{length, plural, one {# Ziffer} other {# Ziffern}}',
    country: 'Land oder Region',
    channel: 'Code erhalten per',
  },
  actions: {
    resend: 'Erneut senden',
    changeEmail: 'E-Mail-Adresse ändern',
    changePhone: 'Telefonnummer ändern',
    sending: 'Senden…',
    verifying: 'Wird geprüft…',
    retry: 'Wiederholen',
    getNewCode: 'Neuer Code',
    callInstead: 'Lieber per Anruf',
    whatsappInstead: 'Lieber per WhatsApp',
    smsInstead: 'Lieber per SMS',
  },
  status: {
    codeSent: 'Wir haben einen Code an {to} gesendet.',
    codeSentVoice: 'Wir rufen {to} an. Nehmen Sie den Anruf an, um Ihren Code zu hören.',
    codeSentWhatsapp: 'Wir haben einen Code per WhatsApp an {to} gesendet.',
    codeSentIfAccount: 'Falls {to} zu einem Konto gehört, haben wir einen Code dorthin gesendet.',
    codeResent: 'Wir haben einen neuen Code an {to} gesendet.',
    wrongCodeAttemptsLeft: '{count, plural, one {Dieser Code stimmt nicht. Sie haben noch # Versuch.} other {Dieser Code stimmt nicht. Sie haben noch # Versuche.}}',
    resendIn: 'In {time} erneut senden',
    sendIn: 'Code in {time} senden',
    getNewCodeIn: 'Neuer Code in {time}',
    expiresIn: 'Der Code läuft in {time} ab.',
    codeExpired: 'Der Code ist abgelaufen.',
    step: 'Schritt {current} von {total}',
    emailVerified: 'E-Mail-Adresse bestätigt.',
    phoneVerified: 'Telefonnummer bestätigt.',
    loadingCountries: 'Länder werden geladen…',
    complete: 'Bestätigung abgeschlossen. {message}',
  },
  validation: {
    emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
    phoneRequired: 'Geben Sie Ihre Telefonnummer ein.',
    phoneInvalid: 'Geben Sie eine gültige Telefonnummer für das gewählte Land ein.',
    codeIncomplete: '{length, plural, one {Geben Sie die # Ziffer des Codes ein.} other {Geben Sie alle # Ziffern des Codes ein.}}',
  },
  channels: {
    email: 'E-Mail',
    sms: 'SMS',
    voice: 'Anruf',
    whatsapp: 'WhatsApp',
  },
  steps: {
    email: 'E-Mail-Adresse',
    phone: 'Telefonnummer',
  },
  demo: {
    outbox: 'Demo-Postausgang',
    empty: 'Noch keine Nachrichten.',
    sentTo: '{channel} an {to}',
    code: 'Code: {code}',
    clear: 'Leeren',
  },
  templates: {
    Register: {
      title: 'Bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto zu erstellen',
      description: 'Wir senden Ihnen einen Code, um sicherzugehen, dass Sie es sind.',
      done: 'Ihr Konto ist bestätigt.',
      send: 'Code senden',
      verify: 'Prüfen',
      phoneTitle: 'Bestätigen Sie Ihre Telefonnummer',
      phoneDescription: 'Wir senden Ihnen einen Code, um sicherzugehen, dass die Nummer Ihnen gehört.',
    },
    SignIn: {
      title: 'Anmelden',
      description: 'Wir senden Ihnen zum Anmelden einen Code per E-Mail.',
      done: 'Sie sind angemeldet.',
      send: 'Code senden',
      verify: 'Prüfen',
      phoneTitle: 'Mit Telefonnummer anmelden',
      phoneDescription: 'Wir senden Ihnen zum Anmelden einen Code per SMS.',
    },
    ForgotPassword: {
      title: 'Passwort zurücksetzen',
      // Same words whether or not an account exists: the page must not reveal which.
      description: 'Geben Sie Ihre E-Mail-Adresse ein. Falls sie zu einem Konto gehört, senden wir Ihnen einen Code zum Zurücksetzen Ihres Passworts.',
      done: 'Sie können jetzt ein neues Passwort festlegen.',
      send: 'Code senden',
      verify: 'Prüfen',
      phoneTitle: 'Passwort zurücksetzen',
      phoneDescription: 'Geben Sie Ihre Telefonnummer ein. Falls sie zu einem Konto gehört, senden wir Ihnen einen Code zum Zurücksetzen Ihres Passworts.',
    },
  },
};

export default de;
