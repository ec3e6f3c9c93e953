export { VerificationWizard } from './VerificationWizard';
export type { VerificationWizardProps, VerificationWizardPart, WizardResult, WizardStep } from './types';
