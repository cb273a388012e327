/** Search matches as the API sends them: plain-text fragments, the matched ones marked. No server HTML is inserted. */
export function Highlighted({ fragments }: { fragments: readonly { text: string; match: boolean }[] }) {
  return (
    <>
      {fragments.map((fragment, i) => (fragment.match ? <mark key={i}>{fragment.text}</mark> : <span key={i}>{fragment.text}</span>))}
    </>
  );
}
