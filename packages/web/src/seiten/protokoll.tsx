// Wird in dieser Sitzung ersetzt (Bildschirm protokoll).
export function Protokoll() {
  return <h1 className="kern-heading-x-large">Protokoll</h1>;
}
