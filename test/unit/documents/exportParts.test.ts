// Small parts of the export: file names safe on every system, and text cut into styled runs.
import { describe, expect, it } from 'vitest';
import { styledRuns } from '../../../electron/backend/documents/export/runs';
import { exportFileName, fileNamePart } from '../../../electron/backend/documents/fileName';

describe('the exported file name', () => {
  it('is the stem, the applicant and the date', () => {
    expect(exportFileName('专业技术工作总结', '张伟', '2026-11-23', 'docx')).toBe('专业技术工作总结_张伟_2026-11-23.docx');
    expect(exportFileName('专业技术工作总结', 'Anna  Müller', '2026-11-23', 'pdf')).toBe('专业技术工作总结_Anna_Müller_2026-11-23.pdf');
  });

  it('replaces characters Windows forbids, trailing dots and reserved device names', () => {
    expect(fileNamePart('a<b>c:d"e/f\\g|h?i*j\u0001')).toBe('a_b_c_d_e_f_g_h_i_j_');
    expect(fileNamePart('Wang Jr. ...')).toBe('Wang_Jr');
    expect(fileNamePart('CON')).toBe('_CON');
    expect(fileNamePart('nul.txt')).toBe('_nul.txt');
  });

  it('cuts a very long name to 60 characters and drops an empty part', () => {
    expect([...fileNamePart('长'.repeat(100))]).toHaveLength(60);
    expect(exportFileName('专业技术工作总结', '   ', '2026-11-23', 'pdf')).toBe('专业技术工作总结_2026-11-23.pdf');
  });
});

describe('styled runs', () => {
  it('cut the text at every mark edge, each run knowing its bold and italic', () => {
    expect(styledRuns('abcdef', [{ type: 'bold', from: 1, to: 4 }, { type: 'italic', from: 3, to: 6 }])).toEqual([
      { text: 'a', bold: false, italic: false },
      { text: 'bc', bold: true, italic: false },
      { text: 'd', bold: true, italic: true },
      { text: 'ef', bold: false, italic: true },
    ]);
  });

  it('give one plain run for unmarked text and none for empty text', () => {
    expect(styledRuns('正文', [])).toEqual([{ text: '正文', bold: false, italic: false }]);
    expect(styledRuns('', [])).toEqual([]);
  });
});
