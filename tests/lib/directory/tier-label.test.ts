import { describe, expect, it } from 'vitest';
import { tierLabel } from '../../../src/lib/directory/tier-label.ts';

describe('price tier labels', () => {
  it('translate the age tiers the import accepts', () => {
    expect(tierLabel('90周岁以上', 'en')).toEqual({ text: 'aged 90 and over' });
    expect(tierLabel('80岁及以上', 'en')).toEqual({ text: 'aged 80 and over' });
    expect(tierLabel('70-79周岁', 'en')).toEqual({ text: 'aged 70 to 79' });
  });

  it('translate the status tiers, short or long', () => {
    expect(tierLabel('低保', 'en')).toEqual({ text: 'minimum-living-allowance families' });
    expect(tierLabel('特困人员', 'en')).toEqual({ text: 'people in extreme hardship' });
  });

  it('keep any other wording in Chinese, marked as Chinese, rather than guess', () => {
    expect(tierLabel('残疾人', 'en')).toEqual({ text: '残疾人', lang: 'zh-CN' });
    expect(tierLabel('90周岁以上的党员', 'en')).toEqual({ text: '90周岁以上的党员', lang: 'zh-CN' });
  });

  it('leave the data’s own wording on Chinese pages', () => {
    expect(tierLabel('90周岁以上', 'zh-CN')).toEqual({ text: '90周岁以上' });
  });
});
