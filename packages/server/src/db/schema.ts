// Ein Schema für PGlite und PostgreSQL (Drizzle). Kalenderdaten sind `date` im Modus 'string'
// (JJJJ-MM-TT, nie JS-Date); Zeitstempel (`timestamptz`) nur für Protokoll- und Änderungsspalten.
// Beträge in ganzen Cent (bigint im Modus 'number'). Die Mandantentrennung steht als
// Row-Level-Security in den Migrationen (drizzle/…_rls.sql).
import { relations, sql } from 'drizzle-orm';
import type { TraegerRolle } from '@egh/recht';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { leistungsrechte } from '@egh/recht';

const zeitstempel = () => ({
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  geaendertAm: timestamp('geaendert_am', { withTimezone: true }).notNull().defaultNow(),
});

/** Träger der Eingliederungshilfe (und andere beteiligte Stellen). Das Register sehen alle. */
export const traeger = pgTable('traeger', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kurzname: text('kurzname').notNull(),
  art: text('art', { enum: ['oertlich', 'ueberoertlich', 'sonstig'] }).notNull(),
  land: text('land').notNull(),
  /** AGS-Kreisschlüssel des Gebiets; leer = ganzes Land. */
  gebietAgs: text('gebiet_ags')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  anschrift: jsonb('anschrift').$type<{ strasse?: string; plz?: string; ort?: string }>().notNull().default({}),
  kontakt: jsonb('kontakt').$type<{ telefon?: string; email?: string; ansprechpartner?: string }>().notNull().default({}),
  leitwegId: text('leitweg_id'),
  iban: text('iban'),
  /** Schreiben maschinell ohne Unterschrift (§ 33 Abs. 5 SGB X) statt mit Raum für die Unterschrift (Migration 0013). */
  ohneUnterschrift: boolean('ohne_unterschrift').notNull().default(false),
  /** Rechtsträger: zwei Dienststellen eines Rechtsträgers erhalten keine Auslagen (§ 7 Abs. 1 Satz 4 SGB X). */
  rechtstraeger: text('rechtstraeger').notNull(),
  aufsichtsbehoerde: text('aufsichtsbehoerde'),
  quelle: text('quelle'),
  /** Datierte Rollen (Träger der Eingliederungshilfe für wen, Sozialhilfe-, Jugendhilfeträger, herangezogen). */
  rollen: jsonb('rollen').$type<TraegerRolle[]>().notNull().default([]),
  version: integer('version').notNull().default(1),
  ...zeitstempel(),
});

export const benutzer = pgTable(
  'benutzer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    benutzername: text('benutzername').notNull(),
    name: text('name').notNull(),
    passwortHash: text('passwort_hash').notNull(),
    traegerId: text('traeger_id').references(() => traeger.id),
    rollen: text('rollen').array().notNull(),
    aktiv: boolean('aktiv').notNull().default(true),
    /** Erstpasswort: vor allem anderen zu ändern. */
    passwortAendern: boolean('passwort_aendern').notNull().default(false),
    ...zeitstempel(),
  },
  (t) => [uniqueIndex('benutzer_benutzername_idx').on(t.benutzername)],
);

