import type { Messages } from '../messages';

/**
 * Spanish as written in Spain (informal "tú", "introduce", "móvil"), as most consumer sign-up
 * forms there use. Latin American Spanish is `es-419`.
 */
export const es: Messages = {
  errors: {
    invalid_code: 'El código no es correcto. Revísalo y vuelve a intentarlo.',
    code_expired: 'El código ha caducado. Pide otro código.',
    too_many_attempts: 'Demasiados códigos incorrectos. Pide otro código para volver a intentarlo.',
    // No number: the live countdown on the button beside it is the only number shown.
    rate_limited: 'Demasiadas solicitudes por ahora. Espera un momento y vuelve a intentarlo.',
    already_verified: 'Esa dirección de correo electrónico o ese número de teléfono ya están verificados.',
    order_violation: 'Primero verifica tu dirección de correo electrónico.',
    invalid_identifier: 'Esa dirección de correo electrónico o ese número de teléfono no son válidos. Revísalos y vuelve a intentarlo.',
    session_expired: 'Tu sesión ha caducado. Vuelve a empezar.',
    not_configured: 'La verificación no está disponible en este momento.',
    network: 'Parece que no tienes conexión. Compruébala y vuelve a intentarlo.',
    timeout: 'Está tardando demasiado. Vuelve a intentarlo.',
    unknown: 'Se ha producido un error. Vuelve a intentarlo.',
    captcha_required: 'Completa la comprobación de seguridad y vuelve a intentarlo.',
  },
  fields: {
    email: 'Dirección de correo electrónico',
    phone: 'Número de teléfono',
    code: 'Código de verificación',
    codeHint: '{length, plural, one {# dígito} many {# de dígitos} other {# dígitos}}',
    country: 'País o región',
    channel: 'Recibir el código por',
  },
  actions: {
    resend: 'Reenviar código',
    changeEmail: 'Cambiar correo electrónico',
    changePhone: 'Cambiar número de teléfono',
    sending: 'Enviando…',
    verifying: 'Validando…',
    retry: 'Reintentar',
    getNewCode: 'Pedir otro código',
    callInstead: 'Mejor por llamada',
    whatsappInstead: 'Mejor por WhatsApp',
    smsInstead: 'Mejor por SMS',
  },
  status: {
    codeSent: 'Hemos enviado un código a {to}.',
    codeSentVoice: 'Te estamos llamando al {to}. Contesta para escuchar tu código.',
    codeSentWhatsapp: 'Hemos enviado un código al {to} por WhatsApp.',
    codeSentIfAccount: 'Si {to} pertenece a una cuenta, le hemos enviado un código.',
    codeResent: 'Hemos enviado un código nuevo a {to}.',
    wrongCodeAttemptsLeft:
      '{count, plural, one {El código no es correcto. Te queda # intento.} many {El código no es correcto. Te quedan # de intentos.} other {El código no es correcto. Te quedan # intentos.}}',
    resendIn: 'Reenviar código en {time}',
    sendIn: 'Enviar código en {time}',
    getNewCodeIn: 'Pedir otro código en {time}',
    expiresIn: 'El código caduca en {time}.',
    codeExpired: 'El código ha caducado.',
    step: 'Paso {current} de {total}',
    emailVerified: 'Dirección de correo electrónico verificada.',
    phoneVerified: 'Número de teléfono verificado.',
    loadingCountries: 'Cargando países…',
    complete: 'Verificación completada. {message}',
  },
  validation: {
    emailRequired: 'Introduce tu dirección de correo electrónico.',
    emailInvalid: 'Introduce una dirección de correo electrónico válida, como nombre@ejemplo.com.',
    phoneRequired: 'Introduce tu número de teléfono.',
    phoneInvalid: 'Introduce un número de teléfono válido para el país seleccionado.',
    codeIncomplete: '{length, plural, one {Introduce el # dígito del código.} many {Introduce los # de dígitos del código.} other {Introduce los # dígitos del código.}}',
  },
  channels: {
    email: 'Correo electrónico',
    sms: 'SMS',
    voice: 'Llamada',
    whatsapp: 'WhatsApp',
  },
  steps: {
    email: 'Correo electrónico',
    phone: 'Número de teléfono',
  },
  demo: {
    outbox: 'Bandeja de salida de demostración',
    empty: 'Aún no hay mensajes.',
    sentTo: '{channel} a {to}',
    code: 'Código: {code}',
    clear: 'Vaciar',
  },
  templates: {
    Register: {
      title: 'Verifica tu correo electrónico para crear tu cuenta',
      description: 'Te enviaremos un código para confirmar que eres tú.',
      done: 'Tu cuenta está verificada.',
      send: 'Enviar código',
      verify: 'Validar',
      phoneTitle: 'Verifica tu número de teléfono',
      phoneDescription: 'Te enviaremos un código para confirmar que el número es tuyo.',
    },
    SignIn: {
      title: 'Iniciar sesión',
      description: 'Te enviaremos un código por correo electrónico para iniciar sesión.',
      done: 'Has iniciado sesión.',
      send: 'Enviar código',
      verify: 'Validar',
      phoneTitle: 'Inicia sesión con tu teléfono',
      phoneDescription: 'Te enviaremos un código por SMS para iniciar sesión.',
    },
    ForgotPassword: {
      title: 'Restablece tu contraseña',
      // Same words whether or not an account exists: the page must not reveal which.
      description: 'Introduce tu dirección de correo electrónico. Si pertenece a una cuenta, te enviaremos un código para restablecer tu contraseña.',
      done: 'Ya puedes elegir una contraseña nueva.',
      send: 'Enviar código',
      verify: 'Validar',
      phoneTitle: 'Restablece tu contraseña',
      phoneDescription: 'Introduce tu número de teléfono. Si pertenece a una cuenta, te enviaremos un código para restablecer tu contraseña.',
    },
  },
};

export default es;
