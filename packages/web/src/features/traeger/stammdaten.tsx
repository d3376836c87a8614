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
  const [w, setW] = useState<Werte>({
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
  });
  const [ohneUnterschrift, setOhneUnterschrift] = useState(t.ohneUnterschrift);
  const [felder, setFelder] = useState<Feldfehler[]>([]);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);
  const feld = (k: keyof Werte) => ({ wert: w[k], aendern: (v: string) => setW((x) => ({ ...x, [k]: v })) });

  async function absenden(e: FormEvent) {
    e.preventDefault();
    if (sendet) return;
    const f: Feldfehler[] = [];
    if (!w.name.trim()) f.push({ pfad: '/name', meldung: 'Bitte geben Sie den Namen des Trägers ein.' });
    if (!w.kurzname.trim()) f.push({ pfad: '/kurzname', meldung: 'Bitte geben Sie einen Kurznamen ein.' });
    if (w.plz.trim() && !/^\d{5}$/.test(w.plz.trim()))
      f.push({ pfad: '/anschrift/plz', meldung: 'Die Postleitzahl hat fünf Ziffern, z. B. 86152.' });
    const iban = w.iban.replace(/\s+/g, '').toUpperCase();
    if (iban && !/^DE\d{20}$/.test(iban))
      f.push({ pfad: '/iban', meldung: 'Die IBAN beginnt mit DE und hat 22 Zeichen, z. B. DE02 1203 0000 0000 2020 51.' });
    if (w.email.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(w.email.trim()))
      f.push({ pfad: '/kontakt/email', meldung: 'Bitte geben Sie eine E-Mail-Adresse wie name@traeger.de ein.' });
    setFelder(f);
    setFehler(null);
    if (f.length) return;
    setSendet(true);
    try {
      const a = await api.patch<Traeger>(
        `/traeger/${encodeURIComponent(t.id)}`,
        {
          name: w.name.trim(),
          kurzname: w.kurzname.trim(),
          anschrift: ohneLeere({ strasse: w.strasse, plz: w.plz, ort: w.ort }),
          kontakt: ohneLeere({ ansprechpartner: w.ansprechpartner, telefon: w.telefon, email: w.email }),
          leitwegId: w.leitwegId.trim() || null,
          iban: iban || null,
          aufsichtsbehoerde: w.aufsichtsbehoerde.trim() || null,
          ohneUnterschrift,
        },
        etag,
      );
      fertig(a);
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
      <Textfeld pfad="/name" label="Name" {...feld('name')} fehler={fehlerFuer(felder, '/name')} />
      <Textfeld pfad="/kurzname" label="Kurzname" {...feld('kurzname')} fehler={fehlerFuer(felder, '/kurzname')} />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Anschrift</legend>
        <div className="kern-fieldset__body">
          <Textfeld
            pfad="/anschrift/strasse"
            label="Straße und Hausnummer"
            optional
            autocomplete="street-address"
            {...feld('strasse')}
            fehler={fehlerFuer(felder, '/anschrift/strasse')}
          />
          <Textfeld
            pfad="/anschrift/plz"
            label="Postleitzahl"
            optional
            autocomplete="postal-code"
            {...feld('plz')}
            fehler={fehlerFuer(felder, '/anschrift/plz')}
          />
          <Textfeld
            pfad="/anschrift/ort"
            label="Ort"
            optional
            autocomplete="address-level2"
            {...feld('ort')}
            fehler={fehlerFuer(felder, '/anschrift/ort')}
          />
        </div>
      </fieldset>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Kontakt</legend>
        <div className="kern-fieldset__body">
          <Textfeld
            pfad="/kontakt/ansprechpartner"
            label="Ansprechperson"
            optional
            {...feld('ansprechpartner')}
            fehler={fehlerFuer(felder, '/kontakt/ansprechpartner')}
          />
          <Textfeld
            pfad="/kontakt/telefon"
            label="Telefon"
            optional
            autocomplete="tel"
            {...feld('telefon')}
            fehler={fehlerFuer(felder, '/kontakt/telefon')}
          />
          <Textfeld
            pfad="/kontakt/email"
            label="E-Mail"
            optional
            autocomplete="email"
            {...feld('email')}
            fehler={fehlerFuer(felder, '/kontakt/email')}
          />
        </div>
      </fieldset>
      <Textfeld
        pfad="/leitwegId"
        label="Leitweg-ID"
        optional
        hinweis="Für Rechnungen als XRechnung, z. B. 991-12345-73; die Prüfziffern werden geprüft."
        {...feld('leitwegId')}
        fehler={fehlerFuer(felder, '/leitwegId')}
      />
      <Textfeld
        pfad="/iban"
        label="IBAN"
        optional
        hinweis="Für Zahlungen an Ihren Träger, z. B. DE02 1203 0000 0000 2020 51"
        {...feld('iban')}
        fehler={fehlerFuer(felder, '/iban')}
      />
      <Textfeld
        pfad="/aufsichtsbehoerde"
        label="Aufsichtsbehörde"
        optional
        hinweis="Entscheidet bei Streit über Amtshilfe (§ 4 Abs. 5 SGB X)"
        {...feld('aufsichtsbehoerde')}
        fehler={fehlerFuer(felder, '/aufsichtsbehoerde')}
      />
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
