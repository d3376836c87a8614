// Die Arbeitsschritte eines Ersuchens – nur die, die der Server in `aktionen` erlaubt:
// senden, annehmen, ablehnen (nur mit einem Grund, den das Regelwerk zulässt, § 4 Abs. 2–4 SGB X),
// auf der Amtshilfe bestehen (§ 4 Abs. 5 SGB X), berichten (§ 118 SGB IX), abrechnen (Pauschale
// oder § 7 SGB X), Zahlung vermerken. Für alles, was nicht geht, steht da, warum.
import { useEffect, useState } from 'react';
import { ApiFehler, type Feldfehler, api } from '../../api.ts';
import { centAus, datumDe, datumIso, euro, heuteIso } from '../../format.ts';
import { Begruendung, NormDialog } from '../../gemeinsam/begruendung.tsx';
import { Fehlermeldung, Fehlerzusammenfassung, fehlerFuer } from '../../gemeinsam/fehler.tsx';
import { Betragsfeld, Datumsfeld, Textfeld, feldId } from '../../gemeinsam/felder.tsx';
import {
  type AmtshilfeAktion,
  type AmtshilfeErgebnis,
  type Ersuchen,
  type Pruefergebnis,
  type Vereinbarung,
  ablehnungsgrundNamen,
  aufgabeName,
  behoerdenAus,
  benenne,
  lebensbereiche,
  pruefe,
  vereinbarungAm,
} from './gemeinsam.tsx';
import { Beispielhinweis, pauschaleAusschlussNamen } from './vorschau.tsx';
import type { Antwort as ApiAntwort } from '../../api/client.ts';
import type { Schema } from '../pruefrechner/schema.ts';

export type Ausfuehren = (aktion: AmtshilfeAktion, body: Record<string, unknown>, meldung: string) => Promise<void>;

/** Führt eine Aktion aus und hält Feldfehler und Problem für das Formular fest. */
function useAktion(ausfuehren: Ausfuehren) {
  const [fehler, setFehler] = useState<Feldfehler[]>([]);
  const [problem, setProblem] = useState<ApiFehler | null>(null);
  const [laeuft, setLaeuft] = useState(false);
  async function los(aktion: AmtshilfeAktion, body: Record<string, unknown>, meldung: string, vorher: Feldfehler[] = []) {
    if (laeuft) return;
    setFehler(vorher);
    setProblem(null);
    if (vorher.length) return;
    setLaeuft(true);
    try {
      await ausfuehren(aktion, body, meldung);
    } catch (e) {
      if (!(e instanceof ApiFehler)) throw e;
      if (e.felder.length) setFehler(e.felder);
      else setProblem(e);
    } finally {
      setLaeuft(false);
    }
  }
  return { fehler, problem, laeuft, los };
}

function Knopf({ text, laeuft, art = 'primary' }: { text: string; laeuft: boolean; art?: 'primary' | 'secondary' }) {
  return (
    <button type="submit" className={`kern-btn kern-btn--${art}`} aria-disabled={laeuft}>
      <span className="kern-label">{laeuft ? 'Wird ausgeführt …' : text}</span>
    </button>
  );
}

