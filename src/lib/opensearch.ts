/**
 * An OpenSearch description (https://github.com/dewitt/opensearch): what a browser needs to
 * offer the site's search from its address bar. Pure: the endpoint
 * (src/pages/opensearch.xml.ts) gives it the site's name and addresses.
 */

export interface OpenSearch {
  /** At most 16 characters: what the browser shows in its list of search engines. */
  shortName: string;
  /** At most 1024 characters. */
  description: string;
  /** The search page, absolute, with `{searchTerms}` where the query goes. */
  template: string;
  /** The search page without a query. */
  searchForm: string;
  /** This file, absolute (browsers read it to update the engine). */
  self: string;
  /** An icon, absolute, and its type. */
  icon: { url: string; type: string };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function openSearchXml(o: OpenSearch): string {
  if (o.shortName.length > 16) {
    throw new Error(`OpenSearch ShortName "${o.shortName}" is over 16 characters: shorten it.`);
  }
  if (!o.template.includes('{searchTerms}')) {
    throw new Error(`OpenSearch template "${o.template}" has no {searchTerms}.`);
  }
  const x = escapeXml;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${x(o.shortName)}</ShortName>
  <Description>${x(o.description.slice(0, 1024))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="${x(o.icon.type)}">${x(o.icon.url)}</Image>
  <Url type="text/html" method="get" template="${x(o.template)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${x(o.self)}"/>
  <moz:SearchForm>${x(o.searchForm)}</moz:SearchForm>
</OpenSearchDescription>
`;
}
