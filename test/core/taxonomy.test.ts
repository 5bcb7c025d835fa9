import { expect } from '@open-wc/testing';
import { airsParent, buildTree, countValues, countWithAncestors, isAirsCode, topValues, withAncestors, withCodeParents } from '../../src/core/taxonomy.js';
import type { FacetValueDef } from '../../src/core/types.js';

describe('AIRS codes', () => {
  it('the parent is the code without its last segment', () => {
    expect(['BH-1800.8500-185', 'BH-1800.8500', 'BH-1800', 'BH', 'B'].map(airsParent)).to.deep.equal(['BH-1800.8500', 'BH-1800', 'BH', 'B', undefined]);
    expect(airsParent('Food Pantries')).to.equal(undefined);
    expect(isAirsCode('YF-3000.1500-050.05')).to.equal(true);
    expect(isAirsCode('food')).to.equal(false);
  });
});

describe('buildTree', () => {
  it('nests values under their parents; unknown parents and both ends of a loop become roots', () => {
    const values: FacetValueDef[] = [
      { id: 'B', label: 'Basic needs' },
      { id: 'BD', label: 'Food', parent: 'B' },
      { id: 'BD-1800', label: 'Emergency food', parent: 'BD' },
      { id: 'x', label: 'Orphan', parent: 'missing' },
      { id: 'a', label: 'A', parent: 'b' },
      { id: 'b', label: 'B', parent: 'a' },
    ];
    const roots = buildTree(values);
    expect(roots.map((r) => r.value.id)).to.deep.equal(['B', 'x', 'a', 'b']);
    expect(roots[0]!.children[0]!.children[0]!.value.id).to.equal('BD-1800');
    expect(roots[0]!.children[0]!.children[0]!.depth).to.equal(2);
    // Every value appears once.
    const all: string[] = [];
    const walk = (n: ReturnType<typeof buildTree>[number]) => (all.push(n.value.id), n.children.forEach(walk));
    roots.forEach(walk);
    expect(all.sort()).to.deep.equal(values.map((v) => v.id).sort());
  });

  it('withAncestors lets a top-level choice find resources filed deeper', () => {
    const values: FacetValueDef[] = [{ id: 'B', label: 'B' }, { id: 'BD', label: 'BD', parent: 'B' }, { id: 'BD-1800', label: 'x', parent: 'BD' }];
    expect([...withAncestors(['BD-1800'], values)].sort()).to.deep.equal(['B', 'BD', 'BD-1800']);
  });

  it('withCodeParents fills parents from code prefixes, skipping levels the export left out', () => {
    const values: FacetValueDef[] = [
      { id: 'BD', label: 'Food' },
      { id: 'BD-1800.2000', label: 'Food pantries' },
      { id: 'BD-1800.2000-620', label: 'Brown bag food programs' },
      { id: 'Other', label: 'Other' },
    ];
    expect(withCodeParents(values).map((v) => v.parent)).to.deep.equal([undefined, 'BD', 'BD-1800.2000', undefined]);
  });
});

describe('top values', () => {
  it('counts each resource once per value and ranks by count', () => {
    const resources = [{ categories: ['food', 'housing'] }, { categories: ['food', 'food'] }, { categories: ['legal'] }, {}];
    const counts = countValues(resources, 'categories');
    expect([...counts]).to.deep.equal([['food', 2], ['housing', 1], ['legal', 1]]);
    expect(topValues(counts, 2)).to.deep.equal([{ id: 'food', count: 2 }, { id: 'housing', count: 1 }]);
    expect(topValues(counts, 2, ['legal', 'housing'])).to.deep.equal([{ id: 'food', count: 2 }, { id: 'legal', count: 1 }]);
    expect(topValues(counts, 0)).to.deep.equal([]);
  });
});

describe('countWithAncestors', () => {
  it('counts each resource once per value and once per ancestor', () => {
    const values: FacetValueDef[] = [{ id: 'B', label: 'B' }, { id: 'BD', label: 'BD', parent: 'B' }, { id: 'BD-1', label: 'x', parent: 'BD' }, { id: 'BD-2', label: 'y', parent: 'BD' }];
    const resources = [{ categories: ['BD-1', 'BD-2'] }, { categories: ['BD-1'] }, { categories: ['B'] }, {}];
    expect(Object.fromEntries(countWithAncestors(resources, 'categories', values))).to.deep.equal({ 'BD-1': 2, 'BD-2': 1, BD: 2, B: 3 });
  });
});