/** Sitzungen liegen in der Datenbank, damit mehrere Instanzen eine Datenbank teilen können. */
export const sitzung = pgTable('sitzung', {
  tokenHash: text('token_hash').primaryKey(),
  benutzerId: uuid('benutzer_id')
    .notNull()
    .references(() => benutzer.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  laeuftAbAm: timestamp('laeuft_ab_am', { withTimezone: true }).notNull(),
});

/**
 * Kalenderabonnement (Migration 0016): je Benutzer höchstens eine aktive geheime Adresse für die
 * Fristen seines Trägers als iCalendar; gespeichert nur der SHA-256 des Tokens. Nur der Eigentümer.
 */
export const kalenderAbonnement = pgTable('kalender_abonnement', {
  id: uuid('id').primaryKey().defaultRandom(),
  benutzerId: uuid('benutzer_id')
    .notNull()
    .references(() => benutzer.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  angelegtAm: timestamp('angelegt_am', { withTimezone: true }).notNull().defaultNow(),
  zuletztAbgerufenAm: timestamp('zuletzt_abgerufen_am', { withTimezone: true }),
  widerrufenAm: timestamp('widerrufen_am', { withTimezone: true }),
});

/**
 * Drosselung der Anmeldung: ein Zähler je Schlüssel (Benutzer und Adresse, Adresse, Benutzer) in
 * einem festen Fenster; atomar erhöht (Migration 0006), damit parallele Versuche einander sehen.
 */
export const anmeldezaehler = pgTable('anmeldezaehler', {
  schluessel: text('schluessel').primaryKey(),
  versuche: integer('versuche').notNull(),
  fensterBeginn: timestamp('fenster_beginn', { withTimezone: true }).notNull().defaultNow(),
  fensterSekunden: integer('fenster_sekunden').notNull(),
});

/** Zweiter Faktor (TOTP, RFC 6238) eines Benutzers; nur für den Eigentümer, nie für egh_app. */
export const zweiterFaktor = pgTable('zweiter_faktor', {
  benutzerId: uuid('benutzer_id')
    .primaryKey()
    .references(() => benutzer.id, { onDelete: 'cascade' }),
  geheimnis: text('geheimnis').notNull(),
  bestaetigt: boolean('bestaetigt').notNull().default(false),
  /** Zeitschritt des zuletzt angenommenen Codes: kein Code gilt zweimal. */
  letzterSchritt: bigint('letzter_schritt', { mode: 'number' }),
  erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
});

/** Eine Anmeldung mit richtigem Passwort, der noch ein Schritt fehlt (Code, Passwortwechsel, Einrichtung). */
export const anmeldevorgang = pgTable('anmeldevorgang', {
  tokenHash: text('token_hash').primaryKey(),
  benutzerId: uuid('benutzer_id')
    .notNull()
    .references(() => benutzer.id, { onDelete: 'cascade' }),
  faktorGeprueft: boolean('faktor_geprueft').notNull().default(false),
  fehlversuche: integer('fehlversuche').notNull().default(0),
  laeuftAbAm: timestamp('laeuft_ab_am', { withTimezone: true }).notNull(),
});

/** Eine Fassung einer Verwaltungsvereinbarung (z. B. BAGüS-Amtshilfe vom 01.01.2025). */
export const vereinbarung = pgTable('vereinbarung', {
  id: text('id').primaryKey(),
  bezeichnung: text('bezeichnung').notNull(),
  gueltigAb: date('gueltig_ab', { mode: 'string' }).notNull(),
  /** Pauschale je Aufgabe in Cent. */
  pauschalen: jsonb('pauschalen').$type<Record<string, number>>().notNull(),
  reisekostenEnthalten: boolean('reisekosten_enthalten'),
  quelle: text('quelle').notNull(),
  /** Beispielbetrag (Demo): überall als Beispiel gekennzeichnet. */
  beispiel: boolean('beispiel').notNull().default(false),
  version: integer('version').notNull().default(1),
  ...zeitstempel(),
});

export const beitritt = pgTable(
  'beitritt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traegerId: text('traeger_id')
      .notNull()
      .references(() => traeger.id),
    vereinbarungId: text('vereinbarung_id')
      .notNull()
      .references(() => vereinbarung.id),
    erklaertAm: date('erklaert_am', { mode: 'string' }).notNull(),
    wirksamAb: date('wirksam_ab', { mode: 'string' }).notNull(),
    ausgetretenAm: date('ausgetreten_am', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...zeitstempel(),
  },
  (t) => [index('beitritt_traeger_idx').on(t.traegerId)],
);

/** Eine Person, geführt von einem Träger; außerhalb nur unter ihrem Pseudonym bekannt. */
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traegerId: text('traeger_id')
      .notNull()
      .references(() => traeger.id),
    pseudonym: text('pseudonym').notNull(),
    nachname: text('nachname').notNull(),
    vorname: text('vorname').notNull(),
    geburtsdatum: date('geburtsdatum', { mode: 'string' }),
    anschrift: jsonb('anschrift').$type<{ strasse?: string; plz?: string; ort?: string }>().notNull().default({}),
    version: integer('version').notNull().default(1),
    ...zeitstempel(),
  },
  (t) => [index('person_traeger_idx').on(t.traegerId), uniqueIndex('person_pseudonym_idx').on(t.pseudonym)],
);

