import type { Messages } from '../messages';

/**
 * Traditional Chinese with Hong Kong usage (電郵, 短訊, 帳戶, 登入, 索取). Taiwan's vocabulary
 * (電子郵件, 簡訊) is `zh-TW`. No plural forms; full-width punctuation joins sentences.
 */
export const zhHK: Messages = {
  errors: {
    invalid_code: '驗證碼不正確，請檢查後再試。',
    code_expired: '驗證碼已過期，請索取新驗證碼。',
    too_many_attempts: '驗證碼輸入錯誤次數過多，請索取新驗證碼後再試。',
    // No number: the live countdown on the button beside it is the only number shown.
    rate_limited: '要求過於頻繁，請稍候再試。',
    already_verified: '此電郵地址或電話號碼已完成驗證。',
    order_violation: '請先驗證你的電郵地址。',
    invalid_identifier: '此電郵地址或電話號碼無效，請檢查後再試。',
    session_expired: '本次驗證已過期，請重新開始。',
    not_configured: '驗證服務暫時未能使用。',
    network: '網絡似乎已中斷，請檢查網絡連線後再試。',
    timeout: '處理時間過長，請再試一次。',
    unknown: '發生錯誤，請再試一次。',
    captcha_required: '請完成安全驗證後再試。',
  },
  fields: {
    email: '電郵地址',
    phone: '電話號碼',
    code: '驗證碼',
    codeHint: '{length} 位數字',
    country: '國家或地區',
    channel: '驗證碼接收方式',
  },
  actions: {
    resend: '重新發送',
    changeEmail: '更改電郵地址',
    changePhone: '更改電話號碼',
    sending: '正在發送…',
    verifying: '正在驗證…',
    retry: '再試一次',
    getNewCode: '索取新驗證碼',
    callInstead: '改用語音來電接收',
    whatsappInstead: '改用 WhatsApp 接收',
    smsInstead: '改用短訊接收',
  },
  status: {
    codeSent: '驗證碼已發送至 {to}。',
    codeSentVoice: '我們正致電 {to}，請接聽以收聽驗證碼。',
    codeSentWhatsapp: '驗證碼已透過 WhatsApp 發送至 {to}。',
    codeSentIfAccount: '如 {to} 已連結帳戶，我們已向其發送驗證碼。',
    codeResent: '新的驗證碼已發送至 {to}。',
    wrongCodeAttemptsLeft: '驗證碼不正確，尚餘 {count} 次嘗試機會。',
    resendIn: '{time}後可重新發送',
    sendIn: '{time}後可發送驗證碼',
    getNewCodeIn: '{time}後可索取新驗證碼',
    expiresIn: '驗證碼將於{time}後失效。',
    codeExpired: '驗證碼已過期。',
    step: '第 {current} 步，共 {total} 步',
    emailVerified: '電郵地址已驗證。',
    phoneVerified: '電話號碼已驗證。',
    loadingCountries: '正在載入國家或地區…',
    complete: '驗證完成。{message}',
  },
  validation: {
    emailRequired: '請輸入電郵地址。',
    emailInvalid: '請輸入有效的電郵地址，例如 name@example.com。',
    phoneRequired: '請輸入電話號碼。',
    phoneInvalid: '請輸入所選國家或地區的有效電話號碼。',
    codeIncomplete: '請輸入完整的 {length} 位驗證碼。',
  },
  channels: {
    email: '電郵',
    sms: '短訊',
    voice: '語音來電',
    whatsapp: 'WhatsApp',
  },
  steps: {
    email: '電郵地址',
    phone: '電話號碼',
  },
  demo: {
    outbox: '示範寄件匣',
    empty: '暫時沒有訊息。',
    sentTo: '{channel}，傳送至 {to}',
    code: '驗證碼：{code}',
    clear: '清除',
  },
  templates: {
    Register: {
      title: '驗證電郵地址以建立帳戶',
      description: '我們會向你發送驗證碼，以確認是你本人。',
      done: '你的帳戶已完成驗證。',
      send: '發送驗證碼',
      verify: '驗證',
      phoneTitle: '驗證電話號碼',
      phoneDescription: '我們會向你發送驗證碼，以確認此號碼屬於你。',
    },
    SignIn: {
      title: '登入',
      description: '我們會以電郵向你發送登入驗證碼。',
      done: '你已成功登入。',
      send: '發送驗證碼',
      verify: '驗證',
      phoneTitle: '使用電話號碼登入',
      phoneDescription: '我們會以短訊向你發送登入驗證碼。',
    },
    ForgotPassword: {
      title: '重設密碼',
      // Same words whether or not an account exists: the page must not reveal which.
      description: '請輸入電郵地址。如該電郵地址已連結帳戶，我們會向其發送驗證碼，讓你重設密碼。',
      done: '你現在可以設定新密碼。',
      send: '發送重設驗證碼',
      verify: '驗證',
      phoneTitle: '重設密碼',
      phoneDescription: '請輸入電話號碼。如該號碼已連結帳戶，我們會向其發送驗證碼，讓你重設密碼。',
    },
  },
};

export default zhHK;
