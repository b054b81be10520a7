// Flow 5: a Caf agent creates the CTG that renews Terre de Camargue's (from the territory page,
// meeting a validation error first), then imports a posts file: one with an error, refused as a
// whole with each error's line and column, then a good one, previewed and applied.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

const kTerreDeCamargue = '243000650';
const kRepository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The header of the demo posts file: the import takes the same columns.
const kHeader =
    readFileSync(path.join(kRepository, 'data/demo/posts.csv'), 'utf8').split(/\r?\n/)[0];

function postsFile(lines) { return Buffer.from([kHeader, ...lines].join('\n') + '\n', 'utf8'); }

// identifiant;code_territoire;porteur;etp_agent;etp_mission;cout_annuel;fonction;niveau_diplome;
// statut;date_embauche;vacant_depuis;caf_associee_recrutement;participation_reseau;
// rapport_annuel_transmis
const kGoodLine1 = `GARD-E2E-IMP-1;${kTerreDeCamargue};epci;1;1;46000;cooperation;6;creation;` +
    '01/02/2027;;oui;oui;non';
const kGoodLine2 =
    `GARD-E2E-IMP-2;${kTerreDeCamargue};commune;1;0,5;40000;cooperation;5;creation;` +
    '01/03/2027;;oui;non;non';
// Line 3 of the faulty file: 1 ETP of mission for an agent working 0,5 ETP.
const kFaultyLine2 = `GARD-E2E-IMP-2;${kTerreDeCamargue};commune;0,5;1;40000;cooperation;5;` +
    'creation;01/03/2027;;oui;non;non';

// The one form of the page that posts (the header's sign-out form is outside <main>).
const mainForm = (page, action) => page.locator(`main form[method="post"][action="${action}"]`);

async function submitAndLand(page, form, landing) {
  const [response] = await Promise.all([
    page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    form.locator('button[type="submit"]').first().click(),
  ]);
  await page.waitForURL((url) => landing(url), {waitUntil: 'load'});
  return response;
}

// Sends a posts file from the import page, where the page is; returns the check's response (its
// page is then shown).
async function upload(page, name, bytes) {
  const form = page.locator('main form:has(input[type="file"][name="fichier"])');
  assert.equal(
      await form.count(), 1, 'the import page has one upload form with a « fichier » field');
  assert.equal(await form.getAttribute('enctype'), 'multipart/form-data');
  await form.getByLabel('Le fichier contient').selectOption('postes');
  await form.locator('input[name="fichier"]')
      .setInputFiles({name, mimeType: 'text/csv', buffer: bytes});
  return submitAndLand(page, form, (url) => url.pathname === '/imports/apercu');
}