export interface Aufenthalt {
  von: string;
  bis?: string;
  gebiet: string;
  art: 'gewoehnlich' | 'voruebergehend' | 'stationaer' | 'haft';
}
export interface Leistung {
  von: string;
  bis?: string;
  form: 'ambulant' | 'tagUndNacht' | 'betreutesWohnen' | 'stationaer';
  traeger?: string;
  bezeichnung?: string;
}

export const fall = pgTable(
  'fall',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traegerId: text('traeger_id')
      .notNull()
      .references(() => traeger.id),
    aktenzeichen: text('aktenzeichen').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    status: text('status', { enum: ['offen', 'abgeschlossen'] })
      .notNull()
      .default('offen'),
    aufenthalte: jsonb('aufenthalte').$type<Aufenthalt[]>().notNull().default([]),
    leistungen: jsonb('leistungen').$type<Leistung[]>().notNull().default([]),
    antraege: jsonb('antraege').$type<{ datum: string; traeger?: string }[]>().notNull().default([]),
    unterbrechungen: jsonb('unterbrechungen').$type<{ von: string; bis: string; grund: string }[]>().notNull().default([]),
    /** Weitere Angaben zu § 98 (Geburt, Betreuungsanteile, Gesamtplanbeginn, ungeklärter g.A. …). */
    zustaendigkeitsangaben: jsonb('zustaendigkeitsangaben').$type<Record<string, unknown>>().notNull().default({}),
    /** Das § 14-Verfahren (Eingabe der Prüfung zustaendigkeitsklaerung ohne `art`). */
    zustaendigkeitsklaerung: jsonb('zustaendigkeitsklaerung').$type<Record<string, unknown> | null>(),
    bemerkung: text('bemerkung'),
    version: integer('version').notNull().default(1),
    ...zeitstempel(),
  },
  (t) => [index('fall_traeger_idx').on(t.traegerId), uniqueIndex('fall_aktenzeichen_idx').on(t.traegerId, t.aktenzeichen)],
);

/**
 * Entscheidungsdatensatz: jede Regelentscheidung mit Eingabe, Ergebnis, Begründung und
 * Version des Regelwerks, damit sie später nachvollzogen werden kann. Sichtbar für alle
 * Parteien des Datensatzes, auf den sie sich bezieht.
 */
export const entscheidung = pgTable(
  'entscheidung',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parteien: text('parteien').array().notNull(),
    bezugArt: text('bezug_art', { enum: ['fall', 'amtshilfeersuchen', 'erstattungsanspruch', 'mehrkostenvergleich'] }).notNull(),
    bezugId: uuid('bezug_id').notNull(),
    pruefung: text('pruefung').notNull(),
    eingabe: jsonb('eingabe').notNull(),
    ergebnis: jsonb('ergebnis').notNull(),
    begruendung: jsonb('begruendung').notNull(),
    hinweise: jsonb('hinweise').notNull(),
    regelwerkVersion: text('regelwerk_version').notNull(),
    erstelltVon: uuid('erstellt_von'),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('entscheidung_bezug_idx').on(t.bezugId, t.erstelltAm)],
);

export const amtshilfeStatus = [
  'Entwurf',
  'Gesendet',
  'Angenommen',
  'Abgelehnt',
  'Aufsicht',
  'Durchgefuehrt',
  'Abgerechnet',
  'Bezahlt',
] as const;

export const amtshilfeersuchen = pgTable(
  'amtshilfeersuchen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ersuchenderId: text('ersuchender_id')
      .notNull()
      .references(() => traeger.id),
    ersuchterId: text('ersuchter_id')
      .notNull()
      .references(() => traeger.id),
    /** Fall des ersuchenden Trägers; der ersuchte Träger sieht nur das Pseudonym. */
    fallId: uuid('fall_id').references(() => fall.id),
    personPseudonym: text('person_pseudonym'),
    aktenzeichen: text('aktenzeichen').notNull(),
    aufgabe: text('aufgabe').notNull(),
    fragen: text('fragen').notNull().default(''),
    gewuenschtBis: date('gewuenscht_bis', { mode: 'string' }),
    /** Übermittelte Datenarten mit Inhalt; nur was die Prüfung datenuebermittlung zulässt. */
    daten: jsonb('daten').$type<{ art: string; inhalt: string }[]>().notNull().default([]),
    status: text('status', { enum: amtshilfeStatus }).notNull().default('Entwurf'),
    gesendetAm: date('gesendet_am', { mode: 'string' }),
    beantwortetAm: date('beantwortet_am', { mode: 'string' }),
    ablehnungsgrund: text('ablehnungsgrund'),
    ablehnungBegruendung: text('ablehnung_begruendung'),
    durchgefuehrtAm: date('durchgefuehrt_am', { mode: 'string' }),
    bericht: jsonb('bericht').$type<Record<string, unknown> | null>(),
    abrechnung: jsonb('abrechnung').$type<Record<string, unknown> | null>(),
    bezahltAm: date('bezahlt_am', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    ...zeitstempel(),
  },
  (t) => [index('amtshilfe_ersuchender_idx').on(t.ersuchenderId), index('amtshilfe_ersuchter_idx').on(t.ersuchterId)],
);

