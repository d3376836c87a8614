// Wird in dieser Sitzung ersetzt (Bildschirm faelle).
export function FaelleListe() {
  return <h1 className="kern-heading-x-large">FaelleListe</h1>;
}
export function FallNeu() {
  return <h1 className="kern-heading-x-large">FallNeu</h1>;
}
export function FallDetail() {
  return <h1 className="kern-heading-x-large">FallDetail</h1>;
}
