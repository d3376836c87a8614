// Neuer Erstattungsanspruch: Verpflichteter (aus dem Register oder eine Stelle außerhalb), Fall,
// Angaben für die Rechtsgrundlage (jede erklärt), Leistungszeiträume mit Beträgen, Kenntnisdatum,
// Zinsantrag. Angelegt wird ein Entwurf; Rechtsgrundlage, Betrag und Fristen bestimmt das Regelwerk.
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiFehler, type Feldfehler, type Seite, api, neuerIdempotenzSchluessel } from '../../api.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import { useDaten } from '../../daten.ts';
import { centAus, datumIso, datumMeldung, landOptionen } from '../../format.ts';
import { Auswahl, Betragsfeld, Datumsfeld, Textfeld, feldId } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { type Anspruch, type TraegerKurz, traegerArten } from './gemeinsam.tsx';
import { type MassnahmeEingabe, MassnahmenFelder, leistungsrechtOptionen, massnahmenFuerApi, massnahmenNamen } from './massnahmen.tsx';

interface ZeitraumZeile {
  schluessel: number;
  von: string;
  bis: string;
  betrag: string;
  rechnung: string;
  massnahme: string;
}

type FallKurz = ApiAntwort<'/api/v1/faelle', 'get'>['eintraege'][number];

