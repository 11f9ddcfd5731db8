// /opensearch.xml: lets a browser search the help center from its address bar. Every page
// points to it (<link rel="search"> in SeoHead); it opens the search page with the query.
import type { APIRoute } from 'astro';
import { site } from '../lib/site.ts';
import { openSearchXml } from '../lib/opensearch.ts';
import { sitePath } from '../lib/url.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const at = (path: string) => new URL(sitePath(path), origin).href;
  const xml = openSearchXml({
    shortName: site.shortName,
    description: `Search ${site.name}: ${site.tagline}`,
    template: `${at('search/')}?q={searchTerms}`,
    searchForm: at('search/'),
    self: at('opensearch.xml'),
    icon: { url: at('favicon.svg'), type: 'image/svg+xml' },
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
};
