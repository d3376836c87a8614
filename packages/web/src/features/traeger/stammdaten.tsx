// Stammdaten eines Trägers: Anzeige und Bearbeitung (Administration des eigenen Trägers oder
// Plattformbetrieb; PATCH mit If-Match). Die Leitweg-ID prüft der Server (ISO 7064 Mod 97-10);
// sein Fehler erscheint am Feld.
import { type FormEvent, useState } from 'react';
import { type Antwort, ApiFehler, type Feldfehler, type TraegerRolle, api } from '../../api.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import { landNamen, zeitDe } from '../../format.ts';
import { Angaben } from '../../gemeinsam/anzeige.tsx';
import { Ankreuzfeld, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';

/** Ein Träger, wie der Server ihn sendet; die Rollen nach Landesrecht mit dem Typ des Regelwerks. */
export type Traeger = Omit<ApiAntwort<'/api/v1/traeger/{id}', 'get'>, 'rollen'> & { rollen: TraegerRolle[] };

export const artNamen: Record<Traeger['art'], string> = {
  oertlich: 'örtlicher Träger',
  ueberoertlich: 'überörtlicher Träger',
  sonstig: 'sonstige Stelle',
};

const nichtErfasst = 'nicht erfasst';

export function anschriftText(a: Traeger['anschrift']): string {
  const zeile2 = [a.plz, a.ort].filter(Boolean).join(' ');
  return [a.strasse, zeile2].filter(Boolean).join(', ') || nichtErfasst;
}

function gebietText(t: Traeger): string {
  if (!t.gebietAgs.length) return `ganzes Land ${landNamen[t.land] ?? t.land}`;
  if (t.gebietAgs.length === 1) return 'das eigene Kreisgebiet';
  return `${t.gebietAgs.length} Kreise und kreisfreie Städte`;
}

/** Die Rollen nach Landesrecht, jede mit Grundlage, Fundstelle und ob sie geprüft ist. */
function Rollen({ rollen, worte }: { rollen: TraegerRolle[]; worte: string[] }) {
  if (!rollen.length) return <>keine hinterlegt</>;
  return (
    <ul className="kern-list">
      {rollen.map((r, i) => (
        <li key={`${r.rolle}-${r.personen}-${r.gueltigAb}-${r.fuer ?? ''}`}>
          {worte[i] ?? r.rolle}; {r.grundlage}.{' '}
          <span className="kern-body--small">
            {r.geprueft
              ? 'Geprüft an: '
              : 'Nicht an einer Fundstelle geprüft – der Plattformbetrieb kann die Angabe berichtigen. Hinweis: '}
            {r.fundstelle}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Die Einstellung des Trägers für die Unterschrift seiner Schreiben, in Worten. */
export function unterschriftText(ohneUnterschrift: boolean): string {
  return ohneUnterschrift
    ? 'maschinell erstellt, ohne Unterschrift gültig (Hinweis im Brief statt Unterschrift)'
    : 'mit Raum für die Unterschrift nach „Im Auftrag“';
}

const unterschriftHinweis =
  'Gilt für alle Schreiben Ihres Trägers. Angekreuzt steht unter dem Namen der Sachbearbeitung: „Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.“ (§ 33 Abs. 5 SGB X). Sonst bleibt zwischen „Im Auftrag“ und dem Namen Raum für die Unterschrift.';

export function StammdatenAnzeige({ t }: { t: Traeger }) {
  return (
    <Angaben
      eintraege={[
        ['Kurzname', t.kurzname],
        ['Art', artNamen[t.art]],
        ['Land', landNamen[t.land] ?? t.land],
        ['Gebiet', gebietText(t)],
        ['Rollen nach Landesrecht', <Rollen key="rollen" rollen={t.rollen ?? []} worte={t.rollenInWorten ?? []} />],
        ['Anschrift', anschriftText(t.anschrift)],
        ['Ansprechperson', t.kontakt.ansprechpartner || nichtErfasst],
        ['Telefon', t.kontakt.telefon || nichtErfasst],
        ['E-Mail', t.kontakt.email || nichtErfasst],
        ['Leitweg-ID (XRechnung)', t.leitwegId ?? nichtErfasst],
        ['IBAN', t.iban ?? nichtErfasst],
        ['Unterschrift in Schreiben', unterschriftText(t.ohneUnterschrift)],
        ['Rechtsträger', t.rechtstraeger],
        ['Aufsichtsbehörde', t.aufsichtsbehoerde ?? nichtErfasst],
        ['Quelle der Daten', t.quelle ?? nichtErfasst],
        ['Zuletzt geändert', zeitDe(t.geaendertAm)],
      ]}
    />
  );
}

interface Werte {
  name: string;
  kurzname: string;
  strasse: string;
  plz: string;
  ort: string;
  ansprechpartner: string;
  telefon: string;
  email: string;
  leitwegId: string;
  iban: string;
  aufsichtsbehoerde: string;
}

const ohneLeere = <T extends Record<string, string>>(o: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  ) as Partial<T>;

interface Feldangabe {
  schluessel: keyof Werte;
  pfad: string;
  label: string;
  optional?: boolean;
  autocomplete?: string;
  hinweis?: string;
}

const anschriftFelder: Feldangabe[] = [
  { schluessel: 'strasse', pfad: '/anschrift/strasse', label: 'Straße und Hausnummer', optional: true, autocomplete: 'street-address' },
  { schluessel: 'plz', pfad: '/anschrift/plz', label: 'Postleitzahl', optional: true, autocomplete: 'postal-code' },
  { schluessel: 'ort', pfad: '/anschrift/ort', label: 'Ort', optional: true, autocomplete: 'address-level2' },
];

const kontaktFelder: Feldangabe[] = [
  { schluessel: 'ansprechpartner', pfad: '/kontakt/ansprechpartner', label: 'Ansprechperson', optional: true },
  { schluessel: 'telefon', pfad: '/kontakt/telefon', label: 'Telefon', optional: true, autocomplete: 'tel' },
  { schluessel: 'email', pfad: '/kontakt/email', label: 'E-Mail', optional: true, autocomplete: 'email' },
];

const weitereFelder: Feldangabe[] = [
  {
    schluessel: 'leitwegId',
    pfad: '/leitwegId',
    label: 'Leitweg-ID',
    optional: true,
    hinweis: 'Für Rechnungen als XRechnung, z. B. 991-12345-73; die Prüfziffern werden geprüft.',
  },
  {
    schluessel: 'iban',
    pfad: '/iban',
    label: 'IBAN',
    optional: true,
    hinweis: 'Für Zahlungen an Ihren Träger, z. B. DE02 1203 0000 0000 2020 51',
  },
  {
    schluessel: 'aufsichtsbehoerde',
    pfad: '/aufsichtsbehoerde',
    label: 'Aufsichtsbehörde',
    optional: true,
    hinweis: 'Entscheidet bei Streit über Amtshilfe (§ 4 Abs. 5 SGB X)',
  },
];

function Felder({
  liste,
  w,
  setW,
  felder,
}: {
  liste: Feldangabe[];
  w: Werte;
  setW: (f: (x: Werte) => Werte) => void;
  felder: Feldfehler[];
}) {
  return (
    <>
      {liste.map(({ schluessel, ...rest }) => (
        <Textfeld
          key={schluessel}
          {...rest}
          wert={w[schluessel]}
          aendern={(v) => setW((x) => ({ ...x, [schluessel]: v }))}
          fehler={fehlerFuer(felder, rest.pfad)}
        />
      ))}
    </>
  );
}

function anfangswerte(t: Traeger): Werte {
  return {
    name: t.name,
    kurzname: t.kurzname,
    strasse: t.anschrift.strasse ?? '',
    plz: t.anschrift.plz ?? '',
    ort: t.anschrift.ort ?? '',
    ansprechpartner: t.kontakt.ansprechpartner ?? '',
    telefon: t.kontakt.telefon ?? '',
    email: t.kontakt.email ?? '',
    leitwegId: t.leitwegId ?? '',
    iban: t.iban ?? '',
    aufsichtsbehoerde: t.aufsichtsbehoerde ?? '',
  };
}

const ibanOhneLeerzeichen = (w: Werte) => w.iban.replace(/\s+/g, '').toUpperCase();

function pruefe(w: Werte): Feldfehler[] {
  const f: Feldfehler[] = [];
  if (!w.name.trim()) f.push({ pfad: '/name', meldung: 'Bitte geben Sie den Namen des Trägers ein.' });
  if (!w.kurzname.trim()) f.push({ pfad: '/kurzname', meldung: 'Bitte geben Sie einen Kurznamen ein.' });
  if (w.plz.trim() && !/^\d{5}$/.test(w.plz.trim()))
    f.push({ pfad: '/anschrift/plz', meldung: 'Die Postleitzahl hat fünf Ziffern, z. B. 86152.' });
  const iban = ibanOhneLeerzeichen(w);
  if (iban && !/^DE\d{20}$/.test(iban))
    f.push({ pfad: '/iban', meldung: 'Die IBAN beginnt mit DE und hat 22 Zeichen, z. B. DE02 1203 0000 0000 2020 51.' });
  if (w.email.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(w.email.trim()))
    f.push({ pfad: '/kontakt/email', meldung: 'Bitte geben Sie eine E-Mail-Adresse wie name@traeger.de ein.' });
  return f;
}

function fuerApi(w: Werte, ohneUnterschrift: boolean) {
  return {
    name: w.name.trim(),
    kurzname: w.kurzname.trim(),
    anschrift: ohneLeere({ strasse: w.strasse, plz: w.plz, ort: w.ort }),
    kontakt: ohneLeere({ ansprechpartner: w.ansprechpartner, telefon: w.telefon, email: w.email }),
    leitwegId: w.leitwegId.trim() || null,
    iban: ibanOhneLeerzeichen(w) || null,
    aufsichtsbehoerde: w.aufsichtsbehoerde.trim() || null,
    ohneUnterschrift,
  };
}

export function StammdatenFormular({
  t,
  etag,
  fertig,
  abbrechen,
}: {
  t: Traeger;
  etag: string | null;
  fertig: (a: Antwort<Traeger>) => void;
  abbrechen: () => void;
}) {
  const [w, setW] = useState<Werte>(() => anfangswerte(t));
  const [ohneUnterschrift, setOhneUnterschrift] = useState(t.ohneUnterschrift);
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);
  const teil = { w, setW, felder };

  async function absenden(e: FormEvent) {
    e.preventDefault();
    if (sendet) return;
    const f = pruefe(w);
    setFelder(f);
    setFehler(null);
    if (f.length) return;
    setSendet(true);
    try {
      fertig(await api.patch<Traeger>(`/traeger/${encodeURIComponent(t.id)}`, fuerApi(w, ohneUnterschrift), etag));
    } catch (x) {
      if (x instanceof ApiFehler) {
        setFelder(x.felder);
        if (!x.felder.length) setFehler(x);
      }
    } finally {
      setSendet(false);
    }
  }

  return (
    <form className="kern-stack-md" noValidate onSubmit={(e) => void absenden(e)} aria-labelledby="stammdaten-formular-titel">
      <h2 className="kern-heading-medium" id="stammdaten-formular-titel">
        Stammdaten bearbeiten
      </h2>
      <Fehlerzusammenfassung fehler={felder} />
      <Fehlermeldung fehler={fehler} />
      <Felder
        {...teil}
        liste={[
          { schluessel: 'name', pfad: '/name', label: 'Name' },
          { schluessel: 'kurzname', pfad: '/kurzname', label: 'Kurzname' },
        ]}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Anschrift</legend>
        <div className="kern-fieldset__body">
          <Felder {...teil} liste={anschriftFelder} />
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Kontakt</legend>
        <div className="kern-fieldset__body">
          <Felder {...teil} liste={kontaktFelder} />
        </div>
      </fieldset>
      <Felder {...teil} liste={weitereFelder} />
      <Ankreuzfeld
        pfad="/ohneUnterschrift"
        label="Schreiben maschinell erstellt, ohne Unterschrift gültig"
        hinweis={unterschriftHinweis}
        wert={ohneUnterschrift}
        aendern={setOhneUnterschrift}
      />
      <p className="kern-body">Rechtsträger ({t.rechtstraeger}), Art, Land und Gebiet pflegt der Plattformbetrieb.</p>
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-busy={sendet}>
          <span className="kern-label">{sendet ? 'Wird gespeichert …' : 'Stammdaten speichern'}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}>
          <span className="kern-label">Abbrechen</span>
        </button>
      </div>
    </form>
  );
}
