import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl } from './date-from-url.js';

test('slashed year/month/day paths', () => {
  assert.equal(dateFromUrl('http://www.cnn.com/2016/01/17/middleeast/iran-prisoners/'), '2016-01-17');
  assert.equal(dateFromUrl('https://example.com/2016/1/7/story'), '2016-01-07');
  assert.equal(dateFromUrl('https://www.theguardian.com/world/2019/nov/19/talks'), '2019-11-19');
});

test('compact and dashed dates', () => {
  assert.equal(dateFromUrl('https://example.com/news/20160117/story'), '2016-01-17');
  assert.equal(dateFromUrl('https://example.com/story-20160117.html'), '2016-01-17');
  assert.equal(dateFromUrl('https://www.latimes.com/business/story/2019-11-19/gannett-merger'), '2019-11-19');
  assert.equal(dateFromUrl('https://example.com/a-2016-01-17-b'), '2016-01-17');
});

test('article URL carried by a redirector', () => {
  assert.equal(dateFromUrl('http://news.google.com/news/url?sa=t&url=https://www.washingtonpost.com/world/x/2016/01/16/e8ee_story.html'), '2016-01-16');
});

test('story IDs, impossible days and hosts are not dates', () => {
  assert.equal(dateFromUrl('https://www.bbc.com/news/world-middle-east-35333735'), null);
  assert.equal(dateFromUrl('https://www.wsj.com/articles/google-stadia-11574168580'), null);
  assert.equal(dateFromUrl('https://example.com/2016/02/30/story'), null);
  assert.equal(dateFromUrl('https://example.com/1850/01/01/story'), null);
  assert.equal(dateFromUrl('https://digg.com/2019/is-stadia-good'), null);
  assert.equal(dateFromUrl('https://20160117.example.com/story'), null);
  assert.equal(dateFromUrl('not a url'), null);
});
