// Der API-Client der Oberfläche: Sitzung (Cookie + CSRF-Token), ETag/If-Match, Problem-JSON als
// Fehler mit Feldern. Die Oberfläche spricht nur hierüber mit dem Server. Die Typen der Anfragen und
// Antworten stammen aus dem OpenAPI-Dokument des Servers (api/schema.d.ts, `npm run api:generieren`);
// hier ist keiner von Hand nachgebildet.
import type { Anfrage, Antwort as ApiAntwort, AntwortMit, Problem } from './api/client.ts';

/** Ein Fehler zu einem Feld (JSON-Pointer und deutsche Meldung). */
export type Feldfehler = Pick<NonNullable<Problem['fehler']>[number], 'pfad' | 'meldung'>;

/** Das Problem-JSON, wie die Oberfläche es auswertet. */
export type ProblemJson = Pick<Problem, 'type' | 'title' | 'status' | 'detail'> & { fehler?: Feldfehler[] };

/** Ein Fehler der API mit deutschem Titel, Detail und Feldfehlern (JSON-Pointer). */
export class ApiFehler extends Error {
  readonly status: number;
  readonly problem: ProblemJson;
  constructor(problem: ProblemJson) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.problem = problem;
  }
  get felder(): Feldfehler[] {
    return this.problem.fehler ?? [];
  }
}

export type Sitzung = ApiAntwort<'/api/v1/sitzung', 'get'>;

let csrfToken = '';

export function setzeCsrf(token: string): void {
  csrfToken = token;
}

export interface Antwort<T> {
  daten: T;
  etag: string | null;
}

/** fetch mit deutscher Meldung, wenn der Server nicht erreichbar ist. */
async function holen(pfad: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(`/api/v1${pfad}`, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiFehler({
      type: 'urn:egh:problem:netz',
      title: 'Keine Verbindung',
      status: 0,
      detail: 'Der Server ist nicht erreichbar. Bitte Verbindung prüfen und erneut versuchen.',
    });
  }
}

/** Problem-JSON einer Fehlerantwort als ApiFehler (fehlt es, mit dem Status). */
function alsFehler(r: Response, json: unknown): ApiFehler {
  const p = (json ?? {}) as Partial<ProblemJson>;
  return new ApiFehler({
    type: p.type ?? 'urn:egh:problem:unbekannt',
    title: p.title ?? `Fehler ${r.status}`,
    status: r.status,
    ...(p.detail ? { detail: p.detail } : {}),
    ...(p.fehler ? { fehler: p.fehler } : {}),
  });
}

