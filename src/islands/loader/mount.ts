import { h, hydrate, type ComponentType } from 'preact';

/** What an island module exports as `mount`: hydrates its server-rendered element. */
export type Mount = (element: HTMLElement, props: Record<string, unknown>) => void;

export function mountable<P>(Component: ComponentType<P>): Mount {
  return (element, props) => hydrate(h(Component, props as P & Record<string, unknown>), element);
}
