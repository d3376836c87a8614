// Formular des Mehrkostenvergleichs: der Wunsch mit Kostenposten (je Tag oder Monat) und die
// Alternativen mit Zumutbarkeit, Bedarfsdeckung, Vereinbarung nach Kapitel 8 und besserer Eignung.
// Fehler erscheinen oben (verlinkt) und am Feld; Eingaben bleiben bei einem Fehler erhalten.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiFehler, type Feldfehler } from '../../api.ts';
import { centAus, datumDe, datumIso, heuteIso } from '../../format.ts';
import { Ankreuzfeld, Auswahl, Betragsfeld, Datumsfeld, Textfeld, feldBinder, feldId } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import type { Alternative, Angebot, Je } from './typen.ts';
import type { Anfrage } from '../../api/client.ts';

interface PostenFeld {
  schluessel: number;
  bezeichnung: string;
  betrag: string;
  je: Je;
}
interface AngebotFeld {
  schluessel: number;
  bezeichnung: string;
  posten: PostenFeld[];
}
interface AlternativeFeld extends AngebotFeld {
  zumutbar: boolean;
  bedarfsdeckend: boolean;
  vereinbarungKapitel8: boolean;
  deutlichBesserGeeignet: boolean;
}
interface Formularwerte {
  bezeichnung: string;
  fallId: string;
  stichtag: string;
  tageProMonat: string;
  wohnenAusserhalb: boolean;
  gewuenscht: AngebotFeld;
  alternativen: AlternativeFeld[];
}

/** Was das Formular an die API sendet (ohne `art`). */
/** Was der Vergleich dem Server sendet (Anlegen; beim Ändern dieselben Felder). */
export type VergleichDaten = Anfrage<'/api/v1/mehrkostenvergleiche', 'post'>;

let zaehler = 0;
const neuerSchluessel = () => ++zaehler;

function betragText(cent: number): string {
  return (cent / 100).toFixed(2).replace('.', ',');
}

const leererPosten = (je: Je = 'tag'): PostenFeld => ({ schluessel: neuerSchluessel(), bezeichnung: '', betrag: '', je });
const leereAlternative = (): AlternativeFeld => ({
  schluessel: neuerSchluessel(),
  bezeichnung: '',
  posten: [leererPosten()],
  zumutbar: true,
  bedarfsdeckend: true,
  vereinbarungKapitel8: true,
  deutlichBesserGeeignet: false,
});

function ausAngebot(a: Angebot): AngebotFeld {
  return {
    schluessel: neuerSchluessel(),
    bezeichnung: a.bezeichnung,
    posten: a.posten.map((p) => ({
      schluessel: neuerSchluessel(),
      bezeichnung: p.bezeichnung,
      betrag: betragText(p.betragCent),
      je: p.je,
    })),
  };
}

function anfangswerte(v?: Partial<VergleichDaten>, fallId?: string): Formularwerte {
  return {
    bezeichnung: v?.bezeichnung ?? '',
    fallId: v?.fallId ?? fallId ?? '',
    stichtag: datumDe(v?.stichtag ?? heuteIso()),
    tageProMonat: v?.tageProMonat !== undefined ? String(v.tageProMonat).replace('.', ',') : '',
    wohnenAusserhalb: v?.wohnenAusserhalbBesondererWohnform ?? false,
    gewuenscht: v?.gewuenscht ? ausAngebot(v.gewuenscht) : { schluessel: neuerSchluessel(), bezeichnung: '', posten: [leererPosten()] },
    alternativen: v?.alternativen?.length
      ? v.alternativen.map((a: Alternative) => ({
          ...ausAngebot(a),
          zumutbar: a.zumutbar,
          bedarfsdeckend: a.bedarfsdeckend,
          vereinbarungKapitel8: a.vereinbarungKapitel8,
          deutlichBesserGeeignet: a.deutlichBesserGeeignet ?? false,
        }))
      : [leereAlternative()],
  };
}