async function anfrage<T>(methode: string, pfad: string, body?: unknown, kopf: Record<string, string> = {}): Promise<Antwort<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...kopf };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (methode !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const r = await holen(pfad, { method: methode, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  if (r.status === 204) return { daten: undefined as T, etag: null };
  const text = await r.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!r.ok) throw alsFehler(r, json);
  return { daten: json as T, etag: r.headers.get('etag') };
}

/** POST, das ein PDF liefert (die Vorschau eines Briefs); Fehler wie bei jeder Anfrage als ApiFehler. */
async function pdfVorschau(pfad: string, body: unknown): Promise<Blob> {
  const headers: Record<string, string> = { accept: 'application/pdf, application/problem+json', 'content-type': 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const r = await holen(pfad, { method: 'POST', headers, body: JSON.stringify(body) });
  if (r.ok) return r.blob();
  throw alsFehler(r, await r.json().catch(() => ({})));
}

export const api = {
  get: <T>(pfad: string) => anfrage<T>('GET', pfad),
  post: <T>(pfad: string, body: unknown = {}, etag?: string | null, idempotenz?: string) =>
    anfrage<T>('POST', pfad, body, { ...(etag ? { 'if-match': etag } : {}), ...(idempotenz ? { 'idempotency-key': idempotenz } : {}) }),
  patch: <T>(pfad: string, body: unknown, etag: string | null) => anfrage<T>('PATCH', pfad, body, etag ? { 'if-match': etag } : {}),
  put: <T>(pfad: string, body: unknown) => anfrage<T>('PUT', pfad, body),
  delete: <T>(pfad: string) => anfrage<T>('DELETE', pfad),
};

/** Was der Anmeldung noch fehlt, bevor es eine Sitzung gibt (Antwort 202 des Servers). */
export type OffeneAnmeldung = AntwortMit<'/api/v1/sitzung', 'post', 202>;
export type Anmeldeschritt = OffeneAnmeldung['schritt'];

function sitzungOderSchritt(daten: Sitzung | OffeneAnmeldung): Sitzung | OffeneAnmeldung {
  if ('csrfToken' in daten) setzeCsrf(daten.csrfToken);
  return daten;
}

export async function anmelden(benutzername: string, passwort: string): Promise<Sitzung | OffeneAnmeldung> {
  return sitzungOderSchritt((await api.post<Sitzung | OffeneAnmeldung>('/sitzung', { benutzername, passwort })).daten);
}

export async function anmeldungMitCode(code: string): Promise<Sitzung | OffeneAnmeldung> {
  return sitzungOderSchritt((await api.post<Sitzung | OffeneAnmeldung>('/sitzung/anmeldung/code', { code })).daten);
}

export async function anmeldungMitNeuemPasswort(neuesPasswort: string): Promise<Sitzung | OffeneAnmeldung> {
  return sitzungOderSchritt((await api.post<Sitzung | OffeneAnmeldung>('/sitzung/anmeldung/passwort', { neuesPasswort })).daten);
}

/** Daten zur Einrichtung des zweiten Faktors: Geheimnis (Base32), otpauth://-Adresse, QR-Code als SVG. */
export type Einrichtung = ApiAntwort<'/api/v1/sitzung/zweiter-faktor', 'post'>;

export async function aktuelleSitzung(): Promise<Sitzung | null> {
  try {
    const { daten } = await api.get<Sitzung>('/sitzung');
    setzeCsrf(daten.csrfToken);
    return daten;
  } catch (e) {
    if (e instanceof ApiFehler && e.status === 401) return null;
    throw e;
  }
}

export async function abmelden(): Promise<void> {
  await api.delete('/sitzung');
  setzeCsrf('');
}

export function neuerIdempotenzSchluessel(): string {
  return crypto.randomUUID();
}

// Typen der häufigsten Antworten (nur die Felder, die die Oberfläche nutzt).

import type { Begruendungsschritt, Hinweis } from '@egh/recht';
// Typen des Regelwerks, die die API unverändert liefert (nur Typen: der Bundle enthält kein Regelwerk).
export type {
  AmtshilfeErgebnis,
  Behoerde,
  DatenuebermittlungErgebnis,
  Alternative,
  Angebot,
  Ausschlussgrund,
  Begruendungsschritt,
  ErstattungsfristenErgebnis,
  Hinweis,
  Je,
  LeistungsfallJson,
  KeinVergleichGrund,
  Land,
  MehrkostenEingabe as MehrkostenPruefungseingabe,
  MehrkostenErgebnis,
  OertlicheZustaendigkeitErgebnis,
  Posten,
  Referenz,
  TraegerRolle,
  ZinsenErgebnis,
} from '@egh/recht';
/**
 * Ein Datensatz des Regelwerks. Eingabe und Ergebnis sind im Vertrag offen (je Prüfungsart
 * verschieden); `E` nennt das Ergebnis mit den Typen des Regelwerks, Begründung und Hinweise ebenso.
 */
export type Entscheidung<E = Record<string, unknown>> = Omit<EntscheidungJson, 'ergebnis' | 'begruendung' | 'hinweise'> & {
  ergebnis: E;
  begruendung: Begruendungsschritt[];
  hinweise: Hinweis[];
};
type EntscheidungJson = ApiAntwort<'/api/v1/erstattungsansprueche/{id}', 'get'>['entscheidungen'][number];
export type Frist = ApiAntwort<'/api/v1/erstattungsansprueche/{id}', 'get'>['fristen'][number];

type Listenseite = ApiAntwort<'/api/v1/erstattungsansprueche', 'get'>;
type Protokollseite = ApiAntwort<'/api/v1/protokoll', 'get'>;
/**
 * Die Hülle einer Seite einer Liste, wie der Server sie sendet: mit Gesamtzahl, im Protokoll mit
 * „weitere“. `E` ist ein Eintrag aus dem Vertrag (für den gemeinsamen Listenbaustein).
 */
export type Seite<E> = { eintraege: E[] } & Pick<Listenseite, 'seite' | 'proSeite'> &
  Partial<Pick<Listenseite, 'gesamt'> & Pick<Protokollseite, 'weitere'>>;

// Briefe und Dokumente eines Datensatzes (Erstattungsanspruch, Amtshilfeersuchen, Mehrkostenvergleich, Beitritt).

/** Die API-Adresse eines Datensatzes mit Briefen, z. B. `/erstattungsansprueche/<id>`. */
export type Briefbezug = `/${'erstattungsansprueche' | 'amtshilfeersuchen' | 'mehrkostenvergleiche' | 'beitritte'}/${string}`;

export type Dokumentinfo = ApiAntwort<'/api/v1/erstattungsansprueche/{id}/briefe', 'post'>;
export type Dokumentliste = ApiAntwort<'/api/v1/erstattungsansprueche/{id}/dokumente', 'get'>;

/** Die Vorlagen eines Datensatzes; `xrechnung` nur beim Amtshilfeersuchen. */
export type Vorlagen = ApiAntwort<'/api/v1/amtshilfeersuchen/{id}/vorlagen', 'get'>;
/** Eine Vorlage und ob dieser Benutzer den Brief jetzt erzeugen kann – sonst mit dem Grund des Servers. */
export type Vorlagenstand = Vorlagen['eintraege'][number];

/** Was die Sachbearbeitung beim Erzeugen eines Briefs angibt. */
export type Briefangaben = Omit<Anfrage<'/api/v1/erstattungsansprueche/{id}/briefe', 'post'>, 'vorlage'>;

export const briefe = {
  vorlagen: (bezug: Briefbezug) => api.get<Vorlagen>(`${bezug}/vorlagen`),
  dokumente: (bezug: Briefbezug) => api.get<Dokumentliste>(`${bezug}/dokumente`),
  /** Erzeugt einen Brief (mit dem ETag des Datensatzes, wenn er ihn ändern kann: Anmeldung, Bezifferung). */
  erzeugen: (bezug: Briefbezug, vorlage: string, etag: string | null, idempotenz: string, angaben: Briefangaben = {}) =>
    api.post<Dokumentinfo>(`${bezug}/briefe`, { vorlage, ...angaben }, etag, idempotenz),
  /** Die Vorschau eines Briefs als PDF (nichts wird gespeichert). */
  vorschau: (bezug: Briefbezug, vorlage: string, angaben: Briefangaben = {}) =>
    pdfVorschau(`${bezug}/briefe/vorschau`, { vorlage, ...angaben }),
  /** Legt die XRechnung der Amtshilfe-Abrechnung als Dokument ab. */
  xrechnung: (ersuchenId: string, idempotenz: string) =>
    api.post<Dokumentinfo>(`/amtshilfeersuchen/${encodeURIComponent(ersuchenId)}/xrechnung`, {}, null, idempotenz),
  /** Adresse zum Herunterladen (das Sitzungs-Cookie genügt; GET braucht kein CSRF-Token). */
  adresse: (dokumentId: string) => `/api/v1/dokumente/${encodeURIComponent(dokumentId)}`,
};
