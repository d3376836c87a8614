// Normtexte in der Hilfe: die mitgelieferten Gesetze durchblättern (Gliederung und Paragraphen),
// im Wortlaut suchen oder ein Zitat nachschlagen („§ 111 SGB X“). Der gewählte Paragraph steht in
// der Adresse (?norm=…), damit er sich verlinken lässt; ein zitierter Absatz wird hervorgehoben.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { Laden } from '../../gemeinsam/anzeige.tsx';
import { Auswahl, Textfeld } from '../../gemeinsam/felder.tsx';
import { Fehlermeldung } from '../../gemeinsam/fehler.tsx';
import { useDaten } from '../../daten.ts';
import type { Antwort as ApiAntwort } from '../../api/client.ts';

type Verzeichnis = ApiAntwort<'/api/v1/normen/verzeichnis', 'get'>;
type Normtext = ApiAntwort<'/api/v1/normen', 'get'>;
type Suche = ApiAntwort<'/api/v1/normen/suche', 'get'>;
type Treffer = Suche['treffer'][number];

/** Der Wortlaut in Absätzen; der zitierte Absatz (mit seinen Aufzählungen) ist hervorgehoben. */
export function Wortlaut({ text, absatz }: { text: string; absatz?: number | null }) {
  let aktuell: number | null = null;
  const bloecke = text.split(/\n{2,}/);
  return (
    <div className="normtext">
      {bloecke.map((b, i) => {
        const nr = /^\((\d+)\)/.exec(b);
        if (nr) aktuell = Number(nr[1]);
        const zitiert = absatz !== null && absatz !== undefined && aktuell === absatz;
        return (
          <p key={i} className={`kern-body normtext-absatz${zitiert ? ' normtext-absatz--zitiert' : ''}`}>
            {zitiert && nr && <span className="kern-sr-only">Zitierter Absatz: </span>}
            {b}
          </p>
        );
      })}
    </div>
  );
}

function Normanzeige({ zitat, fokus }: { zitat: string; fokus: number }) {
  const [norm, setNorm] = useState<Normtext | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const titel = useRef<HTMLHeadingElement>(null);
  // Nach einer Auswahl im Verzeichnis, in der Suche oder beim Nachschlagen: Fokus auf den Normtext.
  useEffect(() => {
    if (fokus > 0) {
      titel.current?.focus();
      titel.current?.scrollIntoView({ block: 'start' });
    }
  }, [zitat, fokus]);
  useEffect(() => {
    let aktiv = true;
    setNorm(null);
    setFehler(null);
    api.get<Normtext>(`/normen?zitat=${encodeURIComponent(zitat)}`).then(
      (a) => {
        if (!aktiv) return;
        setNorm(a.daten);
      },
      () => aktiv && setFehler('Der Normtext konnte nicht geladen werden. Bitte später erneut versuchen.'),
    );
    return () => {
      aktiv = false;
    };
  }, [zitat]);
  return (
    <section className="kern-stack-sm kern-card normanzeige" aria-labelledby="normanzeige-titel">
      <h3 className="kern-heading-medium" id="normanzeige-titel" ref={titel} tabIndex={-1}>
        {zitat}
      </h3>
      {fehler && <p className="kern-body">{fehler}</p>}
      {!norm && !fehler && <Laden text="Normtext wird geladen …" />}
      {norm &&
        (norm.teile.length ? norm.teile : [norm]).map((t) => (
          <div className="kern-stack-xs" key={t.zitat}>
            <h4 className="kern-heading-small">{norm.teile.length > 1 ? `${t.zitat} – ${t.titel}` : t.titel}</h4>
            {t.gefunden ? <Wortlaut text={t.text} absatz={t.absatz ?? null} /> : <p className="kern-body">{t.text}</p>}
            <p className="kern-body--small kern-body--muted">
              {t.gesetz} – Stand: {t.stand}. Quelle: {t.quelle}
            </p>
          </div>
        ))}
    </section>
  );
}

