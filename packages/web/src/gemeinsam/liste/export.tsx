// Export einer Liste als CSV oder XLSX mit denselben Filtern und derselben Sortierung wie die
// Anzeige, aber ohne Seiten (der Server liefert alle passenden Einträge). Die Links laden die Datei
// herunter (download; den Dateinamen nennt der Server); ihr Name sagt, was exportiert wird.
import { useId } from 'react';

export interface Exportangaben {
  /** Pfad des Exports unter /api/v1, etwa `/export/faelle`. */
  pfad: string;
  /** Filter (und Sortierung, wo der Export sie kennt) der Anzeige, ohne Seite. */
  abfrage: URLSearchParams;
  /** Was exportiert wird, im Plural: „Ansprüche“, „Fälle“. */
  was: string;
}

export function exportadresse(pfad: string, abfrage: URLSearchParams, format: 'csv' | 'xlsx'): string {
  const p = new URLSearchParams(abfrage);
  p.set('format', format);
  return `/api/v1${pfad}?${p.toString()}`;
}

export function Exportlinks({ pfad, abfrage, was }: Exportangaben) {
  const id = `export${useId().replace(/:/g, '')}`;
  return (
    <p className="kern-body listenexport" role="group" aria-labelledby={id}>
      <span id={id}>Exportieren</span> (alle {was} zu diesem Filter, ohne Seiten):{' '}
      <a className="kern-link" href={exportadresse(pfad, abfrage, 'csv')} download>
        <span className="kern-sr-only">{was} als </span>CSV
      </a>{' '}
      <span aria-hidden="true">|</span>{' '}
      <a className="kern-link" href={exportadresse(pfad, abfrage, 'xlsx')} download>
        <span className="kern-sr-only">{was} als </span>Excel (XLSX)
      </a>
    </p>
  );
}