/** Deutscher Name eines Feldes zu seinem JSON-Pointer (für die Fehlerzusammenfassung). */
function feldname(pfad: string): string {
  const teile = pfad.split('/').filter(Boolean);
  const namen: Record<string, string> = {
    bezeichnung: 'Bezeichnung',
    betragCent: 'Betrag',
    je: 'Betrag gilt je',
    stichtag: 'Stichtag',
    tageProMonat: 'Tage je Monat',
    fallId: 'Fall',
    posten: 'Kostenposten',
  };
  const worte: string[] = [];
  for (let i = 0; i < teile.length; i++) {
    const t = teile[i] ?? '';
    const n = teile[i + 1];
    if (t === 'gewuenscht') worte.push('Gewünschte Leistung');
    else if (t === 'alternativen' && n !== undefined && /^\d+$/.test(n)) {
      worte.push(`Alternative ${Number(n) + 1}`);
      i++;
    } else if (t === 'posten' && n !== undefined && /^\d+$/.test(n)) {
      worte.push(`Posten ${Number(n) + 1}`);
      i++;
    } else worte.push(namen[t] ?? t);
  }
  if (teile.length === 1 && teile[0] === 'bezeichnung') return 'Bezeichnung des Vergleichs';
  return worte.join(', ');
}

function pruefe(w: Formularwerte): { fehler: Feldfehler[]; daten?: VergleichDaten } {
  const fehler: Feldfehler[] = [];
  if (!w.bezeichnung.trim()) fehler.push({ pfad: '/bezeichnung', meldung: 'Bitte geben Sie eine Bezeichnung des Vergleichs ein.' });
  const stichtag = datumIso(w.stichtag);
  if (!stichtag) fehler.push({ pfad: '/stichtag', meldung: 'Bitte geben Sie den Stichtag als TT.MM.JJJJ ein, z. B. 01.03.2025.' });
  let tage: number | undefined;
  if (w.tageProMonat.trim()) {
    tage = Number(w.tageProMonat.trim().replace(',', '.'));
    if (!Number.isFinite(tage) || tage < 28 || tage > 31)
      fehler.push({ pfad: '/tageProMonat', meldung: 'Tage je Monat: eine Zahl von 28 bis 31, z. B. 30 oder 30,42.' });
  }
  const angebot = (a: AngebotFeld, pfad: string, name: string): Angebot => {
    if (!a.bezeichnung.trim()) fehler.push({ pfad: `${pfad}/bezeichnung`, meldung: `${name}: Bitte geben Sie eine Bezeichnung ein.` });
    const posten = a.posten.map((p, i) => {
      if (!p.bezeichnung.trim())
        fehler.push({
          pfad: `${pfad}/posten/${i}/bezeichnung`,
          meldung: `${name}, Posten ${i + 1}: Bitte geben Sie an, wofür der Betrag ist.`,
        });
      const cent = centAus(p.betrag);
      if (cent === undefined || cent < 0)
        fehler.push({
          pfad: `${pfad}/posten/${i}/betragCent`,
          meldung: `${name}, Posten ${i + 1}: Bitte geben Sie einen Betrag in Euro ein, z. B. 88,41.`,
        });
      return { bezeichnung: p.bezeichnung.trim(), betragCent: cent ?? 0, je: p.je };
    });
    return { bezeichnung: a.bezeichnung.trim(), posten };
  };
  const gewuenscht = angebot(w.gewuenscht, '/gewuenscht', 'Gewünschte Leistung');
  const alternativen: Alternative[] = w.alternativen.map((a, i) => ({
    ...angebot(a, `/alternativen/${i}`, `Alternative ${i + 1}`),
    zumutbar: a.zumutbar,
    bedarfsdeckend: a.bedarfsdeckend,
    vereinbarungKapitel8: a.vereinbarungKapitel8,
    ...(a.deutlichBesserGeeignet ? { deutlichBesserGeeignet: true } : {}),
  }));
  if (fehler.length || !stichtag) return { fehler };
  return {
    fehler,
    daten: {
      bezeichnung: w.bezeichnung.trim(),
      fallId: w.fallId || null,
      stichtag,
      gewuenscht,
      alternativen,
      ...(tage !== undefined ? { tageProMonat: tage } : {}),
      ...(w.wohnenAusserhalb ? { wohnenAusserhalbBesondererWohnform: true } : {}),
    },
  };
}

