// Anmeldung, Sitzung, CSRF, Drosselung, Prüfungen über HTTP, Trägerregister, OpenAPI und
// Sicherheitskopfzeilen – gegen eine echte Datenbank (PGlite oder PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung();
}, 120_000);
afterAll(async () => u?.schliessen());

describe(`Grundlagen (${testDb})`, () => {
  it('meldet Status und Datenbankart ohne Anmeldung', async () => {
    const r = await u.ohneAnmeldung().get('/api/v1/status');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', datenbank: testDb, version: expect.any(String) });
  });

  it('meldet an, setzt ein sicheres Cookie und liefert Benutzer, Träger, Rollen und CSRF-Token', async () => {
    const r = await u.app.inject({ method: 'POST', url: '/api/v1/sitzung', payload: { benutzername: 'schwaben', passwort: 'demo' } });
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/egh_sitzung=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const body = r.json();
    expect(body).toMatchObject({
      benutzer: { benutzername: 'schwaben' },
      traeger: { id: 'bezirk-schwaben', name: 'Bezirk Schwaben' },
      rollen: ['kostenerstattung'],
    });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('weist falsche Passwörter mit 401 ab und drosselt nach fünf Fehlversuchen (429)', async () => {
    const versuch = () =>
      u.app.inject({
        method: 'POST',
        url: '/api/v1/sitzung',
        remoteAddress: '10.9.9.9',
        payload: { benutzername: 'cottbus', passwort: 'falsch' },
      });
    for (let i = 0; i < 5; i++) {
      const r = await versuch();
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(r.json().detail).toMatch(/Benutzername oder Passwort/);
    }
    const gesperrt = await versuch();
    expect(gesperrt.statusCode).toBe(429);
    // Auch das richtige Passwort wird während der Sperre abgewiesen.
    const richtig = await u.app.inject({
      method: 'POST',
      url: '/api/v1/sitzung',
      remoteAddress: '10.9.9.9',
      payload: { benutzername: 'cottbus', passwort: 'demo' },
    });
    expect(richtig.statusCode).toBe(429);
  });

  it('verlangt eine Anmeldung (401) und für Änderungen das CSRF-Token (403)', async () => {
    expect((await u.ohneAnmeldung().get('/api/v1/faelle')).statusCode).toBe(401);
    const c = await u.als('prignitz');
    const ohneToken = await c.post(
      '/api/v1/faelle',
      { aktenzeichen: 'X', person: { nachname: 'A', vorname: 'B' } },
      { 'x-csrf-token': 'falsch' },
    );
    expect(ohneToken.statusCode).toBe(403);
    expect(ohneToken.json().detail).toMatch(/CSRF/);
  });

  it('beendet die Sitzung mit DELETE /sitzung', async () => {
    const c = await u.als('mittelfranken');
    expect((await c.get('/api/v1/sitzung')).statusCode).toBe(200);
    expect((await c.delete('/api/v1/sitzung')).statusCode).toBe(204);
    expect((await c.get('/api/v1/sitzung')).statusCode).toBe(401);
  });

  it('führt Prüfungen aus wie die CLI: 200 mit Ergebnis, 400 mit Problem-JSON', async () => {
    const c = u.ohneAnmeldung();
    const ok = await c.post('/api/v1/pruefungen', { art: 'frist', ereignis: '2024-05-31', dauer: { monate: 12 }, land: 'BB' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().ergebnis).toMatchObject({ nominalesEnde: '2025-05-31', ende: '2025-06-02' });
    const schlecht = await c.post('/api/v1/pruefungen', { art: 'frist', ereignis: '2025-02-30', dauer: { tage: 1 }, land: 'BB' });
    expect(schlecht.statusCode).toBe(400);
    expect(schlecht.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(schlecht.json()).toMatchObject({
      type: 'urn:egh:problem:eingabe',
      fehler: [{ pfad: '/ereignis', meldung: 'Den 30.02.2025 gibt es nicht – der Februar 2025 hat 28 Tage.' }],
    });
  });

  it('führt das Trägerregister mit 400 Kreisen und den überörtlichen Trägern', async () => {
    const c = await u.als('prignitz');
    const alle = await c.get('/api/v1/traeger?proSeite=1');
    expect(alle.json().gesamt).toBeGreaterThanOrEqual(400 + 10);
    const bb = await c.get('/api/v1/traeger?land=BB&proSeite=100');
    const namen = bb.json().eintraege.map((t: { name: string }) => t.name);
    expect(namen).toEqual(
      expect.arrayContaining(['Landkreis Prignitz', 'Stadt Cottbus', 'Landesamt für Soziales und Versorgung Brandenburg']),
    );
    const suche = await c.get('/api/v1/traeger?suche=schwaben');
    expect(suche.json().eintraege[0]).toMatchObject({ id: 'bezirk-schwaben', art: 'ueberoertlich', land: 'BY' });
  });

  it('ändert Stammdaten nur mit If-Match (428 ohne, 412 veraltet) und prüft die Leitweg-ID', async () => {
    const admin = await u.als('admin.schwaben');
    const t = await admin.get('/api/v1/traeger/bezirk-schwaben');
    const etag = String(t.headers.etag);
    expect((await admin.patch('/api/v1/traeger/bezirk-schwaben', { kurzname: 'Schwaben' })).statusCode).toBe(428);
    const falsch = await admin.patch('/api/v1/traeger/bezirk-schwaben', { leitwegId: '09-123-99' }, { 'if-match': etag });
    expect(falsch.statusCode).toBe(400);
    expect(falsch.json().fehler[0]).toMatchObject({ pfad: '/leitwegId' });
    const ok = await admin.patch('/api/v1/traeger/bezirk-schwaben', { kontakt: { telefon: '0821 3101-0' } }, { 'if-match': etag });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).not.toBe(etag);
    expect((await admin.patch('/api/v1/traeger/bezirk-schwaben', { kurzname: 'S' }, { 'if-match': etag })).statusCode).toBe(412);
    // Ein fremder Träger ist für die Administration nicht änderbar.
    const fremd = await admin.get('/api/v1/traeger/bezirk-mittelfranken');
    const r = await admin.patch('/api/v1/traeger/bezirk-mittelfranken', { kurzname: 'X' }, { 'if-match': String(fremd.headers.etag) });
    expect([403, 404]).toContain(r.statusCode);
    // Sachbearbeitung darf keine Stammdaten ändern.
    const sb = await u.als('prignitz');
    expect((await sb.patch('/api/v1/traeger/12070', { kurzname: 'X' }, { 'if-match': '"1"' })).statusCode).toBe(403);
  });

  it('beschreibt die API als OpenAPI 3.1 und zeigt die Referenz unter /api/docs', async () => {
    const r = await u.ohneAnmeldung().get('/api/openapi.json');
    expect(r.statusCode).toBe(200);
    const spec = r.json();
    expect(spec.openapi).toBe('3.1.0');
    for (const pfad of ['/api/v1/sitzung', '/api/v1/pruefungen', '/api/v1/faelle', '/api/v1/erstattungsansprueche/{id}', '/api/v1/fristen'])
      expect(Object.keys(spec.paths)).toContain(pfad);
    const docs = await u.ohneAnmeldung().get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });

  it('setzt Sicherheitskopfzeilen und antwortet auf Unbekanntes mit Problem-JSON', async () => {
    const r = await u.ohneAnmeldung().get('/api/v1/status');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['x-frame-options']).toBeDefined();
    const n = await u.ohneAnmeldung().get('/api/v1/gibtsnicht');
    expect(n.statusCode).toBe(404);
    expect(n.json().title).toBe('Nicht gefunden');
    // auch auf Fehler, Ablehnungen und die schnelle Fristenliste
    const ohne = await u.ohneAnmeldung().get('/api/v1/fristen');
    const fristen = await (await u.als('schwaben')).get('/api/v1/fristen');
    for (const a of [n, ohne, fristen]) {
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      expect(a.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(a.headers['strict-transport-security']).toMatch(/max-age=/);
    }
    expect([ohne.statusCode, fristen.statusCode]).toEqual([401, 200]);
    // Alle Kopfzeilen von helmet (ohne Cross-Origin-Embedder-Policy), auf jeder Antwortart.
    const helmetKopfzeilen = [
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'origin-agent-cluster',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ];
    for (const a of [r, n, ohne, fristen]) expect(Object.keys(a.headers)).toEqual(expect.arrayContaining(helmetKopfzeilen));
  });

  it('meldet kaputtes JSON als 400 mit deutscher Meldung', async () => {
    const c = await u.als('prignitz');
    const r = await u.app.inject({
      method: 'POST',
      url: '/api/v1/pruefungen',
      headers: { 'content-type': 'application/json', 'x-csrf-token': c.csrf },
      payload: '{"art": ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().fehler[0].meldung).toMatch(/Kein gültiges JSON/);
  });
});
