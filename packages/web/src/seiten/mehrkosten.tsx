// Wird in dieser Sitzung ersetzt (Bildschirm mehrkosten).
export function MehrkostenListe() {
  return <h1 className="kern-heading-x-large">MehrkostenListe</h1>;
}
export function MehrkostenNeu() {
  return <h1 className="kern-heading-x-large">MehrkostenNeu</h1>;
}
export function MehrkostenDetail() {
  return <h1 className="kern-heading-x-large">MehrkostenDetail</h1>;
}