/** Alle Feldpfade des Formulars (für die Zuordnung von Serverfehlern zum nächsten Feld). */
function feldpfade(w: Formularwerte): string[] {
  const angebot = (a: AngebotFeld, pfad: string) => [
    `${pfad}/bezeichnung`,
    ...a.posten.flatMap((_, i) => [`${pfad}/posten/${i}/bezeichnung`, `${pfad}/posten/${i}/betragCent`, `${pfad}/posten/${i}/je`]),
  ];
  return [
    '/bezeichnung',
    '/fallId',
    '/stichtag',
    '/tageProMonat',
    '/wohnenAusserhalbBesondererWohnform',
    ...angebot(w.gewuenscht, '/gewuenscht'),
    ...w.alternativen.flatMap((a, i) => [
      ...angebot(a, `/alternativen/${i}`),
      `/alternativen/${i}/zumutbar`,
      `/alternativen/${i}/bedarfsdeckend`,
      `/alternativen/${i}/vereinbarungKapitel8`,
      `/alternativen/${i}/deutlichBesserGeeignet`,
    ]),
  ];
}

function naechstesFeld(pfad: string, pfade: string[]): string {
  let p = pfad;
  while (p) {
    if (pfade.includes(p)) return p;
    const darunter = pfade.find((x) => x.startsWith(`${p}/`));
    if (darunter) return darunter;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return pfade[0] ?? pfad;
}

const jeOptionen = [
  { wert: 'tag', text: 'je Tag (Tagessatz)' },
  { wert: 'monat', text: 'je Monat' },
];

function Postenliste({
  pfad,
  name,
  posten,
  setzen,
  felder,
  fokus,
}: {
  pfad: string;
  name: string;
  posten: PostenFeld[];
  setzen: (p: PostenFeld[]) => void;
  felder: Feldfehler[];
  fokus: (id: string) => void;
}) {
  const aendern = (i: number, teil: Partial<PostenFeld>) => setzen(posten.map((p, j) => (j === i ? { ...p, ...teil } : p)));
  return (
    <div className="kern-stack-sm">
      {posten.map((p, i) => (
        <fieldset className="kern-fieldset mehrkosten-posten" key={p.schluessel}>
          <legend className="kern-label">
            {name}: Posten {i + 1}
          </legend>
          <div className="kern-fieldset__body mehrkosten-posten__felder">
            <Textfeld
              pfad={`${pfad}/posten/${i}/bezeichnung`}
              label={`Posten ${i + 1}: wofür`}
              hinweis="z. B. Wohnheim, Werkstatt, Fahrtkosten"
              wert={p.bezeichnung}
              aendern={(v) => aendern(i, { bezeichnung: v })}
              fehler={fehlerFuer(felder, `${pfad}/posten/${i}/bezeichnung`)}
            />
            <Betragsfeld
              pfad={`${pfad}/posten/${i}/betragCent`}
              label={`Posten ${i + 1}: Betrag`}
              wert={p.betrag}
              aendern={(v) => aendern(i, { betrag: v })}
              fehler={fehlerFuer(felder, `${pfad}/posten/${i}/betragCent`)}
            />
            <Auswahl
              pfad={`${pfad}/posten/${i}/je`}
              label={`Posten ${i + 1}: Betrag gilt`}
              wert={p.je}
              aendern={(v) => aendern(i, { je: v === 'monat' ? 'monat' : 'tag' })}
              optionen={jeOptionen}
              fehler={fehlerFuer(felder, `${pfad}/posten/${i}/je`)}
            />
          </div>
          {posten.length > 1 && (
            <div className="knopfleiste">
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() => {
                  setzen(posten.filter((_, j) => j !== i));
                  fokus(`${feldId(pfad)}-posten-neu`);
                }}
              >
                <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                <span className="kern-label">
                  Posten {i + 1} entfernen<span className="vorlesetext"> ({name})</span>
                </span>
              </button>
            </div>
          )}
        </fieldset>
      ))}
      <div className="knopfleiste">
        <button
          type="button"
          id={`${feldId(pfad)}-posten-neu`}
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            setzen([...posten, leererPosten(posten[posten.length - 1]?.je)]);
            fokus(feldId(`${pfad}/posten/${posten.length}/bezeichnung`));
          }}
        >
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">
            Weiteren Kostenposten hinzufügen<span className="vorlesetext"> ({name})</span>
          </span>
        </button>
      </div>
    </div>
  );
}

