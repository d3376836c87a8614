// Wird in dieser Sitzung ersetzt (Bildschirm traeger).
export function TraegerListe() {
  return <h1 className="kern-heading-x-large">TraegerListe</h1>;
}
export function TraegerDetail() {
  return <h1 className="kern-heading-x-large">TraegerDetail</h1>;
}
