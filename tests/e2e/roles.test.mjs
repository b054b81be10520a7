// Flow 6: what each role sees. An elected official reads without any edit button and is refused
// the edit form; the employer edits its own post; another Caf's administrator cannot even learn
// that a Gard post exists.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

const kEditLabels = /^(Modifier|Mettre fin au poste|Nouveau poste|Nouvelle CTG|Importer.*)$/;

async function editControls(page) {
  const names = await page.locator('main a, main button, header a').allInnerTexts();
  return names.map((name) => name.trim()).filter((name) => kEditLabels.test(name));
}

describe('what each role sees', () => {
  const app = useApp();

  it('shows an elected official no edit button and refuses the edit form', async () => {
    const page = await app.newPage();
    await signIn(page, 'elu.nimes');
    assert.deepEqual(await editControls(page), [], 'home page');

    await visit(page, '/portefeuille');
    assert.deepEqual(await editControls(page), [], 'portfolio');
    assert.ok((await page.locator('#resultats tbody tr').count()) > 0);
    await checkAccessibility(page, 'portefeuille-elu');

    await visit(page, '/postes/GARD-001');
    assert.deepEqual(await editControls(page), [], 'post page');
    await page.getByRole('heading', {name: 'Le calcul expliqué, règle par règle'}).waitFor();
    await checkAccessibility(page, 'poste-elu');

    await visit(page, '/postes/GARD-001/modifier', 403);
    await page.getByRole('heading', {level: 1, name: 'Accès refusé'}).waitFor();
    assert.equal(await page.locator('#champ-etp_agent').count(), 0);
    await checkAccessibility(page, 'acces-refuse');
  });

  it('lets the employer edit a post of Nîmes Métropole', async () => {
    const page = await app.newPage();
    await signIn(page, 'employeur.nimes');
    await visit(page, '/postes/GARD-001');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/postes/GARD-001/modifier'),
      page.getByRole('link', {name: 'Modifier'}).click(),
    ]);
    await page.getByRole('heading', {level: 1, name: 'Modifier le poste GARD-001'}).waitFor();
    await checkAccessibility(page, 'poste-modifier');

    await page.locator('#champ-cout_annuel').fill('49 500');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/postes/GARD-001', {waitUntil: 'load'}),
      page.getByRole('button', {name: 'Enregistrer'}).click(),
    ]);
    assert.match(
        await page.getByRole('status').innerText(), /Le poste GARD-001 a été enregistré/);
    assert.match(plain(await page.locator('main dl').innerText()), /Coût annuel\s+49 500 €/);
    assert.match(plain(await page.locator('main dl').innerText()), /Version\s+2/);
    await checkAccessibility(page, 'poste-enregistre');
  });

  it('answers another Caf\'s administrator as if the post did not exist', async () => {
    const page = await app.newPage();
    await signIn(page, 'admin.charente');
    await visit(page, '/postes/GARD-001', 404);
    await page.getByRole('heading', {level: 1, name: 'Page introuvable'}).waitFor();
    assert.doesNotMatch(await page.locator('main').innerText(), /GARD-001/);
    await checkAccessibility(page, 'page-introuvable');
    await visit(page, '/postes/GARD-001/modifier', 404);
    await checkAccessibility(page, 'page-introuvable-modifier');
    await visit(page, '/postes/CHAR-001');
    await checkAccessibility(page, 'poste-charente');
  });
});