export const erstattungStatus = [
  'Entwurf',
  'Angemeldet',
  'Beziffert',
  'Anerkannt',
  'TeilweiseAnerkannt',
  'Abgelehnt',
  'Klage',
  'Bezahlt',
  'Erledigt',
] as const;

export const erstattungsanspruch = pgTable(
  'erstattungsanspruch',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    anspruchstellerId: text('anspruchsteller_id')
      .notNull()
      .references(() => traeger.id),
    /** Verpflichteter Träger auf der Plattform … */
    verpflichteterId: text('verpflichteter_id').references(() => traeger.id),
    /** … oder eine Stelle außerhalb (z. B. eine Krankenkasse). */
    verpflichteterExtern: text('verpflichteter_extern'),
    landVerpflichteter: text('land_verpflichteter').notNull(),
    fallId: uuid('fall_id').references(() => fall.id),
    personPseudonym: text('person_pseudonym'),
    aktenzeichen: text('aktenzeichen').notNull(),
    status: text('status', { enum: erstattungStatus }).notNull().default('Entwurf'),
    /** Eingabe der Prüfung erstattungsanspruch (Verfahren, Arten, Beginn) ohne Leistungen. */
    rechtsgrundlageEingabe: jsonb('rechtsgrundlage_eingabe').$type<Record<string, unknown>>().notNull(),
    anspruchsgrundlage: text('anspruchsgrundlage'),
    forderungCent: bigint('forderung_cent', { mode: 'number' }).notNull().default(0),
    anerkanntCent: bigint('anerkannt_cent', { mode: 'number' }),
    kenntnisEntscheidung: date('kenntnis_entscheidung', { mode: 'string' }),
    geltendmachung: date('geltendmachung', { mode: 'string' }),
    bezifferungAm: date('bezifferung_am', { mode: 'string' }),
    eingangLeistungsantrag: date('eingang_leistungsantrag', { mode: 'string' }),
    zinsantrag: boolean('zinsantrag').notNull().default(false),
    hemmungen: jsonb('hemmungen').$type<Record<string, unknown>[]>().notNull().default([]),
    /** Leistungsrecht des Verpflichteten: bestimmt den Leistungsfall nach § 111 SGB X (Migration 0005). */
    leistungsrecht: text('leistungsrecht', { enum: leistungsrechte }).notNull().default('eingliederungshilfe'),
    /** Ende oder Fortdauer der Maßnahmen, zu denen Zeiträume gehören (`massnahme` der Zeiträume). */
    massnahmen: jsonb('massnahmen').$type<{ massnahme: string; beendet?: string; laeuft?: boolean }[]>().notNull().default([]),
    neubeginn: date('neubeginn', { mode: 'string' }),
    /** Vorschlag zur Entscheidung des Verpflichteten (Vier-Augen-Prinzip). */
    vorschlag: jsonb('vorschlag').$type<{
      entscheidung: 'Anerkannt' | 'TeilweiseAnerkannt' | 'Abgelehnt';
      betragCent?: number;
      begruendung: string;
      vonBenutzerId: string;
      vonName: string;
      am: string;
      /** Worauf der Vorschlag gemacht wurde: die Forderung und die Version des Anspruchs. */
      forderungCent?: number;
      anspruchVersion?: number;
    } | null>(),
    bemerkung: text('bemerkung').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...zeitstempel(),
  },
  (t) => [index('erstattung_anspruchsteller_idx').on(t.anspruchstellerId), index('erstattung_verpflichteter_idx').on(t.verpflichteterId)],
);

