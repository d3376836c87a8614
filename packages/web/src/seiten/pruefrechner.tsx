// Wird in dieser Sitzung ersetzt (Bildschirm pruefrechner).
export function Pruefrechner() {
  return <h1 className="kern-heading-x-large">Pruefrechner</h1>;
}
