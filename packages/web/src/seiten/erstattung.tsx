// Wird in dieser Sitzung ersetzt (Bildschirm erstattung).
export function ErstattungListe() {
  return <h1 className="kern-heading-x-large">ErstattungListe</h1>;
}
export function ErstattungNeu() {
  return <h1 className="kern-heading-x-large">ErstattungNeu</h1>;
}
export function ErstattungDetail() {
  return <h1 className="kern-heading-x-large">ErstattungDetail</h1>;
}