export const leistungszeitraum = pgTable(
  'leistungszeitraum',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    anspruchId: uuid('anspruch_id')
      .notNull()
      .references(() => erstattungsanspruch.id, { onDelete: 'cascade' }),
    von: date('von', { mode: 'string' }).notNull(),
    bis: date('bis', { mode: 'string' }).notNull(),
    betragCent: bigint('betrag_cent', { mode: 'number' }).notNull(),
    rechnung: text('rechnung'),
    /** Fortlaufende Maßnahme, zu der der Zeitraum gehört (Eingliederungshilfe: ein Leistungsfall). */
    massnahme: text('massnahme'),
    /** § 111 SGB X, vom Regelwerk berechnet; leer, solange die Maßnahme läuft. */
    fristEnde: date('frist_ende', { mode: 'string' }),
    gewahrt: boolean('gewahrt'),
    /** Bei der Anmeldung nicht gewählt: die Geltendmachung des Anspruchs gilt für diesen Zeitraum nicht (Migration 0013). */
    nichtGeltendGemacht: boolean('nicht_geltend_gemacht').notNull().default(false),
  },
  (t) => [index('leistungszeitraum_anspruch_idx').on(t.anspruchId, t.von)],
);

export const zahlung = pgTable(
  'zahlung',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    anspruchId: uuid('anspruch_id')
      .notNull()
      .references(() => erstattungsanspruch.id, { onDelete: 'cascade' }),
    datum: date('datum', { mode: 'string' }).notNull(),
    betragCent: bigint('betrag_cent', { mode: 'number' }).notNull(),
    verwendungszweck: text('verwendungszweck'),
    erfasstVon: uuid('erfasst_von'),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  // Jeder Abruf eines Anspruchs liest seine Zahlungen (nach Datum); ohne Index las PostgreSQL dafür
  // alle Zahlungen aller Träger (und prüfte bei jeder die Zeilensicherheit).
  (t) => [index('zahlung_anspruch_idx').on(t.anspruchId, t.datum)],
);

export const mehrkostenvergleich = pgTable(
  'mehrkostenvergleich',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traegerId: text('traeger_id')
      .notNull()
      .references(() => traeger.id),
    fallId: uuid('fall_id').references(() => fall.id),
    bezeichnung: text('bezeichnung').notNull(),
    /** Eingabe der Prüfung mehrkosten ohne `art`. */
    eingabe: jsonb('eingabe').$type<Record<string, unknown>>().notNull(),
    ergebnis: jsonb('ergebnis').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['Offen', 'Entschieden'] })
      .notNull()
      .default('Offen'),
    entscheidung: jsonb('entscheidung').$type<{
      ergebnis: 'bewilligt' | 'teilweiseBewilligt' | 'abgelehnt';
      gruende: string;
      betragCentProMonat?: number;
      vonName: string;
      am: string;
      /** Worauf der Vorschlag gemacht wurde: die Forderung und die Version des Anspruchs. */
      forderungCent?: number;
      anspruchVersion?: number;
    } | null>(),
    version: integer('version').notNull().default(1),
    ...zeitstempel(),
  },
  (t) => [index('mehrkosten_traeger_idx').on(t.traegerId)],
);

/**
 * Nachberechnungen, die eine Migration anstößt und die in TypeScript laufen müssen (das Regelwerk
 * ist kein SQL): Der Start (server.ts, bereiteDatenbankVor) arbeitet jede Zeile ab und löscht sie.
 */
export const nachberechnung = pgTable('nachberechnung', {
  aufgabe: text('aufgabe').primaryKey(),
  angelegtAm: timestamp('angelegt_am', { withTimezone: true }).notNull().defaultNow(),
});

