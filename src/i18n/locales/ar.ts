import type { Messages } from '../messages';

/**
 * Arabic (Modern Standard). Counts use all six plural forms: zero, one, two, few (3–10),
 * many (11–99) and other (100+). WhatsApp is written واتساب, as Arabic text spells it. The UI
 * sets the direction; codes, emails and numbers stay left to right inside it, and durations
 * use whole unit names (formatDuration), not clipped abbreviations.
 */
export const ar: Messages = {
  errors: {
    invalid_code: 'هذا الرمز غير صحيح. تحقق منه وحاول مرة أخرى.',
    code_expired: 'انتهت صلاحية هذا الرمز. احصل على رمز جديد.',
    too_many_attempts: 'أُدخلت رموز غير صحيحة مرات كثيرة. احصل على رمز جديد لتحاول مرة أخرى.',
    // No number: the live countdown on the button beside it is the only number shown.
    rate_limited: 'طلبات كثيرة جدًا في الوقت الحالي. انتظر قليلًا ثم حاول مرة أخرى.',
    already_verified: 'تم التحقق من هذا البريد الإلكتروني أو رقم الهاتف بالفعل.',
    order_violation: 'تحقق من بريدك الإلكتروني أولًا.',
    invalid_identifier: 'هذا البريد الإلكتروني أو رقم الهاتف غير صالح. تحقق منه وحاول مرة أخرى.',
    session_expired: 'انتهت صلاحية الجلسة. ابدأ من جديد.',
    not_configured: 'التحقق غير متاح حاليًا.',
    network: 'يبدو أنك غير متصل بالإنترنت. تحقق من اتصالك وحاول مرة أخرى.',
    timeout: 'يستغرق هذا وقتًا أطول من المعتاد. حاول مرة أخرى.',
    unknown: 'حدث خطأ ما. حاول مرة أخرى.',
    captcha_required: 'أكمل التحقق الأمني ثم حاول مرة أخرى.',
  },
  fields: {
    email: 'البريد الإلكتروني',
    phone: 'رقم الهاتف',
    code: 'رمز التحقق',
    codeHint: '{length, plural, zero {# رقم} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}}',
    country: 'البلد أو المنطقة',
    channel: 'إرسال الرمز عبر',
  },
  actions: {
    resend: 'إعادة إرسال الرمز',
    changeEmail: 'تغيير البريد الإلكتروني',
    changePhone: 'تغيير رقم الهاتف',
    sending: 'جارٍ الإرسال…',
    verifying: 'جارٍ التحقق…',
    retry: 'إعادة المحاولة',
    getNewCode: 'الحصول على رمز جديد',
    callInstead: 'اتصل بي',
    whatsappInstead: 'راسلني عبر واتساب',
    smsInstead: 'أرسل لي رسالة نصية',
  },
  status: {
    codeSent: 'أرسلنا رمزًا إلى {to}.',
    codeSentVoice: 'نتصل الآن بالرقم {to}. أجب على المكالمة لتسمع الرمز.',
    codeSentWhatsapp: 'أرسلنا رمزًا إلى {to} عبر واتساب.',
    codeSentIfAccount: 'إذا كان {to} مرتبطًا بحساب، فقد أرسلنا إليه رمزًا.',
    codeResent: 'أرسلنا رمزًا جديدًا إلى {to}.',
    wrongCodeAttemptsLeft:
      '{count, plural, zero {هذا الرمز غير صحيح. لم تتبقَّ لديك محاولات.} one {هذا الرمز غير صحيح. تتبقى لديك محاولة واحدة.} two {هذا الرمز غير صحيح. تتبقى لديك محاولتان.} few {هذا الرمز غير صحيح. تتبقى لديك # محاولات.} many {هذا الرمز غير صحيح. تتبقى لديك # محاولة.} other {هذا الرمز غير صحيح. تتبقى لديك # محاولة.}}',
    resendIn: 'إعادة إرسال الرمز بعد {time}',
    sendIn: 'إرسال الرمز بعد {time}',
    getNewCodeIn: 'الحصول على رمز جديد بعد {time}',
    expiresIn: 'تنتهي صلاحية الرمز بعد {time}.',
    codeExpired: 'انتهت صلاحية الرمز.',
    step: 'الخطوة {current} من {total}',
    emailVerified: 'تم التحقق من البريد الإلكتروني.',
    phoneVerified: 'تم التحقق من رقم الهاتف.',
    loadingCountries: 'جارٍ تحميل البلدان…',
    complete: 'اكتمل التحقق. {message}',
  },
  validation: {
    emailRequired: 'أدخل بريدك الإلكتروني.',
    emailInvalid: 'أدخل بريدًا إلكترونيًا صالحًا، مثل name@example.com.',
    phoneRequired: 'أدخل رقم هاتفك.',
    phoneInvalid: 'أدخل رقم هاتف صالحًا للبلد المحدد.',
    codeIncomplete:
      'أدخل الرمز كاملًا ({length, plural, zero {# رقم} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}}).',
  },
  channels: {
    email: 'البريد الإلكتروني',
    sms: 'رسالة نصية',
    voice: 'مكالمة هاتفية',
    whatsapp: 'واتساب',
  },
  steps: {
    email: 'البريد الإلكتروني',
    phone: 'رقم الهاتف',
  },
  demo: {
    outbox: 'صندوق الصادر التجريبي',
    empty: 'لا توجد رسائل بعد.',
    sentTo: '{channel} إلى {to}',
    code: 'الرمز: {code}',
    clear: 'مسح',
  },
  templates: {
    Register: {
      title: 'تحقق من بريدك الإلكتروني لإنشاء حسابك',
      description: 'سنرسل إليك رمزًا لنتأكد من أنك أنت.',
      done: 'تم التحقق من حسابك.',
      send: 'إرسال الرمز',
      verify: 'تحقق',
      phoneTitle: 'تحقق من رقم هاتفك',
      phoneDescription: 'سنرسل إليك رمزًا لنتأكد من أن هذا الرقم لك.',
    },
    SignIn: {
      title: 'تسجيل الدخول',
      description: 'سنرسل إليك رمزًا عبر البريد الإلكتروني لتسجيل الدخول.',
      done: 'تم تسجيل دخولك.',
      send: 'إرسال الرمز',
      verify: 'تحقق',
      phoneTitle: 'سجل الدخول برقم هاتفك',
      phoneDescription: 'سنرسل إليك رمزًا في رسالة نصية لتسجيل الدخول.',
    },
    ForgotPassword: {
      title: 'إعادة تعيين كلمة المرور',
      // Same words whether or not an account exists: the page must not reveal which.
      description: 'أدخل بريدك الإلكتروني. إذا كان مرتبطًا بحساب، فسنرسل إليك رمزًا لإعادة تعيين كلمة المرور.',
      done: 'يمكنك الآن اختيار كلمة مرور جديدة.',
      send: 'إرسال رمز إعادة التعيين',
      verify: 'تحقق',
      phoneTitle: 'إعادة تعيين كلمة المرور',
      phoneDescription: 'أدخل رقم هاتفك. إذا كان مرتبطًا بحساب، فسنرسل إليك رمزًا لإعادة تعيين كلمة المرور.',
    },
  },
};

export default ar;
