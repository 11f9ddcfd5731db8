import type { Step } from '../../wizard/schema';
import type { WizardLinks } from './links';

/** The link, other wizard and FAQ question an info or exit step points to. */
export function StepLinks({ step, links }: { step: Step; links: WizardLinks }) {
  if (step.type !== 'info' && step.type !== 'exit') return null;
  const wizard = step.wizard ? links.wizards[step.wizard] : undefined;
  const faq = step.faq ? links.faq[step.faq] : undefined;
  const href = step.link && (step.link.href.startsWith('/') ? links.base + step.link.href.slice(1) : step.link.href);
  if (!href && !wizard && !faq) return null;
  return (
    <ul class="step-links">
      {step.link && <li><a href={href}>{step.link.text}</a></li>}
      {wizard && <li><a href={wizard.href}>Go to the wizard: {wizard.title}</a></li>}
      {faq && <li><a href={faq.href}>Read: {faq.title}</a></li>}
    </ul>
  );
}
