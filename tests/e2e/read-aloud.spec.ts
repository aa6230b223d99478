import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openSettings } from './settings.ts';
import { fillAll, openWizard } from './wizard.ts';

/**
 * Headless Chromium has no voices, so the browser's speech API is replaced by a recorder: each
 * utterance with the language of its voice, and each pause, resume and cancel call.
 */
function fakeSpeech(voices: { lang: string; name: string }[]) {
  return `
    window.__spoken = [];
    window.__calls = [];
    const synth = {
      speaking: false, paused: false,
      getVoices: () => ${JSON.stringify(voices)},
      speak(u) { window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang }); this.speaking = true; },
      cancel() { window.__calls.push('cancel'); this.speaking = false; },
      pause() { window.__calls.push('pause'); this.paused = true; },
      resume() { window.__calls.push('resume'); this.paused = false; },
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  `;
}

interface Spoken {
  text: string;
  lang: string;
  voice: string;
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
const spokenText = async (page: Page) => (await spoken(page)).map((s) => s.text).join(' ');

test('with a Chinese voice, the read-aloud button reads the main content, and pause, resume and stop reach the speech engine', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'zh-CN', name: 'Chinese' }]));
  await page.goto('/');
  await openSettings(page);
  await page.getByRole('button', { name: '朗读本页' }).click();
  const text = await spokenText(page);
  expect(text).toContain('查找家附近的老年食堂');
  expect(text).toContain('示例');
  // The button labels and the site navigation are not read: only the main content.
  expect(text).not.toContain('朗读本页');
  expect((await spoken(page)).every((s) => s.voice === 'zh-CN' && s.lang === 'zh-CN')).toBe(true);
  await page.getByRole('button', { name: '暂停' }).click();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '停止朗读' }).click();
  // Stopped, the bar goes; the start button is back in the settings panel.
  await expect(page.getByRole('button', { name: '停止朗读' })).toBeHidden();
  await openSettings(page);
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeVisible();
  // Starting cancels anything still queued; then pause, resume and stop each reach the engine.
  expect(await calls(page)).toEqual(['cancel', 'pause', 'resume', 'cancel']);
});

test('a Mandarin voice is chosen over a Cantonese one listed first @sweep', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'zh-HK', name: 'Cantonese' }, { lang: 'zh-CN', name: 'Mandarin' }]));
  await page.goto('/');
  await openSettings(page);
  await page.getByRole('button', { name: '朗读本页' }).click();
  expect(new Set((await spoken(page)).map((s) => s.voice))).toEqual(new Set(['zh-CN']));
});

test('without a Chinese voice the read-aloud button is not offered', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'en-US', name: 'English' }, { lang: 'zh-HK', name: 'Cantonese' }]));
  await page.goto('/');
  // The script has looked at the voices (and found none it can use) before this is checked.
  await expect(page.locator('[data-read-aloud]')).toHaveAttribute('data-read-voice', 'none');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

test('a facility page reads the facility’s hours @sweep', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'zh-CN', name: 'Chinese' }]));
  await page.goto('/canteens/');
  await page.locator('[data-canteen-card] a').first().click();
  await expect(page).toHaveURL(/\/facilities\//);
  const hours = (await page.locator('.oh-facts dt', { hasText: '开放时间' }).locator('xpath=following-sibling::dd[1]').innerText()).replace(/\s+/g, ' ').trim();
  await openSettings(page);
  await page.getByRole('button', { name: '朗读本页' }).click();
  const text = (await spokenText(page)).replace(/\s+/g, ' ');
  const time = hours.match(/\d{1,2}:\d{2}/)?.[0];
  expect(time, `hours shown on the page: ${hours}`).toBeTruthy();
  expect(text).toContain(time ?? '');
});

test('the wizard’s question, and then its results, are read aloud @sweep', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'zh-CN', name: 'Chinese' }]));
  await openWizard(page);
  const question = (await page.getByRole('main').locator('[data-step] legend, [data-step] h2').first().innerText()).replace(/\s+/g, ' ').trim();
  await openSettings(page);
  await page.getByRole('button', { name: '朗读本页' }).click();
  expect(await spokenText(page)).toContain(question);
  await page.getByRole('button', { name: '停止朗读' }).click();

  await page.clock.setFixedTime(new Date('2027-03-04T09:00:00+08:00'));
  await fillAll(page, { unknownCare: false });
  await page.evaluate(() => ((window as unknown as { __spoken: Spoken[] }).__spoken.length = 0));
  await openSettings(page);
  await page.getByRole('button', { name: '朗读本页' }).click();
  const text = await spokenText(page);
  expect(text).toContain('查询结果');
  expect(text).toContain('养老服务补贴');
  expect(text).toMatch(/120\s*元/);
});

test('on an English page, English is read with an English voice and Chinese names with the Chinese voice @sweep', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'zh-CN', name: 'Chinese' }, { lang: 'en-GB', name: 'English' }]));
  await page.goto('/en/canteens/');
  await openSettings(page);
  await page.getByRole('button', { name: 'Read this page aloud' }).click();
  const all = await spoken(page);
  const name = (await page.locator('[data-canteen-card] a [lang="zh-CN"]').first().innerText()).trim();
  expect(all.find((s) => s.text.includes(name))?.voice).toBe('zh-CN');
  expect(all.find((s) => /canteen/i.test(s.text))?.voice).toBe('en-GB');
});
