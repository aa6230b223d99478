import { describe, expect, it } from 'vitest';
import { isBuildCache, isPagePath, markSavedCopy, offlinePagePath, pageKey, pagesCacheName, filesCacheName, savedNotice } from '../../../src/lib/offline/copies.ts';

describe('offline copies', () => {
  it('keeps a page under its address without the query, so no chosen home point is written into the cache', () => {
    expect(pageKey('https://ylfw.example/canteens/?lon=120.65&lat=27.99#list')).toBe('https://ylfw.example/canteens/');
  });

  it('counts the site’s pages as pages, and downloads and data files not', () => {
    expect(isPagePath('/')).toBe(true);
    expect(isPagePath('/facilities/canteen-1/')).toBe(true);
    expect(isPagePath('/404.html')).toBe(true);
    expect(isPagePath('/data/facilities.csv')).toBe(false);
    expect(isPagePath('/map/data.json')).toBe(false);
  });

  it('offers the offline page in the language of the address', () => {
    expect(offlinePagePath('/towns/330304004/')).toBe('/offline/');
    expect(offlinePagePath('/en/towns/330304004/')).toBe('/en/offline/');
    expect(offlinePagePath('/en/')).toBe('/en/offline/');
    expect(offlinePagePath('/entry/')).toBe('/offline/');
  });

  it('names each build’s caches with the build, and tells them from other caches', () => {
    expect(pagesCacheName('abc123')).toBe('oh-pages-abc123');
    expect(filesCacheName('abc123')).toBe('oh-files-abc123');
    expect(isBuildCache('oh-pages-0ld')).toBe(true);
    expect(isBuildCache('oh-precache-https://ylfw.example/')).toBe(false);
  });

  it('marks a saved copy on its <html> element with the date it was saved', () => {
    const html = '<!DOCTYPE html><html lang="zh-CN" data-text-size="1"><head></head><body><p>html</p></body></html>';
    expect(markSavedCopy(html, new Date('2026-12-03T01:02:03Z'))).toBe(
      '<!DOCTYPE html><html data-oh-saved-at="2026-12-03T01:02:03.000Z" lang="zh-CN" data-text-size="1"><head></head><body><p>html</p></body></html>',
    );
    expect(markSavedCopy('<html><body></body></html>', undefined)).toBe('<html data-oh-saved-at=""><body></body></html>');
  });

  it('says on which day the copy was saved, month as a number in Chinese and by name in English', () => {
    // Noon on 3 December in every time zone the tests may run in.
    const saved = new Date(2026, 11, 3, 12, 0, 0);
    const zh = { dated: '离线 · 显示的是 {month} 月 {day} 日保存的内容', undated: '离线 · 显示的是之前保存在本机的内容' };
    const en = { dated: 'Offline · showing the copy saved on {day} {month}', undated: 'Offline · showing a copy saved earlier on this phone' };
    expect(savedNotice(zh, 'zh-CN', saved)).toBe('离线 · 显示的是 12 月 3 日保存的内容');
    expect(savedNotice(en, 'en', saved)).toBe('Offline · showing the copy saved on 3 December');
    expect(savedNotice(zh, 'zh-CN', undefined)).toBe('离线 · 显示的是之前保存在本机的内容');
    expect(savedNotice(zh, 'zh-CN', new Date('not a date'))).toBe('离线 · 显示的是之前保存在本机的内容');
  });
});
