import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

test('detectLanguage names English news text en', () => {
  const text = 'Negotiators from both countries met on Friday for a second round of talks, and officials said they had agreed to exchange prisoners and to meet again next month.';
  assert.equal(detectLanguage(text), 'en');
});

test('detectLanguage names French text fr', () => {
  const text = 'Les négociateurs des deux pays se sont retrouvés vendredi pour un deuxième cycle de pourparlers, et les responsables ont annoncé un échange de prisonniers le mois prochain.';
  assert.equal(detectLanguage(text), 'fr');
});

test('detectLanguage says nothing about a few words', () => {
  assert.equal(detectLanguage('Talks resume'), null);
});
