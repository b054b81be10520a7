// The chargé de coopération of Nîmes Métropole runs their CTG workspace in the browser: plans a
// COPIL from the checklist, invites partners from the directory, records the minutes, marks them
// sent and sees the alert disappear; then adds an action with an indicator and updates its value.
// Every page passes axe-core.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, plain, signIn, useApp, visit} from './harness.mjs';

// A date `days` before today, as typed in the forms ("31/01/2027").
function daysAgo(days) {
  const date = new Date(Date.now() - days * 24 * 3600 * 1000);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

// Submits with the named button and waits for a page whose path matches `landing`.
async function submit(page, buttonName, landing) {
  const [response] = await Promise.all([
    page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    page.getByRole('button', {name: buttonName, exact: true}).first().click(),
  ]);
  await page.waitForURL((url) => landing.test(url.pathname), {waitUntil: 'load'});
  return response;
}

describe('CTG workspace', () => {
  const app = useApp();

  it('plans a COPIL, invites partners, records and sends the minutes', async () => {
    const page = await app.newPage();
    await signIn(page, 'charge.nimes');
    await page.getByRole('link', {name: 'espace CTG'}).first().click();
    await page.waitForURL(/\/ctg\/\d+\/espace$/, {waitUntil: 'load'});
    await checkAccessibility(page, 'espace-accueil');
    const workspace = new URL(page.url()).pathname;

    await page.getByRole('link', {name: /Préparer une réunion/}).click();
    await page.waitForURL((url) => url.pathname.endsWith('/espace/reunion'), {waitUntil: 'load'});
    await checkAccessibility(page, 'espace-reunions');
    assert.equal(await page.locator('#champ-ordre_du_jour').inputValue(), 'Bilan + perspectives');
    await page.locator('#champ-intitule').fill('COPIL du test navigateur');
    await page.locator('#champ-date').fill('32/13/2026');
    const refused = await submit(page, 'Enregistrer', /\/espace\/reunion$/);
    assert.equal(refused.status(), 422);
    assert.equal(await page.locator('#champ-date').getAttribute('aria-invalid'), 'true');
    await checkAccessibility(page, 'espace-reunion-erreur');

    const held = daysAgo(45);
    await page.locator('#champ-date').fill(held);
    await page.locator('#champ-heure').fill('14h30');
    await page.locator('#champ-lieu').fill('Salle du conseil');
    await page.getByLabel('Marc Perrin', {exact: false}).first().check();
    await page.getByLabel(/Julien Roux/).first().check();
    const created = await submit(page, 'Enregistrer', /^\/fiches\/\d+$/);
    assert.equal(created.status(), 303);
    const meetingPath = new URL(page.url()).pathname;
    const main = plain(await page.locator('main').innerText());
    assert.match(main, /Préparation \(référentiel/);
    assert.match(main, /Les invitations/);
    assert.ok(await page.locator(`a[href="${meetingPath}/invitation.ics"]`).count() === 1);
    await checkAccessibility(page, 'espace-reunion-fiche');

    await visit(page, '/alertes');
    assert.match(plain(await page.locator('main').innerText()),
                 /Compte rendu de « COPIL du test navigateur/);

    await visit(page, meetingPath);
    await page.locator('#champ-compte_rendu').fill('Le plan d\'actions est validé.');
    await page.locator('#champ-compte_rendu_envoye_le').fill(daysAgo(2));
    await page.getByRole('group', {name: 'Présents'}).getByLabel(/Marc Perrin/).check();
    const saved = await submit(page, 'Enregistrer', /^\/fiches\/\d+$/);
    assert.equal(saved.status(), 303);
    assert.match(plain(await page.locator('main').innerText()), /Le plan d'actions est validé/);

    await visit(page, '/alertes');
    assert.doesNotMatch(plain(await page.locator('main').innerText()),
                        /COPIL du test navigateur/);
    await checkAccessibility(page, 'alertes');
    await visit(page, workspace);
  });

  it('adds an action with an indicator and updates its value', async () => {
    const page = await app.newPage();
    await signIn(page, 'charge.nimes');
    await page.getByRole('link', {name: 'espace CTG'}).first().click();
    await page.waitForURL(/\/ctg\/\d+\/espace$/, {waitUntil: 'load'});
    const workspace = new URL(page.url()).pathname;

    await visit(page, `${workspace}/action`);
    await page.locator('#champ-objectif').selectOption('OBJ-002');
    await page.locator('#champ-intitule').fill('Ateliers parents-enfants du test');
    await page.locator('#champ-date_debut').fill('01/01/2026');
    await page.locator('#champ-date_fin').fill('31/12/2027');
    await page.locator('#champ-budget').fill('4 500');
    await page.locator('#champ-statut').selectOption('en_cours');
    await submit(page, 'Enregistrer', /^\/fiches\/\d+$/);
    const action = (await page.locator('h1').innerText()).split(' — ')[0];
    assert.match(action, /^ACT-\d+$/);

    await visit(page, `${workspace}/indicateur`);
    await page.locator('#champ-action').selectOption(action);
    await page.locator('#champ-intitule').fill('Familles venues aux ateliers');
    await page.locator('#champ-unite').fill('familles');
    await page.locator('#champ-cible').fill('40');
    await submit(page, 'Enregistrer', /^\/fiches\/\d+$/);
    await checkAccessibility(page, 'espace-indicateur');

    await page.locator('#champ-valeur').fill('12,5');
    await page.locator('#champ-date_valeur').fill(daysAgo(1));
    await submit(page, 'Enregistrer', /^\/fiches\/\d+$/);
    const main = plain(await page.locator('main').innerText());
    assert.match(main, /Valeurs successives/);
    assert.match(main, /12,5/);

    for (const view of ['themes', 'statuts', 'calendrier']) {
      await visit(page, `${workspace.replace('/espace', '/plan')}?vue=${view}`);
      assert.match(await page.locator('main').innerText(), /Ateliers parents-enfants du test/);
      await checkAccessibility(page, `plan-${view}`);
    }
    await visit(page, workspace.replace('/espace', '/bilan'));
    await checkAccessibility(page, 'bilan');
  });
});
