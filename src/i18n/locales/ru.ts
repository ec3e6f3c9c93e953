import type { Messages } from '../messages';

/**
 * Russian ("вы"). Plurals use one / few / many, with `other` for fractions. Email is always
 * «электронная почта» (never «почта», «email» or «имейл» mixed in), abbreviated «эл. почта» on a
 * button where the full word would not fit.
 */
export const ru: Messages = {
  errors: {
    invalid_code: 'Код не подходит. Проверьте его и попробуйте ещё раз.',
    code_expired: 'Срок действия кода истёк. Получите новый код.',
    too_many_attempts: 'Слишком много неверных кодов. Получите новый код, чтобы попробовать снова.',
    // No number: the live countdown on the button beside it is the only number shown.
    rate_limited: 'Сейчас слишком много запросов. Подождите немного и попробуйте ещё раз.',
    already_verified: 'Эта электронная почта или этот номер телефона уже подтверждены.',
    order_violation: 'Сначала подтвердите электронную почту.',
    invalid_identifier: 'Электронная почта или номер телефона указаны неверно. Проверьте и попробуйте ещё раз.',
    session_expired: 'Сеанс истёк. Начните заново.',
    not_configured: 'Подтверждение сейчас недоступно.',
    network: 'Похоже, нет подключения к интернету. Проверьте соединение и попробуйте ещё раз.',
    timeout: 'Это занимает слишком много времени. Попробуйте ещё раз.',
    unknown: 'Что-то пошло не так. Попробуйте ещё раз.',
    captcha_required: 'Пройдите проверку безопасности и попробуйте ещё раз.',
  },
  fields: {
    email: 'Электронная почта',
    phone: 'Номер телефона',
    code: 'Код подтверждения',
    codeHint: '{length, plural, one {# цифра} few {# цифры} many {# цифр} other {# цифры}}',
    country: 'Страна или регион',
    channel: 'Как получить код',
  },
  actions: {
    resend: 'Выслать снова',
    changeEmail: 'Изменить эл. почту',
    changePhone: 'Изменить номер телефона',
    sending: 'Отправка…',
    verifying: 'Проверка…',
    retry: 'Повторить',
    getNewCode: 'Получить новый код',
    callInstead: 'Лучше звонком',
    whatsappInstead: 'Лучше в WhatsApp',
    smsInstead: 'Лучше по SMS',
  },
  status: {
    codeSent: 'Мы отправили код на {to}.',
    codeSentVoice: 'Звоним на {to}. Ответьте на звонок, чтобы услышать код.',
    codeSentWhatsapp: 'Мы отправили код на {to} в WhatsApp.',
    codeSentIfAccount: 'Если к {to} привязан аккаунт, мы отправили туда код.',
    codeResent: 'Мы отправили новый код на {to}.',
    wrongCodeAttemptsLeft:
      '{count, plural, one {Код не подходит. Осталась # попытка.} few {Код не подходит. Осталось # попытки.} many {Код не подходит. Осталось # попыток.} other {Код не подходит. Осталось # попытки.}}',
    resendIn: 'Выслать снова через {time}',
    sendIn: 'Получить код через {time}',
    getNewCodeIn: 'Получить новый код через {time}',
    expiresIn: 'Код действует ещё {time}.',
    codeExpired: 'Срок действия кода истёк.',
    step: 'Шаг {current} из {total}',
    emailVerified: 'Электронная почта подтверждена.',
    phoneVerified: 'Номер телефона подтверждён.',
    loadingCountries: 'Загружаем список стран…',
    complete: 'Подтверждение завершено. {message}',
  },
  validation: {
    emailRequired: 'Введите электронную почту.',
    emailInvalid: 'Введите корректную электронную почту, например name@example.com.',
    phoneRequired: 'Введите номер телефона.',
    phoneInvalid: 'Введите корректный номер телефона для выбранной страны.',
    codeIncomplete: '{length, plural, one {Введите # цифру кода.} few {Введите все # цифры кода.} many {Введите все # цифр кода.} other {Введите все # цифры кода.}}',
  },
  channels: {
    email: 'Электронная почта',
    sms: 'SMS',
    voice: 'Звонок',
    whatsapp: 'WhatsApp',
  },
  steps: {
    email: 'Электронная почта',
    phone: 'Номер телефона',
  },
  demo: {
    outbox: 'Демо-исходящие',
    empty: 'Сообщений пока нет.',
    sentTo: '{channel}: {to}',
    code: 'Код: {code}',
    clear: 'Очистить',
  },
  templates: {
    Register: {
      title: 'Подтвердите электронную почту, чтобы создать аккаунт',
      description: 'Мы отправим код, чтобы убедиться, что это вы.',
      done: 'Ваш аккаунт подтверждён.',
      send: 'Получить код',
      verify: 'Далее',
      phoneTitle: 'Подтвердите номер телефона',
      phoneDescription: 'Мы отправим код, чтобы убедиться, что это ваш номер.',
    },
    SignIn: {
      title: 'Вход',
      description: 'Чтобы войти, мы отправим вам код на электронную почту.',
      done: 'Вы вошли в аккаунт.',
      send: 'Получить код',
      verify: 'Войти',
      phoneTitle: 'Вход по номеру телефона',
      phoneDescription: 'Чтобы войти, мы отправим вам код в SMS.',
    },
    ForgotPassword: {
      title: 'Сброс пароля',
      // Same words whether or not an account exists: the page must not reveal which.
      description: 'Введите электронную почту. Если она привязана к аккаунту, мы отправим на неё код для сброса пароля.',
      done: 'Теперь вы можете задать новый пароль.',
      send: 'Получить код',
      verify: 'Далее',
      phoneTitle: 'Сброс пароля',
      phoneDescription: 'Введите номер телефона. Если он привязан к аккаунту, мы отправим на него код для сброса пароля.',
    },
  },
};

export default ru;
