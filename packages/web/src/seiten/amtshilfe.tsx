// Wird in dieser Sitzung ersetzt (Bildschirm amtshilfe).
export function AmtshilfeListe() {
  return <h1 className="kern-heading-x-large">AmtshilfeListe</h1>;
}
export function AmtshilfeNeu() {
  return <h1 className="kern-heading-x-large">AmtshilfeNeu</h1>;
}
export function AmtshilfeDetail() {
  return <h1 className="kern-heading-x-large">AmtshilfeDetail</h1>;
}
