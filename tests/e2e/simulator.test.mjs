// The issue's demo, simulator part: a Charente manager tries a 50 000 € ceiling and sees the
// budget and the changed posts beside the doctrine in force (the date is fixed to the demo's
// reference day so that the figures do not depend on when the test runs).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

const kCeiling = 'Plafond de dépense par ETP de mission';

async function simulate(page) {
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/pilotage/simulateur' && url.search !== '',
                    {waitUntil: 'load'}),
    page.getByRole('button', {name: 'Simuler'}).click(),
  ]);
}

describe('the doctrine simulator', () => {
  const app = useApp();

  it('shows a 50 000 € ceiling for the Charente beside the doctrine in force', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin.charente');
    await visit(page, '/pilotage/simulateur');
    await page.getByRole('heading', {level: 1, name: 'Simulateur de doctrine'}).waitFor();
    await checkAccessibility(page, 'simulateur');

    await page.getByLabel('Date simulée').fill('23/11/2026');
    const ceiling = page.getByLabel(kCeiling);
    assert.match(plain(await page.locator('#aide-p_ceiling_per_fte').innerText()),
                 /En vigueur : 48 000 € · exemple de saisie : 50 000 · source : 004_5379960f3bbf2085\.txt/);
    await ceiling.fill('50 000');
    await simulate(page);
    assert.equal(new URL(page.url()).searchParams.get('p_ceiling_per_fte'), '50 000');

    await page.getByRole('heading', {name: 'Résultat de la simulation au 23/11/2026'}).waitFor();
    assert.equal(plain(await page.locator('#ecart-budget').innerText()), '+800 €');
    const budget = page.getByRole('table', {name: 'Budget de la Caf'});
    const funding = plain(await budget.getByRole('row', {name: /Financement Caf/}).innerText());
    assert.match(funding, /509 600 €\s+510 400 €\s+\+800 €/);
    const changes = page.getByRole('table', {name: 'Changements simulés'});
    assert.match(plain(await changes.innerText()), /48 000 €\s+50 000 €\s+23\/11\/2026/);

    const posts = page.getByRole('table', {name: /Postes dont le verdict/});
    const rows = posts.locator('tbody tr');
    assert.equal(await rows.count(), 1);
    assert.match(plain(await rows.first().innerText()),
                 /CHAR-007.*éligible.*éligible.*19 200 €\s+20 000 €\s+\+800 €/s);
    assert.equal(await posts.getByRole('link', {name: 'CHAR-007'}).getAttribute('href'),
                 '/postes/CHAR-007');
    const territories = page.getByRole('table', {name: /Financement Caf par territoire/});
    assert.equal(await territories.locator('tbody tr').count(), 9);
    assert.equal(await ceiling.inputValue(), '50 000');
    await checkAccessibility(page, 'simulateur-plafond-50000');

    // The export links carry the same simulation.
    const csv = await page.getByRole('link', {name: 'Export CSV'}).getAttribute('href');
    assert.match(csv, /^\/pilotage\/simulateur\.csv\?.*p_ceiling_per_fte=50(\+|%20)000/);
    const download = await page.request.get(csv);
    assert.equal(download.status(), 200);
    assert.match(await download.text(), /poste;CHAR-007;/);

    // A value that is not an amount: said on the field and in the summary, nothing simulated.
    await ceiling.fill('50 000 x');
    await simulate(page);
    assert.equal(await ceiling.getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#erreur-p_ceiling_per_fte').innerText(),
                 /« 50 000 x » n'est pas un montant en euros/);
    await page.locator('#resume-erreurs').getByRole('link', {name: new RegExp(kCeiling)}).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'champ-p_ceiling_per_fte');
    assert.equal(await page.locator('#titre-resultat').count(), 0);
    await checkAccessibility(page, 'simulateur-valeur-invalide');
  });
});
