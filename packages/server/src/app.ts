// Die HTTP-Anwendung: Fastify mit JSON-Schema-Validierung (dasselbe Ajv wie das Regelwerk),
// OpenAPI 3.1 aus den Routenschemata, Sitzungen, CSRF, Sicherheitskopfzeilen, Problem-JSON.
import cookie from '@fastify/cookie';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import swaggerUi from '@fastify/swagger-ui';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, LogController } from 'fastify';
import helmet from 'helmet';
import { erzeugeAjv, schemata, uebersetzeFehler } from '@egh/recht';
import { type Datenbank, istVerbindungsfehler, pruefeStoerung, sqlstate } from './db/verbindung.ts';
import { pruefeAufNul, pruefeJsonTiefe } from './http/eingabegrenzen.ts';
import { type LogOptionen, loggerOptionen } from './http/protokollierung.ts';
import { Fachfehler, type ProblemJson, nichtAngemeldet } from './http/problem.ts';
import { leerlaufMinuten, pruefeCsrf, sitzungZuToken, sitzungsCookie, verlaengereSitzung } from './http/sitzung.ts';
import { erzeugeMetriken } from './http/metriken.ts';
import { heute } from './anwendungsfaelle/gemeinsam.ts';
import { routen } from './routen/index.ts';
import { gesundheitRouten } from './routen/gesundheit.ts';
import { version } from './version.ts';

export interface AppOptionen {
  datenbank: Datenbank;
  /** Cookie nur über HTTPS (Secure); Standard: wenn die Anfrage über HTTPS kam (auch hinter einem Proxy). */
  sichereCookies?: boolean;
  /** Protokoll als JSON-Zeilen (pino): true = Stufe info; ohne Angabe aus. */
  logger?: boolean | LogOptionen;
  /**
   * Reverse-Proxys, deren X-Forwarded-For/-Proto gilt (Adressen, CIDR; EGH_VERTRAUTE_PROXYS).
   * Standard: keiner – sonst wählte jeder Client seine Adresse selbst und umginge die Drosselung.
   */
  vertrauteProxys?: string[];
  /** Uhr für den zweiten Faktor (Millisekunden); Tests stellen sie vor. */
  uhr?: () => number;
  /** Größte Importdatei in Byte (Standard: EGH_IMPORT_MAX_MB, sonst 50 MB). */
  importGrenze?: number;
  /** Größte XLSX-Importdatei in Byte (Standard EGH_IMPORT_XLSX_MAX_MB, 10 MB). */
  xlsxGrenze?: number;
  /** Aufgerufen, wenn die Datenbank gestört ist (einmal); der Server beendet sich dann (server.ts). */
  beiStoerung?: (meldung: string) => void;
  /**
   * Jede Antwort zusätzlich mit JSON.stringify serialisieren und vergleichen: weicht das Ergebnis
   * des Antwortschemas ab (ein Feld fehlt im Schema, null wird zu ""), scheitert die Anfrage mit 500
   * und dem Pfad der Abweichung. Standard: in Tests (vitest) an, sonst aus.
   */
  antwortenPruefen?: boolean;
  /**
   * Token für GET /metrics (Authorization: Bearer …; EGH_METRIKEN_TOKEN). Ohne Token sind die
   * Metriken abgeschaltet (404) und es wird nichts gezählt.
   */
  metrikenToken?: string;
}