/** Was als Nächstes geschieht und warum die übrigen Schritte (noch) nicht gehen. */
export function naechsterSchritt(e: Ersuchen): string {
  const anderer = (e.seite === 'ersuchender' ? e.ersuchter?.name : e.ersuchender?.name) ?? 'der andere Träger';
  // Ob die Rolle fehlt, sagt der Server (Hindernis „rolle“ bei den Aktionen dieser Seite).
  const rolle = e.aktionen.some((x) => x.hindernis === 'rolle')
    ? ' Die Arbeitsschritte sind der Sachbearbeitung vorbehalten; Ihre Rolle kann das Ersuchen nur lesen.'
    : '';
  const ich = e.seite === 'ersuchender';
  const texte: Record<Ersuchen['status'], string> = {
    Entwurf: ich
      ? 'Das Ersuchen ist ein Entwurf und nur für Ihren Träger sichtbar. Erst nach dem Senden kann der ersuchte Träger antworten.'
      : 'Das Ersuchen ist noch nicht gesendet.',
    Gesendet: ich
      ? `Das Ersuchen liegt bei ${anderer}. Er nimmt es an oder lehnt es mit einem Grund nach § 4 SGB X ab; bis dahin können Sie nichts tun.`
      : `Bitte antworten Sie ${anderer}: annehmen oder mit einem zulässigen Grund ablehnen. Bericht und Abrechnung folgen nach der Annahme.`,
    Angenommen: ich
      ? `${anderer} hat die Amtshilfe angenommen und führt sie durch. Danach folgen Ergebnisbericht und Abrechnung.`
      : 'Sie haben angenommen. Nach der Durchführung geben Sie den Ergebnisbericht ab; erst danach können Sie abrechnen.',
    Abgelehnt: ich
      ? `${anderer} hat abgelehnt; Grund und Begründung stehen oben unter „Ablehnung“. Sie können die Ablehnung hinnehmen oder auf der Amtshilfe bestehen; dann entscheidet die Aufsichtsbehörde (§ 4 Abs. 5 SGB X).`
      : `Sie haben abgelehnt. ${anderer} kann auf der Amtshilfe bestehen; dann entscheidet die Aufsichtsbehörde (§ 4 Abs. 5 SGB X).`,
    Aufsicht: ich
      ? `Die Aufsichtsbehörde entscheidet über die Pflicht zur Amtshilfe (§ 4 Abs. 5 Satz 2 SGB X). Nach ihrer Entscheidung kann ${anderer} die Hilfe doch leisten.`
      : 'Die Aufsichtsbehörde entscheidet über die Pflicht zur Amtshilfe (§ 4 Abs. 5 Satz 2 SGB X). Hält sie Sie für verpflichtet, nehmen Sie das Ersuchen an.',
    Durchgefuehrt: ich
      ? `Die Amtshilfe ist durchgeführt; der Ergebnisbericht steht unten. ${anderer} rechnet nun ab (Pauschale oder Auslagen).`
      : 'Die Amtshilfe ist durchgeführt. Rechnen Sie jetzt ab: Pauschale der Vereinbarung oder Auslagen nach § 7 SGB X.',
    Abgerechnet: ich
      ? 'Die Amtshilfe ist abgerechnet. Vermerken Sie die Zahlung, wenn Ihr Träger gezahlt hat.'
      : `Sie haben abgerechnet. Die Zahlung vermerkt ${anderer}.`,
    Bezahlt: 'Das Ersuchen ist bezahlt und abgeschlossen; es gibt keine weiteren Schritte.',
  };
  return `${texte[e.status]}${rolle}`;
}

