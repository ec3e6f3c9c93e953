import type { Messages } from '../messages';

/**
 * Arabic (Modern Standard). Counts use all six plural forms: zero, one, two, few (3–10),
 * many (11–99) and other (100+). Placeholders and numbers stay as they are; the UI sets the
 * direction, and codes, emails and numbers stay left to right inside it.
 */
export const ar: Messages = {
  errors: {
    invalid_code: 'هذا الرمز غير صحيح. تحقق منه وحاول مرة أخرى.',
    code_expired: 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
    too_many_attempts: 'أُدخلت رموز غير صحيحة مرات كثيرة. اطلب رمزًا جديدًا لتحاول مرة أخرى.',
    rate_limited:
      'يُرجى الانتظار {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}} قبل طلب رمز آخر.',
    already_verified: 'تم التحقق من هذا بالفعل.',
    order_violation: 'تحقق من بريدك الإلكتروني أولًا.',
    invalid_identifier: 'يبدو أن هناك خطأ في ما أدخلته. تحقق منه وحاول مرة أخرى.',
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
    codeSlot: 'الخانة {index} من {length}',
    codeHint: '{length, plural, zero {# رقم} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}}',
    country: 'البلد أو المنطقة',
    channel: 'إرسال الرمز عبر',
  },
  actions: {
    send: 'إرسال الرمز',
    verify: 'تحقق',
    resend: 'إعادة إرسال الرمز',
    changeEmail: 'تغيير البريد الإلكتروني',
    changePhone: 'تغيير رقم الهاتف',
    continue: 'متابعة',
    sending: 'جارٍ الإرسال…',
    verifying: 'جارٍ التحقق…',
    retry: 'إعادة المحاولة',
    getNewCode: 'الحصول على رمز جديد',
    callInstead: 'اتصل بي بدلًا من ذلك',
    whatsappInstead: 'أرسله عبر WhatsApp بدلًا من ذلك',
    smsInstead: 'أرسله في رسالة نصية بدلًا من ذلك',
  },
  status: {
    codeSent: 'أرسلنا رمزًا إلى {to}',
    resendIn: 'إعادة إرسال الرمز بعد {seconds} ث',
    attemptsLeft:
      '{count, plural, =0 {لم تتبقَّ أي محاولات} one {تتبقى محاولة واحدة} two {تتبقى محاولتان} few {تتبقى # محاولات} many {تتبقى # محاولة} other {تتبقى # محاولة}}',
    step: 'الخطوة {current} من {total}',
    emailVerified: 'تم التحقق من البريد الإلكتروني',
    phoneVerified: 'تم التحقق من رقم الهاتف',
    expiresIn:
      'تنتهي صلاحية الرمز خلال {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}.',
    codeExpired: 'انتهت صلاحية الرمز.',
    codeSentVoice: 'نتصل الآن بالرقم {to} لنُبلغك بالرمز',
    codeSentWhatsapp: 'أرسلنا رمزًا إلى {to} عبر WhatsApp',
    sendIn: 'إرسال الرمز بعد {seconds} ث',
    getNewCodeIn: 'الحصول على رمز جديد بعد {seconds} ث',
    loadingCountries: 'جارٍ تحميل البلدان…',
    codeResent: 'أرسلنا رمزًا جديدًا إلى {to}',
    complete: 'اكتمل التحقق. {message}',
  },
  validation: {
    emailRequired: 'أدخل بريدك الإلكتروني',
    emailInvalid: 'أدخل بريدًا إلكترونيًا صالحًا',
    phoneRequired: 'أدخل رقم هاتفك',
    phoneInvalid: 'أدخل رقم هاتف صالحًا',
    codeIncomplete:
      'أدخل الرمز كاملًا ({length, plural, zero {# رقم} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}})',
  },
  channels: {
    email: 'البريد الإلكتروني',
    sms: 'رسالة نصية',
    voice: 'مكالمة هاتفية',
    whatsapp: 'WhatsApp',
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
      description: 'أدخل الرمز الذي سنرسله إليك لتسجيل الدخول.',
      done: 'تم تسجيل دخولك.',
      send: 'إرسال الرمز',
      verify: 'تحقق',
      phoneTitle: 'سجل الدخول برقم هاتفك',
      phoneDescription: 'أدخل الرمز الذي سنرسله إلى هاتفك لتسجيل الدخول.',
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
