import { describe, expect, it } from 'vitest';
import { isNameNote, splitNameNote } from './name-note.js';

describe('splitNameNote(text)', () => {
  it('takes a source remark off a listed name and keeps it as a note', () => {
    expect(splitNameNote('Ninestar (with eight Zhuhai-based subsidiaries not named in the source)')).toEqual({
      name: 'Ninestar',
      notes: ['with eight Zhuhai-based subsidiaries not named in the source'],
    });
    expect(splitNameNote('Example Holdings (and its subsidiaries) Ltd.').name).toBe('Example Holdings Ltd.');
    expect(splitNameNote('Example Mill (including the dye house)').name).toBe('Example Mill');
  });

  it('keeps brackets that are part of a name or another form of it', () => {
    for (const name of [
      'Kashgar Construction Engineering (Group) Co., Ltd.',
      'Xinjiang Production and Construction Corps (XPCC)',
      'British American Tobacco Malawi (BAT Malawi)',
      'Shenyang Xinsheng (New Life) Rubber Factory',
      'Shenyang Xingsheng (or Xinsheng) (New Life) Rubber Plant',
      'Xinkapu Prison (Changsha No. 4 Prison)',
      'Chengdu Shuangliu Sujiao Chang (Plastics Factory)',
      'Example Textile (Xinjiang) Co., Ltd.',
      'Plain Name Co., Ltd.',
    ]) {
      expect(splitNameNote(name)).toEqual({ name, notes: [] });
    }
  });

  it('keeps a name that is all remark', () => {
    expect(splitNameNote('(not named in the source)').name).toBe('(not named in the source)');
  });
});

describe('isNameNote(inner)', () => {
  it('reads a long bracket as a remark and a short one as a form of the name', () => {
    expect(isNameNote('eight Zhuhai-based subsidiaries not named here')).toBe(true);
    expect(isNameNote('Shanghai No.4 Prison')).toBe(false);
    expect(isNameNote('')).toBe(false);
  });
});
