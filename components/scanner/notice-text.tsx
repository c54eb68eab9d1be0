// The notice exactly as rendered on the server: one paragraph per blank-line-separated block,
// with the known links made clickable without changing a character of the text (its sha256
// is what the decision records).
export function NoticeText({ text, links }: { text: string; links: string[] }) {
  return (
    <div data-testid="notice-text">
      {text.split("\n\n").map((paragraph, i) => (
        <p key={i}>{linkify(paragraph, links)}</p>
      ))}
    </div>
  );
}

function linkify(paragraph: string, links: string[]): React.ReactNode[] {
  const link = links.find((l) => paragraph.includes(l));
  if (!link) return [paragraph];
  const at = paragraph.indexOf(link);
  return [
    paragraph.slice(0, at),
    <a key={paragraph.length} href={link} target="_blank" rel="noopener noreferrer">
      {link}
    </a>,
    ...linkify(paragraph.slice(at + link.length), links),
  ];
}
