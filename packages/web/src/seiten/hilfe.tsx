// Wird in dieser Sitzung ersetzt (Bildschirm hilfe).
export function Hilfe() {
  return <h1 className="kern-heading-x-large">Hilfe</h1>;
}
