export { SendCode } from './send-code';
export type { SendCodeProps, SendCodePart, SharedVerificationProps, HeadingLevel } from './send-code';
export { VerificationWizard } from './wizard';
export type { VerificationWizardProps, VerificationWizardPart, WizardResult, WizardStep } from './wizard';
