import { test, expect } from './fixtures.ts';

/** Headless Chromium has no voices, so the browser's speech API is replaced by a recorder. */
function fakeSpeech(voices: { lang: string; name: string }[]) {
  return `
    window.__spoken = [];
    const synth = {
      speaking: false, paused: false,
      getVoices: () => ${JSON.stringify(voices)},
      speak(u) { window.__spoken.push(u.text); this.speaking = true; },
      cancel() { window.__spoken.push('<cancel>'); this.speaking = false; },
      pause() { this.paused = true; }, resume() { this.paused = false; },
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  `;
}

test('with a Chinese voice, the read-aloud button reads the main content and can be paused and stopped', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'zh-CN', name: 'Chinese' }]));
  await page.goto('/');
  await page.getByRole('button', { name: '朗读本页' }).click();
  const spoken = (await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).join('');
  expect(spoken).toContain('查找家附近的老年食堂');
  expect(spoken).toContain('示例');
  await page.getByRole('button', { name: '暂停' }).click();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '停止朗读' }).click();
  await expect(page.getByRole('button', { name: '朗读本页' })).toBeVisible();
});

test('without a Chinese voice the read-aloud button is not offered', async ({ page }) => {
  await page.addInitScript(fakeSpeech([{ lang: 'en-US', name: 'English' }]));
  await page.goto('/');
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});