export function Normtexte() {
  const [parameter, setParameter] = useSearchParams();
  const verzeichnis = useDaten<Verzeichnis>('/normen/verzeichnis');
  const gewaehlt = parameter.get('gesetz') ?? 'sgb-09';
  const norm = parameter.get('norm');
  const [filter, setFilter] = useState('');
  const [fokus, setFokus] = useState(0);
  const [zitatEingabe, setZitatEingabe] = useState('');
  const [suche, setSuche] = useState('');
  const [treffer, setTreffer] = useState<{ begriff: string; liste: Treffer[]; gesamt: number } | null>(null);
  const [suchFehler, setSuchFehler] = useState<string | null>(null);

  const zeige = (zitat: string) => {
    const p = new URLSearchParams(parameter);
    p.set('norm', zitat);
    setParameter(p, { preventScrollReset: true });
    setFokus((n) => n + 1);
  };
  const nachschlagen = (e: FormEvent) => {
    e.preventDefault();
    if (zitatEingabe.trim()) zeige(zitatEingabe.trim());
  };
  const suchen = (e: FormEvent) => {
    e.preventDefault();
    const begriff = suche.trim();
    setSuchFehler(null);
    if (begriff.length < 2) {
      setSuchFehler('Bitte geben Sie mindestens zwei Zeichen ein.');
      return;
    }
    api.get<Suche>(`/normen/suche?q=${encodeURIComponent(begriff)}&hoechstens=30`).then(
      (a) => setTreffer({ begriff, liste: a.daten.treffer, gesamt: a.daten.gesamt }),
      () => setSuchFehler('Die Suche ist fehlgeschlagen. Bitte später erneut versuchen.'),
    );
  };

  const gesetze = verzeichnis.daten?.gesetze ?? [];
  const gesetz = gesetze.find((g) => g.schluessel === gewaehlt) ?? gesetze[0];
  const f = filter.trim().toLocaleLowerCase('de');
  const eintraege = (gesetz?.eintraege ?? []).filter(
    (e) => !f || (e.art === 'paragraph' && (`§ ${e.nummer}`.includes(f) || e.nummer === f || e.titel.toLocaleLowerCase('de').includes(f))),
  );

  return (
    <div className="kern-stack-lg">
      <p className="kern-body">
        {verzeichnis.daten?.hinweis ??
          'Mitgeliefert sind SGB I, IX, X und XII und BGB §§ 186–218 im Wortlaut von Juli/August 2026 und von Anfang 2022, dazu SGB IX, X und XII in der Fassung von 2012.'}{' '}
        Aus einer Begründung geöffnet, zeigt eine Norm die Fassung, die am Tag des Sachverhalts galt, und sagt welche. Spätere Änderungen
        fehlen: vor einer Verwendung im Bescheid am aktuellen Wortlaut prüfen.
      </p>
      <Fehlermeldung fehler={verzeichnis.fehler} />
      <div className="hilfe-normsuche">
        <form className="filterleiste" onSubmit={nachschlagen} aria-label="Zitat nachschlagen">
          <Textfeld
            pfad="/zitat"
            label="Zitat nachschlagen"
            hinweis="z. B. § 111 Satz 1 SGB X, § 98 Abs. 5 SGB XII a.F. oder §§ 187–193 BGB"
            wert={zitatEingabe}
            aendern={setZitatEingabe}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-label">Nachschlagen</span>
          </button>
        </form>
        <form className="filterleiste" onSubmit={suchen} aria-label="Im Wortlaut suchen">
          <Textfeld
            pfad="/suche"
            label="Im Wortlaut aller Gesetze suchen"
            typ="search"
            hinweis="Mindestens zwei Zeichen, z. B. Ausschlussfrist"
            wert={suche}
            aendern={setSuche}
            fehler={suchFehler ?? undefined}
          />
          <button type="submit" className="kern-btn kern-btn--secondary">
            <span className="kern-icon kern-icon--search" aria-hidden="true" />
            <span className="kern-label">Suchen</span>
          </button>
        </form>
      </div>
      <p className="kern-sr-only" role="status">
        {treffer ? `${treffer.gesamt} Treffer für „${treffer.begriff}“.` : ''}
      </p>
      {treffer && (
        <section className="kern-stack-sm" aria-labelledby="suchtreffer-titel">
          <h3 className="kern-heading-small" id="suchtreffer-titel">
            {treffer.gesamt === 0
              ? `Keine Treffer für „${treffer.begriff}“`
              : `${treffer.gesamt} Treffer für „${treffer.begriff}“${treffer.gesamt > treffer.liste.length ? ` (die ersten ${treffer.liste.length})` : ''}`}
          </h3>
          <ul className="kern-list">
            {treffer.liste.map((t) => (
              <li key={t.zitat}>
                <button type="button" className="kern-link norm-link" onClick={() => zeige(t.zitat)}>
                  {t.zitat} – {t.titel}
                </button>
                <br />
                <span className="kern-body--small">{t.ausschnitt}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {norm && <Normanzeige zitat={norm} fokus={fokus} />}
      <section className="kern-stack-md" aria-labelledby="verzeichnis-titel">
        <h3 className="kern-heading-small" id="verzeichnis-titel">
          Gesetze durchblättern
        </h3>
        {verzeichnis.laedt && !verzeichnis.daten ? (
          <Laden />
        ) : (
          <>
            <div className="filterleiste">
              <Auswahl
                pfad="/gesetz"
                label="Gesetz"
                wert={gesetz?.schluessel ?? ''}
                aendern={(v) => {
                  const p = new URLSearchParams(parameter);
                  p.set('gesetz', v);
                  setParameter(p, { preventScrollReset: true });
                }}
                optionen={gesetze.map((g) => ({
                  wert: g.schluessel,
                  text: `${g.zitierweise}${g.fassung === '2012' ? ' (Fassung 2012)' : ''} – ${g.anzahlParagraphen} Paragraphen`,
                }))}
              />
              <Textfeld pfad="/filter" label="Paragraph oder Überschrift filtern" typ="search" wert={filter} aendern={setFilter} />
            </div>
            {gesetz && (
              <p className="kern-body--small kern-body--muted">
                {gesetz.name} – Stand: {gesetz.stand}.
              </p>
            )}
            <nav aria-label={`Paragraphen ${gesetz?.zitierweise ?? ''}`} className="hilfe-verzeichnis">
              {eintraege.length === 0 ? (
                <p className="kern-body">Kein Paragraph passt zum Filter.</p>
              ) : (
                <ul className="kern-list">
                  {eintraege.map((e, i) =>
                    e.art === 'gliederung' ? (
                      <li key={`g-${i}`} className="hilfe-verzeichnis__gliederung">
                        {e.text}
                      </li>
                    ) : (
                      <li key={e.zitat}>
                        <button
                          type="button"
                          className="kern-link norm-link"
                          aria-current={norm === e.zitat ? 'true' : undefined}
                          onClick={() => zeige(e.zitat)}
                        >
                          § {e.nummer} {e.titel}
                        </button>
                      </li>
                    ),
                  )}
                </ul>
              )}
            </nav>
          </>
        )}
      </section>
    </div>
  );
}
