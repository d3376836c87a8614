// Formularfelder aus einem JSON-Schema des Regelwerks: Text, Auswahl, Ja/Nein, Datum (TT.MM.JJJJ),
// Betrag (Euro), Gruppen als Fieldset, Listen mit „hinzufügen“/„entfernen“. Jedes Feld trägt als
// id den JSON-Pointer der API, damit Fehler des Regelwerks oben und am Feld erscheinen.
import type { ReactNode } from 'react';
import type { Feldfehler } from '../../api.ts';
import { anzahl } from '../../format.ts';
import { Ankreuzfeld, Auswahl, Betragsfeld, Datumsfeld, Textfeld, feldId } from '../../gemeinsam/felder.tsx';
import { fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { type Formobjekt, type Formwert, type Schema, eingabeart, leer, ohneNull, unterarten } from './schema.ts';
import { eintragBeschriftung, feldBeschriftung, hinweisText, wertText } from './woerter.ts';

export interface SonderfeldAngaben {
  name: string;
  schema: Schema;
  pfad: string;
  label: string;
  hinweis: string | undefined;
  pflicht: boolean;
  wert: string;
  aendern: (w: string) => void;
  fehler: string | undefined;
}

/** Ersetzt ein Textfeld durch eine eigene Eingabe (z. B. die Trägerauswahl im Fall); `undefined` = Standard. */
export type Sonderfeld = (a: SonderfeldAngaben) => ReactNode | undefined;

interface Umgebung {
  fehler: Feldfehler[];
  sonderfeld: Sonderfeld | undefined;
}

function istObjekt(w: Formwert): w is Formobjekt {
  return typeof w === 'object' && w !== null && !Array.isArray(w);
}

/** Fokus nach dem Hinzufügen oder Entfernen einer Zeile (sonst ginge er verloren). */
function fokussiereSpaeter(id: string, erstesFeld: boolean): void {
  window.setTimeout(() => {
    const el = document.getElementById(id);
    const ziel = erstesFeld ? el?.querySelector<HTMLElement>('input, select, textarea, button') : el;
    ziel?.focus();
  }, 0);
}

function Gruppenfehler({ pfad, fehler }: { pfad: string; fehler: string | undefined }) {
  if (!fehler) return null;
  return (
    <p className="kern-error" id={`${feldId(pfad)}-fehler`} role="alert">
      <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
      <span className="kern-body">{fehler}</span>
    </p>
  );
}

function Hinweis({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <div className="kern-hint" id={id}>
      {text}
    </div>
  );
}

/** Alle Felder eines Objekt-Schemas ohne umgebendes Fieldset (für die oberste Ebene). */
export function SchemaFelder({
  schema,
  wert,
  aendern,
  pfad = '',
  fehler,
  sonderfeld,
  auslassen = [],
  eltern,
}: {
  schema: Schema;
  wert: Formwert;
  aendern: (w: Formobjekt) => void;
  pfad?: string;
  fehler: Feldfehler[];
  sonderfeld?: Sonderfeld;
  auslassen?: string[];
  eltern?: string;
}) {
  const obj = istObjekt(wert) ? wert : {};
  const u: Umgebung = { fehler, sonderfeld };
  return (
    <>
      {Object.entries(schema.properties ?? {})
        .filter(([n, s]) => !auslassen.includes(n) && eingabeart(s, n) !== 'fest')
        // Der Rechtsstand überschreibt nur die Wahl des Rechts: selten gebraucht, darum zuletzt.
        .sort(([a], [b]) => Number(a === 'rechtsstand') - Number(b === 'rechtsstand'))
        .map(([n, s]) => (
          <SchemaFeld
            key={n}
            name={n}
            eltern={eltern}
            schema={s}
            pflicht={(schema.required ?? []).includes(n)}
            pfad={`${pfad}/${n}`}
            wert={obj[n] ?? leer(s, (schema.required ?? []).includes(n), n)}
            aendern={(neu) => aendern({ ...obj, [n]: neu })}
            u={u}
          />
        ))}
    </>
  );
}

/** Ein Hinweis, der nur die Beschriftung wiederholt („Anzahl Tage“ bei „Tage“), entfällt. */
function ohneWiederholung(hinweis: string | undefined, label: string): string | undefined {
  if (!hinweis) return undefined;
  const h = hinweis.toLowerCase().replace(/^anzahl /, '');
  return h === label.toLowerCase() ? undefined : hinweis;
}

/**
 * Beschreibungen des Regelwerks zählen oft die technischen Werte auf („gewoehnlich (…), haft“);
 * die Auswahl zeigt dieselben Werte schon auf Deutsch – dann entfällt der Hinweis.
 */
function ohneRohwerte(hinweis: string | undefined, werte: Schema['enum']): string | undefined {
  if (!hinweis) return undefined;
  const roh = (werte ?? []).map(String).filter((w) => /^[a-z]+[A-Za-z0-9]*$/.test(w));
  return roh.some((w) => new RegExp(`(^|[^A-Za-zäöüß])${w}($|[^A-Za-zäöüß])`).test(hinweis)) ? undefined : hinweis;
}

interface FeldAngaben {
  name: string;
  eltern: string | undefined;
  schema: Schema;
  pflicht: boolean;
  pfad: string;
  wert: Formwert;
  aendern: (w: Formwert) => void;
  u: Umgebung;
  /** Eigene Beschriftung (z. B. „Stundensatz 2“ in einer Liste). */
  label?: string;
}

function SchemaFeld(p: FeldAngaben) {
  const s = ohneNull(p.schema);
  const art = eingabeart(s, p.name);
  const label = p.label ?? feldBeschriftung(p.name, p.eltern);
  const hinweis = ohneWiederholung(hinweisText(s.description), label);
  const fehler = fehlerFuer(p.u.fehler, p.pfad);
  const text = typeof p.wert === 'string' ? p.wert : '';
  const basis = { pfad: p.pfad, label, fehler, optional: !p.pflicht };
  switch (art) {
    case 'fest':
      return null;
    case 'datum':
      return (
        <Datumsfeld {...basis} hinweis={[hinweis, 'Format: TT.MM.JJJJ'].filter(Boolean).join(' – ')} wert={text} aendern={p.aendern} />
      );
    case 'betrag':
      return (
        <Betragsfeld
          {...basis}
          hinweis={[hinweis, 'In Euro, z. B. 1.234,56'].filter(Boolean).join(' – ')}
          wert={text}
          aendern={p.aendern}
        />
      );
    case 'ganzzahl':
    case 'zahl':
      return (
        <div className="schema-kurz">
          <Textfeld {...basis} hinweis={hinweis} wert={text} aendern={p.aendern} breite="kurz" />
        </div>
      );
    case 'text': {
      const sonder = p.u.sonderfeld?.({
        name: p.name,
        schema: s,
        pfad: p.pfad,
        label,
        hinweis,
        pflicht: p.pflicht,
        wert: text,
        aendern: p.aendern,
        fehler,
      });
      return sonder ?? <Textfeld {...basis} hinweis={hinweis} wert={text} aendern={p.aendern} />;
    }
    case 'auswahl':
      return (
        <Auswahl
          {...basis}
          hinweis={ohneRohwerte(hinweis, s.enum)}
          wert={text}
          aendern={p.aendern}
          leer={p.pflicht ? '– bitte wählen –' : 'keine Angabe'}
          optionen={(s.enum ?? []).map((w) => ({ wert: String(w), text: wertText(p.name, String(w), p.eltern) }))}
        />
      );
    case 'jaNein':
      return typeof p.wert === 'boolean' || p.pflicht ? (
        <Ankreuzfeld pfad={p.pfad} label={label} hinweis={hinweis} wert={p.wert === true} aendern={p.aendern} />
      ) : (
        <Auswahl
          {...basis}
          hinweis={hinweis}
          wert={text}
          aendern={p.aendern}
          optionen={[
            { wert: '', text: 'keine Angabe' },
            { wert: 'ja', text: 'ja' },
            { wert: 'nein', text: 'nein' },
          ]}
        />
      );
    case 'gruppe':
      return <Gruppe {...p} s={s} label={label} hinweis={hinweis} fehler={fehler} />;
    case 'liste':
      return <Liste {...p} s={s} label={label} hinweis={hinweis} fehler={fehler} />;
    case 'mehrfachauswahl':
      return <Mehrfachauswahl {...p} s={s} label={label} hinweis={hinweis} fehler={fehler} />;
    case 'zuordnung':
      return <Zuordnung {...p} s={s} label={label} hinweis={hinweis} fehler={fehler} />;
    case 'variante':
      return <Variante {...p} s={s} label={label} hinweis={hinweis} fehler={fehler} />;
    case 'unterart':
      return <Unterart {...p} s={s} label={label} hinweis={hinweis} fehler={fehler} />;
  }
}

type GruppenAngaben = FeldAngaben & { s: Schema; label: string; hinweis: string | undefined; fehler: string | undefined };

function Rahmen({
  pfad,
  label,
  hinweis,
  fehler,
  optional,
  klasse = 'schema-gruppe',
  children,
}: {
  pfad: string;
  label: string;
  hinweis: string | undefined;
  fehler: string | undefined;
  optional?: boolean;
  klasse?: string;
  children: ReactNode;
}) {
  const id = feldId(pfad);
  const beschrieben = [hinweis ? `${id}-hinweis` : '', fehler ? `${id}-fehler` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`kern-fieldset ${klasse}${fehler ? ' kern-fieldset--error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={beschrieben}
    >
      <legend className="kern-label schema-legende">
        {label}
        {optional && <span className="kern-label__optional"> – optional</span>}
      </legend>
      <Hinweis id={`${id}-hinweis`} text={hinweis} />
      <Gruppenfehler pfad={pfad} fehler={fehler} />
      <div className="kern-fieldset__body">{children}</div>
    </fieldset>
  );
}

function Gruppe(p: GruppenAngaben) {
  const kinder = (obj: Formobjekt) => (
    <SchemaFelder
      schema={p.s}
      wert={obj}
      aendern={p.aendern}
      pfad={p.pfad}
      fehler={p.u.fehler}
      sonderfeld={p.u.sonderfeld}
      eltern={p.name}
    />
  );
  if (p.pflicht) {
    return (
      <Rahmen pfad={p.pfad} label={p.label} hinweis={p.hinweis} fehler={p.fehler}>
        {kinder(istObjekt(p.wert) ? p.wert : {})}
      </Rahmen>
    );
  }
  // Freiwillige Gruppe: erst ankreuzen, dann ausfüllen (leer bleibt sie aus der Anfrage heraus).
  const an = istObjekt(p.wert);
  return (
    <div className="kern-stack-sm">
      <Ankreuzfeld
        pfad={`${p.pfad}/angeben`}
        label={`${p.label} angeben`}
        wert={an}
        aendern={(ja) => p.aendern(ja ? leer(p.s, true, p.name) : null)}
        hinweis={an ? undefined : p.hinweis}
      />
      {istObjekt(p.wert) && (
        <Rahmen pfad={p.pfad} label={p.label} hinweis={p.hinweis} fehler={p.fehler}>
          {kinder(p.wert)}
        </Rahmen>
      )}
    </div>
  );
}

/** Knopf „… entfernen“ eines Listeneintrags; danach geht der Fokus auf „… hinzufügen“ (`neuId`). */
function EintragEntfernen({
  eintrag,
  nummer,
  neuId,
  entfernen,
}: {
  eintrag: string;
  nummer: number;
  neuId: string;
  entfernen: () => void;
}) {
  return (
    <button
      type="button"
      className="kern-btn kern-btn--tertiary"
      onClick={() => {
        entfernen();
        fokussiereSpaeter(neuId, false);
      }}
    >
      <span className="kern-icon kern-icon--delete" aria-hidden="true" />
      <span className="kern-label">
        {eintrag} {nummer} entfernen
      </span>
    </button>
  );
}

function Liste(p: GruppenAngaben) {
  const liste = Array.isArray(p.wert) ? p.wert : [];
  const eintrag = eintragBeschriftung(p.name);
  const items = p.s.items ?? {};
  const voll = p.s.maxItems !== undefined && liste.length >= p.s.maxItems;
  const gruppe = eingabeart(items) === 'gruppe' || eingabeart(items) === 'unterart';
  const neuId = `${feldId(p.pfad)}-neu`;
  return (
    <Rahmen pfad={p.pfad} label={p.label} hinweis={p.hinweis} fehler={p.fehler} optional={!p.pflicht} klasse="schema-liste">
      {liste.length === 0 && <p className="kern-body kern-body--muted">Noch keine Einträge.</p>}
      {liste.map((w, i) => {
        const zeilenPfad = `${p.pfad}/${i}`;
        const aendern = (neu: Formwert) => p.aendern(liste.map((x, j) => (j === i ? neu : x)));
        const entfernen = (
          <EintragEntfernen eintrag={eintrag} nummer={i + 1} neuId={neuId} entfernen={() => p.aendern(liste.filter((_, j) => j !== i))} />
        );
        return gruppe ? (
          <Rahmen
            key={i}
            pfad={zeilenPfad}
            label={`${eintrag} ${i + 1}`}
            hinweis={undefined}
            fehler={fehlerFuer(p.u.fehler, zeilenPfad)}
            klasse="schema-zeile"
          >
            <SchemaFeldInhalt {...p} schema={items} wert={w} aendern={aendern} pfad={zeilenPfad} />
            <div className="knopfleiste">{entfernen}</div>
          </Rahmen>
        ) : (
          <div key={i} className="schema-zeile schema-zeile--einfach" id={feldId(`${zeilenPfad}/zeile`)}>
            <SchemaFeld
              name={p.name}
              eltern={p.eltern}
              schema={items}
              pflicht
              pfad={zeilenPfad}
              wert={w}
              aendern={aendern}
              u={p.u}
              label={`${eintrag} ${i + 1}`}
            />
            {entfernen}
          </div>
        );
      })}
      <div className="knopfleiste">
        <button
          type="button"
          id={neuId}
          className="kern-btn kern-btn--secondary"
          aria-disabled={voll || undefined}
          aria-describedby={voll ? `${neuId}-grund` : undefined}
          onClick={() => {
            if (voll) return;
            p.aendern([...liste, leer(items, true, p.name)]);
            fokussiereSpaeter(gruppe ? feldId(`${p.pfad}/${liste.length}`) : feldId(`${p.pfad}/${liste.length}/zeile`), true);
          }}
        >
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{eintrag} hinzufügen</span>
        </button>
        {voll && (
          <span className="kern-body kern-body--muted" id={`${neuId}-grund`}>
            Höchstens {anzahl(p.s.maxItems ?? 0, 'Eintrag', 'Einträge')} möglich.
          </span>
        )}
      </div>
    </Rahmen>
  );
}

/** Inhalt eines Listeneintrags, der eine Gruppe oder eine Unterart ist (ohne eigenes Fieldset). */
function SchemaFeldInhalt(p: GruppenAngaben) {
  const s = ohneNull(p.schema);
  if (eingabeart(s) === 'unterart') return <UnterartFelder {...p} s={s} />;
  return (
    <SchemaFelder
      schema={s}
      wert={p.wert}
      aendern={p.aendern}
      pfad={p.pfad}
      fehler={p.u.fehler}
      sonderfeld={p.u.sonderfeld}
      eltern={p.name}
    />
  );
}

function Mehrfachauswahl(p: GruppenAngaben) {
  const gewaehlt = Array.isArray(p.wert) ? p.wert.filter((x): x is string => typeof x === 'string') : [];
  const werte = (p.s.items?.enum ?? []).map(String);
  return (
    <Rahmen pfad={p.pfad} label={p.label} hinweis={p.hinweis} fehler={p.fehler} optional={!p.pflicht}>
      {werte.map((w) => (
        <Ankreuzfeld
          key={w}
          pfad={`${p.pfad}/${w}`}
          label={wertText(p.name, w, p.eltern)}
          wert={gewaehlt.includes(w)}
          aendern={(ja) => p.aendern(ja ? werte.filter((x) => x === w || gewaehlt.includes(x)) : gewaehlt.filter((x) => x !== w))}
        />
      ))}
    </Rahmen>
  );
}

function Zuordnung(p: GruppenAngaben) {
  const zeilen = Array.isArray(p.wert) ? p.wert.filter(istObjekt) : [];
  const eintrag = eintragBeschriftung(p.name);
  const wertSchema = typeof p.s.additionalProperties === 'object' ? p.s.additionalProperties : {};
  const neuId = `${feldId(p.pfad)}-neu`;
  return (
    <Rahmen pfad={p.pfad} label={p.label} hinweis={p.hinweis} fehler={p.fehler} optional={!p.pflicht} klasse="schema-liste">
      {zeilen.length === 0 && <p className="kern-body kern-body--muted">Noch keine Einträge.</p>}
      {zeilen.map((z, i) => {
        const zeilenPfad = `${p.pfad}/${i}`;
        const setze = (feld: string, w: Formwert) => p.aendern(zeilen.map((x, j) => (j === i ? { ...x, [feld]: w } : x)));
        return (
          <Rahmen key={i} pfad={zeilenPfad} label={`${eintrag} ${i + 1}`} hinweis={undefined} fehler={undefined} klasse="schema-zeile">
            <Textfeld
              pfad={`${zeilenPfad}/schluessel`}
              label="Aufgabe"
              wert={typeof z.schluessel === 'string' ? z.schluessel : ''}
              aendern={(w) => setze('schluessel', w)}
              fehler={fehlerFuer(p.u.fehler, `${zeilenPfad}/schluessel`)}
            />
            <SchemaFeld
              name={p.name}
              eltern={p.eltern}
              schema={wertSchema}
              pflicht
              pfad={`${zeilenPfad}/wert`}
              wert={z.wert ?? ''}
              aendern={(w) => setze('wert', w)}
              u={p.u}
              label="Betrag"
            />
            <div className="knopfleiste">
              <EintragEntfernen
                eintrag={eintrag}
                nummer={i + 1}
                neuId={neuId}
                entfernen={() => p.aendern(zeilen.filter((_, j) => j !== i))}
              />
            </div>
          </Rahmen>
        );
      })}
      <div className="knopfleiste">
        <button
          type="button"
          id={neuId}
          className="kern-btn kern-btn--secondary"
          onClick={() => {
            p.aendern([...zeilen, { schluessel: '', wert: '' }]);
            fokussiereSpaeter(feldId(`${p.pfad}/${zeilen.length}`), true);
          }}
        >
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{eintrag} hinzufügen</span>
        </button>
      </div>
    </Rahmen>
  );
}

function Variante(p: GruppenAngaben) {
  const w = istObjekt(p.wert) ? p.wert : { variante: '', wert: null };
  const index = typeof w.variante === 'string' ? w.variante : '';
  const varianten = p.s.oneOf ?? [];
  const gewaehlt = index === '' ? undefined : varianten[Number(index)];
  return (
    <div className="kern-stack-sm">
      <Auswahl
        pfad={`${p.pfad}/variante`}
        label={p.label}
        hinweis={p.hinweis}
        fehler={p.fehler}
        optional={!p.pflicht}
        wert={index}
        leer="keine Angabe"
        optionen={varianten.map((v, i) => ({ wert: String(i), text: hinweisText(v.description) ?? `Möglichkeit ${i + 1}` }))}
        aendern={(neu) => {
          const v = varianten[Number(neu)];
          p.aendern({ variante: neu, wert: v && neu !== '' ? leer(v, true, p.name) : null });
        }}
      />
      {gewaehlt && eingabeart(gewaehlt, p.name) !== 'jaNein' && (
        <SchemaFeld
          name={p.name}
          eltern={p.eltern}
          schema={gewaehlt}
          pflicht
          pfad={p.pfad}
          wert={w.wert ?? null}
          aendern={(neu) => p.aendern({ ...w, wert: neu })}
          u={p.u}
          label={hinweisText(gewaehlt.description) ?? p.label}
        />
      )}
    </div>
  );
}

function Unterart(p: GruppenAngaben) {
  return (
    <Rahmen pfad={p.pfad} label={p.label} hinweis={p.hinweis} fehler={p.fehler} optional={!p.pflicht}>
      <UnterartFelder {...p} />
    </Rahmen>
  );
}

/** Auswahl der Unterart (z. B. Klage oder Verhandlungen) und deren Felder. */
function UnterartFelder(p: GruppenAngaben) {
  const feld = p.s.discriminator?.propertyName ?? 'art';
  const obj = istObjekt(p.wert) ? p.wert : {};
  const arten = unterarten(p.s);
  const gewaehlt = arten.find((a) => a.wert === obj[feld]);
  return (
    <>
      <Auswahl
        pfad={`${p.pfad}/${feld}`}
        label={feldBeschriftung(feld, p.name)}
        fehler={fehlerFuer(p.u.fehler, `${p.pfad}/${feld}`)}
        wert={typeof obj[feld] === 'string' ? obj[feld] : ''}
        leer="– bitte wählen –"
        optionen={arten.map((a) => ({ wert: a.wert, text: wertText(feld, a.wert, p.name) }))}
        aendern={(neu) => {
          const a = arten.find((x) => x.wert === neu);
          const frisch = a ? leer({ ...a.schema, oneOf: undefined, discriminator: undefined, type: 'object' }, true, p.name) : {};
          p.aendern({ ...(istObjekt(frisch) ? frisch : {}), [feld]: neu });
        }}
      />
      {gewaehlt && (
        <SchemaFelder
          schema={gewaehlt.schema}
          wert={obj}
          aendern={p.aendern}
          pfad={p.pfad}
          fehler={p.u.fehler}
          sonderfeld={p.u.sonderfeld}
          auslassen={[feld]}
          eltern={p.name}
        />
      )}
    </>
  );
}
