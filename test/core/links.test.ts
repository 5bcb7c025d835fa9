import { expect } from '@open-wc/testing';
import { isDiallable, isShortCode, phoneHref, safeHref } from '../../src/core/links.js';

describe('safeHref', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    '/relative/path',
    './resources.json',
    '//evil.com',
    'www.example.org',
    ' https://example.org',
    'https://example.org/\u202egpj.exe',
    'https://exa\u200bmple.org',
    'https://user:pw@example.org/',
    'tel:call-us',
    'mailto:',
    '',
    42,
    null,
  ];
  for (const raw of refused) {
    it(`refuses ${JSON.stringify(raw)}`, () => {
      expect(safeHref(raw)).to.equal(null);
    });
  }

  it('allows http, https, mailto and tel, normalized by the URL parser', () => {
    expect(safeHref('https://example.org')).to.equal('https://example.org/');
    expect(safeHref('HTTPS://Example.org/a?b=c#d')).to.equal('https://example.org/a?b=c#d');
    expect(safeHref('http://example.org/x')).to.equal('http://example.org/x');
    expect(safeHref('mailto:help@example.org')).to.equal('mailto:help@example.org');
    expect(safeHref('tel:+18883737888')).to.equal('tel:+18883737888');
    expect(safeHref('tel:1-888-373-7888')).to.equal('tel:1-888-373-7888');
  });
});

describe('phoneHref, isDiallable, isShortCode', () => {
  it('calls: tel: with +1 for North American numbers, + kept otherwise', () => {
    expect(phoneHref('1-888-373-7888', 'voice')).to.equal('tel:+18883737888');
    expect(phoneHref('(888) 373-7888', 'cell')).to.equal('tel:+18883737888');
    expect(phoneHref('888.373.7888', 'textphone')).to.equal('tel:+18883737888');
    expect(phoneHref('+44 1234 234567', 'fax')).to.equal('tel:+441234234567');
    expect(phoneHref('1-888-373-7888')).to.equal('tel:+18883737888');
    expect(phoneHref('555-010-9999', 'voice', '12')).to.equal('tel:+15550109999;ext=12');
    expect(phoneHref('711', 'textphone')).to.equal('tel:711');
    expect(phoneHref('988', 'voice')).to.equal('tel:988');
  });

  it('texts: sms:, and a 5–6 digit short code is a text line, never a call', () => {
    expect(phoneHref('233733', 'text')).to.equal('sms:233733');
    expect(phoneHref('BEFREE', 'text')).to.equal('sms:233733');
    expect(phoneHref('233733', 'voice')).to.equal(null);
    expect(phoneHref('1-888-373-7888', 'text')).to.equal('sms:+18883737888');
    expect(isShortCode('233733')).to.equal(true);
    expect(isShortCode('1-888-373-7888')).to.equal(false);
  });

  it('not diallable → null', () => {
    for (const n of ['', 'TBD', '555<script>', 'javascript:alert(1)', '12', '٠٨٠٠١٢٣٤٥٦٧', '1'.repeat(16)]) {
      expect(isDiallable(n), n).to.equal(false);
      expect(phoneHref(n, 'voice'), n).to.equal(null);
    }
    expect(phoneHref(5550100 as unknown as string, 'voice')).to.equal(null);
    expect(phoneHref('1-888-373-7888', 'video')).to.equal(null);
  });
});
