// Fehler als Problem-JSON (RFC 9457) mit deutscher Meldung und, wo es um Felder geht, den
// JSON-Pointern der Felder – derselbe Umschlag wie im Regelwerk (pruefungen.md).
import type { Fehler } from '@egh/recht';

export interface ProblemJson {
  type: string;
  title: string;
  status: number;
  detail?: string;
  fehler?: Fehler[];
}

/** Ein erwarteter Fehler der Anwendung; wird zu Problem-JSON mit seinem Status. */
export class Fachfehler extends Error {
  readonly status: number;
  readonly titel: string;
  readonly typ: string;
  readonly fehler: Fehler[] | undefined;

  constructor(status: number, typ: string, titel: string, detail?: string, fehler?: Fehler[]) {
    super(detail ?? titel);
    this.status = status;
    this.typ = typ;
    this.titel = titel;
    this.fehler = fehler;
  }

  alsProblem(): ProblemJson {
    return {
      type: `urn:egh:problem:${this.typ}`,
      title: this.titel,
      status: this.status,
      ...(this.message && this.message !== this.titel ? { detail: this.message } : {}),
      ...(this.fehler ? { fehler: this.fehler } : {}),
    };
  }
}

export const eingabefehler = (fehler: Fehler[], detail?: string) => new Fachfehler(400, 'eingabe', 'Ungültige Eingabe', detail, fehler);
export const nichtAngemeldet = () => new Fachfehler(401, 'anmeldung', 'Nicht angemeldet', 'Bitte melden Sie sich an.');
export const verboten = (detail: string) => new Fachfehler(403, 'verboten', 'Nicht erlaubt', detail);
export const nichtGefunden = (was = 'Datensatz') => new Fachfehler(404, 'nicht-gefunden', 'Nicht gefunden', `${was} nicht gefunden.`);
export const konflikt = (detail: string) => new Fachfehler(409, 'konflikt', 'Nicht möglich im aktuellen Zustand', detail);
export const veraltet = () =>
  new Fachfehler(
    412,
    'veraltet',
    'Datensatz wurde inzwischen geändert',
    'Der Datensatz wurde seit Ihrem Abruf von jemand anderem geändert (If-Match passt nicht zum ETag). Bitte neu laden und die Änderung erneut vornehmen.',
  );
export const ifMatchFehlt = () =>
  new Fachfehler(
    428,
    'if-match-fehlt',
    'If-Match fehlt',
    'Änderungen brauchen die Kopfzeile If-Match mit dem ETag des zuletzt gelesenen Stands.',
  );
