// Abschnitte des Formulars „Neuer Erstattungsanspruch“: Parteien, Rechtsgrundlage, Leistungszeiträume,
// Kenntnis und Zinsen. Jeder Abschnitt liest die Eingaben und ändert sie über `setze`.
import { type RefObject } from 'react';
import type { Seite } from '../../api.ts';
import type { Geladen } from '../../daten.ts';
import { landOptionen } from '../../format.ts';
import { Auswahl, Betragsfeld, Datumsfeld, Textfeld, feldBinder, feldId } from '../../gemeinsam/felder.tsx';
import { type AnspruchEingabe, type Verfahren, type ZeitraumZeile, neueZeile } from './anspruch-eingabe.ts';
import { type TraegerKurz, traegerArten } from './gemeinsam.tsx';
import { MassnahmenFelder, leistungsrechtOptionen, massnahmenNamen } from './massnahmen.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

export type Setze = (teil: Partial<AnspruchEingabe> | ((e: AnspruchEingabe) => Partial<AnspruchEingabe>)) => void;

export interface AbschnittProps {
  e: AnspruchEingabe;
  setze: Setze;
  f: (pfad: string) => string | undefined;
}

export type FallKurz = ApiAntwort<'/api/v1/faelle', 'get'>['eintraege'][number];

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

/** Die Ankreuzfelder „Was im Verfahren geschah“ (ohne „insgesamt zuständig“, das zum Verpflichteten gehört). */
const verfahrensschritte: { schluessel: keyof Verfahren; label: string; hinweis: string }[] = [
  {
    schluessel: 'weitergeleitet',
    label: 'Der erste Träger hat den Antrag weitergeleitet',
    hinweis:
      '§ 14 Abs. 1 SGB IX: Hält sich der erste Träger für unzuständig, leitet er den Antrag an den Träger weiter, den er für zuständig hält.',
  },
  {
    schluessel: 'weiterleitungRechtzeitig',
    label: 'Die Weiterleitung war rechtzeitig',
    hinweis: 'Innerhalb von zwei Wochen nach Eingang des Antrags (§ 14 Abs. 1 Satz 1 und 2 SGB IX).',
  },
  {
    schluessel: 'rueckgabeVersucht',
    label: 'Der zweite Träger hat versucht, den Antrag zurückzugeben',
    hinweis: 'Eine Rückgabe ist unwirksam; der zweite Träger bleibt gebunden (BSG, Urteil vom 10.07.2014 – B 10 SF 1/14 R).',
  },
  {
    schluessel: 'faktischerZwang',
    label: 'Wir waren faktisch gezwungen vorzuleisten (nur Leistungen vor 2018)',
    hinweis:
      'Nach altem Recht bleibt § 105 SGB X anwendbar, wenn der erste Träger faktisch zur Vorleistung gezwungen war (Bayerisches LSG, Urteil vom 21.01.2016 – L 8 SO 235/14). Wird im Einzelfall geprüft.',
  },
  {
    schluessel: 'abweichendeVereinbarung',
    label: 'Die Träger haben Abweichendes vereinbart',
    hinweis:
      '§ 16 Abs. 4 Satz 1 SGB IX: Eine Vereinbarung der Rehabilitationsträger kann einen Anspruch auch ohne Weiterleitung begründen.',
  },
  {
    schluessel: 'ursacheDerBehinderung',
    label: 'Nicht weitergeleitet, weil die Ursache der Behinderung ungeklärt war',
    hinweis:
      '§ 16 Abs. 4 Satz 2 SGB IX: Wer wegen Anhaltspunkten zur Ursache der Behinderung nicht weiterleitete, behält den Erstattungsanspruch.',
  },
];