/** Jede Frist, die ein Datensatz erzeugt, mit Norm – für Übersicht und Wiedervorlage. */
export const frist = pgTable(
  'frist',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traegerId: text('traeger_id')
      .notNull()
      .references(() => traeger.id),
    bezugArt: text('bezug_art', { enum: ['fall', 'amtshilfeersuchen', 'erstattungsanspruch'] }).notNull(),
    bezugId: uuid('bezug_id').notNull(),
    art: text('art').notNull(),
    norm: text('norm').notNull(),
    bezeichnung: text('bezeichnung').notNull(),
    faellig: date('faellig', { mode: 'string' }).notNull(),
    betragCent: bigint('betrag_cent', { mode: 'number' }),
    erledigt: boolean('erledigt').notNull().default(false),
  },
  (t) => [index('frist_traeger_faellig_idx').on(t.traegerId, t.faellig), index('frist_bezug_idx').on(t.bezugId)],
);

export const dokument = pgTable(
  'dokument',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parteien: text('parteien').array().notNull(),
    bezugArt: text('bezug_art').notNull(),
    bezugId: uuid('bezug_id').notNull(),
    vorlage: text('vorlage').notNull(),
    dateiname: text('dateiname').notNull(),
    mimeType: text('mime_type').notNull(),
    inhalt: text('inhalt').notNull(),
    erstelltVon: uuid('erstellt_von'),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dokument_bezug_idx').on(t.bezugId)],
);

/** Protokoll: wer hat wann welchen Datensatz und welche Personendaten gelesen oder geändert. Nur anfügen. */
export const protokoll = pgTable(
  'protokoll',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    zeit: timestamp('zeit', { withTimezone: true }).notNull().defaultNow(),
    traegerId: text('traeger_id'),
    benutzerId: uuid('benutzer_id'),
    benutzername: text('benutzername'),
    aktion: text('aktion').notNull(),
    objektArt: text('objekt_art').notNull(),
    objektId: text('objekt_id'),
    personId: uuid('person_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('protokoll_traeger_zeit_idx').on(t.traegerId, t.zeit)],
);

/** Idempotency-Key: die Antwort eines anlegenden POST, je Benutzer und Schlüssel. */
export const idempotenz = pgTable(
  'idempotenz',
  {
    benutzerId: uuid('benutzer_id').notNull(),
    schluessel: text('schluessel').notNull(),
    anfrage: text('anfrage').notNull(),
    status: integer('status').notNull(),
    antwort: jsonb('antwort').notNull(),
    kopfzeilen: jsonb('kopfzeilen').$type<Record<string, string>>().notNull().default({}),
    erstelltAm: timestamp('erstellt_am', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.benutzerId, t.schluessel] })],
);

// Beziehungen für Drizzles relationale Abfragen (nur TypeScript, keine Migration): Ein Anspruch mit
// Zeiträumen, Zahlungen, Entscheidungen, Fristen und beiden Trägern ist eine Anweisung statt sechs
// (leseAnspruch). Entscheidung und Frist verweisen über bezug_id auf verschiedene Tabellen, darum
// ohne Fremdschlüssel; die Abfrage filtert zusätzlich nach bezug_art.
export const erstattungsanspruchBeziehungen = relations(erstattungsanspruch, ({ one, many }) => ({
  anspruchsteller: one(traeger, {
    fields: [erstattungsanspruch.anspruchstellerId],
    references: [traeger.id],
    relationName: 'anspruchsteller',
  }),
  verpflichteter: one(traeger, {
    fields: [erstattungsanspruch.verpflichteterId],
    references: [traeger.id],
    relationName: 'verpflichteter',
  }),
  leistungszeitraeume: many(leistungszeitraum),
  zahlungen: many(zahlung),
  entscheidungen: many(entscheidung),
  fristen: many(frist),
}));

export const leistungszeitraumBeziehungen = relations(leistungszeitraum, ({ one }) => ({
  anspruch: one(erstattungsanspruch, { fields: [leistungszeitraum.anspruchId], references: [erstattungsanspruch.id] }),
}));

export const zahlungBeziehungen = relations(zahlung, ({ one }) => ({
  anspruch: one(erstattungsanspruch, { fields: [zahlung.anspruchId], references: [erstattungsanspruch.id] }),
}));

export const entscheidungBeziehungen = relations(entscheidung, ({ one }) => ({
  anspruch: one(erstattungsanspruch, { fields: [entscheidung.bezugId], references: [erstattungsanspruch.id] }),
}));

export const fristBeziehungen = relations(frist, ({ one }) => ({
  anspruch: one(erstattungsanspruch, { fields: [frist.bezugId], references: [erstattungsanspruch.id] }),
}));
