// Export einer Liste als CSV oder XLSX mit denselben Filtern und derselben Sortierung wie die
// Anzeige, aber ohne Seiten (der Server liefert alle passenden Einträge).
export function Exportlinks({ pfad, abfrage, was }: { pfad: string; abfrage: URLSearchParams; was: string }) {
  const adresse = (format: 'csv' | 'xlsx') => {
    const p = new URLSearchParams(abfrage);
    p.set('format', format);
    return `/api/v1${pfad}?${p.toString()}`;
  };
  return (
    <p className="kern-body">
      {was} herunterladen:{' '}
      <a className="kern-link" href={adresse('csv')} download>
        als CSV
      </a>{' '}
      oder{' '}
      <a className="kern-link" href={adresse('xlsx')} download>
        als Excel-Tabelle (XLSX)
      </a>
    </p>
  );
}
