// Flow 1: sign in with the keyboard only, land on the home page, skip to the content.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';

import {checkAccessibility, kDemoPassword, useApp, visit} from './harness.mjs';

// Presses Tab until the element with `id` has the focus; fails if it never comes.
async function tabTo(page, id, maxPresses = 15) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  assert.fail(`#${id} never received the focus after ${maxPresses} presses of Tab`);
}

describe('signing in with the keyboard', () => {
  const app = useApp();

  it('signs admin.gard in with Tab, typing and Enter, then the skip link reaches the content',
     async () => {
       const page = await app.newPage();
       await visit(page, '/connexion');
       await checkAccessibility(page, 'connexion');

       await tabTo(page, 'champ-identifiant');
       await page.keyboard.type('admin.gard');
       await page.keyboard.press('Tab');
       assert.equal(await page.evaluate(() => document.activeElement.id), 'champ-mot_de_passe');
       await page.keyboard.type(kDemoPassword);
       await Promise.all(
           [page.waitForURL((url) => url.pathname === '/'), page.keyboard.press('Enter')]);

       await assert.doesNotReject(
           page.getByRole('heading', {level: 1, name: /^Bonjour/}).waitFor());
       assert.match(await page.locator('main').innerText(), /Postes à traiter/);
       assert.equal(await page.getByRole('link', {name: 'Portefeuille', exact: true}).count(), 1);
       await checkAccessibility(page, 'accueil-admin.gard');

       // The first Tab of a page reaches the skip link, which shows itself and moves the focus.
       await page.keyboard.press('Tab');
       const skip = page.getByRole('link', {name: 'Aller au contenu'});
       assert.equal(await skip.evaluate((link) => link === document.activeElement), true);
       assert.ok(await skip.isVisible(), 'the skip link must be visible once focused');
       await page.keyboard.press('Enter');
       await page.waitForFunction(() => document.activeElement?.id === 'contenu');
       assert.equal(new URL(page.url()).hash, '#contenu');
     });

  it('refuses a wrong password with the error summary focused, the login kept', async () => {
    const page = await app.newPage();
    await visit(page, '/connexion');
    await page.getByLabel('Identifiant').fill('admin.gard');
    await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
    const [response] = await Promise.all([
      page.waitForResponse(
          (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/connexion'),
      page.getByRole('button', {name: 'Se connecter'}).click(),
    ]);
    assert.equal(response.status(), 422);
    await page.waitForLoadState('load');
    await page.waitForFunction(() => document.activeElement?.id === 'resume-erreurs');
    assert.equal(await page.getByLabel('Identifiant').inputValue(), 'admin.gard');
    assert.equal(await page.getByLabel('Mot de passe').inputValue(), '');
    await checkAccessibility(page, 'connexion-refusee');
  });

  // The checks themselves: a page that breaks the rules must fail them.
  it('fails a page with an accessibility violation, a CSP violation or a script error',
     async () => {
       const page = await app.newPage();
       await visit(page, '/connexion');
       await page.evaluate(() => {
         const image = document.createElement('img');
         image.src = '/assets/maillage.css';
         document.querySelector('main').append(image);
       });
       await assert.rejects(
           checkAccessibility(page, 'controle-axe'), /\[critical\] image-alt[\s\S]*\n {6}img: /);

       await visit(page, '/connexion');
       await page.evaluate(() => {
         const script = document.createElement('script');
         script.textContent = 'window.inlineRan = true;';
         document.body.append(script);
       });
       await assert.rejects(checkAccessibility(page, 'controle-csp'), /CSP violation: script-src/);
       assert.equal(
           await page.evaluate(() => window.inlineRan), undefined, 'the CSP blocks inline scripts');

       await visit(page, '/connexion');
       await page.evaluate(() => setTimeout(() => {
                             throw new Error('panne volontaire');
                           }));
       await assert.rejects(
           checkAccessibility(page, 'controle-erreur'), /uncaught exception: panne volontaire/);
     });
});
