import { expect } from '@open-wc/testing';
import { formatNumber } from '../../src/ui/format.js';

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes, with or without making one', () => {
    const locales = ['en', 'es', 'es-MX', 'fr', 'de', 'pt-BR', 'vi', 'ar', 'ar-EG', 'fa', 'hi', 'bn', 'zh', 'en-u-nu-arab', 'es-u-nu-deva'];
    for (const locale of locales) {
      const format = new Intl.NumberFormat([locale, 'en']);
      for (const value of [0, 1, 7, 42, 999, 1000, 1234, 5203, 12345, 1234567]) {
        expect(formatNumber(value, locale), `${value} in ${locale}`).to.equal(format.format(value));
      }
    }
  });
});
