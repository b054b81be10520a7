// Flow 7: signing out ends the session; a signed-in page then leads back to the sign-in page,
// which brings the user back to it once signed in again.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, kDemoPassword, signIn, useApp, visit} from './harness.mjs';

describe('signing out', () => {
  const app = useApp();

  it('ends the session and sends the portfolio to the sign-in page', async () => {
    const page = await app.newPage();
    await signIn(page, 'charge.nimes');
    await visit(page, '/portefeuille');
    await checkAccessibility(page, 'portefeuille-charge');

    await Promise.all([
      page.waitForURL((url) => url.pathname === '/connexion', {waitUntil: 'load'}),
      page.getByRole('button', {name: 'Se déconnecter'}).click(),
    ]);
    assert.match(await page.getByRole('status').innerText(), /Vous êtes déconnecté/);
    assert.equal(await page.getByRole('button', {name: 'Se déconnecter'}).count(), 0);
    const cookies = await page.context().cookies();
    assert.equal(
        cookies.find((cookie) => cookie.name === 'maillage_session'), undefined,
        'the session cookie is gone');
    await checkAccessibility(page, 'deconnexion');

    await page.goto('/portefeuille');
    const url = new URL(page.url());
    assert.equal(url.pathname, '/connexion');
    assert.equal(url.searchParams.get('retour'), '/portefeuille');
    await page.getByRole('heading', {level: 1, name: 'Connexion'}).waitFor();
    await checkAccessibility(page, 'connexion-retour');

    // Signing in again returns to the page that was asked for.
    await page.getByLabel('Identifiant').fill('charge.nimes');
    await page.getByLabel('Mot de passe').fill(kDemoPassword);
    await Promise.all([
      page.waitForURL((next) => next.pathname === '/portefeuille', {waitUntil: 'load'}),
      page.getByRole('button', {name: 'Se connecter'}).click(),
    ]);
    await checkAccessibility(page, 'portefeuille-retour');
  });
});