describe('creating a CTG and importing posts', () => {
  const app = useApp();

  it('creates the CTG renewing Terre de Camargue\'s after a validation error', async () => {
    const page = await app.newPage();
    await signIn(page, 'agent.gard');
    await visit(page, `/territoires/${kTerreDeCamargue}`);
    await checkAccessibility(page, 'territoire');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/ctg/nouvelle'),
      page.getByRole('link', {name: 'Nouvelle CTG'}).click(),
    ]);
    await checkAccessibility(page, 'ctg-nouvelle');
    assert.equal(await page.locator('#champ-code_territoire').inputValue(), kTerreDeCamargue);

    await page.locator('#champ-date_debut').fill('01/01/2027');
    await page.locator('#champ-date_fin').fill('');
    await page.locator('#champ-renouvellement').selectOption('oui');
    await page.locator('#champ-signataires').fill('Caf du Gard\nCC Terre de Camargue');
    await page.locator('#champ-thematiques').fill('petite enfance\njeunesse');
    const form = mainForm(page, '/ctg');
    const refused = await submitAndLand(page, form, (url) => url.pathname === '/ctg');
    assert.equal(refused.status(), 422);
    await page.waitForFunction(() => document.activeElement?.id === 'resume-erreurs');
    assert.equal(await page.locator('#resume-erreurs a[href="#champ-date_fin"]').count(), 1);
    assert.equal(await page.locator('#champ-date_fin').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#champ-date_debut').inputValue(), '01/01/2027');
    assert.equal(
        await page.locator('#champ-signataires').inputValue(), 'Caf du Gard\nCC Terre de Camargue');
    assert.equal(await page.locator('#champ-thematiques').inputValue(), 'petite enfance\njeunesse');
    await checkAccessibility(page, 'ctg-nouvelle-erreurs');

    await page.locator('#champ-date_fin').fill('31/12/2031');
    const saved = await submitAndLand(
        page, mainForm(page, '/ctg'), (url) => /^\/ctg\/\d+$/.test(url.pathname));
    assert.equal(saved.status(), 303);
    await page.getByRole('status').waitFor();
    const title = await page.getByRole('heading', {level: 1}).innerText();
    assert.match(title, /Terre de Camargue/);
    assert.match(title, /01\/01\/2027 – 31\/12\/2031/);
    const details = await page.locator('main dl').innerText();
    assert.match(details, /Renouvellement\s+oui/);
    const listed = (term) => page.locator(`main dt:text-is("${term}") + dd li`).allInnerTexts();
    assert.deepEqual(await listed('Signataires'), ['Caf du Gard', 'CC Terre de Camargue']);
    assert.deepEqual(await listed('Thématiques'), ['petite enfance', 'jeunesse']);
    await checkAccessibility(page, 'ctg-creee');

    await visit(page, `/territoires/${kTerreDeCamargue}`);
    assert.match(await page.locator('main').innerText(), /CTG 01\/01\/2027 – 31\/12\/2031/);
    await checkAccessibility(page, 'territoire-apres-ctg');
  });

  it('refuses a posts file with an error as a whole, then imports a good one', async () => {
    const page = await app.newPage();
    await signIn(page, 'agent.gard');
    await visit(page, '/imports');
    await checkAccessibility(page, 'import');

    const refused = await upload(page, 'postes-erreur.csv', postsFile([kGoodLine1, kFaultyLine2]));
    assert.equal(refused.status(), 422);
    await page.waitForFunction(() => document.activeElement?.id === 'resume-erreurs');
    assert.match(
        await page.locator('#resume-erreurs').innerText(), /Le fichier est refusé : 1 erreur/);
    // Each error with its line (the header is line 1) and its column.
    const errors = page.locator('main table', {hasText: 'Erreurs du fichier'}).locator('tbody tr');
    assert.equal(await errors.count(), 1);
    assert.equal(await errors.locator('th').innerText(), '3');
    assert.equal(await errors.locator('td code').innerText(), 'etp_mission');
    assert.match(
        plain(await errors.locator('td').last().innerText()),
        /le temps de mission \(1 ETP\) dépasse le temps de travail total de l'agent \(0,5 ETP\)/i);
    assert.equal(
        await mainForm(page, '/imports/application').count(), 0,
        'a file with errors cannot be applied');
    await checkAccessibility(page, 'import-erreurs');
    assert.equal(
        (await page.request.get('/postes/GARD-E2E-IMP-1')).status(), 404,
        'nothing of a refused file is written, not even its good line');

    // The refusal leads back to the upload form, the kind of file already chosen.
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/imports', {waitUntil: 'load'}),
      page.getByRole('link', {name: 'envoyez-le de nouveau'}).click(),
    ]);
    assert.equal(await page.getByLabel('Le fichier contient').inputValue(), 'postes');
    await checkAccessibility(page, 'import-nouvel-envoi');

    const checked = await upload(page, 'postes.csv', postsFile([kGoodLine1, kGoodLine2]));
    assert.equal(checked.status(), 200);
    assert.equal(await page.locator('#resume-erreurs').count(), 0);
    const verdict = plain(await page.getByRole('status').innerText());
    assert.match(verdict, /Le fichier est valide/);
    assert.match(verdict, /2 à créer/);
    const preview = await page.locator('main table').last().innerText();
    assert.match(preview, /GARD-E2E-IMP-1/);
    assert.match(preview, /GARD-E2E-IMP-2/);
    await checkAccessibility(page, 'import-apercu');
    // The check wrote nothing (asked beside the page, which stays on the preview).
    assert.equal((await page.request.get('/postes/GARD-E2E-IMP-1')).status(), 404);

    const apply = mainForm(page, '/imports/application');
    assert.equal(await apply.count(), 1, 'a good file can be applied from its preview');
    const applied = await submitAndLand(page, apply, (url) => url.pathname === '/portefeuille');
    assert.equal(applied.status(), 303);
    assert.match(
        await page.getByRole('status').innerText(), /Import appliqué : 2 créés, 0 mis à jour/);
    await checkAccessibility(page, 'import-applique');

    await visit(page, '/postes/GARD-E2E-IMP-1');
    assert.match(await page.locator('main').innerText(), /Terre de Camargue/);
    await checkAccessibility(page, 'poste-importe');
    assert.equal((await page.request.get('/postes/GARD-E2E-IMP-2')).status(), 200);
  });
});