function ArtDesVerpflichteten({ e, setze }: Omit<AbschnittProps, 'f'>) {
  const optionen = [
    { art: 'plattform', text: 'Ein Träger auf der Plattform' },
    { art: 'extern', text: 'Eine Stelle außerhalb der Plattform (z. B. eine Krankenkasse)' },
  ] as const;
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">Wer soll erstatten?</legend>
      <div className="kern-fieldset__body">
        {optionen.map((o) => (
          <div className="kern-form-check" key={o.art}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`verpflichteter-${o.art}`}
              name="verpflichteter-art"
              checked={e.art === o.art}
              onChange={() => setze({ art: o.art })}
            />
            <label className="kern-label" htmlFor={`verpflichteter-${o.art}`}>
              {o.text}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function RegisterWahl({ e, setze, f, traeger }: AbschnittProps & { traeger: Geladen<Seite<TraegerKurz>> }) {
  const suchen = () => setze((x) => ({ suchbegriff: x.suche.trim() }));
  const traegerOptionen = (traeger.daten?.eintraege ?? []).map((t) => ({ wert: t.id, text: `${t.name} (${t.land})` }));
  const id = e.verpflichteterId;
  const gewaehlt = id && !traegerOptionen.some((o) => o.wert === id) ? id : null;
  return (
    <div className="kern-stack-sm">
      <div className="erstattung-suche">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="feld-traegersuche">
            Im Trägerregister suchen
          </label>
          <div className="kern-hint" id="feld-traegersuche-hinweis">
            Name, Kurzname oder Kennziffer, z. B. „Mittelfranken“ oder „Prignitz“. Ohne Suchbegriff stehen die überörtlichen Träger zur
            Wahl.
          </div>
          <input
            className="kern-form-input__input"
            id="feld-traegersuche"
            type="search"
            value={e.suche}
            aria-describedby="feld-traegersuche-hinweis"
            onChange={(ev) => setze({ suche: ev.target.value })}
            onKeyDown={(ev) => {
              // Enter sucht im Register, statt das ganze Formular abzusenden.
              if (ev.key === 'Enter') {
                ev.preventDefault();
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
        wert={id}
        aendern={(w) => setze({ verpflichteterId: w })}
        optionen={gewaehlt ? [{ wert: gewaehlt, text: gewaehlt }, ...traegerOptionen] : traegerOptionen}
        fehler={f('/verpflichteterId')}
      />
    </div>
  );
}

function ExterneStelle({ e, setze, f }: AbschnittProps) {
  const feld = feldBinder(e, setze, f);
  return (
    <div className="kern-stack-sm">
      <Textfeld
        label="Verpflichtete Stelle"
        hinweis="Name und Anschrift der Stelle, z. B. „AOK Bayern, Direktion Augsburg“."
        {...feld('extern', '/verpflichteterExtern')}
      />
      <Auswahl
        label="Land der Stelle"
        hinweis="Die Feiertage dieses Landes verschieben das Ende der Ausschlussfrist (§ 26 Abs. 3 SGB X)."
        leer="– bitte wählen –"
        {...feld('land', '/landVerpflichteter')}
        optionen={landOptionen}
      />
    </div>
  );
}

export function ParteienAbschnitt(p: AbschnittProps & { traeger: Geladen<Seite<TraegerKurz>>; faelle: Geladen<Seite<FallKurz>> }) {
  const { e, setze, f } = p;
  const feld = feldBinder(e, setze, f);
  return (
    <section className="kern-stack-md" aria-labelledby="parteien-titel">
      <h2 className="kern-heading-medium" id="parteien-titel">
        Aktenzeichen, Verpflichteter und Fall
      </h2>
      <Textfeld
        label="Aktenzeichen"
        hinweis="Ihr Aktenzeichen für diesen Anspruch, z. B. S-KE-2025-0001."
        {...feld('aktenzeichen', '/aktenzeichen')}
      />
      <ArtDesVerpflichteten e={e} setze={setze} />
      {e.art === 'plattform' ? <RegisterWahl e={e} setze={setze} f={f} traeger={p.traeger} /> : <ExterneStelle e={e} setze={setze} f={f} />}
      <Auswahl
        label="Fall"
        optional
        hinweis="Ihr Fall zu diesem Anspruch. Der Verpflichtete sieht nur das Pseudonym der Person, nicht den Fall."
        leer="– kein Fall –"
        {...feld('fallId', '/fallId')}
        optionen={(p.faelle.daten?.eintraege ?? []).map((x) => ({
          wert: x.id,
          text: x.person ? `${x.aktenzeichen} – ${x.person.vorname} ${x.person.nachname}` : x.aktenzeichen,
        }))}
      />
    </section>
  );
}

function VerfahrenFelder({ e, setze, f }: AbschnittProps) {
  const feld = feldBinder(e, setze, f);
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">Was im Verfahren geschah</legend>
      <div className="kern-fieldset__body">
        {verfahrensschritte.map((s) => (
          <Kreuz
            key={s.schluessel}
            pfad={`/rechtsgrundlage/verfahren/${s.schluessel}`}
            label={s.label}
            hinweis={s.hinweis}
            wert={e.verfahren[s.schluessel]}
            aendern={(w) => setze((x) => ({ verfahren: { ...x.verfahren, [s.schluessel]: w } }))}
            fehler={f(`/rechtsgrundlage/verfahren/${s.schluessel}`)}
          />
        ))}
        <Kreuz
          label="Der Verpflichtete ist für die Leistungen insgesamt zuständig"
          hinweis="§ 16 Abs. 1 SGB IX: Erstattet wird, wenn ein anderer Träger für die Leistungen insgesamt zuständig ist."
          {...feld('insgesamtZustaendig', '/rechtsgrundlage/verpflichteter/insgesamtZustaendig')}
        />
      </div>
    </fieldset>
  );
}

function ArtenUndRolle({ e, setze, f }: AbschnittProps) {
  const feld = feldBinder(e, setze, f);
  const rolleHinweis = rollen.find((r) => r.wert === e.rolle)?.hinweis;
  return (
    <>
      <Datumsfeld
        label="Beginn der Leistung"
        hinweis="Erster Tag der Leistung. Er bestimmt das anzuwendende Recht: vor dem 01.01.2018 gilt § 14 SGB IX a. F. Format TT.MM.JJJJ."
        {...feld('leistungsbeginn', '/rechtsgrundlage/leistungsbeginn')}
      />
      <Auswahl
        label="Art Ihres Trägers (der geleistet hat)"
        hinweis="Vor 2020 war die Eingliederungshilfe Teil der Sozialhilfe; für Leistungen aus dieser Zeit „Träger der Sozialhilfe“ wählen."
        {...feld('zahlenderArt', '/rechtsgrundlage/zahlender/art')}
        optionen={traegerArten}
      />
      <Auswahl
        label="Art des verpflichteten Trägers"
        {...feld('verpflichteterArt', '/rechtsgrundlage/verpflichteter/art')}
        optionen={traegerArten}
      />
      <Auswahl
        label="Ihre Rolle im Verfahren nach § 14 SGB IX"
        {...(rolleHinweis ? { hinweis: rolleHinweis } : {})}
        {...feld('rolle', '/rechtsgrundlage/verfahren/zahlenderTraeger')}
        optionen={rollen}
      />
    </>
  );
}

export function RechtsgrundlageAbschnitt({ e, setze, f }: AbschnittProps) {
  const feld = feldBinder(e, setze, f);
  return (
    <section className="kern-stack-md" aria-labelledby="rechtsgrundlage-titel">
      <h2 className="kern-heading-medium" id="rechtsgrundlage-titel">
        Angaben für die Rechtsgrundlage
      </h2>
      <div className="kern-stack-md">
        <p className="kern-body">
          Aus diesen Angaben bestimmt das Regelwerk die Anspruchsgrundlage (§ 16 SGB IX, § 14 Abs. 4 SGB IX a. F., § 98 Abs. 2 SGB IX oder
          §§ 102–105 SGB X) und den Betrag; die Begründung erscheint danach beim Anspruch.
        </p>
        <ArtenUndRolle e={e} setze={setze} f={f} />
        <VerfahrenFelder e={e} setze={setze} f={f} />
        <Auswahl
          label="Grundlage nach dem SGB X"
          optional
          hinweis="Nur nötig, wenn kein Verfahren nach § 14 SGB IX trägt. §§ 102–104 gehen § 105 SGB X vor (§ 106 SGB X)."
          {...feld('grundlage', '/rechtsgrundlage/grundlage')}
          optionen={grundlagen}
        />
        <Datumsfeld
          label="Kenntnis des Verpflichteten von seiner Leistungspflicht"
          optional
          hinweis="Tag, ab dem der Verpflichtete wusste, dass er leisten muss. Gegen Träger der Eingliederungs-, Sozial- und Jugendhilfe wird nach § 103 Abs. 3, § 105 Abs. 3 SGB X erst ab diesem Tag erstattet. Format TT.MM.JJJJ."
          {...feld('kenntnisVoraussetzungen', '/rechtsgrundlage/verpflichteter/kenntnisVoraussetzungen')}
        />
        <Betragsfeld
          label="Vom Verpflichteten bereits selbst geleistet"
          optional
          hinweis="Was der Verpflichtete der Person selbst gezahlt hat, bevor er von Ihrer Leistung wusste; das wird abgezogen (§§ 103–105 SGB X). In Euro."
          {...feld('selbstGeleistet', '/rechtsgrundlage/verpflichteter/selbstGeleistetCent')}
        />
      </div>
    </section>
  );
}

function ZeitraumFelder({
  z,
  i,
  anzahl,
  setze,
  f,
  entfernt,
}: Omit<AbschnittProps, 'e'> & { z: ZeitraumZeile; i: number; anzahl: number; entfernt: () => void }) {
  const pfad = (teil: string) => `/leistungszeitraeume/${i}/${teil}`;
  const aendern = (teil: Partial<ZeitraumZeile>) => setze((x) => ({ zeilen: x.zeilen.map((y, j) => (j === i ? { ...y, ...teil } : y)) }));
  return (
    <fieldset className="kern-fieldset erstattung-zeitraum">
      <legend className="kern-heading-small">Zeitraum {i + 1}</legend>
      <div className="kern-fieldset__body kern-fieldset__body--horizontal">
        <Datumsfeld pfad={pfad('von')} label="Von" wert={z.von} aendern={(w) => aendern({ von: w })} fehler={f(pfad('von'))} />
        <Datumsfeld pfad={pfad('bis')} label="Bis" wert={z.bis} aendern={(w) => aendern({ bis: w })} fehler={f(pfad('bis'))} />
        <Betragsfeld
          pfad={pfad('betragCent')}
          label="Betrag"
          wert={z.betrag}
          aendern={(w) => aendern({ betrag: w })}
          fehler={f(pfad('betragCent'))}
        />
        <Textfeld
          pfad={pfad('rechnung')}
          label="Rechnung (Nummer, Datum)"
          optional
          wert={z.rechnung}
          aendern={(w) => aendern({ rechnung: w })}
          fehler={f(pfad('rechnung'))}
        />
        <Textfeld
          pfad={pfad('massnahme')}
          label="Maßnahme"
          optional
          hinweis="Gleicher Name = dieselbe fortlaufende Maßnahme, z. B. „Besondere Wohnform“."
          wert={z.massnahme}
          aendern={(w) => aendern({ massnahme: w })}
          fehler={f(pfad('massnahme'))}
        />
      </div>
      <button
        type="button"
        className="kern-btn kern-btn--tertiary"
        aria-disabled={anzahl <= 1}
        aria-describedby={anzahl <= 1 ? 'zeitraum-mindestens' : undefined}
        onClick={() => {
          if (anzahl <= 1) return;
          setze((x) => ({ zeilen: x.zeilen.filter((_, j) => j !== i) }));
          entfernt();
        }}
      >
        <span className="kern-label">Zeitraum {i + 1} entfernen</span>
      </button>
    </fieldset>
  );
}

export function ZeitraeumeAbschnitt({
  e,
  setze,
  f,
  titelRef,
  entfernt,
}: AbschnittProps & { titelRef: RefObject<HTMLHeadingElement | null>; entfernt: () => void }) {
  const feld = feldBinder(e, setze, f);
  return (
    <section className="kern-stack-sm" aria-labelledby="zeitraeume-titel">
      <h2 className="kern-heading-medium" id="zeitraeume-titel" ref={titelRef} tabIndex={-1}>
        Leistungszeiträume und Beträge
      </h2>
      <p className="kern-body">
        Erfassen Sie laufende Leistungen je Bewilligungs- oder Abrechnungszeitraum. Gehören Zeiträume zu einer fortlaufenden Maßnahme, geben
        Sie ihr einen Namen: In der Eingliederungshilfe haben die Zeiträume einer Maßnahme eine gemeinsame Ausschlussfrist nach § 111 SGB X,
        die erst mit dem Ende der Maßnahme beginnt. Bei anderem Leistungsrecht wird jeder Zeitraum für sich geprüft.
      </p>
      <Auswahl
        label="Leistungsrecht des Verpflichteten"
        hinweis="Es bestimmt, was ein Leistungsfall ist: in der Eingliederungshilfe die Maßnahme, sonst der einzelne Zeitraum."
        {...feld('leistungsrecht', '/leistungsrecht')}
        optionen={leistungsrechtOptionen}
      />
      {e.zeilen.map((z, i) => (
        <ZeitraumFelder key={z.schluessel} z={z} i={i} anzahl={e.zeilen.length} setze={setze} f={f} entfernt={entfernt} />
      ))}
      {e.zeilen.length <= 1 && (
        <p className="kern-hint" id="zeitraum-mindestens">
          Ein Anspruch braucht mindestens einen Zeitraum; der letzte kann daher nicht entfernt werden.
        </p>
      )}
      <div className="knopfleiste">
        <button
          type="button"
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            setze((x) => ({ zeilen: [...x.zeilen, neueZeile()] }));
            const naechste = e.zeilen.length;
            setTimeout(() => document.getElementById(feldId(`/leistungszeitraeume/${naechste}/von`))?.focus(), 0);
          }}
        >
          <span className="kern-label">Weiteren Zeitraum hinzufügen</span>
        </button>
      </div>
      <h3 className="kern-heading-small">Ende der Maßnahmen</h3>
      <MassnahmenFelder
        namen={massnahmenNamen(e.zeilen)}
        werte={e.massnahmen}
        aendern={(n, w) => setze((x) => ({ massnahmen: { ...x.massnahmen, [n]: w } }))}
        fehler={f}
      />
    </section>
  );
}

export function TermineAbschnitt({ e, setze, f }: AbschnittProps) {
  const feld = feldBinder(e, setze, f);
  return (
    <section className="kern-stack-sm" aria-labelledby="termine-titel">
      <h2 className="kern-heading-medium" id="termine-titel">
        Kenntnis und Zinsen
      </h2>
      <Datumsfeld
        label="Kenntnis von der Entscheidung des Verpflichteten"
        optional
        hinweis="Tag, an dem Sie von der Entscheidung des Verpflichteten über seine Leistungspflicht erfahren haben. Die Ausschlussfrist beginnt frühestens dann (§ 111 Satz 2 SGB X); die Verjährung nach dem Ende dieses Jahres (§ 113 Abs. 1 SGB X). Format TT.MM.JJJJ."
        {...feld('kenntnis', '/kenntnisEntscheidung')}
      />
      <Datumsfeld
        label="Eingang des Leistungsantrags"
        optional
        hinweis="Eingang des vollständigen Antrags der Person; Zinsen laufen frühestens sechs Kalendermonate danach (§ 108 Abs. 2 Satz 2 SGB X). Format TT.MM.JJJJ."
        {...feld('eingangAntrag', '/eingangLeistungsantrag')}
      />
      <Kreuz
        label="Zinsen nach § 108 Abs. 2 SGB X beantragen"
        hinweis="Zinsen gibt es nur auf Antrag. Ob § 108 Abs. 2 SGB X auch zwischen zwei Trägern der Eingliederungshilfe gilt, ist eine offene Rechtsfrage."
        {...feld('zinsantrag', '/zinsantrag')}
      />
      <Textfeld label="Bemerkung" optional mehrzeilig {...feld('bemerkung', '/bemerkung')} />
    </section>
  );
}
