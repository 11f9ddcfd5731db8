/** Text with any https:// address in it turned into a link (trailing punctuation left out). */
export function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https:\/\/[^\s]*[^\s.,;:!?)])/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <a href={part} key={i}>{part}</a> : part))}</>;
}