/** Erster Pfad (JSON-Pointer), an dem sich zwei JSON-Werte unterscheiden. */
function abweichung(a: unknown, b: unknown, pfad = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = abweichung((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${pfad}/${k}`);
      if (d !== undefined) return d;
    }
  }
  return `${pfad || '/'}: erwartet ${JSON.stringify(a)?.slice(0, 200)}, serialisiert ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Der Serialisierer von Fastify (fast-json-stringify), auf Wunsch mit Vergleich gegen JSON.stringify. */
function serialisierer(pruefen: boolean) {
  const standard = SerializerSelector();
  return (externeSchemata: unknown, optionen: unknown) => {
    const baue = standard(externeSchemata, optionen as never);
    return (route: { schema: object; method: string; url: string; httpStatus: string; contentType?: string }) => {
      const schnell = baue(route) as (daten: unknown) => string;
      if (!pruefen) return schnell;
      return (daten: unknown) => {
        const text = schnell(daten);
        const d = abweichung(JSON.parse(JSON.stringify(daten)) as unknown, JSON.parse(text) as unknown);
        if (d !== undefined) {
          const meldung = `Antwortschema ${route.method} ${route.url} (${route.httpStatus}) passt nicht zur Antwort: ${d}`;
          process.stderr.write(`${meldung}\n`);
          throw new Error(meldung);
        }
        return text;
      };
    };
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Ohne Anmeldung erreichbar. */
    oeffentlich?: boolean;
    /** Nur GET: die Route prüft die Sitzung selbst im selben Rundlauf wie ihre Abfrage (leseMitSitzung). */
    sitzungInAbfrage?: boolean;
    /**
     * Widersprüche zwischen Feldern des Körpers, die ohne Datenbank erkennbar sind: Lehnt das Schema
     * die Anfrage ab, meldet der Fehlerhandler sie mit den Schemafehlern auf einmal.
     */
    widersprueche?: (body: unknown) => { pfad: string; meldung: string }[];
  }
}

export async function baueApp(o: AppOptionen): Promise<FastifyInstance> {
  const app = Fastify({
    ...loggerOptionen(o.logger),
    // Eine Zeile je Anfrage schreibt der onResponse-Hook unten (mit Benutzerkennung und Dauer).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    trustProxy: o.vertrauteProxys?.length ? o.vertrauteProxys : false,
    bodyLimit: 10 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    schemaController: {
      compilersFactory: { buildSerializer: serialisierer(o.antwortenPruefen ?? process.env.VITEST !== undefined) as never },
    },
  });

  // Eine Protokollzeile je Anfrage: Kennung (reqId), Methode, Pfad ohne Abfrage, Status, Dauer und
  // die Kennung des Benutzers (UUID, nie ein Name); dazu die Metriken, wenn eingeschaltet.
  const metriken = o.metrikenToken ? erzeugeMetriken(o.datenbank, heute) : undefined;
  app.addHook('onResponse', async (anfrage, antwort) => {
    const ms = antwort.elapsedTime;
    metriken?.anfrage(anfrage.method, anfrage.routeOptions.url ?? '(keine Route)', antwort.statusCode, ms / 1000);
    anfrage.log.info(
      {
        req: anfrage,
        res: antwort,
        responseTime: Math.round(ms * 10) / 10,
        ...(anfrage.kontext ? { benutzer: anfrage.kontext.benutzerId } : {}),
      },
      'request completed',
    );
  });

  // JSON: erst die Tiefe zählen (ein 5.000 Ebenen tiefes Dokument brächte Parser und Validierung
  // über den Stack), dann Fastifys Parser mit Schutz vor __proto__ und constructor.
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (anfrage, text, fertig) => {
    const json = String(text);
    try {
      pruefeJsonTiefe(json);
    } catch (fehler) {
      fertig(fehler as Error, undefined);
      return;
    }
    void jsonParser(anfrage, json, fertig);
  });
  // NUL in Pfad, Abfrage oder Körper: 400 mit dem Feld, bevor Schema oder Datenbank es sehen.
  app.addHook('preValidation', async (anfrage) => {
    pruefeAufNul({ params: anfrage.params, query: anfrage.query, body: anfrage.body });
  });
  // Antworten der API enthalten Sozialdaten: kein Zwischenspeicher (Browser, Proxy), außer eine
  // Route erlaubt es ausdrücklich mit eigener Cache-Control.
  app.addHook('onSend', async (anfrage, antwort) => {
    if (anfrage.url.startsWith('/api/') && !antwort.hasHeader('cache-control')) void antwort.header('cache-control', 'no-store');
  });
  // Gleitender Leerlauf: jede Anfrage mit gültiger Sitzung verschiebt deren Ende (http/sitzung.ts).
  leerlaufMinuten(); // Fehlkonfiguration beim Start melden, nicht bei der ersten Anfrage.
  app.addHook('onSend', async (anfrage, antwort) => {
    // cookies fehlt, wenn die Anfrage schon vor dem Cookie-Plugin scheiterte.
    const token = (anfrage.cookies as Partial<typeof anfrage.cookies> | undefined)?.[sitzungsCookie];
    if (!token || !anfrage.url.startsWith('/api/v1/') || antwort.statusCode === 401) return;
    await verlaengereSitzung(o.datenbank.db, token);
  });

  // Body: streng wie das Regelwerk; Query und Pfad: mit Typumwandlung und Standardwerten.
  const ajvBody = erzeugeAjv();
  const ajvQuery = erzeugeAjv({ coerceTypes: 'array', useDefaults: true });
  for (const [, schema] of Object.entries(schemata())) {
    ajvBody.addSchema(schema);
    app.addSchema(schema);
  }
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? ajvBody.compile(schema) : ajvQuery.compile(schema)));

  await app.register(cookie);
  // Sicherheitskopfzeilen mit helmet, die Middleware einmal gebaut: @fastify/helmet baute sie bei
  // jeder Anfrage neu (CSP-Direktiven parsen), ein Zwanzigstel der Zeit einer Leseanfrage.
  const sicherheitskopfzeilen = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (anfrage, antwort, weiter) => {
    sicherheitskopfzeilen(anfrage.raw, antwort.raw, (fehler?: unknown) => weiter(fehler instanceof Error ? fehler : undefined));
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'EGH-Clearing API',
        version,
        description:
          'Gemeinsame Plattform der Träger der Eingliederungshilfe. Anmeldung mit POST /api/v1/sitzung (Cookie egh_sitzung); zustandsändernde Anfragen brauchen die Kopfzeile x-csrf-token, Änderungen If-Match mit dem ETag. Fehler als application/problem+json mit deutscher Meldung und JSON-Pointer.',
      },
      components: { securitySchemes: { sitzung: { type: 'apiKey', in: 'cookie', name: sitzungsCookie } } },
      security: [{ sitzung: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list', deepLinking: true } });

  const gestoert = (): ProblemJson => ({
    type: 'urn:egh:problem:datenbank-gestoert',
    title: 'Datenbank gestört',
    status: 503,
    detail: `${o.datenbank.stoerung ?? 'Die Datenbank ist gestört.'} Der Dienst startet neu; bitte in einer Minute erneut versuchen. Gespeichertes bleibt erhalten.`,
  });
  app.addHook('onRequest', async (anfrage, antwort) => {
    // Gestört: keine Anfrage mehr an die Datenbank, bis der Prozess neu gestartet ist.
    if (o.datenbank.stoerung && anfrage.url.startsWith('/api/'))
      return antwort.status(503).header('retry-after', '60').type('application/problem+json; charset=utf-8').send(gestoert());
  });

  app.addHook('onRequest', async (anfrage) => {
    // Unbekannte Pfade beantwortet der 404-Handler.
    if (!anfrage.url.startsWith('/api/v1/') || anfrage.routeOptions.url === undefined) return;
    const token = anfrage.cookies[sitzungsCookie];
    if (anfrage.routeOptions.config.sitzungInAbfrage && anfrage.method === 'GET') {
      if (!token) throw nichtAngemeldet();
      return;
    }
    if (token) anfrage.kontext = await sitzungZuToken(o.datenbank, token);
    if (anfrage.routeOptions.config.oeffentlich) return;
    if (!anfrage.kontext) throw nichtAngemeldet();
    if (!['GET', 'HEAD', 'OPTIONS'].includes(anfrage.method)) pruefeCsrf(anfrage, anfrage.kontext);
  });

  app.setErrorHandler(async (fehler: FastifyError | Fachfehler, anfrage, antwort) => {
    let problem: ProblemJson;
    if (fehler instanceof Fachfehler) problem = fehler.alsProblem();
    else if (fehler.validation) {
      const teil = fehler.validationContext ?? 'body';
      const daten =
        teil === 'body' ? anfrage.body : teil === 'querystring' ? anfrage.query : teil === 'params' ? anfrage.params : anfrage.headers;
      const ort = teil === 'body' ? '' : teil === 'querystring' ? 'Abfrageparameter ' : teil === 'params' ? 'Pfadparameter ' : 'Kopfzeile ';
      problem = {
        type: 'urn:egh:problem:eingabe',
        title: 'Ungültige Eingabe',
        status: 400,
        fehler: uebersetzeFehler(fehler.validation as Parameters<typeof uebersetzeFehler>[0], daten).map((f) => ({
          pfad: f.pfad,
          meldung: ort ? `${ort}${f.pfad.slice(1)}: ${f.meldung}` : f.meldung,
        })),
      };
      // Jedes Feld auf einmal: Widersprüche anderer Felder nicht erst in einer zweiten Runde.
      const widersprueche = teil === 'body' ? anfrage.routeOptions.config.widersprueche : undefined;
      if (widersprueche && problem.fehler) {
        const gemeldet = new Set(problem.fehler.map((f) => f.pfad));
        problem.fehler.push(...widersprueche(daten).filter((f) => !gemeldet.has(f.pfad)));
      }
    } else if (fehler.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fehler instanceof SyntaxError)
      problem = {
        type: 'urn:egh:problem:eingabe',
        title: 'Ungültige Eingabe',
        status: 400,
        fehler: [{ pfad: '', meldung: `Kein gültiges JSON: ${fehler.message}` }],
      };
    else if (fehler.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      problem = {
        type: 'urn:egh:problem:medientyp',
        title: 'Nicht unterstützter Medientyp',
        status: 415,
        detail: 'Bitte JSON senden (Content-Type: application/json).',
      };
    else if (fehler.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const grenze = anfrage.routeOptions.bodyLimit ?? 10 * 1024 * 1024;
      const mb = (grenze / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 });
      problem = {
        type: 'urn:egh:problem:zu-gross',
        title: 'Anfrage zu groß',
        status: 413,
        detail: anfrage.url.includes('/import/')
          ? `Die Datei ist größer als ${mb} MB, die Grenze für einen Import über die Oberfläche und die API. Bitte die Datei aufteilen oder mit „egh import“ auf dem Server einlesen.`
          : `Die Anfrage ist größer als ${mb} MB.`,
      };
    } else if (fehler.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      problem = {
        type: 'urn:egh:problem:eingabe',
        title: 'Ungültige Eingabe',
        status: 400,
        fehler: [{ pfad: '', meldung: 'Leerer Anfragekörper; JSON erwartet.' }],
      };
    else if (istVerbindungsfehler(fehler)) {
      // Die Datenbank hat die Verbindung beendet (Neustart, Failover) oder ist nicht erreichbar:
      // nur diese Anfrage scheitert, der Pool baut neue Verbindungen auf.
      anfrage.log.warn({ err: fehler }, 'Datenbankverbindung unterbrochen');
      void antwort.header('retry-after', '1');
      problem = {
        type: 'urn:egh:problem:datenbank-nicht-erreichbar',
        title: 'Datenbank vorübergehend nicht erreichbar',
        status: 503,
        detail:
          'Die Verbindung zur Datenbank wurde während der Anfrage unterbrochen. Bitte die Anfrage in einigen Sekunden wiederholen. Brach die Verbindung beim Speichern ab, ist die Änderung entweder ganz oder gar nicht gespeichert; ein anlegender POST mit demselben Idempotency-Key legt nichts doppelt an.',
      };
    } else if (typeof fehler.statusCode === 'number' && fehler.statusCode >= 400 && fehler.statusCode < 500)
      problem = { type: 'urn:egh:problem:anfrage', title: 'Fehlerhafte Anfrage', status: fehler.statusCode, detail: fehler.message };
    else if (sqlstate(fehler) === '53100') {
      // Datenträger voll: die Transaktion ist zurückgerollt (alles oder nichts).
      anfrage.log.error({ err: fehler }, 'Datenträger voll');
      problem = {
        type: 'urn:egh:problem:speicher-voll',
        title: 'Kein Speicherplatz',
        status: 507,
        detail: 'Der Datenträger der Datenbank ist voll; nichts wurde gespeichert. Bitte den Betrieb informieren.',
      };
      if (await pruefeStoerung(o.datenbank)) problem = stoerungMelden();
    } else if (await pruefeStoerung(o.datenbank)) {
      anfrage.log.error({ err: fehler }, 'Datenbank gestört');
      problem = stoerungMelden();
    } else {
      anfrage.log.error({ err: fehler }, 'Unerwarteter Fehler');
      problem = {
        type: 'urn:egh:problem:intern',
        title: 'Interner Fehler',
        status: 500,
        detail: `Ein unerwarteter Fehler ist aufgetreten; es wurde nichts gespeichert. Bitte später erneut versuchen oder den Betrieb informieren (Kennung der Anfrage: ${anfrage.id}).`,
      };
    }
    if (problem.status >= 500) void antwort.header('x-anfrage-id', anfrage.id);
    return antwort.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
  });
  let gemeldet = false;
  function stoerungMelden(): ProblemJson {
    if (!gemeldet && o.datenbank.stoerung) {
      gemeldet = true;
      o.beiStoerung?.(o.datenbank.stoerung);
    }
    return gestoert();
  }

  // Die Web-Oberfläche (packages/web/dist), wenn gebaut: Dateien unter /assets, sonst index.html
  // für jede Seite der Oberfläche (Routing im Browser).
  const webVerzeichnis = join(import.meta.dirname, '../../web/dist');
  const mitWeb = existsSync(join(webVerzeichnis, 'index.html'));
  if (mitWeb) await app.register(fastifyStatic, { root: webVerzeichnis, wildcard: false, index: false });

  app.setNotFoundHandler((anfrage, antwort) =>
    mitWeb && anfrage.method === 'GET' && !anfrage.url.startsWith('/api/')
      ? antwort.type('text/html; charset=utf-8').sendFile('index.html')
      : antwort
          .status(404)
          .type('application/problem+json; charset=utf-8')
          .send({
            type: 'urn:egh:problem:nicht-gefunden',
            title: 'Nicht gefunden',
            status: 404,
            detail: `Keine Ressource unter ${anfrage.method} ${anfrage.url}.`,
          }),
  );

  await app.register(routen(o), { prefix: '/api/v1' });
  await app.register(gesundheitRouten(o, metriken));
  if (mitWeb)
    app.get('/', { schema: { hide: true } }, (_anfrage, antwort) => antwort.type('text/html; charset=utf-8').sendFile('index.html'));
  else app.get('/', { schema: { hide: true } }, (_anfrage, antwort) => antwort.redirect('/api/docs'));
  app.get('/api/openapi.json', { schema: { hide: true }, config: { oeffentlich: true } }, () => app.swagger());
  return app;
}