/** Ankreuzfeld mit Hinweis und Fehlermeldung am Feld (für Feldfehler der API). */
function Kreuz(p: {
  pfad: string;
  label: string;
  hinweis?: string;
  wert: boolean;
  aendern: (w: boolean) => void;
  fehler?: string | undefined;
}) {
  const id = feldId(p.pfad);
  const beschrieben = [p.hinweis ? `${id}-hinweis` : '', p.fehler ? `${id}-fehler` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-check erstattung-kreuz${p.fehler ? ' kern-form-check--error' : ''}`}>
      <input
        className={`kern-form-check__checkbox${p.fehler ? ' kern-form-check__checkbox--error' : ''}`}
        id={id}
        type="checkbox"
        checked={p.wert}
        aria-describedby={beschrieben}
        aria-invalid={p.fehler ? true : undefined}
        onChange={(e) => p.aendern(e.target.checked)}
      />
      <label className="kern-label" htmlFor={id}>
        {p.label}
      </label>
      {p.hinweis && (
        <div className="kern-hint" id={`${id}-hinweis`}>
          {p.hinweis}
        </div>
      )}
      {p.fehler && (
        <p className="kern-error" id={`${id}-fehler`}>
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{p.fehler}</span>
        </p>
      )}
    </div>
  );
}

const rollen = [
  {
    wert: 'erster',
    text: 'Erster Träger – der Antrag ging zuerst bei uns ein',
    hinweis:
      'Erster Träger nach § 14 Abs. 1 SGB IX: Bei ihm wurde der Antrag gestellt. Er leitet ihn binnen zwei Wochen weiter oder leistet selbst.',
  },
  {
    wert: 'zweiter',
    text: 'Zweiter Träger – der Antrag wurde an uns weitergeleitet',
    hinweis:
      'Zweiter Träger: Ihm wurde der Antrag weitergeleitet; er muss leisten, auch wenn er nicht zuständig ist, und kann nach § 16 Abs. 1 SGB IX Erstattung verlangen.',
  },
  {
    wert: 'dritter',
    text: 'Dritter Träger – nach einer „Turboklärung“',
    hinweis: 'Dritter Träger: Der zweite Träger hat den Antrag im Einvernehmen an ihn weitergegeben (§ 14 Abs. 3 SGB IX, „Turboklärung“).',
  },
  {
    wert: 'vorlaeufig98',
    text: 'Vorläufig geleistet am tatsächlichen Aufenthalt (§ 98 Abs. 2 SGB IX)',
    hinweis:
      'Der gewöhnliche Aufenthalt stand nicht binnen vier Wochen fest; der Träger des tatsächlichen Aufenthalts leistete vorläufig (§ 98 Abs. 2 Satz 1 SGB IX) und verlangt Erstattung nach Satz 2.',
  },
  {
    wert: 'sonstiger',
    text: 'Sonstiger Fall – ohne Verfahren nach § 14 SGB IX',
    hinweis: 'Kein Verfahren nach § 14 SGB IX: Die Rechtsgrundlage ergibt sich aus §§ 102–105 SGB X (siehe „Grundlage nach dem SGB X“).',
  },
];

const grundlagen = [
  { wert: '', text: 'Vom Regelwerk bestimmen lassen (ohne Angabe: § 105 SGB X)' },
  { wert: 'vorlaeufigGesetzlich', text: '§ 102 SGB X – vorläufig auf Grund gesetzlicher Vorschrift geleistet' },
  { wert: 'nachtraeglichEntfallen', text: '§ 103 SGB X – eigene Leistungspflicht ist nachträglich entfallen' },
  { wert: 'nachrang', text: '§ 104 SGB X – wir waren nur nachrangig verpflichtet' },
  { wert: 'unzustaendig', text: '§ 105 SGB X – wir waren unzuständig' },
];

let zeilenNummer = 1;
const neueZeile = (): ZeitraumZeile => ({ schluessel: zeilenNummer++, von: '', bis: '', betrag: '', rechnung: '', massnahme: '' });

/** Fehlerpfade des Regelwerks (/rechtsgrundlage/leistungen/0/bis) auf die Felder des Formulars. */
function formularPfad(pfad: string): string {
  return pfad.replace(/^\/rechtsgrundlage\/leistungen\//, '/leistungszeitraeume/');
}

/** Die Rolle im Trägerregister zur gewählten Art des verpflichteten Trägers. */
const registerRolle: Record<string, string> = { egh: 'eingliederungshilfe', sozialhilfe: 'sozialhilfe', jugendhilfe: 'jugendhilfe' };

/**
 * Die Trägerauswahl fragt das Register nach der Rolle am Beginn der Leistung: ein bayerischer
 * Landkreis erscheint als Sozialhilfe-, nie als Träger der Eingliederungshilfe. Ohne Suchbegriff
 * zeigt sie die überörtlichen Träger.
 */
function registerPfad(suchbegriff: string, verpflichteterArt: string, leistungsbeginn: string): string {
  const q = new URLSearchParams({ proSeite: '100' });
  if (suchbegriff) q.set('suche', suchbegriff);
  else q.set('art', 'ueberoertlich');
  const rolle = registerRolle[verpflichteterArt];
  if (rolle) q.set('rolle', rolle);
  const stichtag = datumIso(leistungsbeginn);
  if (rolle && stichtag) q.set('stichtag', stichtag);
  return `/traeger?${q.toString()}`;
}

export function AnspruchFormular() {
  const navigieren = useNavigate();
  const [aktenzeichen, setAktenzeichen] = useState('');
  const [art, setArt] = useState<'plattform' | 'extern'>('plattform');
  const [suche, setSuche] = useState('');
  const [suchbegriff, setSuchbegriff] = useState('');
  const [verpflichteterId, setVerpflichteterId] = useState('');
  const [extern, setExtern] = useState('');
  const [land, setLand] = useState('');
  const [fallId, setFallId] = useState('');
  const [leistungsbeginn, setLeistungsbeginn] = useState('');
  const [zahlenderArt, setZahlenderArt] = useState('egh');
  const [verpflichteterArt, setVerpflichteterArt] = useState('egh');
  const [rolle, setRolle] = useState('zweiter');
  const [verfahren, setVerfahren] = useState({
    weitergeleitet: true,
    weiterleitungRechtzeitig: true,
    rueckgabeVersucht: false,
    faktischerZwang: false,
    abweichendeVereinbarung: false,
    ursacheDerBehinderung: false,
  });
  const [insgesamtZustaendig, setInsgesamtZustaendig] = useState(true);
  const [grundlage, setGrundlage] = useState('');
  const [kenntnisVoraussetzungen, setKenntnisVoraussetzungen] = useState('');
  const [selbstGeleistet, setSelbstGeleistet] = useState('');
  const [zeilen, setZeilen] = useState<ZeitraumZeile[]>(() => [neueZeile()]);
  const [leistungsrecht, setLeistungsrecht] = useState('eingliederungshilfe');
  const [massnahmen, setMassnahmen] = useState<Record<string, MassnahmeEingabe>>({});
  const massnahmeNamen = massnahmenNamen(zeilen);
  const [kenntnis, setKenntnis] = useState('');
  const [eingangAntrag, setEingangAntrag] = useState('');
  const [zinsantrag, setZinsantrag] = useState(false);
  const [bemerkung, setBemerkung] = useState('');
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [sendet, setSendet] = useState(false);
  const idempotenz = useRef<{ schluessel: string; inhalt: string } | null>(null);
  const zeitraeumeTitel = useRef<HTMLHeadingElement>(null);

  const traeger = useDaten<Seite<TraegerKurz>>(art === 'plattform' ? registerPfad(suchbegriff, verpflichteterArt, leistungsbeginn) : null);
  const faelle = useDaten<Seite<FallKurz>>('/faelle?status=offen&proSeite=200&sortierung=aktenzeichen');
  const f = (pfad: string) => fehlerFuer(fehler, pfad);

  function zeileAendern(i: number, teil: Partial<ZeitraumZeile>) {
    setZeilen((z) => z.map((x, j) => (j === i ? { ...x, ...teil } : x)));
  }

  async function absenden(ev: FormEvent) {
    ev.preventDefault();
    if (sendet) return;
    const neu: Feldfehler[] = [];
    /** `akk`: „den Leistungsbeginn“ (für „Bitte … angeben“), `nom`: „Leistungsbeginn“ (vor der Formatmeldung). */
    const datum = (pfad: string, wert: string, pflicht: boolean, akk: string, nom: string): string | undefined => {
      if (!wert.trim()) {
        if (pflicht) neu.push({ pfad, meldung: `Bitte ${akk} angeben (TT.MM.JJJJ).` });
        return undefined;
      }
      const iso = datumIso(wert);
      if (!iso) neu.push({ pfad, meldung: `${nom}: ${datumMeldung(wert, 'bitte als Datum TT.MM.JJJJ angeben, z. B. 03.03.2025.')}` });
      return iso;
    };
    if (!aktenzeichen.trim()) neu.push({ pfad: '/aktenzeichen', meldung: 'Bitte das Aktenzeichen des Anspruchs angeben.' });
    if (art === 'plattform' && !verpflichteterId)
      neu.push({ pfad: '/verpflichteterId', meldung: 'Bitte den verpflichteten Träger aus dem Register wählen.' });
    if (art === 'extern' && !extern.trim())
      neu.push({ pfad: '/verpflichteterExtern', meldung: 'Bitte die verpflichtete Stelle außerhalb der Plattform nennen.' });
    if (art === 'extern' && !land)
      neu.push({ pfad: '/landVerpflichteter', meldung: 'Bitte das Land der Stelle wählen (Feiertage für das Fristende).' });
    const beginn = datum('/rechtsgrundlage/leistungsbeginn', leistungsbeginn, true, 'den Leistungsbeginn', 'Leistungsbeginn');
    const kv = datum(
      '/rechtsgrundlage/verpflichteter/kenntnisVoraussetzungen',
      kenntnisVoraussetzungen,
      false,
      'die Kenntnis des Verpflichteten',
      'Kenntnis des Verpflichteten',
    );
    let selbst: number | undefined;
    if (selbstGeleistet.trim()) {
      selbst = centAus(selbstGeleistet);
      if (selbst === undefined || selbst < 0)
        neu.push({
          pfad: '/rechtsgrundlage/verpflichteter/selbstGeleistetCent',
          meldung: 'Bitte den Betrag in Euro angeben, z. B. 1.234,56.',
        });
    }
    const zeitraeume = zeilen.map((z, i) => {
      const von = datum(`/leistungszeitraeume/${i}/von`, z.von, true, `den Beginn von Zeitraum ${i + 1}`, `Beginn von Zeitraum ${i + 1}`);
      const bis = datum(`/leistungszeitraeume/${i}/bis`, z.bis, true, `das Ende von Zeitraum ${i + 1}`, `Ende von Zeitraum ${i + 1}`);
      if (von && bis && bis < von)
        neu.push({ pfad: `/leistungszeitraeume/${i}/bis`, meldung: `Zeitraum ${i + 1}: Das Ende liegt vor dem Beginn.` });
      const c = centAus(z.betrag);
      if (c === undefined || c < 0)
        neu.push({
          pfad: `/leistungszeitraeume/${i}/betragCent`,
          meldung: `Zeitraum ${i + 1}: Bitte den Betrag in Euro angeben, z. B. 4.250,00.`,
        });
      return {
        von: von ?? '',
        bis: bis ?? '',
        betragCent: c ?? 0,
        rechnung: z.rechnung.trim() || null,
        ...(z.massnahme.trim() ? { massnahme: z.massnahme.trim() } : {}),
      };
    });
    const massnahmenApi = massnahmenFuerApi(massnahmeNamen, massnahmen);
    neu.push(...massnahmenApi.fehler);
    const kenntnisIso = datum('/kenntnisEntscheidung', kenntnis, false, 'die Kenntnis', 'Kenntnis von der Entscheidung');
    const eingangIso = datum('/eingangLeistungsantrag', eingangAntrag, false, 'den Eingang', 'Eingang des Leistungsantrags');
    setProblem(null);
    if (neu.length) {
      setFehler(neu);
      return;
    }
    const body = {
      aktenzeichen: aktenzeichen.trim(),
      ...(art === 'plattform' ? { verpflichteterId } : { verpflichteterExtern: extern.trim(), landVerpflichteter: land }),
      ...(fallId ? { fallId } : {}),
      rechtsgrundlage: {
        leistungsbeginn: beginn,
        verfahren: { zahlenderTraeger: rolle, ...verfahren },
        zahlender: { art: zahlenderArt },
        verpflichteter: {
          art: verpflichteterArt,
          insgesamtZustaendig,
          ...(kv ? { kenntnisVoraussetzungen: kv } : {}),
          ...(selbst !== undefined ? { selbstGeleistetCent: selbst } : {}),
        },
        ...(grundlage ? { grundlage } : {}),
      },
      leistungszeitraeume: zeitraeume,
      leistungsrecht,
      ...(massnahmenApi.massnahmen.length ? { massnahmen: massnahmenApi.massnahmen } : {}),
      kenntnisEntscheidung: kenntnisIso ?? null,
      eingangLeistungsantrag: eingangIso ?? null,
      zinsantrag,
      ...(bemerkung.trim() ? { bemerkung: bemerkung.trim() } : {}),
    };
    // Derselbe Inhalt behält seinen Idempotenzschlüssel (doppeltes Absenden legt nicht doppelt an).
    const inhalt = JSON.stringify(body);
    if (idempotenz.current?.inhalt !== inhalt) idempotenz.current = { schluessel: neuerIdempotenzSchluessel(), inhalt };
    setFehler([]);
    setSendet(true);
    try {
      const { daten } = await api.post<Anspruch>('/erstattungsansprueche', body, null, idempotenz.current.schluessel);
      void navigieren(`/erstattung/${daten.id}`, {
        state: {
          meldung: `Der Anspruch ${daten.aktenzeichen} ist als Entwurf angelegt. Rechtsgrundlage und Fristen hat das Regelwerk bestimmt.`,
        },
      });
    } catch (e) {
      const a = e instanceof ApiFehler ? e : new ApiFehler({ type: 'x', title: 'Fehler', status: 0, detail: String(e) });
      if (a.felder.length) setFehler(a.felder.map((x) => ({ pfad: formularPfad(x.pfad), meldung: x.meldung })));
      else setProblem(a);
    } finally {
      setSendet(false);
    }
  }

  function suchen() {
    setSuchbegriff(suche.trim());
  }

  const rolleHinweis = rollen.find((r) => r.wert === rolle)?.hinweis;
  const traegerOptionen = (traeger.daten?.eintraege ?? []).map((t) => ({ wert: t.id, text: `${t.name} (${t.land})` }));
  const gewaehlt = verpflichteterId && !traegerOptionen.some((o) => o.wert === verpflichteterId) ? verpflichteterId : null;

  return (
    <form className="kern-stack-lg erstattung-formular" noValidate onSubmit={(e) => void absenden(e)}>
      <Fehlerzusammenfassung fehler={fehler} />
      <Fehlermeldung fehler={problem} />
      <p className="kern-body">
        Der Anspruch wird als <span className="kern-body--bold">Entwurf</span> angelegt: Nur Ihr Träger sieht ihn. Erst die Anmeldung macht
        ihn beim Verpflichteten geltend und wahrt die Ausschlussfrist (§ 111 SGB X). Pflichtangaben sind alle Felder ohne „optional“.
      </p>

      <section className="kern-stack-md" aria-labelledby="parteien-titel">
        <h2 className="kern-heading-medium" id="parteien-titel">
          Aktenzeichen, Verpflichteter und Fall
        </h2>
        <Textfeld
          pfad="/aktenzeichen"
          label="Aktenzeichen"
          hinweis="Ihr Aktenzeichen für diesen Anspruch, z. B. S-KE-2025-0001."
          wert={aktenzeichen}
          aendern={setAktenzeichen}
          fehler={f('/aktenzeichen')}
        />

        <fieldset className="kern-fieldset">
          <legend className="kern-label">Wer soll erstatten?</legend>
          <div className="kern-fieldset__body">
            <div className="kern-form-check">
              <input
                className="kern-form-check__radio"
                type="radio"
                id="verpflichteter-plattform"
                name="verpflichteter-art"
                checked={art === 'plattform'}
                onChange={() => setArt('plattform')}
              />
              <label className="kern-label" htmlFor="verpflichteter-plattform">
                Ein Träger auf der Plattform
              </label>
            </div>
            <div className="kern-form-check">
              <input
                className="kern-form-check__radio"
                type="radio"
                id="verpflichteter-extern"
                name="verpflichteter-art"
                checked={art === 'extern'}
                onChange={() => setArt('extern')}
              />
              <label className="kern-label" htmlFor="verpflichteter-extern">
                Eine Stelle außerhalb der Plattform (z. B. eine Krankenkasse)
              </label>
            </div>
          </div>
        </fieldset>

        {art === 'plattform' ? (
          <div className="kern-stack-sm">
            <div className="erstattung-suche">
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="feld-traegersuche">
                  Im Trägerregister suchen
                </label>
                <div className="kern-hint" id="feld-traegersuche-hinweis">
                  Name, Kurzname oder Kennziffer, z. B. „Mittelfranken“ oder „Prignitz“. Ohne Suchbegriff stehen die überörtlichen Träger
                  zur Wahl.
                </div>
                <input
                  className="kern-form-input__input"
                  id="feld-traegersuche"
                  type="search"
                  value={suche}
                  aria-describedby="feld-traegersuche-hinweis"
                  onChange={(e) => setSuche(e.target.value)}
                  onKeyDown={(e) => {
                    // Enter sucht im Register, statt das ganze Formular abzusenden.
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      suchen();
                    }
                  }}
                />
              </div>
              <button type="button" className="kern-btn kern-btn--secondary" onClick={suchen}>
                <span className="kern-label">Träger suchen</span>
              </button>
            </div>
            <p className="kern-body" role="status">
              {traeger.laedt ? 'Register wird durchsucht …' : `${traeger.daten?.gesamt ?? 0} Träger gefunden.`}
              {(traeger.daten?.gesamt ?? 0) > 100 ? ' Es werden die ersten 100 gezeigt; bitte genauer suchen.' : ''}
            </p>
            <Auswahl
              pfad="/verpflichteterId"
              label="Verpflichteter Träger"
              hinweis="Der Träger, der erstatten soll. Sein Land bestimmt die Feiertage für das Ende der Ausschlussfrist."
              leer="– bitte wählen –"
              wert={verpflichteterId}
              aendern={setVerpflichteterId}
              optionen={gewaehlt ? [{ wert: gewaehlt, text: gewaehlt }, ...traegerOptionen] : traegerOptionen}
              fehler={f('/verpflichteterId')}
            />
          </div>
        ) : (
          <div className="kern-stack-sm">
            <Textfeld
              pfad="/verpflichteterExtern"
              label="Verpflichtete Stelle"
              hinweis="Name und Anschrift der Stelle, z. B. „AOK Bayern, Direktion Augsburg“."
              wert={extern}
              aendern={setExtern}
              fehler={f('/verpflichteterExtern')}
            />
            <Auswahl
              pfad="/landVerpflichteter"
              label="Land der Stelle"
              hinweis="Die Feiertage dieses Landes verschieben das Ende der Ausschlussfrist (§ 26 Abs. 3 SGB X)."
              leer="– bitte wählen –"
              wert={land}
              aendern={setLand}
              optionen={landOptionen}
              fehler={f('/landVerpflichteter')}
            />
          </div>
        )}

        <Auswahl
          pfad="/fallId"
          label="Fall"
          optional
          hinweis="Ihr Fall zu diesem Anspruch. Der Verpflichtete sieht nur das Pseudonym der Person, nicht den Fall."
          leer="– kein Fall –"
          wert={fallId}
          aendern={setFallId}
          optionen={(faelle.daten?.eintraege ?? []).map((x) => ({
            wert: x.id,
            text: x.person ? `${x.aktenzeichen} – ${x.person.vorname} ${x.person.nachname}` : x.aktenzeichen,
          }))}
          fehler={f('/fallId')}
        />
      </section>

      <section className="kern-stack-md" aria-labelledby="rechtsgrundlage-titel">
        <h2 className="kern-heading-medium" id="rechtsgrundlage-titel">
          Angaben für die Rechtsgrundlage
        </h2>
        <div className="kern-stack-md">
          <p className="kern-body">
            Aus diesen Angaben bestimmt das Regelwerk die Anspruchsgrundlage (§ 16 SGB IX, § 14 Abs. 4 SGB IX a. F., § 98 Abs. 2 SGB IX oder
            §§ 102–105 SGB X) und den Betrag; die Begründung erscheint danach beim Anspruch.
          </p>
          <Datumsfeld
            pfad="/rechtsgrundlage/leistungsbeginn"
            label="Beginn der Leistung"
            hinweis="Erster Tag der Leistung. Er bestimmt das anzuwendende Recht: vor dem 01.01.2018 gilt § 14 SGB IX a. F. Format TT.MM.JJJJ."
            wert={leistungsbeginn}
            aendern={setLeistungsbeginn}
            fehler={f('/rechtsgrundlage/leistungsbeginn')}
          />
          <Auswahl
            pfad="/rechtsgrundlage/zahlender/art"
            label="Art Ihres Trägers (der geleistet hat)"
            hinweis="Vor 2020 war die Eingliederungshilfe Teil der Sozialhilfe; für Leistungen aus dieser Zeit „Träger der Sozialhilfe“ wählen."
            wert={zahlenderArt}
            aendern={setZahlenderArt}
            optionen={traegerArten}
            fehler={f('/rechtsgrundlage/zahlender/art')}
          />
          <Auswahl
            pfad="/rechtsgrundlage/verpflichteter/art"
            label="Art des verpflichteten Trägers"
            wert={verpflichteterArt}
            aendern={setVerpflichteterArt}
            optionen={traegerArten}
            fehler={f('/rechtsgrundlage/verpflichteter/art')}
          />
          <Auswahl
            pfad="/rechtsgrundlage/verfahren/zahlenderTraeger"
            label="Ihre Rolle im Verfahren nach § 14 SGB IX"
            {...(rolleHinweis ? { hinweis: rolleHinweis } : {})}
            wert={rolle}
            aendern={setRolle}
            optionen={rollen}
            fehler={f('/rechtsgrundlage/verfahren/zahlenderTraeger')}
          />
          <fieldset className="kern-fieldset">
            <legend className="kern-label">Was im Verfahren geschah</legend>
            <div className="kern-fieldset__body">
              <Kreuz
                pfad="/rechtsgrundlage/verfahren/weitergeleitet"
                label="Der erste Träger hat den Antrag weitergeleitet"
                hinweis="§ 14 Abs. 1 SGB IX: Hält sich der erste Träger für unzuständig, leitet er den Antrag an den Träger weiter, den er für zuständig hält."
                wert={verfahren.weitergeleitet}
                aendern={(w) => setVerfahren((v) => ({ ...v, weitergeleitet: w }))}
                fehler={f('/rechtsgrundlage/verfahren/weitergeleitet')}
              />
              <Kreuz
                pfad="/rechtsgrundlage/verfahren/weiterleitungRechtzeitig"
                label="Die Weiterleitung war rechtzeitig"
                hinweis="Innerhalb von zwei Wochen nach Eingang des Antrags (§ 14 Abs. 1 Satz 1 und 2 SGB IX)."
                wert={verfahren.weiterleitungRechtzeitig}
                aendern={(w) => setVerfahren((v) => ({ ...v, weiterleitungRechtzeitig: w }))}
                fehler={f('/rechtsgrundlage/verfahren/weiterleitungRechtzeitig')}
              />
              <Kreuz
                pfad="/rechtsgrundlage/verfahren/rueckgabeVersucht"
                label="Der zweite Träger hat versucht, den Antrag zurückzugeben"
                hinweis="Eine Rückgabe ist unwirksam; der zweite Träger bleibt gebunden (BSG, Urteil vom 10.07.2014 – B 10 SF 1/14 R)."
                wert={verfahren.rueckgabeVersucht}
                aendern={(w) => setVerfahren((v) => ({ ...v, rueckgabeVersucht: w }))}
                fehler={f('/rechtsgrundlage/verfahren/rueckgabeVersucht')}
              />
              <Kreuz
                pfad="/rechtsgrundlage/verfahren/faktischerZwang"
                label="Wir waren faktisch gezwungen vorzuleisten (nur Leistungen vor 2018)"
                hinweis="Nach altem Recht bleibt § 105 SGB X anwendbar, wenn der erste Träger faktisch zur Vorleistung gezwungen war (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14). Wird im Einzelfall geprüft."
                wert={verfahren.faktischerZwang}
                aendern={(w) => setVerfahren((v) => ({ ...v, faktischerZwang: w }))}
                fehler={f('/rechtsgrundlage/verfahren/faktischerZwang')}
              />
              <Kreuz
                pfad="/rechtsgrundlage/verfahren/abweichendeVereinbarung"
                label="Die Träger haben Abweichendes vereinbart"
                hinweis="§ 16 Abs. 4 Satz 1 SGB IX: Eine Vereinbarung der Rehabilitationsträger kann einen Anspruch auch ohne Weiterleitung begründen."
                wert={verfahren.abweichendeVereinbarung}
                aendern={(w) => setVerfahren((v) => ({ ...v, abweichendeVereinbarung: w }))}
                fehler={f('/rechtsgrundlage/verfahren/abweichendeVereinbarung')}
              />
              <Kreuz
                pfad="/rechtsgrundlage/verfahren/ursacheDerBehinderung"
                label="Nicht weitergeleitet, weil die Ursache der Behinderung ungeklärt war"
                hinweis="§ 16 Abs. 4 Satz 2 SGB IX: Wer wegen Anhaltspunkten zur Ursache der Behinderung nicht weiterleitete, behält den Erstattungsanspruch."
                wert={verfahren.ursacheDerBehinderung}
                aendern={(w) => setVerfahren((v) => ({ ...v, ursacheDerBehinderung: w }))}
                fehler={f('/rechtsgrundlage/verfahren/ursacheDerBehinderung')}
              />
              <Kreuz
                pfad="/rechtsgrundlage/verpflichteter/insgesamtZustaendig"
                label="Der Verpflichtete ist für die Leistungen insgesamt zuständig"
                hinweis="§ 16 Abs. 1 SGB IX: Erstattet wird, wenn ein anderer Träger für die Leistungen insgesamt zuständig ist."
                wert={insgesamtZustaendig}
                aendern={setInsgesamtZustaendig}
                fehler={f('/rechtsgrundlage/verpflichteter/insgesamtZustaendig')}
              />
            </div>
          </fieldset>
          <Auswahl
            pfad="/rechtsgrundlage/grundlage"
            label="Grundlage nach dem SGB X"
            optional
            hinweis="Nur nötig, wenn kein Verfahren nach § 14 SGB IX trägt. §§ 102–104 gehen § 105 SGB X vor (§ 106 SGB X)."
            wert={grundlage}
            aendern={setGrundlage}
            optionen={grundlagen}
            fehler={f('/rechtsgrundlage/grundlage')}
          />
          <Datumsfeld
            pfad="/rechtsgrundlage/verpflichteter/kenntnisVoraussetzungen"
            label="Kenntnis des Verpflichteten von seiner Leistungspflicht"
            optional
            hinweis="Tag, ab dem der Verpflichtete wusste, dass er leisten muss. Gegen Träger der Eingliederungs-, Sozial- und Jugendhilfe wird nach § 103 Abs. 3, § 105 Abs. 3 SGB X erst ab diesem Tag erstattet. Format TT.MM.JJJJ."
            wert={kenntnisVoraussetzungen}
            aendern={setKenntnisVoraussetzungen}
            fehler={f('/rechtsgrundlage/verpflichteter/kenntnisVoraussetzungen')}
          />
          <Betragsfeld
            pfad="/rechtsgrundlage/verpflichteter/selbstGeleistetCent"
            label="Vom Verpflichteten bereits selbst geleistet"
            optional
            hinweis="Was der Verpflichtete der Person selbst gezahlt hat, bevor er von Ihrer Leistung wusste; das wird abgezogen (§§ 103–105 SGB X). In Euro."
            wert={selbstGeleistet}
            aendern={setSelbstGeleistet}
            fehler={f('/rechtsgrundlage/verpflichteter/selbstGeleistetCent')}
          />
        </div>
      </section>

      <section className="kern-stack-sm" aria-labelledby="zeitraeume-titel">
        <h2 className="kern-heading-medium" id="zeitraeume-titel" ref={zeitraeumeTitel} tabIndex={-1}>
          Leistungszeiträume und Beträge
        </h2>
        <p className="kern-body">
          Erfassen Sie laufende Leistungen je Bewilligungs- oder Abrechnungszeitraum. Gehören Zeiträume zu einer fortlaufenden Maßnahme,
          geben Sie ihr einen Namen: In der Eingliederungshilfe haben die Zeiträume einer Maßnahme eine gemeinsame Ausschlussfrist nach §
          111 SGB X, die erst mit dem Ende der Maßnahme beginnt. Bei anderem Leistungsrecht wird jeder Zeitraum für sich geprüft.
        </p>
        <Auswahl
          pfad="/leistungsrecht"
          label="Leistungsrecht des Verpflichteten"
          hinweis="Es bestimmt, was ein Leistungsfall ist: in der Eingliederungshilfe die Maßnahme, sonst der einzelne Zeitraum."
          wert={leistungsrecht}
          aendern={setLeistungsrecht}
          optionen={leistungsrechtOptionen}
          fehler={f('/leistungsrecht')}
        />
        {zeilen.map((z, i) => (
          <fieldset className="kern-fieldset erstattung-zeitraum" key={z.schluessel}>
            <legend className="kern-heading-small">Zeitraum {i + 1}</legend>
            <div className="kern-fieldset__body kern-fieldset__body--horizontal">
              <Datumsfeld
                pfad={`/leistungszeitraeume/${i}/von`}
                label="Von"
                wert={z.von}
                aendern={(w) => zeileAendern(i, { von: w })}
                fehler={f(`/leistungszeitraeume/${i}/von`)}
              />
              <Datumsfeld
                pfad={`/leistungszeitraeume/${i}/bis`}
                label="Bis"
                wert={z.bis}
                aendern={(w) => zeileAendern(i, { bis: w })}
                fehler={f(`/leistungszeitraeume/${i}/bis`)}
              />
              <Betragsfeld
                pfad={`/leistungszeitraeume/${i}/betragCent`}
                label="Betrag"
                wert={z.betrag}
                aendern={(w) => zeileAendern(i, { betrag: w })}
                fehler={f(`/leistungszeitraeume/${i}/betragCent`)}
              />
              <Textfeld
                pfad={`/leistungszeitraeume/${i}/rechnung`}
                label="Rechnung (Nummer, Datum)"
                optional
                wert={z.rechnung}
                aendern={(w) => zeileAendern(i, { rechnung: w })}
                fehler={f(`/leistungszeitraeume/${i}/rechnung`)}
              />
              <Textfeld
                pfad={`/leistungszeitraeume/${i}/massnahme`}
                label="Maßnahme"
                optional
                hinweis="Gleicher Name = dieselbe fortlaufende Maßnahme, z. B. „Besondere Wohnform“."
                wert={z.massnahme}
                aendern={(w) => zeileAendern(i, { massnahme: w })}
                fehler={f(`/leistungszeitraeume/${i}/massnahme`)}
              />
            </div>
            <button
              type="button"
              className="kern-btn kern-btn--tertiary"
              aria-disabled={zeilen.length <= 1}
              aria-describedby={zeilen.length <= 1 ? 'zeitraum-mindestens' : undefined}
              onClick={() => {
                if (zeilen.length <= 1) return;
                setZeilen((x) => x.filter((_, j) => j !== i));
                setFehler([]);
                zeitraeumeTitel.current?.focus();
              }}
            >
              <span className="kern-label">Zeitraum {i + 1} entfernen</span>
            </button>
          </fieldset>
        ))}
        {zeilen.length <= 1 && (
          <p className="kern-hint" id="zeitraum-mindestens">
            Ein Anspruch braucht mindestens einen Zeitraum; der letzte kann daher nicht entfernt werden.
          </p>
        )}
        <div className="knopfleiste">
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => {
              setZeilen((x) => [...x, neueZeile()]);
              const naechste = zeilen.length;
              setTimeout(() => document.getElementById(feldId(`/leistungszeitraeume/${naechste}/von`))?.focus(), 0);
            }}
          >
            <span className="kern-label">Weiteren Zeitraum hinzufügen</span>
          </button>
        </div>
        <h3 className="kern-heading-small">Ende der Maßnahmen</h3>
        <MassnahmenFelder
          namen={massnahmeNamen}
          werte={massnahmen}
          aendern={(n, w) => setMassnahmen((x) => ({ ...x, [n]: w }))}
          fehler={f}
        />
      </section>

      <section className="kern-stack-sm" aria-labelledby="termine-titel">
        <h2 className="kern-heading-medium" id="termine-titel">
          Kenntnis und Zinsen
        </h2>
        <Datumsfeld
          pfad="/kenntnisEntscheidung"
          label="Kenntnis von der Entscheidung des Verpflichteten"
          optional
          hinweis="Tag, an dem Sie von der Entscheidung des Verpflichteten über seine Leistungspflicht erfahren haben. Die Ausschlussfrist beginnt frühestens dann (§ 111 Satz 2 SGB X); die Verjährung nach dem Ende dieses Jahres (§ 113 Abs. 1 SGB X). Format TT.MM.JJJJ."
          wert={kenntnis}
          aendern={setKenntnis}
          fehler={f('/kenntnisEntscheidung')}
        />
        <Datumsfeld
          pfad="/eingangLeistungsantrag"
          label="Eingang des Leistungsantrags"
          optional
          hinweis="Eingang des vollständigen Antrags der Person; Zinsen laufen frühestens sechs Kalendermonate danach (§ 108 Abs. 2 Satz 2 SGB X). Format TT.MM.JJJJ."
          wert={eingangAntrag}
          aendern={setEingangAntrag}
          fehler={f('/eingangLeistungsantrag')}
        />
        <Kreuz
          pfad="/zinsantrag"
          label="Zinsen nach § 108 Abs. 2 SGB X beantragen"
          hinweis="Zinsen gibt es nur auf Antrag. Ob § 108 Abs. 2 SGB X auch zwischen zwei Trägern der Eingliederungshilfe gilt, ist eine offene Rechtsfrage."
          wert={zinsantrag}
          aendern={setZinsantrag}
          fehler={f('/zinsantrag')}
        />
        <Textfeld
          pfad="/bemerkung"
          label="Bemerkung"
          optional
          mehrzeilig
          wert={bemerkung}
          aendern={setBemerkung}
          fehler={f('/bemerkung')}
        />
      </section>

      <div className="knopfleiste">
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={sendet}>
          <span className="kern-label">{sendet ? 'Wird angelegt …' : 'Anspruch als Entwurf anlegen'}</span>
        </button>
      </div>
    </form>
  );
}