type SetzeWerte = (f: (v: Formularwerte) => Formularwerte) => void;

interface TeilProps {
  w: Formularwerte;
  setW: SetzeWerte;
  amFeld: Feldfehler[];
}

function AllgemeineAngaben({ w, setW, amFeld, faelle }: TeilProps & { faelle: { id: string; text: string }[] }) {
  const setze = (teil: Partial<Formularwerte>) => setW((v) => ({ ...v, ...teil }));
  const feld = feldBinder(w, setze, (pfad) => fehlerFuer(amFeld, pfad));
  return (
    <section className="kern-stack-md" aria-labelledby="mk-allgemein">
      <h2 className="kern-heading-medium" id="mk-allgemein">
        Allgemeine Angaben
      </h2>
      <Textfeld
        label="Bezeichnung des Vergleichs"
        hinweis="Erscheint in der Liste, z. B. „Wohnheim S statt Wohnheim A“"
        {...feld('bezeichnung', '/bezeichnung')}
      />
      <Auswahl
        label="Fall"
        optional
        hinweis="Der eigene Fall, zu dem der Wunsch gehört"
        {...feld('fallId', '/fallId')}
        leer="Ohne Fall"
        optionen={faelle.map((f) => ({ wert: f.id, text: f.text }))}
      />
      <Datumsfeld
        label="Stichtag"
        hinweis="Tag, für den entschieden wird; er wählt das Recht: ab 01.01.2020 § 104 SGB IX, davor § 9 Abs. 2 SGB XII a.F. Format: TT.MM.JJJJ"
        {...feld('stichtag', '/stichtag')}
      />
      <Textfeld
        label="Tage je Monat für Tagessätze"
        optional
        hinweis="Ohne Angabe 30 Tage (wie SG Freiburg); z. B. 30,42 für 365/12"
        {...feld('tageProMonat', '/tageProMonat')}
      />
      <Ankreuzfeld
        pfad="/wohnenAusserhalbBesondererWohnform"
        label="Gewünscht ist ein Wohnen außerhalb besonderer Wohnformen, und es kommt in Betracht"
        hinweis="§ 104 Abs. 3 Satz 3 SGB IX: diesem Wunsch ist vorrangig zu entsprechen."
        wert={w.wohnenAusserhalb}
        aendern={(v) => setze({ wohnenAusserhalb: v })}
      />
    </section>
  );
}

function WunschAbschnitt({ w, setW, amFeld, fokus }: TeilProps & { fokus: (id: string) => void }) {
  return (
    <section className="kern-stack-md" aria-labelledby="mk-wunsch">
      <h2 className="kern-heading-medium" id="mk-wunsch">
        Gewünschte Leistung
      </h2>
      <p className="kern-body">
        Alle Kosten, die der Träger bei dieser Leistung trägt (z. B. auch Fahrtkosten zur Werkstatt) – je Tag oder je Monat.
      </p>
      <Textfeld
        pfad="/gewuenscht/bezeichnung"
        label="Gewünschte Leistung: Anbieter oder Angebot"
        wert={w.gewuenscht.bezeichnung}
        aendern={(b) => setW((v) => ({ ...v, gewuenscht: { ...v.gewuenscht, bezeichnung: b } }))}
        fehler={fehlerFuer(amFeld, '/gewuenscht/bezeichnung')}
      />
      <Postenliste
        pfad="/gewuenscht"
        name="Gewünschte Leistung"
        posten={w.gewuenscht.posten}
        setzen={(p) => setW((v) => ({ ...v, gewuenscht: { ...v.gewuenscht, posten: p } }))}
        felder={amFeld}
        fokus={fokus}
      />
    </section>
  );
}