export function SendenFormular({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const a = useAktion(ausfuehren);
  return (
    <form
      className="kern-stack-sm kern-card ah-aktion"
      aria-labelledby="ah-senden-titel"
      onSubmit={(ev) => {
        ev.preventDefault();
        void a.los('senden', {}, `Das Ersuchen ist an ${e.ersuchter?.name ?? 'den ersuchten Träger'} gesendet.`);
      }}
    >
      <h3 className="kern-heading-small" id="ah-senden-titel">
        Ersuchen senden
      </h3>
      <p className="kern-body">
        Mit dem Senden geht das Ersuchen an {e.ersuchter?.name}. Das Regelwerk prüft mit dem heutigen Tag als Eingang erneut, ob Amtshilfe
        vorliegt und ob die Daten mitgehen dürfen. Danach ist das Ersuchen nicht mehr änderbar.
      </p>
      <Fehlerzusammenfassung fehler={a.fehler} />
      <Fehlermeldung fehler={a.problem} />
      <div className="knopfleiste">
        <Knopf text="Ersuchen senden" laeuft={a.laeuft} />
      </div>
    </form>
  );
}

export function AnnehmenFormular({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const a = useAktion(ausfuehren);
  return (
    <form
      className="kern-stack-sm kern-card ah-aktion"
      aria-labelledby="ah-annehmen-titel"
      onSubmit={(ev) => {
        ev.preventDefault();
        void a.los('annehmen', {}, 'Sie haben das Ersuchen angenommen. Nach der Durchführung geben Sie den Ergebnisbericht ab.');
      }}
    >
      <h3 className="kern-heading-small" id="ah-annehmen-titel">
        Ersuchen annehmen
      </h3>
      <p className="kern-body">
        Sie leisten {e.ersuchender?.name} die erbetene Hilfe ({aufgabeName(e.aufgabe)})
        {e.gewuenschtBis ? ` möglichst bis zum ${datumDe(e.gewuenschtBis)}` : ''}. Eine Verwaltungsgebühr gibt es nicht (§ 7 Abs. 1 Satz 1
        SGB X).
      </p>
      <Fehlermeldung fehler={a.problem} />
      <div className="knopfleiste">
        <Knopf text="Ersuchen annehmen" laeuft={a.laeuft} />
      </div>
    </form>
  );
}

interface Grund {
  code: string;
  norm: string;
  text: string;
  geboten: boolean;
}

/**
 * Die Ablehnungsgründe, die das Regelwerk zulässt: jeder Grund aus seinem Schema wird mit den
 * Angaben dieses Ersuchens geprüft; angeboten wird nur, was `ablehnungZulaessig` ergibt.
 */
function useZulaessigeGruende(e: Ersuchen): { gruende: Grund[] | null; unzulaessig: Grund[]; fehler: string | null } {
  const [stand, setStand] = useState<{ gruende: Grund[] | null; unzulaessig: Grund[]; fehler: string | null }>({
    gruende: null,
    unzulaessig: [],
    fehler: null,
  });
  const eingang = e.gesendetAm ?? heuteIso();
  const { ersuchender, ersuchter } = behoerdenAus(e);
  const basis = JSON.stringify({ art: 'amtshilfe', ersuchender, ersuchter, eingangErsuchen: eingang, aufgabe: e.aufgabe });
  useEffect(() => {
    let aktiv = true;
    (async () => {
      const { daten: arten } = await api.get<ApiAntwort<'/api/v1/pruefungen/arten', 'get'>>('/pruefungen/arten');
      const schema = arten.find((x) => x.art === 'amtshilfe')?.schema as Schema | undefined;
      const codes = (schema?.properties?.ablehnungsgrund?.enum ?? []).map(String);
      const ergebnisse = await Promise.all(
        codes.map(async (code) => {
          const r = await pruefe<AmtshilfeErgebnis>({ ...(JSON.parse(basis) as Record<string, unknown>), ablehnungsgrund: code });
          const schritt = r.begruendung.find((s) => /^§ 4 Abs\. [234]/.test(s.norm));
          return {
            code,
            zulaessig: r.ergebnis.ablehnungZulaessig === true,
            grund: { code, norm: schritt?.norm ?? '§ 4 SGB X', text: schritt?.text ?? '', geboten: r.ergebnis.ablehnungGeboten === true },
          };
        }),
      );
      if (aktiv)
        setStand({
          gruende: ergebnisse.filter((x) => x.zulaessig).map((x) => x.grund),
          unzulaessig: ergebnisse.filter((x) => !x.zulaessig).map((x) => x.grund),
          fehler: null,
        });
    })().catch((x: unknown) => {
      if (aktiv)
        setStand({
          gruende: null,
          unzulaessig: [],
          fehler: x instanceof ApiFehler ? (x.problem.detail ?? x.problem.title) : 'Das Regelwerk ist nicht erreichbar.',
        });
    });
    return () => {
      aktiv = false;
    };
  }, [basis]);
  return stand;
}

export function AblehnenFormular({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const a = useAktion(ausfuehren);
  const { gruende, unzulaessig, fehler: ladefehler } = useZulaessigeGruende(e);
  const [grund, setGrund] = useState('');
  const [begruendung, setBegruendung] = useState('');
  const [norm, setNorm] = useState<string | null>(null);
  const grundFehler = fehlerFuer(a.fehler, '/ablehnungsgrund');
  const namen = { '/ablehnungsgrund': 'Ablehnungsgrund', '/begruendung': 'Begründung' };
  return (
    <form
      className="kern-stack-sm kern-card ah-aktion"
      aria-labelledby="ah-ablehnen-titel"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const vorher: Feldfehler[] = [];
        if (!grund) vorher.push({ pfad: '/ablehnungsgrund', meldung: 'Bitte wählen Sie einen Ablehnungsgrund.' });
        if (!begruendung.trim()) vorher.push({ pfad: '/begruendung', meldung: 'Bitte begründen Sie die Ablehnung im Einzelfall.' });
        void a.los(
          'ablehnen',
          { ablehnungsgrund: grund, begruendung: begruendung.trim() },
          `Sie haben das Ersuchen abgelehnt. ${e.ersuchender?.name ?? 'Der ersuchende Träger'} sieht die Ablehnung mit Ihrem Grund.`,
          vorher,
        );
      }}
    >
      <h3 className="kern-heading-small" id="ah-ablehnen-titel">
        Ersuchen ablehnen
      </h3>
      <p className="kern-body">
        Ablehnen dürfen Sie nur aus einem Grund, den das Gesetz nennt (§ 4 Abs. 2 und 3 SGB X). Angeboten werden nur die Gründe, die das
        Regelwerk als zulässig ansieht. Die Unzweckmäßigkeit der Maßnahme ist kein Grund: darüber entscheidet der ersuchende Träger (§ 4
        Abs. 4 SGB X).
      </p>
      <Fehlerzusammenfassung fehler={benenne(a.fehler, namen)} />
      <Fehlermeldung fehler={a.problem} />
      {ladefehler && <p className="kern-body">Die Gründe konnten nicht vom Regelwerk geholt werden: {ladefehler}</p>}
      {!gruende && !ladefehler && <p className="kern-body">Das Regelwerk prüft die Ablehnungsgründe …</p>}
      {gruende && (
        <fieldset
          className={`kern-fieldset${grundFehler ? ' kern-fieldset--error' : ''}`}
          aria-describedby={grundFehler ? 'ah-grund-fehler' : undefined}
        >
          <legend className="kern-label">Ablehnungsgrund</legend>
          {grundFehler && (
            <p className="kern-error" id="ah-grund-fehler" role="alert">
              <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
              <span className="kern-body">{grundFehler}</span>
            </p>
          )}
          <div className="kern-fieldset__body kern-stack-sm">
            {gruende.map((g, i) => {
              const id = i === 0 ? feldId('/ablehnungsgrund') : `${feldId('/ablehnungsgrund')}-${g.code}`;
              return (
                <div key={g.code} className="ah-grund">
                  <div className="kern-form-check">
                    <input
                      className={`kern-form-check__radio${grundFehler ? ' kern-form-check__radio--error' : ''}`}
                      type="radio"
                      name="ablehnungsgrund"
                      id={id}
                      value={g.code}
                      checked={grund === g.code}
                      aria-describedby={`${id}-erklaerung`}
                      onChange={() => setGrund(g.code)}
                    />
                    <label className="kern-label" htmlFor={id}>
                      {ablehnungsgrundNamen[g.code] ?? g.code} ({g.norm})
                    </label>
                  </div>
                  <div className="kern-hint ah-grund__erklaerung" id={`${id}-erklaerung`}>
                    {g.geboten && <strong>Hier müssen Sie ablehnen. </strong>}
                    {g.text}
                  </div>
                  <button
                    type="button"
                    className="kern-link norm-link ah-grund__norm"
                    aria-haspopup="dialog"
                    onClick={() => setNorm(g.norm)}
                  >
                    Wortlaut von {g.norm}
                  </button>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      {unzulaessig.length > 0 && (
        <details className="kern-accordion">
          <summary className="kern-accordion__header">
            <span className="kern-title">Warum andere Gründe fehlen</span>
          </summary>
          <div className="kern-accordion__body">
            <ul className="kern-list">
              {unzulaessig.map((g) => (
                <li key={g.code}>
                  <strong>{ablehnungsgrundNamen[g.code] ?? g.code}</strong> ({g.norm}): {g.text}
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
      <Textfeld
        pfad="/begruendung"
        label="Begründung im Einzelfall"
        hinweis="Warum der Grund hier vorliegt; der ersuchende Träger liest diese Begründung."
        mehrzeilig
        wert={begruendung}
        aendern={setBegruendung}
        fehler={fehlerFuer(a.fehler, '/begruendung')}
      />
      <div className="knopfleiste">
        <Knopf text="Ersuchen ablehnen" laeuft={a.laeuft} art="secondary" />
      </div>
      {norm && <NormDialog zitat={norm} schliessen={() => setNorm(null)} />}
    </form>
  );
}

export function AufsichtFormular({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const a = useAktion(ausfuehren);
  return (
    <form
      className="kern-stack-sm kern-card ah-aktion"
      aria-labelledby="ah-aufsicht-titel"
      onSubmit={(ev) => {
        ev.preventDefault();
        void a.los('aufsicht', {}, 'Sie bestehen auf der Amtshilfe. Das Ersuchen liegt jetzt bei der Aufsichtsbehörde.');
      }}
    >
      <h3 className="kern-heading-small" id="ah-aufsicht-titel">
        Auf der Amtshilfe bestehen
      </h3>
      <p className="kern-body">
        Mit diesem Schritt geht der Streit über die Pflicht zur Amtshilfe an die Aufsicht (§ 4 Abs. 5 SGB X).{' '}
        {e.streitentscheidung ?? 'Dann entscheidet die Aufsichtsbehörde über die Pflicht zur Amtshilfe.'}
      </p>
      <Fehlermeldung fehler={a.problem} />
      <div className="knopfleiste">
        <Knopf text="Auf der Amtshilfe bestehen" laeuft={a.laeuft} />
      </div>
    </form>
  );
}

export function BerichtFormular({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const a = useAktion(ausfuehren);
  const [am, setAm] = useState(datumDe(heuteIso()));
  const [texte, setTexte] = useState<Record<string, string>>({});
  const [wuensche, setWuensche] = useState('');
  const [vorschlaege, setVorschlaege] = useState('');
  const namen: Record<string, string> = {
    '/durchgefuehrtAm': 'Durchgeführt am',
    '/bericht/wuensche': 'Wünsche',
    '/bericht/vorschlaege': 'Vorschläge',
    ...Object.fromEntries(lebensbereiche.map(([k, n]) => [`/bericht/lebensbereiche/${k}`, n])),
  };
  return (
    <form
      className="kern-stack-md kern-card ah-aktion"
      aria-labelledby="ah-bericht-titel"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const vorher: Feldfehler[] = [];
        const amIso = datumIso(am);
        if (!amIso) vorher.push({ pfad: '/durchgefuehrtAm', meldung: 'Bitte geben Sie den Tag der Durchführung als TT.MM.JJJJ an.' });
        else if (amIso > heuteIso()) vorher.push({ pfad: '/durchgefuehrtAm', meldung: 'Der Tag der Durchführung liegt in der Zukunft.' });
        for (const [k, n] of lebensbereiche)
          if (!texte[k]?.trim())
            vorher.push({ pfad: `/bericht/lebensbereiche/${k}`, meldung: `Bitte beschreiben Sie den Lebensbereich „${n}“.` });
        void a.los(
          'berichten',
          {
            durchgefuehrtAm: amIso,
            bericht: {
              lebensbereiche: Object.fromEntries(lebensbereiche.map(([k]) => [k, texte[k]?.trim() ?? ''])),
              wuensche: wuensche.trim(),
              vorschlaege: vorschlaege.trim(),
            },
          },
          'Der Ergebnisbericht ist abgegeben; die Amtshilfe gilt als durchgeführt. Sie können jetzt abrechnen.',
          vorher,
        );
      }}
    >
      <h3 className="kern-heading-small" id="ah-bericht-titel">
        Ergebnisbericht abgeben
      </h3>
      <p className="kern-body">
        Berichten Sie {e.ersuchender?.name} zu den neun Lebensbereichen der Bedarfsermittlung (§ 118 Abs. 1 SGB IX), zu den Wünschen der
        Person (§ 104 Abs. 2 SGB IX) und mit Ihren Vorschlägen. Mit dem Bericht gilt die Amtshilfe als durchgeführt.
      </p>
      <Fehlerzusammenfassung fehler={benenne(a.fehler, namen)} />
      <Fehlermeldung fehler={a.problem} />
      <Datumsfeld
        pfad="/durchgefuehrtAm"
        label="Durchgeführt am"
        wert={am}
        aendern={setAm}
        fehler={fehlerFuer(a.fehler, '/durchgefuehrtAm')}
      />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">Lebensbereiche (§ 118 Abs. 1 Satz 2 SGB IX)</legend>
        <div className="kern-fieldset__body kern-stack-sm">
          {lebensbereiche.map(([k, n], i) => (
            <Textfeld
              key={k}
              pfad={`/bericht/lebensbereiche/${k}`}
              label={`${i + 1}. ${n}`}
              mehrzeilig
              wert={texte[k] ?? ''}
              aendern={(w) => setTexte((t) => ({ ...t, [k]: w }))}
              fehler={fehlerFuer(a.fehler, `/bericht/lebensbereiche/${k}`)}
            />
          ))}
        </div>
      </fieldset>
      <Textfeld
        pfad="/bericht/wuensche"
        label="Wünsche der Person (§ 104 Abs. 2 SGB IX)"
        optional
        mehrzeilig
        wert={wuensche}
        aendern={setWuensche}
        fehler={fehlerFuer(a.fehler, '/bericht/wuensche')}
      />
      <Textfeld
        pfad="/bericht/vorschlaege"
        label="Vorschläge zu Leistungen"
        optional
        mehrzeilig
        wert={vorschlaege}
        aendern={setVorschlaege}
        fehler={fehlerFuer(a.fehler, '/bericht/vorschlaege')}
      />
      <div className="knopfleiste">
        <Knopf text="Bericht abgeben" laeuft={a.laeuft} />
      </div>
    </form>
  );
}

export function AbrechnenFormular({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const a = useAktion(ausfuehren);
  const [auslagen, setAuslagen] = useState('');
  const [beschreibung, setBeschreibung] = useState('');
  const [vereinbarung, setVereinbarung] = useState<Vereinbarung | null | undefined>(undefined);
  const [vorschau, setVorschau] = useState<Pruefergebnis<AmtshilfeErgebnis> | null>(null);
  const [vorschauFehler, setVorschauFehler] = useState<ApiFehler | null>(null);
  const [eigeneFehler, setEigeneFehler] = useState<Feldfehler[]>([]);
  const durchfuehrung = e.durchgefuehrtAm ?? heuteIso();
  useEffect(() => {
    let aktiv = true;
    vereinbarungAm(durchfuehrung).then(
      (v) => aktiv && setVereinbarung(v?.zeile ?? null),
      () => aktiv && setVereinbarung(null),
    );
    return () => {
      aktiv = false;
    };
  }, [durchfuehrung]);
  const pauschale = vereinbarung?.pauschalen[e.aufgabe];
  const fehler = eigeneFehler.length ? eigeneFehler : a.fehler;

  function auslagenCent(): { cent?: number; fehler: Feldfehler[] } {
    if (!auslagen.trim()) return { fehler: [] };
    const c = centAus(auslagen);
    if (c === undefined || c < 0)
      return { fehler: [{ pfad: '/auslagenCent', meldung: 'Bitte geben Sie die Auslagen in Euro an, z. B. 86,50.' }] };
    return { cent: c, fehler: [] };
  }

  async function berechne() {
    const x = auslagenCent();
    setEigeneFehler(x.fehler);
    setVorschauFehler(null);
    if (x.fehler.length) return;
    try {
      const v = await vereinbarungAm(durchfuehrung);
      const { ersuchender, ersuchter } = behoerdenAus(e);
      setVorschau(
        await pruefe<AmtshilfeErgebnis>({
          art: 'amtshilfe',
          ersuchender,
          ersuchter,
          eingangErsuchen: e.gesendetAm ?? durchfuehrung,
          durchfuehrung,
          aufgabe: e.aufgabe,
          ...(x.cent !== undefined ? { auslagenCent: x.cent } : {}),
          ...(v ? { vereinbarung: v.eingabe } : {}),
        }),
      );
    } catch (err) {
      setVorschauFehler(err instanceof ApiFehler ? err : null);
    }
  }

  return (
    <form
      className="kern-stack-md kern-card ah-aktion"
      aria-labelledby="ah-abrechnen-titel"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const x = auslagenCent();
        setEigeneFehler([]);
        void a.los(
          'abrechnen',
          {
            ...(x.cent !== undefined ? { auslagenCent: x.cent } : {}),
            ...(beschreibung.trim() ? { auslagenBeschreibung: beschreibung.trim() } : {}),
          },
          'Die Amtshilfe ist abgerechnet. Der ersuchende Träger sieht die Abrechnung und vermerkt die Zahlung.',
          x.fehler,
        );
      }}
    >
      <h3 className="kern-heading-small" id="ah-abrechnen-titel">
        Abrechnen
      </h3>
      <div className="kern-stack-xs">
        <p className="kern-body">
          <strong>Pauschale:</strong>{' '}
          {vereinbarung === undefined
            ? 'Die Vereinbarung wird geladen …'
            : vereinbarung === null
              ? 'Es ist keine Vereinbarung hinterlegt; es gelten die Auslagen nach § 7 SGB X.'
              : pauschale !== undefined
                ? `Sind beide Träger beim Eingang und bei der Durchführung Mitglied der „${vereinbarung.bezeichnung}“ (gültig ab ${datumDe(vereinbarung.gueltigAb)}), zahlt ${e.ersuchender?.name ?? 'der ersuchende Träger'} für „${aufgabeName(e.aufgabe)}“ die Pauschale von ${euro(pauschale)}. Die tatsächlichen Auslagen sind damit abgegolten (§ 7 Abs. 1 Satz 3 SGB X).`
                : `Die „${vereinbarung.bezeichnung}“ sieht für „${aufgabeName(e.aufgabe)}“ keine Pauschale vor.`}
        </p>
        {vereinbarung?.beispiel && pauschale !== undefined && <Beispielhinweis />}
        <p className="kern-body">
          <strong>Sonst Auslagen (§ 7 Abs. 1 Satz 2 SGB X):</strong> Auslagen werden auf Anforderung erstattet, wenn sie im Einzelfall 35,00
          € übersteigen – dann in voller Höhe; bis 35,00 € werden sie nicht erstattet. Auslagen sind z. B. Reisekosten, Übersetzungen oder
          Porto, nicht aber anteilige Personal- und Sachkosten. Was gilt, entscheidet das Regelwerk beim Abrechnen.
        </p>
      </div>
      <Fehlerzusammenfassung fehler={benenne(fehler, { '/auslagenCent': 'Auslagen', '/auslagenBeschreibung': 'Art der Auslagen' })} />
      <Fehlermeldung fehler={a.problem ?? vorschauFehler} />
      <Betragsfeld
        pfad="/auslagenCent"
        label="Auslagen im Einzelfall"
        optional
        hinweis="In Euro, z. B. 86,50. Leer lassen, wenn keine Auslagen entstanden sind."
        wert={auslagen}
        aendern={setAuslagen}
        fehler={fehlerFuer(fehler, '/auslagenCent')}
      />
      <Textfeld
        pfad="/auslagenBeschreibung"
        label="Art der Auslagen"
        optional
        hinweis="z. B. Reisekosten Cottbus–Perleberg, 2 × 95 km"
        wert={beschreibung}
        aendern={setBeschreibung}
        fehler={fehlerFuer(fehler, '/auslagenBeschreibung')}
      />
      <div className="knopfleiste">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void berechne()}>
          <span className="kern-label">Erstattung vorab berechnen</span>
        </button>
        <Knopf text="Abrechnen" laeuft={a.laeuft} />
      </div>
      <div aria-live="polite">
        {vorschau && (
          <div className="kern-stack-sm">
            <p className="kern-body">
              <strong>Vorabberechnung des Regelwerks:</strong> {erstattungText(vorschau.ergebnis)}
            </p>
            {vorschau.ergebnis.erstattungsart === 'pauschale' && vereinbarung?.beispiel && <Beispielhinweis />}
            <details className="kern-accordion">
              <summary className="kern-accordion__header">
                <span className="kern-title">Begründung der Vorabberechnung</span>
              </summary>
              <div className="kern-accordion__body">
                <Begruendung schritte={vorschau.begruendung} hinweise={vorschau.hinweise} titel="Begründung: Abrechnung" />
              </div>
            </details>
          </div>
        )}
      </div>
    </form>
  );
}

export function erstattungText(
  r: Pick<AmtshilfeErgebnis, 'erstattungsart' | 'erstattungCent' | 'auslagenschwelleCent'> & {
    pauschaleAusschlussgruende: readonly string[];
  },
): string {
  const gruende = r.pauschaleAusschlussgruende.length
    ? ` Keine Pauschale, weil ${r.pauschaleAusschlussgruende.map((g) => pauschaleAusschlussNamen[g] ?? g).join('; ')}.`
    : '';
  if (r.erstattungsart === 'pauschale') return `Pauschale der Vereinbarung: ${euro(r.erstattungCent)}.`;
  if (r.erstattungsart === 'auslagen')
    return `Auslagen nach § 7 Abs. 1 Satz 2 SGB X: ${euro(r.erstattungCent)} (sie übersteigen ${euro(r.auslagenschwelleCent ?? 3500)} und werden ganz erstattet).${gruende}`;
  return `Keine Erstattung: Auslagen werden nur erstattet, wenn sie ${euro(r.auslagenschwelleCent ?? 3500)} übersteigen (§ 7 Abs. 1 Satz 2 SGB X).${gruende}`;
}

export function BezahlenFormular({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const a = useAktion(ausfuehren);
  const [am, setAm] = useState(datumDe(heuteIso()));
  return (
    <form
      className="kern-stack-sm kern-card ah-aktion"
      aria-labelledby="ah-bezahlen-titel"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const amIso = datumIso(am);
        const vorher: Feldfehler[] = [];
        if (!amIso) vorher.push({ pfad: '/am', meldung: 'Bitte geben Sie den Tag der Zahlung als TT.MM.JJJJ an.' });
        else if (amIso > heuteIso()) vorher.push({ pfad: '/am', meldung: 'Der Tag der Zahlung liegt in der Zukunft.' });
        void a.los('bezahlen', { am: amIso }, 'Die Zahlung ist vermerkt. Das Ersuchen ist abgeschlossen.', vorher);
      }}
    >
      <h3 className="kern-heading-small" id="ah-bezahlen-titel">
        Zahlung vermerken
      </h3>
      <p className="kern-body">
        Zu zahlen an {e.ersuchter?.name}: <strong>{euro(e.abrechnung?.erstattungCent ?? 0)}</strong>
        {e.abrechnung?.erstattungsart === 'pauschale' && e.abrechnung.vereinbarung?.beispiel ? ' (Beispielbetrag)' : ''}.
      </p>
      <Fehlerzusammenfassung fehler={benenne(a.fehler, { '/am': 'Bezahlt am' })} />
      <Fehlermeldung fehler={a.problem} />
      <Datumsfeld pfad="/am" label="Bezahlt am" wert={am} aendern={setAm} fehler={fehlerFuer(a.fehler, '/am')} />
      <div className="knopfleiste">
        <Knopf text="Zahlung vermerken" laeuft={a.laeuft} />
      </div>
    </form>
  );
}

export function Aktionen({ e, ausfuehren }: { e: Ersuchen; ausfuehren: Ausfuehren }) {
  const m = new Set(e.aktionen.filter((x) => x.erlaubt).map((x) => x.aktion));
  // Seite, Rolle und Status erklärt der Text oben; eine Bedingung des Schritts selbst nennt der Server.
  const bedingungen = e.aktionen.filter((x) => x.hindernis === 'bedingung' && x.grund);
  return (
    <section className="kern-stack-md" aria-labelledby="ah-schritt-titel">
      <h2 className="kern-heading-medium" id="ah-schritt-titel">
        Nächster Schritt
      </h2>
      <p className="kern-body">{naechsterSchritt(e)}</p>
      {bedingungen.map((x) => (
        <p key={x.aktion} className="kern-body">
          {x.grund}
        </p>
      ))}
      {m.has('senden') && <SendenFormular e={e} ausfuehren={ausfuehren} />}
      {m.has('annehmen') && <AnnehmenFormular e={e} ausfuehren={ausfuehren} />}
      {m.has('ablehnen') && <AblehnenFormular e={e} ausfuehren={ausfuehren} />}
      {m.has('aufsicht') && <AufsichtFormular e={e} ausfuehren={ausfuehren} />}
      {m.has('berichten') && <BerichtFormular e={e} ausfuehren={ausfuehren} />}
      {m.has('abrechnen') && <AbrechnenFormular e={e} ausfuehren={ausfuehren} />}
      {m.has('bezahlen') && <BezahlenFormular e={e} ausfuehren={ausfuehren} />}
    </section>
  );
}
