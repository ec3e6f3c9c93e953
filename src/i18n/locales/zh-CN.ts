import type { Messages } from '../messages';

/**
 * Simplified Chinese (mainland China: 验证码, 邮箱, 手机号). Chinese has no plural forms, so
 * counts need no branches. Full-width punctuation joins sentences, never an ASCII space.
 */
export const zhCN: Messages = {
  errors: {
    invalid_code: '验证码不正确，请检查后重试。',
    code_expired: '验证码已过期，请重新获取。',
    too_many_attempts: '验证码输错次数过多，请重新获取验证码后再试。',
    // No number: the live countdown on the button beside it is the only number shown.
    rate_limited: '请求过于频繁，请稍后再试。',
    already_verified: '该邮箱或手机号已完成验证。',
    order_violation: '请先验证邮箱地址。',
    invalid_identifier: '该邮箱或手机号无效，请检查后重试。',
    session_expired: '本次验证已过期，请重新开始。',
    not_configured: '验证服务暂不可用。',
    network: '网络似乎已断开，请检查网络连接后重试。',
    timeout: '请求超时，请重试。',
    unknown: '出了点问题，请重试。',
    captcha_required: '请完成安全验证后重试。',
  },
  fields: {
    email: '邮箱地址',
    phone: '手机号',
    code: '验证码',
    codeHint: '{length} 位数字',
    country: '国家或地区',
    channel: '验证码接收方式',
  },
  actions: {
    resend: '重新发送',
    changeEmail: '更换邮箱',
    changePhone: '更换手机号',
    sending: '正在发送…',
    verifying: '正在验证…',
    retry: '重试',
    getNewCode: '重新获取验证码',
    callInstead: '改用语音电话接收',
    whatsappInstead: '改用 WhatsApp 接收',
    smsInstead: '改用短信接收',
  },
  status: {
    codeSent: '验证码已发送至 {to}。',
    codeSentVoice: '正在呼叫 {to}，请接听电话收听验证码。',
    codeSentWhatsapp: '验证码已通过 WhatsApp 发送至 {to}。',
    codeSentIfAccount: '如果 {to} 已关联账号，我们已向其发送验证码。',
    codeResent: '新的验证码已发送至 {to}。',
    wrongCodeAttemptsLeft: '验证码不正确，还可尝试 {count} 次。',
    resendIn: '{time}后可重新发送',
    sendIn: '{time}后可获取验证码',
    getNewCodeIn: '{time}后可重新获取验证码',
    expiresIn: '验证码将在{time}后过期。',
    codeExpired: '验证码已过期。',
    step: '第 {current} 步，共 {total} 步',
    emailVerified: '邮箱已验证。',
    phoneVerified: '手机号已验证。',
    loadingCountries: '正在加载国家和地区…',
    complete: '验证完成。{message}',
  },
  validation: {
    emailRequired: '请输入邮箱地址。',
    emailInvalid: '请输入有效的邮箱地址，例如 name@example.com。',
    phoneRequired: '请输入手机号。',
    phoneInvalid: '请输入所选国家或地区的有效手机号。',
    codeIncomplete: '请输入完整的 {length} 位验证码。',
  },
  channels: {
    email: '邮件',
    sms: '短信',
    voice: '语音电话',
    whatsapp: 'WhatsApp',
  },
  steps: {
    email: '邮箱地址',
    phone: '手机号',
  },
  demo: {
    outbox: '演示发件箱',
    empty: '暂无消息。',
    sentTo: '{channel}，发送至 {to}',
    code: '验证码：{code}',
    clear: '清空',
  },
  templates: {
    Register: {
      title: '验证邮箱以创建账号',
      description: '我们将向您发送验证码，以确认是您本人操作。',
      done: '您的账号已完成验证。',
      send: '获取验证码',
      verify: '验证',
      phoneTitle: '验证手机号',
      phoneDescription: '我们将向您发送验证码，以确认该手机号归您所有。',
    },
    SignIn: {
      title: '登录',
      description: '我们将通过邮件向您发送登录验证码。',
      done: '您已登录。',
      send: '获取验证码',
      verify: '验证',
      phoneTitle: '使用手机号登录',
      phoneDescription: '我们将通过短信向您发送登录验证码。',
    },
    ForgotPassword: {
      title: '重置密码',
      // Same words whether or not an account exists: the page must not reveal which.
      description: '请输入邮箱地址。如果该邮箱已关联账号，我们将向其发送用于重置密码的验证码。',
      done: '现在可以设置新密码了。',
      send: '获取重置验证码',
      verify: '验证',
      phoneTitle: '重置密码',
      phoneDescription: '请输入手机号。如果该手机号已关联账号，我们将向其发送用于重置密码的验证码。',
    },
  },
};

export default zhCN;
