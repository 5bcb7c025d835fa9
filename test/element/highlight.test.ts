/**
 * highlight() (src/ui/highlight.ts): the text with its ranges in <mark>, updated in place from one
 * keystroke's ranges to the next: the same nodes where the shape allows, nothing left over.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { highlight, pieces } from '../../src/ui/highlight.js';
import { plainItems } from '../../src/ui/plain-items.js';

type R = [number, number][] | undefined;
const box = document.createElement('p');
const show = (text: string, ranges: R) => render(html`<b>${highlight(text, ranges)}</b><i>after</i>`, box);
/** The <b>'s content as text with marks in brackets. */
const read = () => [...box.querySelector('b')!.childNodes].map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join('');

describe('highlight()', () => {
  it('cuts text at sorted, merged ranges and drops ranges outside it', () => {
    expect(pieces('housing help', [[8, 12], [0, 4]])).to.deep.equal(['', 'hous', 'ing ', 'help', '']);
    expect(pieces('abc', [[0, 2], [1, 3]])).to.deep.equal(['', 'ab', '', 'c', '']);
    expect(pieces('abc', [[5, 9]])).to.deep.equal(['abc']);
    expect(pieces('abc', undefined)).to.deep.equal(['abc']);
  });

  it('marks ranges and follows them keystroke after keystroke, reusing nodes', () => {
    show('Housing help for families', [[0, 4]]);
    expect(read()).to.equal('[Hous]ing help for families');
    const mark = box.querySelector('mark');
    show('Housing help for families', [[0, 5]]);
    expect(read()).to.equal('[Housi]ng help for families');
    expect(box.querySelector('mark'), 'the same <mark>').to.equal(mark);
    show('Housing help for families', [[0, 7], [8, 12]]);
    expect(read()).to.equal('[Housing] [help] for families');
    show('Housing help for families', undefined);
    expect(read()).to.equal('Housing help for families');
    expect(box.querySelectorAll('mark').length).to.equal(0);
    // Another text in the same place, and the sibling after the part untouched.
    show('<img src=x onerror=alert(1)>', [[1, 4]]);
    expect(read()).to.equal('<[img] src=x onerror=alert(1)>');
    expect(box.querySelector('img')).to.equal(null);
    expect(box.querySelector('i')!.textContent).to.equal('after');
  });
});

describe('plainItems()', () => {
  it('keeps the list items in step with the list, reusing them', () => {
    const ul = document.createElement('ul');
    const show = (items: [string, string][]) => render(html`<li class="first">x</li>${plainItems(items)}`, ul);
    const read = () => [...ul.querySelectorAll('li')].map((li) => `${li.className}:${li.textContent}`);
    show([['badge strong', 'Free'], ['badge', 'Legal aid']]);
    expect(read()).to.deep.equal(['first:x', 'badge strong:Free', 'badge:Legal aid']);
    const second = ul.querySelectorAll('li')[1];
    show([['badge', 'Veterans'], ['badge lang', 'English'], ['badge', '<b>bold</b>']]);
    expect(read()).to.deep.equal(['first:x', 'badge:Veterans', 'badge lang:English', 'badge:<b>bold</b>']);
    expect(ul.querySelectorAll('li')[1], 'reused').to.equal(second);
    expect(ul.querySelector('b')).to.equal(null);
    show([]);
    expect(read()).to.deep.equal(['first:x']);
  });
});