/** Die Einordnung einer Alternative (Ankreuzfelder je Alternative). */
const einordnung: {
  schluessel: 'zumutbar' | 'bedarfsdeckend' | 'vereinbarungKapitel8' | 'deutlichBesserGeeignet';
  label: string;
  hinweis: string;
}[] = [
  {
    schluessel: 'zumutbar',
    label: 'zumutbar',
    hinweis: '§ 104 Abs. 3 SGB IX: persönliche, familiäre und örtliche Umstände einschließlich der gewünschten Wohnform',
  },
  { schluessel: 'bedarfsdeckend', label: 'deckt den Bedarf', hinweis: '§ 104 Abs. 2 Satz 2 Nr. 2 SGB IX' },
  {
    schluessel: 'vereinbarungKapitel8',
    label: 'Anbieter mit Vereinbarung nach Kapitel 8 SGB IX',
    hinweis: '§§ 123 ff. SGB IX; nur solche Angebote sind Vergleichsmaßstab',
  },
  {
    schluessel: 'deutlichBesserGeeignet',
    label: 'objektiv deutlich besser geeignet als der Wunsch',
    hinweis: 'Optional; fließt in die Abwägung ein (OVG Lüneburg 2004)',
  },
];

function AlternativeFelder({
  a,
  i,
  anzahl,
  setW,
  amFeld,
  fokus,
}: Omit<TeilProps, 'w'> & { a: AlternativeFeld; i: number; anzahl: number; fokus: (id: string) => void }) {
  const setze = (teil: Partial<AlternativeFeld>) =>
    setW((v) => ({ ...v, alternativen: v.alternativen.map((x, j) => (j === i ? { ...x, ...teil } : x)) }));
  return (
    <fieldset className="kern-fieldset mehrkosten-alternative">
      <legend className="kern-label kern-label--large">Alternative {i + 1}</legend>
      <div className="kern-fieldset__body">
        <Textfeld
          pfad={`/alternativen/${i}/bezeichnung`}
          label={`Alternative ${i + 1}: Anbieter oder Angebot`}
          wert={a.bezeichnung}
          aendern={(v) => setze({ bezeichnung: v })}
          fehler={fehlerFuer(amFeld, `/alternativen/${i}/bezeichnung`)}
        />
        <Postenliste
          pfad={`/alternativen/${i}`}
          name={`Alternative ${i + 1}`}
          posten={a.posten}
          setzen={(p) => setze({ posten: p })}
          felder={amFeld}
          fokus={fokus}
        />
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Alternative {i + 1}: Einordnung</legend>
          <div className="kern-fieldset__body">
            {einordnung.map((e) => (
              <Ankreuzfeld
                key={e.schluessel}
                pfad={`/alternativen/${i}/${e.schluessel}`}
                label={e.label}
                hinweis={e.hinweis}
                wert={a[e.schluessel]}
                aendern={(v) => setze({ [e.schluessel]: v })}
              />
            ))}
          </div>
        </fieldset>
        {anzahl > 1 && (
          <div className="knopfleiste">
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              onClick={() => {
                setW((v) => ({ ...v, alternativen: v.alternativen.filter((_, j) => j !== i) }));
                fokus('mk-alternative-neu');
              }}
            >
              <span className="kern-icon kern-icon--delete" aria-hidden="true" />
              <span className="kern-label">Alternative {i + 1} entfernen</span>
            </button>
          </div>
        )}
      </div>
    </fieldset>
  );
}

function AlternativenAbschnitt({ w, setW, amFeld, fokus }: TeilProps & { fokus: (id: string) => void }) {
  return (
    <section className="kern-stack-md" aria-labelledby="mk-alternativen">
      <h2 className="kern-heading-medium" id="mk-alternativen">
        Alternativen
      </h2>
      <p className="kern-body">
        Die vom Träger benannten abweichenden Leistungen. Vergleichsmaßstab ist die günstigste Alternative, die zumutbar ist, den Bedarf
        deckt und (ab 2020) von einem Anbieter mit Vereinbarung nach Kapitel 8 SGB IX erbracht wird.
      </p>
      {w.alternativen.map((a, i) => (
        <AlternativeFelder key={a.schluessel} a={a} i={i} anzahl={w.alternativen.length} setW={setW} amFeld={amFeld} fokus={fokus} />
      ))}
      <div className="knopfleiste">
        <button
          type="button"
          id="mk-alternative-neu"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            setW((v) => ({ ...v, alternativen: [...v.alternativen, leereAlternative()] }));
            fokus(feldId(`/alternativen/${w.alternativen.length}/bezeichnung`));
          }}
        >
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Weitere Alternative hinzufügen</span>
        </button>
      </div>
    </section>
  );
}

