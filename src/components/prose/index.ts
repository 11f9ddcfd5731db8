import H2 from './H2.astro';
import H3 from './H3.astro';

/** Element overrides for rendered MDX: headings get a visible anchor link. */
export const proseComponents = { h2: H2, h3: H3 };
