// verikit/wizard: <VerificationWizard> alone. Use it inside a <VerificationProvider> from
// verikit/react (or from the root entry: both are the same module).
export { VerificationWizard } from '../components/wizard';
export type { VerificationWizardProps, VerificationWizardPart, WizardResult, WizardStep } from '../components/wizard';