/** Fehler des Formulars: oben mit Feldnamen, am Feld ohne; beide dem nächsten vorhandenen Feld zugeordnet. */
function useFeldfehler(w: Formularwerte) {
  const [felder, setFeldlisten] = useState<{ oben: Feldfehler[]; amFeld: Feldfehler[] }>({ oben: [], amFeld: [] });
  // Die Listen entstehen beim Absenden (nicht bei jedem Tastendruck): die Zusammenfassung bekommt
  // den Fokus nur, wenn sich die Fehler ändern.
  const setFelder = (liste: Feldfehler[]) => {
    const pfade = feldpfade(w);
    setFeldlisten({
      oben: liste.map((f) => {
        const hatName = /^(Gewünschte Leistung|Alternative \d|Bitte|Tage je Monat)/.test(f.meldung);
        return { pfad: naechstesFeld(f.pfad, pfade), meldung: hatName ? f.meldung : `${feldname(f.pfad)}: ${f.meldung}` };
      }),
      amFeld: liste.map((f) => ({ pfad: naechstesFeld(f.pfad, pfade), meldung: f.meldung })),
    });
  };
  return { zusammenfassung: felder.oben, amFeld: felder.amFeld, setFelder };
}

/** Fokus nach dem nächsten Zeichnen (neue oder entfernte Posten und Alternativen). */
function useFokusNachAenderung(w: Formularwerte) {
  const [fokusZiel, setFokusZiel] = useState<string | null>(null);
  useEffect(() => {
    if (fokusZiel) {
      document.getElementById(fokusZiel)?.focus();
      setFokusZiel(null);
    }
  }, [fokusZiel, w]);
  return setFokusZiel;
}

export function MehrkostenFormular({
  anfang,
  fallId,
  faelle,
  knopf,
  senden,
  abbrechen,
}: {
  anfang?: Partial<VergleichDaten>;
  fallId?: string;
  /** Eigene Fälle zur Auswahl (optional). */
  faelle: { id: string; text: string }[];
  knopf: string;
  senden: (d: VergleichDaten) => Promise<void>;
  abbrechen?: () => void;
}) {
  const [w, setW] = useState<Formularwerte>(() => anfangswerte(anfang, fallId));
  const { zusammenfassung, amFeld, setFelder } = useFeldfehler(w);
  const [fehler, setFehler] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);
  const fokus = useFokusNachAenderung(w);
  const sendetRef = useRef(false);

  async function absenden(e: FormEvent) {
    e.preventDefault();
    if (sendetRef.current) return;
    const r = pruefe(w);
    setFehler(null);
    setFelder(r.fehler);
    if (!r.daten) return;
    sendetRef.current = true;
    setSendet(true);
    try {
      await senden(r.daten);
    } catch (x) {
      if (x instanceof ApiFehler) {
        setFelder(x.felder);
        setFehler(x.felder.length ? null : x);
      } else setFehler(new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(x) }));
    } finally {
      sendetRef.current = false;
      setSendet(false);
    }
  }

  return (
    <form className="kern-stack-lg mehrkosten-formular" noValidate onSubmit={(e) => void absenden(e)}>
      <Fehlerzusammenfassung fehler={zusammenfassung} />
      <Fehlermeldung fehler={fehler} />
      <p className="kern-body">Alle Felder sind Pflichtfelder, wenn nicht „optional“ dabeisteht. Beträge in Euro, Daten als TT.MM.JJJJ.</p>
      <AllgemeineAngaben w={w} setW={setW} amFeld={amFeld} faelle={faelle} />
      <WunschAbschnitt w={w} setW={setW} amFeld={amFeld} fokus={fokus} />
      <AlternativenAbschnitt w={w} setW={setW} amFeld={amFeld} fokus={fokus} />
      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-busy={sendet}>
          <span className="kern-label">{sendet ? 'Wird berechnet …' : knopf}</span>
        </button>
        {abbrechen && (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={abbrechen}>
            <span className="kern-label">Abbrechen</span>
          </button>
        )}
      </div>
    </form>
  );
}
