/** How /wizards/ and the home page group the wizards: by what the person wants to do. */
export const wizardGroups = [
  { id: 'sign-in', title: 'Sign in and find your details' },
  { id: 'access', title: 'Get developer access' },
  { id: 'developers', title: 'Work with a developer' },
  { id: 'changes', title: 'When your access is denied or changing' },
  { id: 'help', title: 'Get help' },
] as const;

export type WizardGroupId = (typeof wizardGroups)[number]['id'];
export const wizardGroupIds = wizardGroups.map((g) => g.id) as [WizardGroupId, ...WizardGroupId[]];
