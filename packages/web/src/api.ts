// Der typisierte API-Client der Oberfläche: Sitzung (Cookie + CSRF-Token), ETag/If-Match,
// Problem-JSON als Fehler mit Feldern. Die Oberfläche spricht nur hierüber mit dem Server.

export interface Feldfehler {
  pfad: string;
  meldung: string;
}

export interface ProblemJson {
  type: string;
  title: string;
  status: number;
  detail?: string;
  fehler?: Feldfehler[];
}

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

export interface Sitzung {
  benutzer: { id: string; benutzername: string; name: string };
  traeger: { id: string; name: string; kurzname: string } | null;
  rollen: string[];
  rollennamen: string[];
  csrfToken: string;
}

let csrfToken = '';

export function setzeCsrf(token: string): void {
  csrfToken = token;
}

export interface Antwort<T> {
  daten: T;
  etag: string | null;
}

async function anfrage<T>(methode: string, pfad: string, body?: unknown, kopf: Record<string, string> = {}): Promise<Antwort<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...kopf };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (methode !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let r: Response;
  try {
    r = await fetch(`/api/v1${pfad}`, {
      method: methode,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiFehler({
      type: 'urn:egh:problem:netz',
      title: 'Keine Verbindung',
      status: 0,
      detail: 'Der Server ist nicht erreichbar. Bitte Verbindung prüfen und erneut versuchen.',
    });
  }
  if (r.status === 204) return { daten: undefined as T, etag: null };
  const text = await r.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!r.ok) {
    const p = (json ?? {}) as Partial<ProblemJson>;
    throw new ApiFehler({
      type: p.type ?? 'urn:egh:problem:unbekannt',
      title: p.title ?? `Fehler ${r.status}`,
      status: r.status,
      ...(p.detail ? { detail: p.detail } : {}),
      ...(p.fehler ? { fehler: p.fehler } : {}),
    });
  }
  return { daten: json as T, etag: r.headers.get('etag') };
}

/** POST, das ein PDF liefert (die Vorschau eines Briefs); Fehler wie bei jeder Anfrage als ApiFehler. */
async function pdfVorschau(pfad: string, body: unknown): Promise<Blob> {
  const headers: Record<string, string> = { accept: 'application/pdf, application/problem+json', 'content-type': 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let r: Response;
  try {
    r = await fetch(`/api/v1${pfad}`, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch {
    throw new ApiFehler({
      type: 'urn:egh:problem:netz',
      title: 'Keine Verbindung',
      status: 0,
      detail: 'Der Server ist nicht erreichbar. Bitte Verbindung prüfen und erneut versuchen.',
    });
  }
  if (r.ok) return r.blob();
  const p = ((await r.json().catch(() => ({}))) ?? {}) as Partial<ProblemJson>;
  throw new ApiFehler({
    type: p.type ?? 'urn:egh:problem:unbekannt',
    title: p.title ?? `Fehler ${r.status}`,
    status: r.status,
    ...(p.detail ? { detail: p.detail } : {}),
    ...(p.fehler ? { fehler: p.fehler } : {}),
  });
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
export type Anmeldeschritt = 'zweiterFaktor' | 'passwortAendern' | 'zweiterFaktorEinrichten';
export interface OffeneAnmeldung {
  schritt: Anmeldeschritt;
  benutzername: string;
}

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
export interface Einrichtung {
  geheimnis: string;
  uri: string;
  qrSvg: string;
}

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
  Alternative,
  Angebot,
  Ausschlussgrund,
  Begruendungsschritt,
  Hinweis,
  Je,
  KeinVergleichGrund,
  Land,
  MehrkostenEingabe as MehrkostenPruefungseingabe,
  MehrkostenErgebnis,
  Posten,
  Referenz,
  TraegerRolle,
  ZinsenErgebnis,
} from '@egh/recht';
export interface Entscheidung<E = Record<string, unknown>> {
  id: string;
  pruefung: string;
  eingabe: Record<string, unknown>;
  ergebnis: E;
  begruendung: Begruendungsschritt[];
  hinweise: Hinweis[];
  regelwerkVersion: string;
  erstelltAm: string;
}
export interface Frist {
  id: string;
  bezugArt: 'fall' | 'amtshilfeersuchen' | 'erstattungsanspruch';
  bezugId: string;
  art: string;
  norm: string;
  bezeichnung: string;
  faellig: string;
  betragCent: number | null;
  erledigt: boolean;
}
export interface Seite<T> {
  eintraege: T[];
  gesamt?: number;
  weitere?: boolean;
  seite: number;
  proSeite: number;
}

// Briefe und Dokumente eines Datensatzes (Erstattungsanspruch, Amtshilfeersuchen, Mehrkostenvergleich, Beitritt).

/** Die API-Adresse eines Datensatzes mit Briefen, z. B. `/erstattungsansprueche/<id>`. */
export type Briefbezug = `/${'erstattungsansprueche' | 'amtshilfeersuchen' | 'mehrkostenvergleiche' | 'beitritte'}/${string}`;

export interface Dokumentinfo {
  id: string;
  vorlage: string;
  vorlageName: string;
  dateiname: string;
  mimeType: string;
  groesse: number;
  erstelltAm: string;
}

/** Eine Vorlage und ob dieser Benutzer den Brief jetzt erzeugen kann – sonst mit dem Grund des Servers. */
export interface Vorlagenstand {
  vorlage: string;
  name: string;
  moeglich: boolean;
  grund: string | null;
  wirkung: string | null;
  aendertDatensatz: boolean;
  /** Stammdaten, ohne die der Brief nicht gesetzt wird (je als Feld des Trägers). */
  fehlendeStammdaten: Feldfehler[];
  /** Anmeldung: braucht den Tag des Eingangs beim verpflichteten Träger. */
  brauchtEingang: boolean;
  /** Anmeldung: die Leistungszeiträume zur Wahl. */
  zeitraeume: { id: string; von: string; bis: string; betragCent: number; fristEnde: string | null; gewahrt: boolean | null }[];
  /** Wird der Brief als Zweitschrift gesetzt? */
  zweitschrift: boolean;
}

/** Was die Sachbearbeitung beim Erzeugen eines Briefs angibt. */
export interface Briefangaben {
  geltendmachung?: string;
  zeitraeume?: string[];
  freitext?: string;
}

export interface Vorlagen {
  eintraege: Vorlagenstand[];
  /** Nur beim Amtshilfeersuchen. */
  xrechnung?: { moeglich: boolean; grund: string | null; fehlendeStammdaten: Feldfehler[] };
}

export const briefe = {
  vorlagen: (bezug: Briefbezug) => api.get<Vorlagen>(`${bezug}/vorlagen`),
  dokumente: (bezug: Briefbezug) => api.get<{ eintraege: Dokumentinfo[]; gesamt: number }>(`${bezug}/dokumente`),
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
