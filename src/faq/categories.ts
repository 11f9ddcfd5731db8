/** The FAQ's three groups, in the order the source FAQ lists them. */
export const categories = [
  {
    id: 'developer-profile',
    title: 'Developer Profile',
    description:
      'Registering as a developer, choosing roles, support cases, appeals and extensions.',
  },
  {
    id: 'general',
    title: 'General',
    description:
      'What Amazon MWS is, what it costs, registering, authorizing developers and finding credentials.',
  },
  {
    id: 'products',
    title: 'Products',
    description: 'Known problems with the Products API section.',
  },
] as const;

export type Category = (typeof categories)[number];
export type CategoryId = Category['id'];

export const categoryIds = categories.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function categoryById(id: CategoryId): Category {
  const found = categories.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown FAQ category "${id}"`);
  return found;
}
